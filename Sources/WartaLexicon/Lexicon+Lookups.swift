extension Lexicon {
    /// What an abbreviation with its dots is, for the tokenizer and sentence splitter.
    public enum AbbreviationKind: Sendable, Equatable {
        /// Stands before a name (`Drs.`, `H.`): never ends a sentence.
        case honorific
        /// Stands after a name (`M.Pd.`): ends a sentence only where the text says so.
        case degree
        case other(endsSentence: Bool)
    }

    /// The kind of `form` (exactly as written, dots included), if it is a listed abbreviation.
    public func abbreviationKind(_ form: some StringProtocol) -> AbbreviationKind? {
        let key = String(form)
        if honorifics[key] != nil { return .honorific }
        if degrees[key] != nil { return .degree }
        if let endsSentence = abbreviations[key] { return .other(endsSentence: endsSentence) }
        return nil
    }

    /// Month number 1...12 for any listed spelling (`Okt`, `okt.`, `Nopember`), case-insensitive.
    public func month(_ word: some StringProtocol) -> Int? { months[Self.calendarKey(word)] }

    /// The month a misspelt word of five letters or more most likely means: the one month whose
    /// listed spellings of five letters or more are a single slip away (a letter dropped, added,
    /// changed, or two swapped: `Setember`, `Okotber`, `Desmber`). Callers ask only where a date
    /// must stand, between a day and a year; short names (`Juni`, `Juli`) are too close to guess.
    public func monthAllowingSlip(_ word: some StringProtocol) -> Int? {
        if let month = month(word) { return month }
        let key = Array(Self.calendarKey(word).unicodeScalars)
        guard key.count >= 5, key.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
        let found = Set(months.compactMap { name, month in
            name.count >= 5 && Self.isOneSlip(key, Array(name.unicodeScalars)) ? month : nil
        })
        return found.count == 1 ? found.first : nil
    }

    /// Whether `a` and `b` differ by one edit: a deletion, an insertion, a substitution, or two
    /// neighbours swapped.
    static func isOneSlip(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard abs(a.count - b.count) <= 1, a != b else { return false }
        var prefix = 0
        while prefix < min(a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let restA = a.count - prefix - suffix, restB = b.count - prefix - suffix
        if restA + restB == 1 || restA == 1 && restB == 1 { return true }
        return restA == 2 && restB == 2 && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
    }

    /// Whether `word` names a month of the Hijri calendar (`Zulhijah`, `Ramadan`), case-insensitive.
    public func isHijriMonth(_ word: some StringProtocol) -> Bool { hijriMonths.contains(Self.calendarKey(word)) }

    /// ISO weekday 1 (Senin) ... 7 (Minggu/Ahad), case-insensitive.
    public func weekday(_ word: some StringProtocol) -> Int? { weekdays[Self.calendarKey(word)] }

    /// The words `month` and `weekday` know, lower-cased and without a dot.
    public var calendarWords: [String] { Array(months.keys) + Array(weekdays.keys) }

    private static func calendarKey(_ word: some StringProtocol) -> String {
        var key = word.lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        return key
    }

    /// The full province name for a short form (`Jatim` → `Jawa Timur`), or for an alias of any place.
    public func placeName(forAlias alias: some StringProtocol) -> String? { placeAliases[alias.lowercased()] }

    /// Short forms of a place (`Jawa Timur` → `Jatim`), for matching aliases and for search.
    public func aliases(ofPlace name: String) -> [String] {
        placeAliasesByName[name.lowercased()] ?? []
    }

    /// Reads a number written in words at the start of `words` (lower- or mixed-case):
    /// `tiga puluh dua` → 32, `dua ribu tujuh ratus sembilan puluh satu` → 2791.
    /// Returns the value and how many words it used, or nil when `words` does not start with one.
    public func numberFromWords(_ words: [Substring]) -> (value: Double, length: Int)? {
        var total = 0.0, group = 0.0
        var pending: Double?
        var used = 0
        var lastScale = Double.infinity
        for word in words {
            guard let entry = numberWords[word.lowercased()] else { break }
            switch entry.kind {
            case .unit where entry.value >= 1000:
                guard pending == nil, group == 0, entry.value < lastScale else { return finish() }
                total += entry.value
                lastScale = entry.value
            case .unit where entry.value >= 10:
                guard pending == nil else { return finish() }
                group += entry.value
            case .unit:
                guard pending == nil else { return finish() }
                pending = entry.value
            case .teen, .tens, .hundreds:
                guard let digit = pending else { return finish() }
                group += entry.kind == .teen ? digit + entry.value : digit * entry.value
                pending = nil
            case .scale:
                let multiplicand = group + (pending ?? 0)
                guard multiplicand > 0, entry.value < lastScale else { return finish() }
                total += multiplicand * entry.value
                lastScale = entry.value
                group = 0
                pending = nil
            }
            used += 1
        }
        return finish()

        func finish() -> (value: Double, length: Int)? {
            used == 0 ? nil : (total + group + (pending ?? 0), used)
        }
    }

    /// The multiplier of a scale word or money abbreviation after digits: `juta`, `miliar`, `rb`, `M`.
    public func scale(_ word: some StringProtocol) -> Double? {
        if let abbreviated = scaleAbbreviations[String(word)] { return abbreviated }
        if let entry = numberWords[word.lowercased()], entry.kind == .scale { return entry.value }
        return nil
    }
}
