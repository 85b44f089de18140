import WartaLexicon
import WartaText

/// Short forms and their expansions, both ways, from the lexicon: education acronyms
/// (`IKM` ↔ `Implementasi Kurikulum Merdeka`), organization acronyms (`Disdik` ↔ `Dinas
/// Pendidikan`) and place short forms (`Jatim` ↔ `Jawa Timur`, `Bukit Tinggi` ↔ `Bukittinggi`).
///
/// Both sides are kept as analyzed terms (stems, stop words dropped), so they are compared with
/// the index's own terms.
struct SynonymTable: Sendable {
    struct ShortForm: Sendable, Equatable {
        /// The analyzed short form (`ikm`).
        let term: String
        /// The analyzed expansion (`implementasi`, `kurikulum`, `merdeka`).
        let long: [String]
        /// Other short forms of the same expansion (`dispendik` for `disdik`).
        var siblings: [String]
        /// Exact spellings that count in a document (acronyms are case-sensitive); nil: any
        /// spelling that starts with a capital letter (place names).
        let surfaces: Set<String>?
    }

    struct LongForm: Sendable {
        let words: [String]
        var shortTerms: [String]
    }

    /// Short forms by lower-cased surface.
    private(set) var shortForms: [String: ShortForm] = [:]
    /// Long forms by their first term, longest first.
    private(set) var longForms: [String: [LongForm]] = [:]

    init(lexicon: Lexicon) throws {
        let segmenter = try Segmenter(lexicon: lexicon)
        let analyzer = Analysis(lexicon: lexicon, segmenter: segmenter)
        // Sorted sources, so conflicts resolve the same way on every run: acronyms first, then
        // organizations, then places.
        for (acronym, entry) in lexicon.acronyms.sorted(by: { $0.key < $1.key }) {
            try add(short: acronym, long: entry.expansion, exact: true, analyzer)
        }
        for (acronym, organization) in lexicon.organizationsByAcronym.sorted(by: { $0.key < $1.key }) {
            guard let name = organization.name else { continue }
            try add(short: acronym, long: name, exact: true, analyzer)
        }
        for (alias, name) in lexicon.placeAliases.sorted(by: { $0.key < $1.key }) {
            let aliasTerms = try analyzer.terms(alias), nameTerms = try analyzer.terms(name)
            if aliasTerms.count == 1 {
                try add(short: alias, long: name, exact: false, analyzer)
            } else if nameTerms.count == 1 {
                try add(short: name, long: alias, exact: false, analyzer)
            }
        }
        // Short forms of the same expansion say each other too.
        for (key, entry) in shortForms {
            let form = longForms[entry.long[0]]?.first { $0.words == entry.long }
            shortForms[key]?.siblings = (form?.shortTerms ?? []).filter { $0 != entry.term }
        }
    }

    private mutating func add(short: String, long: String, exact: Bool, _ analyzer: Analysis) throws {
        let shortTerms = try analyzer.terms(short)
        let longTerms = try analyzer.terms(long)
        guard shortTerms.count == 1, let term = shortTerms.first, !longTerms.isEmpty, longTerms != shortTerms else { return }
        let key = short.lowercased()
        if var existing = shortForms[key] {
            // The same spelling twice (an acronym that is also an organization's): keep the first meaning,
            // but let the exact spellings of both count.
            if existing.long == longTerms, let surfaces = existing.surfaces, exact {
                existing = ShortForm(term: existing.term, long: existing.long, siblings: existing.siblings, surfaces: surfaces.union([short]))
                shortForms[key] = existing
            }
            return
        }
        shortForms[key] = ShortForm(term: term, long: longTerms, siblings: [], surfaces: exact ? [short] : nil)
        var forms = longForms[longTerms[0], default: []]
        if let index = forms.firstIndex(where: { $0.words == longTerms }) {
            if !forms[index].shortTerms.contains(term) { forms[index].shortTerms.append(term) }
        } else {
            forms.append(LongForm(words: longTerms, shortTerms: [term]))
            forms.sort { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.words.lexicographicallyPrecedes($1.words) }
        }
        longForms[longTerms[0]] = forms
    }

    /// The short form a document token is, by its spelling.
    func shortForm(surface: Substring) -> ShortForm? {
        guard let entry = shortForms[surface.lowercased()] else { return nil }
        if let surfaces = entry.surfaces {
            return surfaces.contains(String(surface)) ? entry : nil
        }
        return surface.first?.isUppercase == true ? entry : nil
    }

    /// The short form a query term is, whatever its case (queries are typed carelessly).
    func shortForm(term: String) -> ShortForm? {
        shortForms[term].flatMap { $0.term == term ? $0 : nil }
    }

    /// The longest long form whose words start at `index` of `slots` (compared by main term).
    func longestLongForm(in slots: [SearchAnalyzer.Slot], at index: Int) -> LongForm? {
        guard let candidates = longForms[slots[index].terms[0]] else { return nil }
        return candidates.first { form in
            index + form.words.count <= slots.count
                && form.words.indices.allSatisfy { slots[index + $0].terms[0] == form.words[$0] }
        }
    }

    /// The longest long form whose words start at `index` of `terms`.
    func longestLongForm(in terms: [String], at index: Int) -> LongForm? {
        guard let candidates = longForms[terms[index]] else { return nil }
        return candidates.first { form in
            index + form.words.count <= terms.count && Array(terms[index..<(index + form.words.count)]) == form.words
        }
    }

    /// Analysis of lexicon phrases with the document analysis (before synonyms are known).
    private struct Analysis {
        let lexicon: Lexicon
        let segmenter: Segmenter

        func terms(_ text: String) throws -> [String] {
            let document = try segmenter.segment(Normalizer.normalize(text))
            return document.tokens.flatMap { token -> [String] in
                let terms = SearchAnalyzer.baseTerms(of: token.kind, document.text(of: token), lexicon: lexicon)
                return terms.isEmpty ? [] : [terms[0]]
            }
        }
    }
}
