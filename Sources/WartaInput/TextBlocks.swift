/// A page's visible text cut into blocks the way a browser lays it out: a block ends where a
/// block-level element (paragraph, heading, list item, table cell, `div`…) starts or ends, and
/// at a double line break. Each block knows the element that holds it and how much of it is link
/// text — the raw material for telling the article from the furniture around it.
struct TextBlock {
    /// What kind of element holds the block.
    enum Kind: Equatable {
        case paragraph, heading, listItem, quote, preformatted, cell, caption, other
    }

    /// The innermost block-level element holding the text.
    var owner: Int
    /// The text node the block starts in: blocks are in order of `start`.
    var start: Int
    /// Whether the block's first character is link text.
    var startsWithLink: Bool
    var kind: Kind
    /// The text, white space collapsed; single line breaks kept as `\n`.
    var text: String
    /// Characters other than white space.
    var chars: Int
    /// Of those, characters inside links.
    var linkChars: Int
    /// Commas and sentence ends, a sign of running prose.
    var punctuation: Int

    /// Share of the text inside links, 0...1.
    var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
}

extension HTMLTree {
    /// Whether an element and everything in it is never text a reader sees.
    func isInvisible(_ index: Int) -> Bool {
        if nodes[index].tag.isInvisible { return true }
        if !hasAttributes(index) { return false }
        if attribute(.hidden, of: index) != nil { return true }
        if attribute(.ariaHidden, of: index)?.lowercased() == "true" { return true }
        if let style = attribute(.style, of: index).map(Self.withoutWhiteSpace),
            style.containsIgnoringASCIICase("display:none") || style.containsIgnoringASCIICase("visibility:hidden")
        {
            return true
        }
        return false
    }

    /// `text` without its white-space characters. In ASCII, which styles nearly always are, a
    /// white-space character is a white-space byte; those bytes are dropped without reading the
    /// text character by character.
    private static func withoutWhiteSpace(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.filter { !$0.isWhitespace } }
        return String(decoding: text.utf8.filter { $0 != 0x20 && !(0x09...0x0D).contains($0) }, as: UTF8.self)
    }

    /// The text blocks of the subtree at `root`, in document order, skipping invisible elements.
    func textBlocks(under root: Int = 0) -> [TextBlock] {
        let layout = layoutTables()
        var builder = BlockBuilder()
        var open: [(end: Int, node: Int, block: Bool, link: Bool)] = [(nodes[root].end, root, true, false)]
        var owners = [root]  // the block-level elements among `open`
        var links = 0
        var index = root + 1
        let end = nodes[root].end
        while index < end {
            while let top = open.last, top.end <= index {
                open.removeLast()
                if top.link { links -= 1 }
                if top.block {
                    builder.flush(owner: top.node)
                    owners.removeLast()
                }
            }
            let node = nodes[index]
            if node.isText {
                builder.append(node.text, node: index, inLink: links > 0, owner: owners[owners.count - 1])
                index += 1
                continue
            }
            if isInvisible(index) {
                index = node.end
                continue
            }
            if node.tag == .br {
                builder.lineBreak()
                index += 1
                continue
            }
            var block = node.tag.isBlock
            if node.tag == .td || node.tag == .th {
                if let table = ancestor(of: index, tagged: .table), layout.contains(table) { block = true } else { builder.space() }
            }
            if block {
                builder.flush(owner: owners[owners.count - 1])
                owners.append(index)
            }
            let link = node.tag == .a
            if link { links += 1 }
            open.append((node.end, index, block, link))
            index += 1
        }
        while let top = open.popLast() {
            if top.block { builder.flush(owner: top.node) }
        }
        var blocks = builder.blocks
        for index in blocks.indices { blocks[index].kind = kind(of: blocks[index].owner) }
        return blocks
    }

    private func kind(of owner: Int) -> TextBlock.Kind {
        switch nodes[owner].tag {
        case .p: return hasAncestor(owner, tagged: .blockquote) ? .quote : .paragraph
        case .h1, .h2, .h3, .h4, .h5, .h6: return .heading
        case .li, .dd, .dt: return .listItem
        case .blockquote: return .quote
        case .pre: return .preformatted
        case .tr: return .cell
        case .figcaption, .caption: return .caption
        default: return hasAncestor(owner, tagged: .blockquote) ? .quote : .other
        }
    }

    /// Whether an element tagged `tag` encloses node `index`.
    func hasAncestor(_ index: Int, tagged tag: Tag) -> Bool {
        ancestor(of: index, tagged: tag) != nil
    }

    /// The nearest element tagged `tag` that encloses node `index`.
    func ancestor(of index: Int, tagged tag: Tag) -> Int? {
        var current = nodes[index].parent
        while current >= 0 {
            if nodes[current].tag == tag { return current }
            current = nodes[current].parent
        }
        return nil
    }

    /// Tables that lay out a page rather than hold data: a cell holds paragraphs, line breaks,
    /// lists or another table. Their cells are blocks of their own; a data table is read row by row.
    private func layoutTables() -> Set<Int> {
        var tables = Set<Int>()
        for index in nodes.indices where nodes[index].tag.marksLayout {
            var current = nodes[index].parent
            while current >= 0, nodes[current].tag != .td, nodes[current].tag != .th {
                if nodes[current].tag == .table { break }
                current = nodes[current].parent
            }
            if current >= 0, nodes[current].tag != .table, let table = ancestor(of: current, tagged: .table) {
                tables.insert(table)
            }
        }
        return tables
    }
}

