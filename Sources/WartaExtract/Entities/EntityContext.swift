import WartaLexicon
import WartaModel
import WartaText

/// What the entity recognizers share beyond `RecognitionContext`: the lines of the text, which of
/// them are headlines (where capitals say little), and the lexicon questions every entity kind
/// asks of a token — is it capitalised, a function word, an honorific, a degree, a role?
final class EntityContext {
    let base: RecognitionContext
    /// The line (split at newlines) of each token.
    var line: [Int] { base.lines.line }
    /// Each line's first and last token.
    var lineFirst: [Int] { base.lines.first }
    var lineLast: [Int] { base.lines.last }
    /// Lines written in title case (headlines, "Baca juga" teasers).
    let titleCaseLines: Set<Int>
    /// Lexicon-derived tables, built once per extractor.
    let vocabulary: EntityVocabulary
    var expansions: Set<String> { vocabulary.expansions }
    var termWords: Set<String> { vocabulary.termWords }
    private var acronymOrganizations: [String: KnownOrganization] { vocabulary.acronymOrganizations }
    private var multiWordAcronyms: PhraseTable<KnownOrganization> { vocabulary.multiWordAcronyms }

    /// What the lexicon says of each token's word.
    let classes: [LexicalClass]
    /// Answers that depend on the token alone, kept once found: the recognizers ask them of the
    /// same tokens many times over.
    let placePhrases: TokenCache<PlacePhrase>
    let lowercasePlacePhrases: TokenCache<PlacePhrase>
    private let roles: TokenCache<(length: Int, kind: RoleKind)>
    private let commonWords: TokenCache<Bool>

    init(_ base: RecognitionContext) {
        self.base = base
        let vocabulary = base.entityVocabulary
        self.vocabulary = vocabulary
        let classes = base.folded.map { vocabulary.classes[$0] ?? [] }
        self.classes = classes
        let lines = base.lines
        titleCaseLines = Set(lines.first.indices.filter { Self.isTitleCase(base, classes, lines.first[$0]...lines.last[$0]) })
        let count = base.tokens.count
        placePhrases = TokenCache(count: count)
        lowercasePlacePhrases = TokenCache(count: count)
        roles = TokenCache(count: count)
        commonWords = TokenCache(count: count)
    }

    var lexicon: Lexicon { base.lexicon }
    var count: Int { base.tokens.count }
    var tokens: [Token] { base.tokens }

    func word(_ index: Int) -> Substring? { base.word(index) }

    /// Token `index`'s text lower-cased, or nil past either end.
    func lower(_ index: Int) -> String? { index >= 0 && index < count ? base.folded[index] : nil }

    var folded: [String] { base.folded }

    func text(_ first: Int, _ last: Int) -> String { base.text(from: first, through: last) }

    func span(_ first: Int, _ last: Int) -> Span { base.span(from: first, through: last) }

    func isWord(_ index: Int) -> Bool { index >= 0 && index < count && tokens[index].kind == .word }

    /// A word whose first letter is upper-case.
    func isCapitalised(_ index: Int) -> Bool {
        guard index >= 0, index < count, tokens[index].kind == .word || tokens[index].kind == .abbreviation else { return false }
        return base.shapes[index].contains(.capitalised)
    }

    /// Two or more letters, all upper-case (`BBPMP`, `SRAGEN`).
    func isAllCaps(_ index: Int) -> Bool {
        index >= 0 && index < count && base.shapes[index].contains(.allCaps)
    }

    func isFunctionWord(_ index: Int) -> Bool { isClass(index, .functionWord) }

    /// Whether the lexicon puts token `index`'s word in `lexicalClass`.
    func isClass(_ index: Int, _ lexicalClass: LexicalClass) -> Bool {
        index >= 0 && index < count && classes[index].contains(lexicalClass)
    }

    /// Whether tokens `a` and `b` stand in one sentence and on one line.
    func together(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b >= 0 && a < count && b < count && tokens[a].sentence == tokens[b].sentence && line[a] == line[b]
    }

