/// A phrase followed by its acronym in parentheses: `Balai Besar Penjaminan Mutu Pendidikan
/// (BBPMP)`, `Implementasi Kurikulum Merdeka (IKM)`, `Dinas Pendidikan (Dindik)`, and with a
/// place inside the parentheses, `… Provinsi Sulawesi Selatan (BBPMP Sulsel)`.
struct AcronymDefinition {
    enum Kind { case organization, program, other }

    /// The spelled-out phrase.
    var first: Int
    var last: Int
    /// The `(` and `)` tokens.
    var open: Int
    var close: Int
    var acronym: String
    /// A place written after the acronym inside the parentheses.
    var place: PlacePhrase?
    var kind: Kind
}

extension EntityContext {
    /// Longest spelled-out phrase looked for before an acronym, in words.
    static let maximumExpansionWords = 10

    /// Every acronym definition in the text, keyed by the first token of its phrase.
    func acronymDefinitions() -> [Int: AcronymDefinition] {
        var found: [Int: AcronymDefinition] = [:]
        for open in 1..<max(1, count) where base.words[open] == "(" {
            if let definition = acronymDefinition(at: open) { found[definition.first] = definition }
        }
        return found
    }

    /// The acronym in the parentheses opening at `open`, with a place after it if written there.
    /// After an organization's name any single capitalised word there is its acronym
    /// (`Dinas Pendidikan, Pemuda dan Olahraga (Dispendikpora)`).
    func parenthesisedAcronym(at open: Int, afterOrganization: Bool = false) -> (acronym: String, close: Int, place: PlacePhrase?)? {
        guard word(open) == "(", looksLikeAcronym(open + 1) || afterOrganization && isCapitalised(open + 1) && isWord(open + 1) && role(at: open + 1) == nil
        else { return nil }
        var close = open + 2
        // `(Kanwil Kemenag)`: an acronym of two, each written as one.
        if afterOrganization, word(close) != ")", word(close + 1) == ")" || placePhrase(at: close + 1) != nil, isCapitalised(close), isWord(close),
           looksLikeAcronym(open + 1) || looksLikeAcronym(close), placePhrase(at: close) == nil, together(open, close) {
            close += 1
        }
        var place: PlacePhrase?
        if let written = placePhrase(at: close, lowercaseName: true) {
            place = written
            close = written.last + 1
        }
        guard word(close) == ")" else { return nil }
        let acronymLast = place.map { $0.first - 1 } ?? close - 1
        return (text(open + 1, acronymLast), close, place)
    }

    /// `BBPMP`, `IKM`, `Disdikbud`, `Kombel`: capitalised, and upper-case inside or listed.
    func looksLikeAcronym(_ index: Int) -> Bool {
        // `P5`, `P3K` come out of the tokenizer as numbers.
        guard index >= 0, index < count, tokens[index].kind == .word || tokens[index].kind == .number,
              let word = word(index), word.first?.isUppercase == true, word.count >= 2, word.count <= 20 else { return false }
        if role(at: index) != nil && !isAllCaps(index) { return false }
        if word.filter(\.isUppercase).count >= 2 { return word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
        return isListedAcronym(index) || lexicon.organizationHeads.value(of: String(word)) != nil
    }

    private func acronymDefinition(at open: Int) -> AcronymDefinition? {
        guard open > 0, word(open) == "(", isWord(open - 1), isCapitalised(open - 1), together(open - 1, open) else { return nil }
        // `Politeknik Manufaktur Negeri Bangka Belitung (Polman Babel)`: after an office's name a
        // syllable acronym with one capital is its acronym too.
        let afterOrganization = (max(0, open - Self.maximumExpansionWords)..<open).contains { organizationHead(at: $0) != nil && isCapitalised($0) }
        guard let (acronym, close, place) = parenthesisedAcronym(at: open, afterOrganization: afterOrganization) else { return nil }
        guard let first = expansionStart(before: open, acronym: acronym) else { return nil }
        var definition = AcronymDefinition(first: first, last: open - 1, open: open, close: close, acronym: acronym, place: place, kind: .other)
        definition.kind = kind(of: definition)
        return definition
    }

    /// Where the phrase before `open` starts: where its initials spell the acronym, skipping the
    /// words initials leave out (`Teknologi Informasi dan Komunikasi Pendidikan` → `TIKP`); else
    /// the first organization head in the capitalised words before it, else the first
    /// capitalised word with the acronym's initial.
    private func expansionStart(before open: Int, acronym: String) -> Int? {
        let letters = Self.initials(of: acronym)
        var initials = ""
        var start = open - 1
        var words = 0
        while start >= 0, words < Self.maximumExpansionWords, isWord(start), together(start, open) {
            let key = base.folded[start]
            if !vocabulary.initialsSkip.contains(key), let initial = base.words[start].first {
                initials = String(initial).uppercased() + initials
                words += 1
            }
            if initials == letters, !vocabulary.initialsSkip.contains(key) { return start }
            if initials.count > letters.count { break }
            start -= 1
        }
        // Syllable acronyms (`Disdikbud`): the capitalised run before the parenthesis.
        var runStart = open
        var cursor = open - 1
        while cursor >= 0, open - cursor <= Self.maximumExpansionWords, isWord(cursor), together(cursor, open) {
            let key = base.folded[cursor]
            if isCapitalised(cursor) || (key == "dan" || key == "&") && runStart < open {
                runStart = cursor
                cursor -= 1
            } else {
                break
            }
        }
        guard runStart < open else { return nil }
        for index in runStart..<open where organizationHead(at: index) != nil
            || knownOrganization(at: index) != nil {
            return index
        }
        let initial = letters.first.map(String.init)
        return (runStart..<open).first { index in
            role(at: index) == nil && base.words[index].first.map { String($0).uppercased() } == initial
        }
    }

    /// The initials an acronym stands for, a digit repeating the letter before it (`P5` → `PPPPP`,
    /// `P3K` → `PPPK`).
    static func initials(of acronym: String) -> String {
        var result = ""
        for character in acronym.uppercased() {
            if character.isLetter {
                result.append(character)
            } else if let count = character.wholeNumberValue, count > 1, count < 10, let last = result.last {
                result += String(repeating: last, count: count - 1)
            }
        }
        return result
    }

    private func kind(of definition: AcronymDefinition) -> AcronymDefinition.Kind {
        let phrase = text(definition.first, definition.last)
        if let role = role(at: definition.first), role.length == definition.last - definition.first + 1 { return .other }
        if lexicon.roles.value(of: phrase) != nil { return .other }
        if lexicon.organizationsByAcronym[definition.acronym] != nil
            || organizationHead(at: definition.first) != nil
            || knownOrganization(at: definition.first) != nil {
            return isCapitalised(definition.first) ? .organization : .other
        }
        if let listed = lexicon.acronyms[definition.acronym] { return listed.kind == "program" ? .program : .other }
        // `Kepala Teknologi Informasi dan Komunikasi Pendidikan (TIKP)`: a unit someone heads.
        for start in max(0, definition.first - 4)..<definition.first {
            if let role = role(at: start), start + role.length == definition.first { return .organization }
        }
        // `Gerakan Literasi Sekolah (GLS)`: a phrase led by a program word (`Lexicons/entity-cues.tsv`).
        if vocabulary.programWords.contains(base.folded[definition.first]), isCapitalised(definition.first) { return .program }
        return .other
    }
}
