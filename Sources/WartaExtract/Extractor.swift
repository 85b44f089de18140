import Crypto
import WartaLexicon
import WartaModel
import WartaText

/// Turns one release's text into a `Record`: normalize → segment → recognizers → record.
///
/// `Extractor` is a `Sendable` description of the job; each task makes its own `Session`, which
/// holds the ICU iterators (they are not thread-safe).
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    let entityVocabulary: EntityVocabulary

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        entityVocabulary = EntityVocabulary(lexicon: lexicon)
    }

    public func makeSession() throws -> Session {
        try Session(lexicon: lexicon, entityVocabulary: entityVocabulary)
    }

    /// What a reader knows about a document beyond its text (from HTML metadata, for instance).
    public struct Metadata: Sendable {
        public var title: String?
        public var published: String?
        public var author: String?
        public var body: String?

        public init(title: String? = nil, published: String? = nil, author: String? = nil, body: String? = nil) {
            self.title = title
            self.published = published
            self.author = author
            self.body = body
        }
    }

    /// One task's extraction state.
    public final class Session {
        private let lexicon: Lexicon
        private let entityVocabulary: EntityVocabulary
        private let segmenter: Segmenter

        init(lexicon: Lexicon, entityVocabulary: EntityVocabulary) throws {
            self.lexicon = lexicon
            self.entityVocabulary = entityVocabulary
            segmenter = try Segmenter(lexicon: lexicon)
        }

        /// The record for `rawText`, read from `source` (whose `sha256` should be of the input bytes).
        public func extract(_ rawText: String, source: Source, metadata: Metadata = Metadata()) throws -> Record {
            let text = Normalizer.normalize(rawText)
            let document = try segmenter.segment(text)
            let context = RecognitionContext(document: document, lexicon: lexicon, entityVocabulary: entityVocabulary)
            var record = Record(id: Self.id(of: text), source: source, text: text)
            record.sentences = document.sentences.map { Span($0.start, $0.end) }
            record.title = metadata.title ?? Self.firstLine(of: text)
            record.body = metadata.body
            recognize(context, into: &record, metadata: metadata)
            return record
        }

        /// Runs the recognizers in their fixed order; each claims the tokens it explains.
        private func recognize(_ context: RecognitionContext, into record: inout Record, metadata: Metadata) {
            var claims = TokenClaims(count: context.tokens.count)
            let dates = DateRecognizer(context: context)
            let candidates = dates.candidates()
            record.published = metadata.published ?? PublicationDateRecognizer(context: context).recognize(candidates)
            let dated = dates.resolved(candidates, published: record.published)
            record.dates = dates.recognize(dated, claims: &claims)
            record.percentages = PercentageRecognizer(context: context).recognize(claims: &claims)
            record.figures = FigureRecognizer(context: context).recognize(claims: &claims)
            (record.byline, record.entities) = EntityRecognizer(context: context).recognize()
            if record.byline.reporter == nil, let author = metadata.author {
                record.byline.reporter = BylineRecognizer.reporter(fromAuthor: author, vocabulary: context.entityVocabulary, lexicon: lexicon)
            }
            let years = YearReferences(context: context, published: record.published, dates: dated, dateTokens: claims,
                                       firstDateYear: record.dates.first.flatMap { Int($0.value.prefix(4)) })
            record.actions = ActionRecognizer(context: context, years: years).recognize()
        }

        /// The first line, when it reads like a headline (not a dateline or a paragraph).
        static func firstLine(of text: String) -> String? {
            guard let line = text.split(separator: "\n", maxSplits: 1).first else { return nil }
            return line.count <= 200 ? String(line) : nil
        }

        /// A stable id: the first 16 hex digits of the SHA-256 of the normalized text.
        static func id(of text: String) -> String {
            String(SHA256.hash(data: Array(text.utf8)).hexString.prefix(16))
        }
    }
}

extension Digest {
    /// Lower-case hexadecimal.
    public var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        for byte in self {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// SHA-256 of input bytes as lower-case hex, for `source.sha256`.
public func sha256Hex(_ bytes: [UInt8]) -> String {
    SHA256.hash(data: bytes).hexString
}
