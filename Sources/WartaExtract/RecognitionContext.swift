import WartaLexicon
import WartaModel
import WartaText

/// What every recognizer reads: the segmented document, each token's text, and the lexicon.
public struct RecognitionContext: Sendable {
    public let document: TextDocument
    public let lexicon: Lexicon
    /// `words[i]` is the text of token `i`, made once for all recognizers.
    public let words: [Substring]
    /// `folded[i]` is token `i`'s text lower-cased: the key of lexicon lookups, made once.
    public let folded: [String]
    /// `shapes[i]` says how token `i` is written (capitalised, all capitals, letters only).
    public let shapes: [WordShape]
    /// The lines of the text (split at newlines), over tokens.
    public let lines: TextLines
    /// What the entity recognizers derive from the lexicon.
    let entityVocabulary: EntityVocabulary

    public init(document: TextDocument, lexicon: Lexicon, entityVocabulary: EntityVocabulary) {
        self.document = document
        self.lexicon = lexicon
        self.entityVocabulary = entityVocabulary
        var words: [Substring] = [], folded: [String] = [], shapes: [WordShape] = []
        words.reserveCapacity(document.tokens.count)
        folded.reserveCapacity(document.tokens.count)
        shapes.reserveCapacity(document.tokens.count)
        for token in document.tokens {
            let word = document.text(of: token)
            let (shape, isFolded) = WordShape.read(word, utf8: document.utf8[token.utf8Start..<token.utf8End])
            words.append(word)
            folded.append(isFolded ? String(word) : word.lowercased())
            shapes.append(shape)
        }
        self.words = words
        self.folded = folded
        self.shapes = shapes
        lines = TextLines(document)
    }

    public var tokens: [Token] { document.tokens }

    /// Token `index`'s text, or nil past either end.
    public func word(_ index: Int) -> Substring? {
        words.indices.contains(index) ? words[index] : nil
    }

    /// Token `index`'s text lower-cased, or nil past either end.
    public func lower(_ index: Int) -> String? {
        folded.indices.contains(index) ? folded[index] : nil
    }

    /// The record text from the start of token `first` to the end of token `last`.
    public func text(from first: Int, through last: Int) -> String {
        document.text(utf8: document.tokens[first].utf8Start..<document.tokens[last].utf8End)
    }

    /// Whether token `index` is a verb form: one of `prefixes` with a root the stemmer finds
    /// beneath it (`dibagikan`, `disalurkan`), not a word that only starts so (`dinas`, `berita`).
    func isAffixedVerb(_ index: Int, prefixes: [String] = ["di", "me", "ber", "ter"]) -> Bool {
        let word = folded[index]
        return prefixes.contains(where: { word.hasPrefix($0) }) && lexicon.stemmer.stem(word) != word
    }

    /// Whether `tokens` read as a headline: title case, no full stop at the end (`Tahun Depan
    /// Diusulkan 20 SD Lagi`). A headline restates the body, and its capitals say little.
    func isHeadline(_ tokens: some BidirectionalCollection<Int>) -> Bool {
        guard let last = tokens.last else { return false }
        let words = tokens.filter { self.tokens[$0].kind == .word && self.words[$0].count > 3 }
        guard words.count >= 3, !document.text(utf8: self.tokens[last].utf8Start..<self.tokens[last].utf8End).hasSuffix(".") else { return false }
        return words.filter { shapes[$0].contains(.capitalised) }.count * 4 >= words.count * 3
    }

    /// The dashes that end a dateline or join a range (`SURABAYA –`, `5 – 7 Juni`).
    static let dashes: Set<Substring> = ["-", "–", "—"]

    /// Whether nothing but spaces separates token `index` from the token after it.
    public func isAdjacent(_ index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index].utf8End == tokens[index + 1].utf8Start
    }
}

/// How a word is written, read once per token: the questions entity recognizers ask of nearly
/// every token, many times over.
public struct WordShape: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The first character is an upper-case letter.
    public static let capitalised = WordShape(rawValue: 1 << 0)
    /// The first character is a letter.
    public static let startsWithLetter = WordShape(rawValue: 1 << 1)
    /// Two letters or more, all upper-case (`BBPMP`, `SRAGEN`, `M.PD`).
    public static let allCaps = WordShape(rawValue: 1 << 2)
    /// Nothing but letters, apostrophes and hyphens: what a name word is made of.
    public static let nameLetters = WordShape(rawValue: 1 << 3)

    /// The shape of `word`, whose UTF-8 is `bytes`, and whether it is lower-case already (ASCII
    /// with no capital: nothing for a case mapping to do).
    static func read(_ word: Substring, utf8 bytes: ArraySlice<UInt8>) -> (shape: WordShape, isFolded: Bool) {
        var shape: WordShape = []
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            if let first = word.first {
                if first.isLetter { shape.insert(.startsWithLetter) }
                if first.isUppercase { shape.insert(.capitalised) }
            }
            let letters = word.filter(\.isLetter)
            if letters.count >= 2, letters.allSatisfy(\.isUppercase) { shape.insert(.allCaps) }
            if word.allSatisfy({ $0.isLetter || $0 == "'" || $0 == "\u{2019}" || $0 == "-" }) { shape.insert(.nameLetters) }
            return (shape, false)
        }
        // ASCII, nearly every token: bytes answer without Unicode property tables.
        if let first = bytes.first {
            if isASCIIUpper(first) { shape.formUnion([.capitalised, .startsWithLetter]) }
            if isASCIILower(first) { shape.insert(.startsWithLetter) }
        }
        var letters = 0, upper = 0, nameLetters = true
        for byte in bytes {
            if isASCIIUpper(byte) {
                letters += 1
                upper += 1
            } else if isASCIILower(byte) {
                letters += 1
            } else if byte != UInt8(ascii: "'") && byte != UInt8(ascii: "-") {
                nameLetters = false
            }
        }
        if letters >= 2, upper == letters { shape.insert(.allCaps) }
        if nameLetters { shape.insert(.nameLetters) }
        return (shape, upper == 0)
    }

    private static func isASCIIUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    private static func isASCIILower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
}

extension RecognitionContext {
    /// The record span from the start of token `first` to the end of token `last`.
    func span(from first: Int, through last: Int) -> Span {
        Span(tokens[first].start, tokens[last].end)
    }
}

/// Which line each token stands on, and each line's first and last token: datelines, bylines and
/// headlines are recognized by the line they fill.
public struct TextLines: Sendable {
    /// `line[i]` is the line of token `i`.
    public let line: [Int]
    /// `first[l]` and `last[l]` are line `l`'s first and last token.
    public let first: [Int]
    public let last: [Int]

    init(_ document: TextDocument) {
        var line: [Int] = [], first: [Int] = [], last: [Int] = []
        line.reserveCapacity(document.tokens.count)
        for (index, token) in document.tokens.enumerated() {
            if index == 0 || document.utf8[document.tokens[index - 1].utf8End..<token.utf8Start].contains(0x0A) {
                first.append(index)
                last.append(index)
            }
            line.append(first.count - 1)
            last[last.count - 1] = index
        }
        self.line = line
        self.first = first
        self.last = last
    }
}
