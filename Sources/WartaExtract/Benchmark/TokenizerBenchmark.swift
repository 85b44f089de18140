import WartaICU
import WartaLexicon
import WartaText

/// Throughput of raw ICU word breaking, Warta's tokenizer and full segmentation (tokens and
/// sentences) over the same buffer, best of several runs each, in one process.
public struct TokenizerBenchmark {
    public struct Result: Sendable {
        public var bytes: Int
        public var copies: Int
        public var tokens: Int
        public var sentences: Int
        /// Best times for raw ICU word breaks, the tokenizer, and segmentation.
        public var icu: Timing
        public var tokenizer: Timing
        public var segmentation: Timing

        public var megabytes: Double { Double(bytes) / 1_000_000 }
        /// MB per CPU second.
        public var icuRate: Double { megabytes / icu.cpu }
        public var tokenizerRate: Double { megabytes / tokenizer.cpu }
        public var segmentationRate: Double { megabytes / segmentation.cpu }
    }

    public let lexicon: Lexicon
    public let corpus: BenchmarkCorpus

    public init(lexicon: Lexicon, corpus: BenchmarkCorpus) {
        self.lexicon = lexicon
        self.corpus = corpus
    }

    /// Runs each measurement `runs` times over a buffer of at least `bytes` bytes of normalized text.
    public func run(bytes: Int, runs: Int) throws -> Result {
        let (raw, copies) = corpus.buffer(atLeast: bytes)
        let text = Normalizer.normalize(raw)
        let utf8 = Array(text.utf8)
        let words = try BreakIterator(.word)
        let segmenter = try Segmenter(lexicon: lexicon)
        var tokens = 0, sentences = 0
        let icu = try utf8.withUnsafeBufferPointer { buffer in
            try BenchmarkClock.best(of: runs) { _ = try words.boundaries(in: buffer) }
        }
        let tokenizer = try utf8.withUnsafeBufferPointer { buffer in
            try BenchmarkClock.best(of: runs) { tokens = try segmenter.tokenize(buffer).count }
        }
        let segmentation = try BenchmarkClock.best(of: runs) { sentences = try segmenter.segment(text).sentences.count }
        return Result(bytes: utf8.count, copies: copies, tokens: tokens, sentences: sentences, icu: icu, tokenizer: tokenizer, segmentation: segmentation)
    }

    /// Raw ICU word-break throughput (MB per CPU second) over at least `bytes` of corpus text:
    /// the yardstick other benchmarks report against.
    public static func icuWordBreakRate(corpus: BenchmarkCorpus, bytes: Int, runs: Int) throws -> Double {
        let utf8 = Array(Normalizer.normalize(corpus.buffer(atLeast: bytes).text).utf8)
        let words = try BreakIterator(.word)
        let seconds = try utf8.withUnsafeBufferPointer { buffer in
            try BenchmarkClock.best(of: runs) { _ = try words.boundaries(in: buffer) }
        }
        return Double(utf8.count) / 1_000_000 / seconds.cpu
    }
}