    /// A capitalised compass or position word that ends a place name after the name word before
    /// it: `Tengah` in `Weda Tengah`, `Kidul` in `Tarogong Kidul`.
    func endsPlaceName(_ index: Int) -> Bool {
        index > 0 && isCapitalised(index) && isCapitalised(index - 1) && together(index - 1, index)
            && vocabulary.placeNameEnds.contains(base.folded[index])
    }

    /// Whether the token is the first of its line.
    func startsLine(_ index: Int) -> Bool { index >= 0 && index < count && lineFirst[line[index]] == index }

    func isTitleCaseLine(of index: Int) -> Bool { index >= 0 && index < count && titleCaseLines.contains(line[index]) }

    // MARK: People's words

    func honorific(_ index: Int) -> String? {
        guard isClass(index, .mayBeHonorific), let word = word(index), lexicon.honorifics[String(word)] != nil else { return nil }
        return String(word)
    }

    func degree(_ index: Int) -> String? {
        guard isClass(index, .mayBeDegree), let word = word(index), tokens[index].kind != .punctuation else { return nil }
        return lexicon.degrees[String(word)]
    }

    /// A job title starting at `index` (qualifiers such as `Plt` count): its length in tokens.
    func role(at index: Int) -> (length: Int, kind: RoleKind)? {
        guard isClass(index, .startsRole), tokens[index].kind == .word || tokens[index].kind == .abbreviation else { return nil }
        return roles.value(at: index) { lexicon.roles.longestMatch(at: index, in: folded).map { ($0.length, $0.value) } }
    }

    /// The listed organization head (`Dinas Pendidikan`, `SMP Negeri`) starting at `index`.
    func organizationHead(at index: Int) -> (length: Int, value: OrganizationHead)? {
        isClass(index, .startsOrganizationHead) ? lexicon.organizationHeads.longestMatch(at: index, in: folded) : nil
    }

    /// The known organization (`Kemendagri`, `Tribun Sumsel`) starting at `index`.
    func knownOrganization(at index: Int) -> (length: Int, value: KnownOrganization)? {
        isClass(index, .startsOrganization) ? lexicon.organizations.longestMatch(at: index, in: folded) : nil
    }

    /// The venue head (`Hotel`, `Aula`, `Kantor Gubernur`) starting at `index`.
    func venueHead(at index: Int) -> (length: Int, value: Bool)? {
        isClass(index, .startsVenueHead) ? lexicon.venueHeads.longestMatch(at: index, in: folded) : nil
    }

    /// A news site's address written as a name (`Solopos.com`, `SinarLampung.id`).
    func isSiteAddress(_ index: Int) -> Bool {
        guard isWord(index), word(index)?.contains(".") == true else { return false }
        return vocabulary.domainEndings.contains { base.folded[index].hasSuffix($0) }
    }

    /// A word the stemmer finds a root beneath (`terpencil`, `Sepakati`).
    func isAffixed(_ index: Int) -> Bool {
        guard let word = lower(index) else { return false }
        return lexicon.stemmer.stem(word) != word
    }

    /// Whether a venue head (`Aula`, `Rumah Dinas`) ends at token `index`.
    func endsVenueHead(at index: Int) -> Bool {
        (max(0, index - 2)...max(0, index)).contains { start in
            isCapitalised(start) && venueHead(at: start).map { start + $0.length - 1 == index } ?? false
        }
    }

    /// Whether tokens `first...last` read as a personal name: not mostly terms (`Pembinaan
    /// Profesi`, `Tim`) or words with Indonesian affixes (`Bimbingan`), which names seldom carry.
    func looksLikeName(_ first: Int, _ last: Int) -> Bool {
        guard first <= last else { return false }
        let common = (first...last).filter(isCommonWord)
        return common.count * 2 < last - first + 1
    }

    /// A term of the field (`Sekolah`, `Penggerak`), a word with Indonesian affixes (`Resmikan`,
    /// `Bimbingan`), or a speech verb (`Sebut`): common words, seldom part of a name. A root of
    /// three letters is no evidence of affixes: given names read like `di-mas`, `di-ana`, `dan-i`.
    func isCommonWord(_ index: Int) -> Bool {
        guard let word = lower(index) else { return false }
        return commonWords.flag(at: index) {
            if termWords.contains(word) || lexicon.speechVerbs[word] != nil { return true }
            let stem = lexicon.stemmer.stem(word).count
            return stem >= 4 && stem <= word.count - 2
        }
    }

