/// Reads a file's bytes as a document: checks it is text, decodes it, and for a web page finds
/// the article's own text and metadata.
///
///     let document = try DocumentReader().read(bytes)
///     print(document.encoding, document.title ?? "-", document.text)
public struct DocumentReader: Sendable {
    /// The format to read files as; nil decides by content.
    public var format: InputFormat?
    /// The encoding to decode with; nil decides from byte-order marks, UTF-8 validity, a web
    /// page's declaration and ICU's detector.
    public var encoding: String?
    /// Files larger than this many bytes are refused.
    public var maxBytes: Int

    /// A reader. `format`: nil decides by content; `encoding`: forces one (an ICU or IANA name);
    /// `maxBytes`: the largest file accepted.
    public init(format: InputFormat? = nil, encoding: String? = nil, maxBytes: Int = 20_000_000) {
        self.format = format
        self.encoding = encoding
        self.maxBytes = maxBytes
    }

    /// The document in `bytes`, or an `InputError` saying why they cannot be read as one
    /// (empty, binary, too large, or in an encoding that cannot be decoded).
    public func read(_ bytes: [UInt8]) throws(InputError) -> InputDocument {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= maxBytes else { throw .tooLarge(size: bytes.count, limit: maxBytes) }
        if let kind = BinarySignature.kind(of: bytes) { throw .binary(kind) }

        let decoded = try TextDecoder.decode(bytes, forced: encoding, html: format.map { $0 == .html })
        var text = decoded.text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        guard text.contains(where: { !$0.isWhitespace }) else { throw .blank }

        switch format ?? InputFormat.sniff(text[...]) {
        case .text:
            return InputDocument(text: Self.unixLineEnds(text), format: .text, encoding: decoded.encoding)
        case .html:
            let utf8 = Array(text.utf8)
            guard !CrowdedTags.exist(in: utf8) else {
                throw InputError("web page with a tag of over \(CrowdedTags.attributeLimit) attributes (not a real page, and too costly to parse)")
            }
            let page = HTMLPage(HTMLTree.parse(utf8: utf8))
            let body = page.article.joined(separator: "\n\n")
            // The header's written date stands under the title, where a text release has its dateline.
            let full = [page.title ?? "", page.writtenDate ?? "", body].filter { !$0.isEmpty }.joined(separator: "\n\n")
            guard !full.isEmpty else { throw InputError("web page without readable text") }
            return InputDocument(
                text: full, format: .html, encoding: decoded.encoding, title: page.title, published: page.published,
                author: page.author, body: body)
        }
    }

    /// `text` with CR LF and lone CR line ends made LF.
    private static func unixLineEnds(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                result.unicodeScalars.append("\n")
                previousCR = true
            } else {
                if !(previousCR && scalar == "\n") { result.unicodeScalars.append(scalar) }
                previousCR = false
            }
        }
        return result
    }
}
