/// Indonesian stemmer for the search index: reduces `pendidikan`, `mendidik` and `didik` to the
/// one root `didik`.
///
/// It implements confix stripping as described by Jelita Asian, Hugh E. Williams and
/// S. M. M. Tahaghoghi, "Stemming Indonesian", *Proceedings of the 28th Australasian Computer
/// Science Conference (ACSC 2005)*, pp. 307–314 — itself an extension of Bobby Nazief and Mirna
/// Adriani's 1996 dictionary-based algorithm. The affixes and the prefix recoding rules are
/// data (``AffixRules``, `Lexicons/affix-rules.tsv`); the root dictionary is
/// `Lexicons/roots.tsv`. The dictionary is consulted after every step:
///
/// 1. A protected word (a name, place, acronym or lexicon entry given by the caller), a word
///    with a digit or a word of fewer than four letters is returned lower-cased as it is.
/// 2. A word in the dictionary is its own root.
/// 3. Reduplication: both halves of `anak-anak`, `buku-bukunya`, `sebaik-baiknya` are stemmed;
///    when they meet, that root is the answer (`anak`). Otherwise a hyphenated dictionary entry
///    (`kupu-kupu`, `sayur-mayur`) stays whole, and anything else is returned as it is.
/// 4. Rule precedence (Asian et al.): for the prefix/suffix pairs be-…-lah, be-…-an, di-…-i,
///    me-…-i, pe-…-i and te-…-i, prefixes are stripped first (checking the dictionary after each
///    prefix, then stripping suffixes from what is left): `bersekolah` → `sekolah`,
///    `mengalami` → `alami`.
/// 5. Otherwise, suffixes first (Nazief & Adriani): the particle (-lah, -kah, -tah, -pun), the
///    possessive (-ku, -mu, -nya), the derivational suffix (-kan, then -an, then -i), with a
///    dictionary check after each. Then up to three prefixes are stripped from the most stripped
///    form with the recoding rules (`meny`+V → `s`+V, `mem`+V → `p`+V, `men`+V → `t`+V,
///    `meng`+V → `k`+V, `bel-ajar` …); the first prefix may not form a disallowed confix with the
///    derivational suffix (be-i, di-an, ke-i, ke-kan, me-an, se-i, se-kan, te-an) and no prefix
///    class may repeat. If that fails the suffixes are restored one by one and prefix stripping
///    is tried again on each form (the paper's backtracking).
///
/// Documented preferences of this implementation, for deterministic answers to ambiguity. Every
/// analysis that reaches a dictionary root is considered, and the winner is:
/// 1. the one that strips the fewest inflectional suffixes (particle, possessive): a root that
///    ends like a particle beats stripping it (`pemerintah` → `perintah`, not pem-erin-tah);
/// 2. then a root not listed as `rare` in the rules (`perasaan` → `rasa`, not per-asa-an;
///    `berupa` → `rupa`);
/// 3. then the first found in the paper's order: precedence pairs prefix-first, then
///    suffixes-first; the derivational suffixes in rank order (-kan before -an); at each prefix
///    level every rule alternative is checked before any is stripped further (fewer prefixes
///    win), and alternatives go in rank order (`mengubah` → meng-`ubah` before meng-k `kubah`,
///    `berada` → ber-`ada` before be-r `rada`).
/// - A final -kan is read as the suffix -kan, not as -an, when deciding precedence, so
///   `berikan` → `beri` (ber-ikan "to have fish" is the rarer reading) while
///   `bertahan` → `tahan`.
/// - Roots reached by stripping must have at least three letters (the dictionary has
///   two-letter abbreviations such as `es`, which would turn `dies` into di-es).
/// - A word whose root is not found is returned lower-cased and unchanged (Nazief & Adriani
///   return the original word); no partial stripping is guessed.
///
/// The stemmer is a `Sendable` value with no cache and no shared mutable state; `stem(_:)`
/// works on the word's UTF-8 bytes without building intermediate strings.
public struct Stemmer: Sendable {
    let roots: StemmerWordSet
    let protected: StemmerWordSet
    let rules: AffixRules

    /// The shortest root that affix stripping may produce.
    static let minimumRootLength = 3
    /// Words shorter than this (in letters) are never stemmed.
    static let minimumWordLength = 4
    /// At most this many prefixes are stripped (Asian et al.).
    static let maximumPrefixes = 3

    /// Makes a stemmer from root words, the affix grammar and words never to be stemmed
    /// (compared lower-cased).
    public init(roots: Set<String>, rules: AffixRules, protected: Set<String> = []) {
        self.roots = StemmerWordSet(roots.lazy.map { $0.lowercased() })
        self.protected = StemmerWordSet(protected.lazy.map { $0.lowercased() })
        self.rules = rules
    }