    /// A weekday, or a month next to a number: `Agus` and `Juni` are names too, but not in `17 Agus 2023`.
    func isDateWord(_ index: Int) -> Bool {
        guard isCalendarWord(index), let word = word(index) else { return false }
        if lexicon.weekday(word) != nil { return true }
        guard lexicon.month(word) != nil else { return false }
        return [index - 1, index + 1].contains { $0 >= 0 && $0 < count && tokens[$0].kind == .number }
    }

    func isSpeechVerb(_ index: Int, kind: SpeechVerbKind? = nil) -> Bool {
        guard isClass(index, .speechVerb), let key = lower(index), let found = lexicon.speechVerbs[key] else { return false }
        return kind == nil || found == kind
    }

    func isCalendarWord(_ index: Int) -> Bool {
        guard isClass(index, .calendarWord), let word = word(index) else { return false }
        return lexicon.month(word) != nil || lexicon.weekday(word) != nil
    }

    /// The organization whose acronym starts at `index` (`BBPMP`, `BAN PAUD`, `pemkot`), any case.
    func organizationAcronym(at index: Int) -> (length: Int, value: KnownOrganization)? {
        guard isClass(index, .startsAcronymOrganization) else { return nil }
        if let match = multiWordAcronyms.longestMatch(at: index, in: folded) { return match }
        guard let key = lower(index), let organization = acronymOrganizations[key] else { return nil }
        return (1, organization)
    }

    /// The organization an acronym as written stands for, any case.
    func organization(forAcronym written: String) -> KnownOrganization? {
        acronymOrganizations[written.lowercased()] ?? multiWordAcronyms.value(of: written)
    }

    /// A listed acronym of any kind, or an organization's acronym, as written.
    func isListedAcronym(_ index: Int) -> Bool {
        guard isClass(index, .mayBeListedAcronym), let word = word(index) else { return false }
        let key = String(word)
        return lexicon.acronyms[key] != nil || lexicon.organizationsByAcronym[key] != nil
    }

    // MARK: Headlines

    /// Longest headline, in words: a longer line is a paragraph, however many names it holds.
    static let maximumHeadlineWords = 20

    /// A short line of four or more words, not ended by a full stop, where every content word but
    /// one at most is capitalised.
    private static func isTitleCase(_ base: RecognitionContext, _ classes: [LexicalClass], _ tokens: ClosedRange<Int>) -> Bool {
        var capitalised = 0, lower = 0
        for index in tokens where base.tokens[index].kind == .word {
            let shape = base.shapes[index]
            guard shape.contains(.startsWithLetter) else { continue }
            if shape.contains(.capitalised) {
                capitalised += 1
            } else if !classes[index].contains(.functionWord) {
                lower += 1
                if lower > 1 { return false }  // a paragraph: most lines are
            }
        }
        // A headline does not end with a full stop.
        if base.words[tokens.upperBound] == "." { return false }
        return capitalised >= 4 && capitalised + lower <= maximumHeadlineWords && lower <= 1
    }
}

/// One answer per token, computed on first asking. A class, so that recognizers (value types)
/// can keep one and the computation may read the context that holds it.
final class TokenCache<Value> {
    /// nil: not asked yet; `.some(nil)`: asked, no answer.
    private var values: [Value??]

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    /// The answer for token `index`, from `compute` the first time.
    func value(at index: Int, _ compute: () -> Value?) -> Value? {
        guard values.indices.contains(index) else { return compute() }
        if let known = values[index] { return known }
        let value = compute()
        values[index] = .some(value)
        return value
    }

    /// A yes-or-no answer for token `index`.
    func flag(at index: Int, _ compute: () -> Bool) -> Bool where Value == Bool {
        value(at: index) { compute() } ?? false
    }
}
