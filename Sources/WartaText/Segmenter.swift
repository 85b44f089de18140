import WartaICU
import WartaLexicon

/// Splits normalized text into tokens and sentences: ICU's word and sentence breaks, corrected by
/// Indonesian rules whose data comes from the lexicon.
///
/// Holds ICU break iterators, which are not thread-safe: use one `Segmenter` per task.
public final class Segmenter {
    private let tables: TokenRules.Tables
    private let words: BreakIterator
    private let sentences: BreakIterator

    public init(lexicon: Lexicon) throws(ICUError) {
        tables = TokenRules.Tables(lexicon: lexicon)
        words = try BreakIterator(.word)
        sentences = try BreakIterator(.sentence)
    }

    /// Tokens and sentences of `text`, which should already be normalized (see `Normalizer`).
    public func segment(_ text: String) throws(ICUError) -> TextDocument {
        let utf8 = Array(text.utf8)
        var tokens: [Token] = []
        let sentenceBoundaries = try utf8.withUnsafeBufferPointer { buffer throws(ICUError) in
            tokens = try tokenize(buffer)
            return try self.sentences.boundaries(in: buffer, withStatus: false).offsets
        }
        let sentences = SentenceRules(utf8: utf8, abbreviations: tables.abbreviations).assign(&tokens, icuBoundaries: sentenceBoundaries)
        return TextDocument(text: text, utf8: utf8, tokens: tokens, sentences: sentences)
    }

    /// Tokens only (every token's `sentence` is 0): what the tokenizer benchmark measures.
    public func tokenize(_ utf8: UnsafeBufferPointer<UInt8>) throws(ICUError) -> [Token] {
        let boundaries = try words.boundaries(in: utf8)
        var rules = TokenRules(bytes: utf8, tables: tables, boundaries: boundaries)
        return rules.run()
    }
}

/// The tokens and sentences of one normalized text.
public struct TextDocument: Sendable {
    public let text: String
    public let utf8: [UInt8]
    public internal(set) var tokens: [Token]
    public internal(set) var sentences: [Sentence]

    /// The token's text.
    public func text(of token: Token) -> Substring {
        Substring(String(decoding: utf8[token.utf8Start..<token.utf8End], as: UTF8.self))
    }

    /// The text between two UTF-8 offsets.
    public func text(utf8 range: Range<Int>) -> String {
        String(decoding: utf8[range], as: UTF8.self)
    }
}
