internal import CLibXML2

/// A parsed HTML page as plain Swift values: element nodes (tag, the attributes later passes
/// read) and text nodes, stored in document (pre-)order.
///
/// This is the only file that sees libxml2: `parse` runs libxml2's forgiving HTML parser, copies
/// the DOM into `nodes` and frees it before returning, so nothing else holds a C pointer. Comments,
/// processing instructions and the doctype are left out; entities are already decoded.
///
/// Node 0 is the document. Nodes are numbered in pre-order, so a node's descendants are exactly
/// the nodes `index + 1 ..< end` — which lets later passes work bottom-up by walking the array
/// backwards, and step from a child to its next sibling by jumping to the child's `end`, with no
/// recursion however deeply a broken page nests.
///
/// Tags are interned as `Tag` values and attributes named by `AttributeName`: every pass walks
/// every node, and comparing small integers there costs far less than comparing strings.
struct HTMLTree: Sendable {
    /// One element or text node.
    struct Node: Sendable {
        /// The element's tag; `.text` for a text node, `.document` for node 0.
        var tag: Tag
        /// The parent node's index (-1 for the document).
        var parent: Int
        /// One past the index of this node's last descendant.
        var end: Int
        /// A text node's text; empty for an element.
        var text: String
        /// The element's attributes: a range of the tree's `attributes`.
        var attributes: Range<Int32>

        /// Whether this is a text node.
        var isText: Bool { tag == .text }
    }

    /// An attribute that later passes read (others are not kept) and its decoded value.
    struct Attribute: Sendable {
        var name: AttributeName
        var value: String
    }

    /// Every node, the document first.
    private(set) var nodes: [Node]
    /// Every element's attributes, in node order and, within an element, in source order.
    private(set) var attributes: [Attribute] = []
    /// The lower-case names of elements whose tag is `.other`, by node index.
    private var otherNames: [Int: String] = [:]

    /// The value of node `index`'s attribute `name`, if present.
    func attribute(_ name: AttributeName, of index: Int) -> String? {
        let range = nodes[index].attributes
        for position in Int(range.lowerBound)..<Int(range.upperBound) where attributes[position].name == name {
            return attributes[position].value
        }
        return nil
    }

    /// Whether node `index` has any of the attributes kept.
    func hasAttributes(_ index: Int) -> Bool {
        !nodes[index].attributes.isEmpty
    }

    /// Node `index`'s lower-case tag name (`#document` for the document, empty for a text node).
    func name(of index: Int) -> String {
        nodes[index].tag == .other ? otherNames[index, default: ""] : nodes[index].tag.rawValue
    }

    /// The indexes of node `index`'s children, in order.
    func children(of index: Int) -> Children {
        Children(nodes: nodes, following: index + 1, end: nodes[index].end)
    }

    /// A node's children: each child's subtree ends where its next sibling starts.
    struct Children: Sequence, IteratorProtocol {
        fileprivate let nodes: [Node]
        /// The next child's index, when below `end`.
        fileprivate var following: Int
        fileprivate let end: Int

        mutating func next() -> Int? {
            guard following < end else { return nil }
            defer { following = nodes[following].end }
            return following
        }
    }

    /// Parses an HTML page given as UTF-8 bytes. Never fails: libxml2 recovers from any markup,
    /// and a page it cannot read at all gives a tree with only the document node.
    static func parse(utf8 bytes: [UInt8]) -> HTMLTree {
        _ = libxml2Initialized
        var tree = HTMLTree(nodes: [Node(tag: .document, parent: -1, end: 1, text: "", attributes: 0..<0)])
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return tree }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                htmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return tree }
        defer { xmlFreeDoc(document) }

        // Depth-first along libxml2's own links (first child, next sibling, parent); `open` holds
        // the indexes of the elements being copied, whose `end` is set as the walk leaves them.
        var open = [0]
        var next = document.pointee.children
        walk: while let node = next {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let index = tree.nodes.count
                let tag = node.pointee.name.flatMap(Tag.byName.value) ?? .other
                if tag == .other { tree.otherNames[index] = node.pointee.name.map { String(cString: $0) } ?? "" }
                let firstAttribute = Int32(tree.attributes.count)
                var property = node.pointee.properties
                while let attribute = property {
                    if let name = attribute.pointee.name.flatMap(AttributeName.byName.value) {
                        tree.attributes.append(Attribute(name: name, value: value(of: attribute)))
                    }
                    property = attribute.pointee.next
                }
                tree.nodes.append(Node(
                    tag: tag, parent: open[open.count - 1], end: index + 1, text: "",
                    attributes: firstAttribute..<Int32(tree.attributes.count)))
                if let first = node.pointee.children {
                    open.append(index)
                    next = first
                    continue walk
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    let index = tree.nodes.count
                    tree.nodes.append(Node(
                        tag: .text, parent: open[open.count - 1], end: index + 1, text: String(cString: content),
                        attributes: 0..<0))
                }
            default:
                break  // comments, processing instructions, the doctype
            }
            // On to the next sibling, leaving every element whose last child this was.
            var current = node
            while current.pointee.next == nil {
                guard open.count > 1, let parent = current.pointee.parent else { break walk }
                tree.nodes[open.removeLast()].end = tree.nodes.count
                current = parent
            }
            next = current.pointee.next
        }
        tree.nodes[0].end = tree.nodes.count
        return tree
    }

    /// An attribute's value: the text of its children, decoded.
    private static func value(of attribute: xmlAttrPtr) -> String {
        var value = ""
        var part = attribute.pointee.children
        while let text = part {
            if let content = text.pointee.content { value += String(cString: content) }
            part = text.pointee.next
        }
        return value
    }
}

