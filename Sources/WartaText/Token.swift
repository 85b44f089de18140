/// One token: a kind and where it stands, as offsets. Its text is made only when asked for.
public struct Token: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case word, number, punctuation, symbol, abbreviation, currency, url, email, handle
    }

    public var kind: Kind
    // Offsets are held in 32 bits, as ICU reports them: that halves a token (24 bytes, not 48), and
    // a large text's token array with it.
    private var scalarStart: Int32
    private var scalarEnd: Int32
    private var byteStart: Int32
    private var byteEnd: Int32
    private var sentenceIndex: Int32

    /// Unicode-scalar offsets `[start, end)` into the document text.
    public var start: Int {
        get { Int(scalarStart) }
        set { scalarStart = Int32(newValue) }
    }
    public var end: Int {
        get { Int(scalarEnd) }
        set { scalarEnd = Int32(newValue) }
    }
    /// UTF-8 byte offsets `[utf8Start, utf8End)` into the document text.
    public var utf8Start: Int {
        get { Int(byteStart) }
        set { byteStart = Int32(newValue) }
    }
    public var utf8End: Int {
        get { Int(byteEnd) }
        set { byteEnd = Int32(newValue) }
    }
    /// Index of the sentence the token belongs to.
    public var sentence: Int {
        get { Int(sentenceIndex) }
        set { sentenceIndex = Int32(newValue) }
    }

    init(kind: Kind, start: Int, end: Int, utf8Start: Int, utf8End: Int, sentence: Int) {
        self.kind = kind
        scalarStart = Int32(start)
        scalarEnd = Int32(end)
        byteStart = Int32(utf8Start)
        byteEnd = Int32(utf8End)
        sentenceIndex = Int32(sentence)
    }
}

/// A sentence as scalar offsets `[start, end)` and the range of its tokens.
public struct Sentence: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var tokens: Range<Int>
}
