import WartaLexicon
import WartaModel
import WartaText

/// What every recognizer reads: the segmented document, each token's text, and the lexicon.
public struct RecognitionContext: Sendable {
    public let document: TextDocument
    public let lexicon: Lexicon
    /// `words[i]` is the text of token `i`, made once for all recognizers.
    public let words: [Substring]

    public init(document: TextDocument, lexicon: Lexicon) {
        self.document = document
        self.lexicon = lexicon
        words = document.tokens.map { document.text(of: $0) }
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
