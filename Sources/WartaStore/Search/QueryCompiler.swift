import Foundation
import WartaText

/// Turns a parsed query into an FTS5 expression of analyzed terms.
///
/// Every word goes through the index's own analysis (stems, stop words, number forms), so
/// `mendidik` looks for `didik` as `pendidikan` was indexed. Each term is written as an FTS5
/// string, which the `warta` tokenizer passes through unchanged in query mode: user text never
/// reaches FTS5's own syntax, so no query can make an SQL or FTS5 syntax error.
///
/// Synonyms: the index holds short and long forms at every occurrence of either, so a single
/// term finds both. A phrase that contains one is searched in both spellings
/// (`"ikm lumajang"` OR `"implementasi kurikulum merdeka lumajang"`).
struct QueryCompiler {
    let analyzer: SearchAnalyzer
    let segmenter: Segmenter

    init(analyzer: SearchAnalyzer) throws(StoreError) {
        self.analyzer = analyzer
        do {
            segmenter = try Segmenter(lexicon: analyzer.lexicon)
        } catch {
            throw .analysis("\(error)")
        }
    }

    /// Most spellings a phrase is searched in.
    static let maximumVariants = 16

    /// The FTS5 expression for `query`, or an error a user can act on.
    func compile(_ query: String) throws(StoreError) -> String {
        let node = try QueryParser.parse(query)
        guard let expression = try compile(node) else {
            throw .invalidQuery("nothing to search for: every word of the query is a stop word or punctuation")
        }
        guard expression.positive else {
            throw .invalidQuery("a query cannot only exclude: add a word to look for")
        }
        return expression.text
    }

    /// The FTS5 expression for `text` read as one phrase (for place and name filters), or nil when
    /// it has no searchable words.
    func phrase(_ text: String) throws(StoreError) -> String? {
        try compile(.phrase(text))?.text
    }

    /// An expression and whether it finds anything by itself (a pure exclusion does not).
    private struct Expression {
        var text: String
        var positive: Bool
        /// The one analyzed term, when the expression is a single term.
        var term: String? = nil
    }

    /// Most words of a query whose neighbours are rewarded for standing together.
    static let maximumProximityWords = 6

    /// `a b c` finds the releases with all three words, and ranks first those where neighbours of
    /// the query stand together: `(a AND b AND c) OR ("a b" AND c) OR (a AND "b c")` matches the
    /// same releases as `a AND b AND c`, but bm25 counts the two-word phrases too.
    private func proximityBoosted(_ terms: [String]) -> String {
        var branches = ["(" + terms.map { Self.quoted([$0]) }.joined(separator: " AND ") + ")"]
        for index in 0..<(terms.count - 1) {
            var parts = [Self.quoted([terms[index], terms[index + 1]])]
            for (other, term) in terms.enumerated() where other != index && other != index + 1 {
                parts.append(Self.quoted([term]))
            }
            branches.append(parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " AND ") + ")")
        }
        return "(" + branches.joined(separator: " OR ") + ")"
    }

    private func compile(_ node: QueryNode) throws(StoreError) -> Expression? {
        switch node {
        case .word(let word, let prefix):
            if prefix {
                let stem = Self.quoted([Normalizer.normalize(word).lowercased()])
                return Expression(text: stem + " *", positive: true)
            }
            let terms = try analyze(word)
            guard !terms.isEmpty else { return nil }
            if terms.count == 1 { return Expression(text: Self.quoted(terms), positive: true, term: terms[0]) }
            return Expression(text: variants(of: terms), positive: true)
        case .phrase(let text):
            let terms = try analyze(text)
            guard !terms.isEmpty else { return nil }
            return Expression(text: variants(of: terms), positive: true)
        case .not(let inner):
            guard let inner = try compile(inner) else { return nil }
            return Expression(text: inner.text, positive: false)
        case .and(let items):
            var positives: [String] = [], negatives: [String] = []
            var words: [String] = []  // the single analyzed terms of plain words, in order
            var plain = true
            for item in items {
                guard let expression = try compile(item) else { continue }
                if expression.positive { positives.append(expression.text) } else { negatives.append(expression.text) }
                if case .word(_, prefix: false) = item, expression.positive, let term = expression.term {
                    words.append(term)
                } else if expression.positive {
                    plain = false
                }
            }
            if positives.isEmpty {
                guard negatives.isEmpty else { throw .invalidQuery("a query cannot only exclude: add a word to look for") }
                return nil
            }
            var text = positives.count == 1 ? positives[0] : "(" + positives.joined(separator: " AND ") + ")"
            if plain, (2...Self.maximumProximityWords).contains(words.count) {
                text = proximityBoosted(words)
            }
            for negative in negatives { text = "(\(text) NOT \(negative))" }
            return Expression(text: text, positive: true)
        case .or(let items):
            var parts: [String] = []
            for item in items {
                guard let expression = try compile(item) else { continue }
                guard expression.positive else {
                    throw .invalidQuery("an exclusion cannot stand alone beside OR: write `a OR b -c` as `(a OR b) -c`")
                }
                parts.append(expression.text)
            }
            guard !parts.isEmpty else { return nil }
            return Expression(text: parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " OR ") + ")", positive: true)
        }
    }

    /// The main terms of `text`, analyzed as documents are.
    private func analyze(_ text: String) throws(StoreError) -> [String] {
        do {
            return analyzer.queryTerms(try segmenter.segment(Normalizer.normalize(text)))
        } catch {
            throw .analysis("\(error)")
        }
    }

    /// A phrase in every spelling its synonyms allow.
    private func variants(of terms: [String]) -> String {
        // Sites where a synonym may stand instead: (start, length, alternatives).
        var sites: [(start: Int, length: Int, alternatives: [[String]])] = []
        var index = 0
        while index < terms.count {
            if let long = analyzer.synonyms.longestLongForm(in: terms, at: index) {
                sites.append((index, long.words.count, long.shortTerms.map { [$0] }))
                index += long.words.count
            } else if let short = analyzer.synonyms.shortForm(term: terms[index]) {
                sites.append((index, 1, [short.long]))
                index += 1
            } else {
                index += 1
            }
        }
        var results: [[String]] = [[]]
        var cursor = 0
        for site in sites {
            let between = Array(terms[cursor..<site.start])
            let choices = [Array(terms[site.start..<(site.start + site.length)])] + site.alternatives
            var next: [[String]] = []
            for result in results {
                for choice in choices where next.count < Self.maximumVariants {
                    next.append(result + between + choice)
                }
            }
            results = next
            cursor = site.start + site.length
        }
        results = results.map { $0 + terms[cursor...] }
        var seen = Set<[String]>()
        let unique = results.filter { seen.insert($0).inserted }
        return unique.count == 1 ? Self.quoted(unique[0]) : "(" + unique.map(Self.quoted).joined(separator: " OR ") + ")"
    }

    /// One FTS5 string: the terms separated by spaces, quotes doubled.
    static func quoted(_ terms: [String]) -> String {
        "\"" + terms.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
