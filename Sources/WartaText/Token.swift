/// One token: a kind and where it stands, as offsets. Its text is made only when asked for.
public struct Token: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case word, number, punctuation, symbol, abbreviation, currency, url, email, handle
    }

    public var kind: Kind
    /// Unicode-scalar offsets `[start, end)` into the document text.
    public var start: Int
    public var end: Int
    /// UTF-8 byte offsets `[utf8Start, utf8End)` into the document text.
    public var utf8Start: Int
    public var utf8End: Int
    /// Index of the sentence the token belongs to.
    public var sentence: Int
}

/// A sentence as scalar offsets `[start, end)` and the range of its tokens.
public struct Sentence: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var tokens: Range<Int>
}
