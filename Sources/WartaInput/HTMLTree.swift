internal import CLibXML2

/// A parsed HTML page as plain Swift values: element nodes (lower-case name, attributes,
/// children) and text nodes, stored in document (pre-)order.
///
/// This is the only file that sees libxml2: `parse` runs libxml2's forgiving HTML parser, copies
/// the DOM into `nodes` and frees it before returning, so nothing else holds a C pointer. Comments,
/// processing instructions and the doctype are left out; entities are already decoded.
///
/// Node 0 is the document. Nodes are numbered in pre-order, so a node's descendants are exactly
/// the nodes `index + 1 ..< end` — which lets later passes work bottom-up by walking the array
/// backwards, with no recursion however deeply a broken page nests.
struct HTMLTree: Sendable {
    /// One element or text node.
    struct Node: Sendable {
        /// The element's lower-case tag name; empty for a text node.
        var name: String
        /// The element's attributes in source order, names lower-case.
        var attributes: [Attribute]
        /// A text node's text; empty for an element.
        var text: String
        /// The parent node's index (-1 for the document).
        var parent: Int
        /// Child node indexes in order.
        var children: [Int]
        /// One past the index of this node's last descendant.
        var end: Int

        /// Whether this is a text node.
        var isText: Bool { name.isEmpty }

        /// The value of the attribute `name` (lower-case), if present.
        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    /// An attribute name (lower-case) and its decoded value.
    struct Attribute: Sendable {
        var name: String
        var value: String
    }

    /// Every node, the document first.
    var nodes: [Node]

    /// Parses an HTML page given as UTF-8 bytes. Never fails: libxml2 recovers from any markup,
    /// and a page it cannot read at all gives a tree with only the document node.
    static func parse(utf8 bytes: [UInt8]) -> HTMLTree {
        _ = libxml2Initialized
        var tree = HTMLTree(nodes: [Node(name: "#document", attributes: [], text: "", parent: -1, children: [], end: 1)])
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

        // Depth-first, iteratively: (libxml2 node, parent index), children pushed in reverse.
        var stack: [(xmlNodePtr, Int)] = []
        var child = document.pointee.children
        var firstLevel: [xmlNodePtr] = []
        while let node = child {
            firstLevel.append(node)
            child = node.pointee.next
        }
        stack.append(contentsOf: firstLevel.reversed().map { ($0, 0) })
        var pending: [xmlNodePtr] = []
        while let (node, parent) = stack.popLast() {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let index = tree.nodes.count
                tree.nodes.append(Node(
                    name: string(node.pointee.name), attributes: attributes(of: node), text: "",
                    parent: parent, children: [], end: index + 1))
                tree.nodes[parent].children.append(index)
                pending.removeAll(keepingCapacity: true)
                var next = node.pointee.children
                while let inner = next {
                    pending.append(inner)
                    next = inner.pointee.next
                }
                for inner in pending.reversed() { stack.append((inner, index)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content else { continue }
                let index = tree.nodes.count
                tree.nodes.append(Node(
                    name: "", attributes: [], text: String(cString: content), parent: parent, children: [], end: index + 1))
                tree.nodes[parent].children.append(index)
            default:
                continue  // comments, processing instructions, the doctype
            }
        }
        // Subtree ends, bottom-up: a node's end is its last child's end.
        for index in tree.nodes.indices.reversed() {
            if let last = tree.nodes[index].children.last { tree.nodes[index].end = tree.nodes[last].end }
        }
        return tree
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private static func attributes(of node: xmlNodePtr) -> [Attribute] {
        var result: [Attribute] = []
        var property = node.pointee.properties
        while let attribute = property {
            var value = ""
            var part = attribute.pointee.children
            while let text = part {
                if let content = text.pointee.content { value += String(cString: content) }
                part = text.pointee.next
            }
            result.append(Attribute(name: string(attribute.pointee.name).lowercased(), value: value))
            property = attribute.pointee.next
        }
        return result
    }
}

/// libxml2 must be initialised once before parsers run on several threads; a global `let` is
/// initialised exactly once, thread-safely.
private let libxml2Initialized: Void = xmlInitParser()
