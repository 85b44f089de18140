import WartaLexicon
import WartaText

/// Words per second of the lexicon's stemmer over the distinct word forms of the corpus.
public struct StemBenchmark {
    public struct Result: Sendable {
        public var types: Int
        /// Word types whose stem differs from the lower-cased word.
        public var changed: Int
        public var rounds: Int
        /// Best CPU time for one pass over all types, in seconds.
        public var seconds: Double
        public var wordsPerSecond: Double { Double(types) / seconds }
    }

    public let lexicon: Lexicon
    public let corpus: BenchmarkCorpus

    public init(lexicon: Lexicon, corpus: BenchmarkCorpus) {
        self.lexicon = lexicon
        self.corpus = corpus
    }

    /// The corpus's word types (word tokens, lower-cased, distinct, sorted).
    public func wordTypes() throws -> [String] {
        let segmenter = try Segmenter(lexicon: lexicon)
        var types = Set<String>()
        for text in corpus.texts {
            let document = try segmenter.segment(Normalizer.normalize(text))
            for token in document.tokens where token.kind == .word {
                types.insert(document.text(of: token).lowercased())
            }
        }
        return types.sorted()
    }

    /// Stems every type once per pass; passes repeat until `minimumSeconds` have gone by (at
    /// least `runs` passes); the best pass counts.
    public func run(runs: Int, minimumSeconds: Double = 1) throws -> Result {
        let types = try wordTypes()
        let stemmer = lexicon.stemmer
        var changed = 0
        for word in types where stemmer.stem(word) != word { changed += 1 }
        var best = Double.infinity, rounds = 0, total = 0.0
        var sink = 0
        while rounds < max(1, runs) || total < minimumSeconds {
            let seconds = BenchmarkClock.measure {
                for word in types { sink &+= stemmer.stem(word).utf8.count }
            }.cpu
            best = min(best, seconds)
            total += seconds
            rounds += 1
        }
        precondition(sink != -1)
        return Result(types: types.count, changed: changed, rounds: rounds, seconds: best)
    }
}