extension HTMLTree {
    /// An element's tag, interned: the HTML elements by name, and `other` for any other name
    /// (kept by the tree, see `name(of:)`).
    enum Tag: String, Sendable, CaseIterable {
        case document = "#document", text = "", other = "#other"
        case a, abbr, address, area, article, aside, audio, b, base, bdi, bdo, blockquote, body, br, button, canvas
        case caption, center, cite, code, col, colgroup, data, datalist, dd, del, details, dfn, dialog, dir, div, dl, dt
        case em, embed, fieldset, figcaption, figure, font, footer, form, frame, frameset, h1, h2, h3, h4, h5, h6, head
        case header, hgroup, hr, html, i, iframe, img, input, ins, kbd, label, legend, li, link, main, map, mark, math
        case menu, meta, meter, nav, noscript, object, ol, optgroup, option, output, p, param, picture, pre, progress, q
        case s, samp, script, section, select, small, source, span, strike, strong, style, sub, summary, sup, svg, table
        case tbody, td, template, textarea, tfoot, th, thead, time, title, tr, track, tt, u, ul, `var`, video, wbr

        /// The tags by name. The document and text "tags" are no element's.
        fileprivate static let byName = NameTable(allCases.filter { $0 != .document && $0 != .text && $0 != .other }.map { ($0.rawValue, $0) })
    }

    /// The attributes later passes read; the tree keeps no others.
    enum AttributeName: String, Sendable, CaseIterable {
        case `class`, id, role, itemprop, content, property, name, datetime, type, rel, hidden, style
        case ariaHidden = "aria-hidden"

        /// The names by name, matched ignoring ASCII case as HTML does.
        fileprivate static let byName = NameTable(allCases.map { ($0.rawValue, $0) }, ignoringASCIICase: true)
    }
}

/// A fixed map from names to values, read straight from libxml2's C strings: a page has
/// thousands of elements and attributes, and making a `String` of each name only to look it up
/// cost more than the lookup. Open addressing on an FNV-1a hash of the bytes; the names lie back
/// to back in one buffer.
private struct NameTable<Value: Sendable>: Sendable {
    /// Per slot, the index of the entry filed there, or -1.
    private var slots: [Int]
    /// The entries' names, back to back; entry `i` spans `starts[i] ..< starts[i + 1]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var values: [Value] = []
    private let ignoringASCIICase: Bool

    /// A table of `entries`, whose names are ASCII (lower-case when `ignoringASCIICase`).
    init(_ entries: [(String, Value)], ignoringASCIICase: Bool = false) {
        self.ignoringASCIICase = ignoringASCIICase
        var size = 16
        while size < entries.count * 4 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        for (name, value) in entries {
            var slot = name.utf8.reduce(Self.offsetBasis) { ($0 ^ Int($1)) &* Self.prime } & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = values.count
            values.append(value)
            bytes.append(contentsOf: name.utf8)
            starts.append(bytes.count)
        }
    }

    /// The value named by the NUL-terminated `name`, if any.
    func value(_ name: UnsafePointer<xmlChar>) -> Value? {
        var length = 0
        var hash = Self.offsetBasis
        while name[length] != 0 {
            hash = (hash ^ Int(fold(name[length]))) &* Self.prime
            length += 1
        }
        var slot = hash & (slots.count - 1)
        while case let entry = slots[slot], entry >= 0 {
            let start = starts[entry]
            if starts[entry + 1] - start == length, (0..<length).allSatisfy({ bytes[start + $0] == fold(name[$0]) }) {
                return values[entry]
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    private func fold(_ byte: UInt8) -> UInt8 {
        ignoringASCIICase ? asciiLowercased(byte) : byte
    }

    private static var offsetBasis: Int { Int(bitPattern: 0xcbf2_9ce4_8422_2325) }
    private static var prime: Int { 0x100_0000_01b3 }
}

/// libxml2 must be initialised once before parsers run on several threads; a global `let` is
/// initialised exactly once, thread-safely.
private let libxml2Initialized: Void = xmlInitParser()
