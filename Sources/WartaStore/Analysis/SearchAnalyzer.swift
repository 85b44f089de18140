import WartaLexicon
import WartaText

/// Warta's analysis for the search index: tokens → stop words dropped → stems, numbers in one
/// canonical form, and acronyms and place short forms indexed with their expansions both ways.
///
/// The same value analyzes documents (inside the FTS5 tokenizer) and queries (in `QueryCompiler`),
/// so a query meets the words it names. Its data comes from the lexicon only; change either and the
/// index must be rebuilt (the store records `SearchAnalyzer.version` and the lexicon version).
struct SearchAnalyzer: Sendable {
    /// Bumped whenever the analysis below changes what is indexed.
    static let version = "2"

    let lexicon: Lexicon
    let synonyms: SynonymTable

    init(lexicon: Lexicon) throws {
        self.lexicon = lexicon
        synonyms = try SynonymTable(lexicon: lexicon)
    }

    /// One analyzed term, as FTS5 receives it: its text, the UTF-8 bytes of the text it stands for,
    /// and whether it shares the position of the term before it (a synonym).
    struct Term: Sendable, Equatable {
        var text: String
        var utf8Start: Int
        var utf8End: Int
        var colocated: Bool
    }

    /// A position in the analyzed text: its terms (the first is the main one, the others are
    /// synonyms), the bytes it covers and the surface form it came from.
    struct Slot: Sendable {
        var terms: [String]
        var utf8Start: Int
        var utf8End: Int
        var surface: Substring
    }

    // MARK: Documents

    /// The terms FTS5 stores for `document`: main terms in text order, each followed by its synonyms.
    func documentTerms(_ document: TextDocument) -> [Term] {
        let base = slots(document)
        var output: [Term] = []
        output.reserveCapacity(base.count + base.count / 4)
        var index = 0
        // Long forms first, on the text as written: `Implementasi Kurikulum Merdeka` also says `ikm`.
        var shortFormsAt: [Int: [String]] = [:]
        while index < base.count {
            if let match = synonyms.longestLongForm(in: base, at: index) {
                shortFormsAt[index, default: []].append(contentsOf: match.shortTerms)
            }
            index += 1
        }
        for (position, slot) in base.enumerated() {
            var terms = slot.terms
            for short in shortFormsAt[position] ?? [] where !terms.contains(short) { terms.append(short) }
            // A short form (`IKM`, `Jatim`) also says the words of its expansion, at its own
            // position: FTS5 snippets need positions in text order, and one word of text is one
            // position (a phrase of the whole expansion is found by `QueryCompiler`'s variants).
            if let entry = synonyms.shortForm(surface: slot.surface) {
                for term in entry.siblings + entry.long where !terms.contains(term) { terms.append(term) }
            }
            append(terms, slot, to: &output)
        }
        return output
    }

    private func append(_ terms: [String], _ slot: Slot, to output: inout [Term]) {
        for (offset, term) in terms.enumerated() {
            output.append(Term(text: term, utf8Start: slot.utf8Start, utf8End: slot.utf8End, colocated: offset > 0))
        }
    }

    /// One slot per indexed token, synonyms not yet added.
    func slots(_ document: TextDocument) -> [Slot] {
        var result: [Slot] = []
        result.reserveCapacity(document.tokens.count)
        for token in document.tokens {
            let surface = document.text(of: token)
            let terms = self.terms(of: token.kind, surface)
            guard !terms.isEmpty else { continue }
            result.append(Slot(terms: terms, utf8Start: token.utf8Start, utf8End: token.utf8End, surface: surface))
        }
        return result
    }

    /// The terms of one token: none for stop words and punctuation; the stem of a word; the
    /// canonical value of a number, then the number as written when that differs.
    func terms(of kind: Token.Kind, _ surface: Substring) -> [String] {
        Self.baseTerms(of: kind, surface, lexicon: lexicon)
    }

    static func baseTerms(of kind: Token.Kind, _ surface: Substring, lexicon: Lexicon) -> [String] {
        switch kind {
        case .word:
            let lower = surface.lowercased()
            if lexicon.stopwords.contains(lower) { return [] }
            let stem = lexicon.stemmer.stem(lower)
            guard stem.contains("-") else { return [stem] }
            // `se-Indonesia`, `Covid-19`: the whole word, and its parts where they say something.
            var terms = [stem]
            for part in lower.split(separator: "-") where part.count > 2 && !lexicon.stopwords.contains(String(part)) {
                let partStem = lexicon.stemmer.stem(String(part))
                if !terms.contains(partStem) { terms.append(partStem) }
            }
            return terms
        case .number:
            return NumberTerms.terms(of: surface)
        case .abbreviation:
            let folded = surface.lowercased().filter { $0 != "." }
            return folded.isEmpty ? [] : [folded]
        case .currency:
            let folded = surface.lowercased().filter { $0 != "." }
            return folded.isEmpty ? [] : [folded]
        case .url, .email, .handle:
            return [surface.lowercased()]
        case .symbol:
            return surface == "%" ? ["persen"] : []
        case .punctuation:
            return []
        }
    }

    // MARK: Queries

    /// The main terms of a piece of query text, in order (no synonyms: the index holds them).
    func queryTerms(_ document: TextDocument) -> [String] {
        slots(document).map { $0.terms[0] }
    }
}

/// Numbers as Indonesian writes them, in one canonical form: `2.791` → `2791`, `31,18` → `31,18`,
/// `2,50` → `2,5`, `1.500.000` → `1500000`, `150-an` → `150`.
enum NumberTerms {
    static func terms(of surface: Substring) -> [String] {
        let literal = surface.lowercased()
        guard let canonical = canonical(literal) else { return [literal] }
        return canonical == literal ? [canonical] : [canonical, literal]
    }

    /// The canonical form, or nil when the number is not plain digits with separators.
    static func canonical(_ literal: String) -> String? {
        var text = Substring(literal)
        if text.hasSuffix("-an") { text = text.dropLast(3) }
        guard let first = text.first, first.isASCII, first.isNumber else { return nil }
        guard text.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }) else { return nil }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        var integer = parts[0]
        let groups = integer.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count > 1 {
            // Thousands separators: 1 to 3 digits, then groups of exactly 3.
            let grouped = (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
            guard grouped else { return nil }
            integer = Substring(groups.joined())
        }
        let trimmed = integer.drop { $0 == "0" }
        var result = trimmed.isEmpty ? "0" : String(trimmed)
        if parts.count == 2 {
            let fraction = parts[1].reversed().drop { $0 == "0" }
            guard !parts[1].isEmpty, !parts[1].contains(".") else { return nil }
            if !fraction.isEmpty { result += "," + String(fraction.reversed()) }
        }
        return result
    }
}