    /// The root of `word` (lower-cased), or the lower-cased word itself when it is protected or unknown.
    /// Whether the lower-cased `word` is a listed root (`berita`, `baru`, `tanjung`).
    public func isRoot(_ word: String) -> Bool {
        roots.contains(word)
    }

    public func stem(_ word: String) -> String {
        var word = word
        let ascii = word.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } }
        if !ascii {
            var lower = Array(word.lowercased().utf8)
            return lower.withUnsafeMutableBufferPointer { stemLowercased(UnsafeBufferPointer($0)) }
        }
        return word.withUTF8 { source in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(source.count, 1)) { buffer in
                for index in 0..<source.count {
                    let byte = source[index]
                    buffer[index] = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
                }
                return stemLowercased(UnsafeBufferPointer(rebasing: buffer[0..<source.count]))
            }
        }
    }

    // MARK: - Guards and reduplication

    private func stemLowercased(_ word: UnsafeBufferPointer<UInt8>) -> String {
        var letters = 0
        var hyphen = -1
        for (index, byte) in word.enumerated() {
            if byte >= 48 && byte <= 57 { return String(decoding: word, as: UTF8.self) }
            if byte & 0xC0 != 0x80 { letters += 1 }
            if byte == 45 && hyphen < 0 { hyphen = index }
        }
        if letters < Self.minimumWordLength || protected.contains(lead: 0, word) {
            return String(decoding: word, as: UTF8.self)
        }
        if hyphen >= 0 { return stemHyphenated(word, hyphen: hyphen) }
        if let root = analyze(word) { return root.string(in: word) }
        return String(decoding: word, as: UTF8.self)
    }

    private func stemHyphenated(_ word: UnsafeBufferPointer<UInt8>, hyphen: Int) -> String {
        let whole = String(decoding: word, as: UTF8.self)
        let first = UnsafeBufferPointer(rebasing: word[0..<hyphen])
        let second = UnsafeBufferPointer(rebasing: word[(hyphen + 1)...])
        let isRoot = roots.contains(lead: 0, word)
        guard !first.isEmpty, !second.isEmpty, !second.contains(45) else { return whole }
        let left = stemLowercased(first)
        let right = stemLowercased(second)
        if left == right, roots.contains(left) || !isRoot { return left }
        return whole
    }

    // MARK: - Confix stripping

    /// A candidate form: an optional recoded letter followed by `word[start..<end]`.
    struct Form {
        var lead: UInt8
        var start: Int
        var end: Int

        @inline(__always) var count: Int { end - start + (lead != 0 ? 1 : 0) }

        @inline(__always) func byte(_ index: Int, in word: UnsafeBufferPointer<UInt8>) -> UInt8 {
            if lead != 0 { return index == 0 ? lead : word[start + index - 1] }
            return word[start + index]
        }

        @inline(__always) func hasSuffix(_ suffix: [UInt8], in word: UnsafeBufferPointer<UInt8>) -> Bool {
            let length = suffix.count
            guard end - start >= length else { return false }
            for index in 0..<length where word[end - length + index] != suffix[index] { return false }
            return true
        }

        @inline(__always) func text(in word: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: word[start..<end])
        }

        func equals(_ bytes: [UInt8], in word: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count == count else { return false }
            if lead == 0 { return bytes.elementsEqual(text(in: word)) }
            return bytes[0] == lead && bytes.dropFirst().elementsEqual(text(in: word))
        }

        func string(in word: UnsafeBufferPointer<UInt8>) -> String {
            let text = text(in: word)
            if lead == 0 { return String(decoding: text, as: UTF8.self) }
            return String(unsafeUninitializedCapacity: text.count + 1) { buffer in
                buffer[0] = lead
                for index in 0..<text.count { buffer[index + 1] = text[index] }
                return text.count + 1
            }
        }
    }

    /// The best analysis found so far: fewest inflectional suffixes (particle, possessive)
    /// stripped, then a root not marked `rare`, then the first found in the paper's order.
    struct Best {
        var root: Form? = nil
        var inflections = Int.max
        var rare = false

        /// Whether an analysis that stripped `inflections` inflectional suffixes could still win.
        @inline(__always) func worth(_ inflections: Int) -> Bool {
            inflections < self.inflections || (inflections == self.inflections && rare)
        }
    }

    @inline(__always)
    private func isRoot(_ form: Form, in word: UnsafeBufferPointer<UInt8>) -> Bool {
        roots.contains(lead: form.lead, form.text(in: word))
    }

    /// Records `form` as an analysis (with `inflections` inflectional suffixes stripped) if it is a
    /// root that beats the best so far.
    @inline(__always)
    private func consider(_ form: Form, inflections: Int, allowedOnly restricted: Int = -1, _ best: inout Best, in word: UnsafeBufferPointer<UInt8>) {
        guard best.worth(inflections), form.count >= Self.minimumRootLength, isRoot(form, in: word) else { return }
        if restricted >= 0 && !rules.disallowed[restricted].allowedRoots.contains(where: { form.equals($0, in: word) }) { return }
        let rare = rules.rareRoots.contains { form.equals($0, in: word) }
        if inflections < best.inflections || (best.rare && !rare) {
            best = Best(root: form, inflections: inflections, rare: rare)
        }
    }

    /// The root of a whole lower-cased word, or nil when none is found.
    private func analyze(_ word: UnsafeBufferPointer<UInt8>) -> Form? {
        let whole = Form(lead: 0, start: 0, end: word.count)
        if isRoot(whole, in: word) { return whole }
        var best = Best()
        if precedenceApplies(word) {
            stripPrefixes(whole, suffix: -1, inflections: 0, depth: 0, previousClass: -1, suffixesAfter: true, &best, in: word)
        }
        stripSuffixesFirst(whole, &best, in: word)
        return best.root
    }

    private func precedenceApplies(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let form = Form(lead: 0, start: 0, end: word.count)
        rule: for pair in rules.precedence {
            guard word.count >= pair.prefixClass.count + pair.ending.count + Self.minimumRootLength,
                  form.hasSuffix(pair.ending, in: word) else { continue }
            for index in 0..<pair.prefixClass.count where word[index] != pair.prefixClass[index] { continue rule }
            for ending in pair.unlessEndings where form.hasSuffix(ending, in: word) { continue rule }
            return true
        }
        return false
    }

    /// Strips the first ending of `endings` that `form` has, if what is left is long enough.
    @inline(__always)
    private func strip(_ endings: [AffixRules.Ending], from form: Form, in word: UnsafeBufferPointer<UInt8>) -> Form? {
        for ending in endings where form.hasSuffix(ending.bytes, in: word) {
            var stripped = form
            stripped.end -= ending.bytes.count
            if stripped.count >= Self.minimumRootLength { return stripped }
        }
        return nil
    }

    /// Nazief & Adriani's order: suffixes (with dictionary checks), then prefixes from the most
    /// stripped form, restoring suffixes one by one.
    private func stripSuffixesFirst(_ whole: Form, _ best: inout Best, in word: UnsafeBufferPointer<UInt8>) {
        var withoutParticle = (form: whole, inflections: 0)
        if let form = strip(rules.particles, from: whole, in: word) {
            withoutParticle = (form, 1)
            consider(form, inflections: 1, &best, in: word)
        }
        var withoutPossessive = withoutParticle
        if let form = strip(rules.possessives, from: withoutParticle.form, in: word) {
            withoutPossessive = (form, withoutParticle.inflections + 1)
            consider(form, inflections: withoutPossessive.inflections, &best, in: word)
        }
        // Derivational suffix alternatives (-kan and -an for a word ending in -kan), in rank order.
        var derived = InlineArray<4, (form: Form, suffix: Int)>(repeating: (whole, -1))
        var derivedCount = 0
        let inflections = withoutPossessive.inflections
        for (index, suffix) in rules.suffixes.enumerated() where derivedCount < 4 && withoutPossessive.form.hasSuffix(suffix.bytes, in: word) {
            var form = withoutPossessive.form
            form.end -= suffix.bytes.count
            guard form.count >= Self.minimumRootLength else { continue }
            consider(form, inflections: inflections, &best, in: word)
            derived[derivedCount] = (form, index)
            derivedCount += 1
        }
        for index in 0..<derivedCount {
            stripPrefixes(derived[index].form, suffix: derived[index].suffix, inflections: inflections, depth: 0, previousClass: -1, suffixesAfter: false, &best, in: word)
        }
        stripPrefixes(withoutPossessive.form, suffix: -1, inflections: inflections, depth: 0, previousClass: -1, suffixesAfter: false, &best, in: word)
        if withoutParticle.inflections != withoutPossessive.inflections {
            stripPrefixes(withoutParticle.form, suffix: -1, inflections: withoutParticle.inflections, depth: 0, previousClass: -1, suffixesAfter: false, &best, in: word)
        }
        if withoutParticle.inflections != 0 {
            stripPrefixes(whole, suffix: -1, inflections: 0, depth: 0, previousClass: -1, suffixesAfter: false, &best, in: word)
        }
    }

    /// Particle, possessive and derivational suffix stripped in turn, each result checked;
    /// used after each prefix under rule precedence.
    private func stripSuffixChain(_ form: Form, inflections: Int, _ best: inout Best, in word: UnsafeBufferPointer<UInt8>) {
        var current = form
        var count = inflections
        if let stripped = strip(rules.particles, from: current, in: word) {
            count += 1
            consider(stripped, inflections: count, &best, in: word)
            current = stripped
        }
        if let stripped = strip(rules.possessives, from: current, in: word) {
            count += 1
            consider(stripped, inflections: count, &best, in: word)
            current = stripped
        }
        for suffix in rules.suffixes where current.hasSuffix(suffix.bytes, in: word) {
            var stripped = current
            stripped.end -= suffix.bytes.count
            consider(stripped, inflections: count, &best, in: word)
        }
    }

    private struct Candidate {
        var form: Form
        var prefixClass: Int
        /// Index into `rules.disallowed` when only that pair's allowed roots may be taken, else -1.
        var restricted: Int
    }

    /// Strips prefixes from `form` by the recoding rules, at most three deep: every rule
    /// alternative at one level is checked before any is stripped further.
    private func stripPrefixes(
        _ form: Form, suffix: Int, inflections: Int, depth: Int, previousClass: Int, suffixesAfter: Bool,
        _ best: inout Best, in word: UnsafeBufferPointer<UInt8>
    ) {
        guard depth < Self.maximumPrefixes, best.worth(inflections), form.count > Self.minimumRootLength else { return }
        let first = form.byte(0, in: word)
        guard first >= 97 && first <= 122 else { return }
        var candidates = InlineArray<8, Candidate>(repeating: Candidate(form: form, prefixClass: -1, restricted: -1))
        var count = 0
        for rule in rules.prefixesByFirstLetter[Int(first - 97)] where count < 8 {
            guard rule.prefixClass != previousClass, matches(rule, form, in: word) else { continue }
            var restricted = -1
            if depth == 0 && suffix >= 0 {
                for (index, pair) in rules.disallowed.enumerated() where pair.prefixClass == rule.prefixClass && pair.suffix == suffix {
                    restricted = index
                }
            }
            if restricted >= 0 && rules.disallowed[restricted].allowedRoots.isEmpty { continue }
            let stripped = Form(lead: rule.recode, start: form.start + rule.surface.count - (form.lead != 0 ? 1 : 0), end: form.end)
            guard stripped.count >= Self.minimumRootLength else { continue }
            candidates[count] = Candidate(form: stripped, prefixClass: rule.prefixClass, restricted: restricted)
            count += 1
        }
        for index in 0..<count {
            consider(candidates[index].form, inflections: inflections, allowedOnly: candidates[index].restricted, &best, in: word)
        }
        if suffixesAfter {
            for index in 0..<count where candidates[index].restricted < 0 {
                stripSuffixChain(candidates[index].form, inflections: inflections, &best, in: word)
            }
        }
        for index in 0..<count where candidates[index].restricted < 0 {
            let candidate = candidates[index]
            stripPrefixes(candidate.form, suffix: suffix, inflections: inflections, depth: depth + 1, previousClass: candidate.prefixClass, suffixesAfter: suffixesAfter, &best, in: word)
        }
    }

    @inline(__always)
    private func matches(_ rule: AffixRules.PrefixRule, _ form: Form, in word: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = form.count
        let surface = rule.surface.count
        guard length > surface else { return false }
        for index in 0..<surface where form.byte(index, in: word) != rule.surface[index] { return false }
        guard Self.matches(rule.context, form, at: surface, in: word) else { return false }
        return rule.unless.isEmpty || !Self.matches(rule.unless, form, at: surface, in: word)
    }

    @inline(__always)
    private static func matches(_ tokens: [AffixRules.Token], _ form: Form, at position: Int, in word: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = form.count
        for (offset, token) in tokens.enumerated() {
            let index = position + offset
            if token.isEnd { return index == length }
            guard index < length else { return false }
            let byte = form.byte(index, in: word)
            guard byte >= 97 && byte <= 122, token.mask & (1 << UInt32(byte - 97)) != 0 else { return false }
        }
        return true
    }
}

extension Stemmer {
    /// Makes a stemmer from `Lexicons/roots.tsv` (column `root`) and `Lexicons/affix-rules.tsv`.
    public init(rootsFile: LexiconFile, rulesFile: LexiconFile, protected: Set<String> = []) throws(LexiconError) {
        guard let column = rootsFile.columns.firstIndex(of: "root") else {
            throw LexiconError(file: rootsFile.name, line: 1, reason: "no 'root' column")
        }
        var roots = Set<String>(minimumCapacity: rootsFile.rows.count)
        for row in rootsFile.rows {
            let root = row[column]
            guard !root.isEmpty, root != "-", root == root.lowercased() else {
                throw LexiconError(file: rootsFile.name, line: row.line, reason: "a root must be a lower-case word, not '\(root)'")
            }
            roots.insert(root)
        }
        self.init(roots: roots, rules: try AffixRules(file: rulesFile), protected: protected)
    }
}