extension HTMLTree.Tag {
    /// Elements whose presence in a table cell makes the table one that lays out the page.
    fileprivate var marksLayout: Bool {
        switch self {
        case .p, .br, .div, .table, .ul, .ol, .h1, .h2, .h3, .h4, .h5, .h6, .blockquote, .form: true
        default: false
        }
    }

    /// Elements never shown as text, with everything in them.
    var isInvisible: Bool {
        switch self {
        case .script, .style, .noscript, .template, .iframe, .svg, .math, .canvas, .button, .input, .select, .option,
            .textarea, .object, .embed, .video, .audio, .map, .head, .title, .link, .meta, .label, .dialog, .datalist,
            .frameset, .frame:
            true
        default: false
        }
    }

    /// Elements that start and end a block of text. Table cells do not: a row is read as one line.
    var isBlock: Bool {
        switch self {
        case .address, .article, .aside, .blockquote, .body, .center, .dd, .details, .dir, .div, .dl, .dt, .fieldset,
            .figcaption, .figure, .footer, .form, .h1, .h2, .h3, .h4, .h5, .h6, .header, .hgroup, .hr, .html, .li, .main,
            .menu, .nav, .ol, .p, .pre, .section, .summary, .table, .tbody, .tfoot, .thead, .tr, .ul, .caption, .legend:
            true
        default: false
        }
    }
}

/// Collects inline text into blocks: collapses white space, counts characters and link text.
private struct BlockBuilder {
    var blocks: [TextBlock] = []
    /// The block's text so far, as UTF-8: appending bytes is cheaper than appending scalars to a String.
    private var text: [UInt8] = []
    private var chars = 0
    private var linkChars = 0
    private var punctuation = 0
    private var pendingBreaks = 0
    private var pendingSpace = false
    private var start = 0
    private var startsWithLink = false

    /// Adds a text node's text, held by the block-level element `owner`. Reads UTF-8 bytes and
    /// decodes a scalar only where one is not ASCII: most text on a page is.
    mutating func append(_ raw: String, node: Int, inLink: Bool, owner: Int) {
        var raw = raw
        raw.withUTF8 { bytes in
            var position = 0
            while position < bytes.count {
                let lead = bytes[position]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                let character = bytes[position..<position + length]
                position += length
                let scalar = length == 1 ? UInt32(lead) : Self.decode(character)
                if Self.isSpace(scalar) {
                    pendingSpace = true
                    continue
                }
                if scalar == 0x200B || scalar == 0xFEFF || scalar == 0xAD { continue }  // zero-width space, BOM, soft hyphen
                if pendingBreaks > 0, chars > 0 {
                    if pendingBreaks >= 2 { flush(owner: owner) } else { text.append(0x0A) }
                    pendingSpace = false
                }
                pendingBreaks = 0
                if chars == 0 {
                    start = node
                    startsWithLink = inLink
                }
                if pendingSpace, chars > 0, text.last != 0x0A { text.append(0x20) }
                pendingSpace = false
                if length == 1 { text.append(lead) } else { text.append(contentsOf: character) }
                chars += 1
                if inLink { linkChars += 1 }
                switch scalar {
                case 0x2C, 0x2E, 0x21, 0x3F, 0x3B, 0x3001, 0x3002, 0xFF0C: punctuation += 1  // , . ! ? ; 、 。 ，
                default: break
                }
            }
        }
    }

    /// The scalar value of one UTF-8 encoded scalar of two to four bytes (valid, as a String's).
    private static func decode(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt32 {
        var value = UInt32(bytes[bytes.startIndex]) & (0xFF >> (bytes.count + 1))
        for byte in bytes.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
        return value
    }

    /// A gap between inline pieces that the markup implies without white space (table cells).
    mutating func space() {
        pendingSpace = true
    }

    /// A `<br>`: one ends a line, two in a row end the block.
    mutating func lineBreak() {
        pendingBreaks += 1
    }

    /// Ends the current block, if it has any text, as a block of `owner`.
    mutating func flush(owner: Int) {
        pendingBreaks = 0
        pendingSpace = false
        guard chars > 0 else { return }
        blocks.append(TextBlock(
            owner: owner, start: start, startsWithLink: startsWithLink, kind: .other, text: String(decoding: text, as: UTF8.self), chars: chars,
            linkChars: linkChars, punctuation: punctuation))
        text.removeAll(keepingCapacity: true)
        chars = 0
        linkChars = 0
        punctuation = 0
    }

    private static func isSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
