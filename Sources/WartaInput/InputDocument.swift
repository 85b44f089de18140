/// A file read as text: what the rest of the pipeline works on.
public struct InputDocument: Sendable {
    /// The decoded text. For a web page, the article's own text: the title first, then each
    /// paragraph, heading, list item or quotation of the article as a block, blocks separated by
    /// blank lines.
    public var text: String
    /// The format the file was read as.
    public var format: InputFormat
    /// The encoding the bytes were decoded from, e.g. `UTF-8`, `UTF-16LE` or `windows-1252`.
    public var encoding: String
    /// A web page's title, from its metadata (`og:title`, `<title>`) or its main heading; nil for text.
    public var title: String?
    /// A web page's publication date as ISO `YYYY-MM-DD`, from its metadata; nil when it gives none.
    public var published: String?
    /// A web page's author, from its metadata or byline markup; nil when it names none.
    public var author: String?
    /// A web page's article body alone, without the title line; nil for text.
    public var body: String?

    /// A document with the given parts.
    public init(
        text: String, format: InputFormat, encoding: String, title: String? = nil, published: String? = nil,
        author: String? = nil, body: String? = nil
    ) {
        self.text = text
        self.format = format
        self.encoding = encoding
        self.title = title
        self.published = published
        self.author = author
        self.body = body
    }
}
