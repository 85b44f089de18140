import WartaLexicon
import WartaModel
import WartaText

/// What every recognizer reads: the segmented document, each token's text, and the lexicon.
public struct RecognitionContext: Sendable {
    public let document: TextDocument
    public let lexicon: Lexicon
    /// `words[i]` is the text of token `i`, made once for all recognizers.
    public let words: [Substring]
    /// The lines of the text (split at newlines), over tokens.
    public let lines: TextLines
    /// What the entity recognizers derive from the lexicon.
    let entityVocabulary: EntityVocabulary

    public init(document: TextDocument, lexicon: Lexicon, entityVocabulary: EntityVocabulary? = nil) {
        self.document = document
        self.lexicon = lexicon
        self.entityVocabulary = entityVocabulary ?? EntityVocabulary(lexicon: lexicon)
        words = document.tokens.map { document.text(of: $0) }
        lines = TextLines(document)
    }

    public var tokens: [Token] { document.tokens }

    /// Token `index`'s text, or nil past either end.
    public func word(_ index: Int) -> Substring? {
        words.indices.contains(index) ? words[index] : nil
    }

    /// The record text from the start of token `first` to the end of token `last`.
    public func text(from first: Int, through last: Int) -> String {
        document.text(utf8: document.tokens[first].utf8Start..<document.tokens[last].utf8End)
    }

    /// Whether nothing but spaces separates token `index` from the token after it.
    public func isAdjacent(_ index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index].utf8End == tokens[index + 1].utf8Start
    }
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
