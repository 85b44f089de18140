import WartaLexicon

/// Tables the entity recognizers derive from the lexicon: built once per `Extractor`, not per
/// document (rebuilding them per document cost a quarter of all extraction time).
public struct EntityVocabulary: Sendable {
    /// Folded expansions of listed acronyms (`taman kanak-kanak`): phrases that are terms, not names.
    let expansions: Set<String>
    /// The words of those expansions (`penggerak`, `kelas`): a lone word among them is no name.
    /// Not the ones that are as often given names (`dini`, `raudhatul`).
    let termWords: Set<String>
    /// Organizations by their one-word acronym, lower-cased (`bbpmp`, `pemkot`, `dindik`).
    let acronymOrganizations: [String: KnownOrganization]
    /// Organizations by their acronyms of several words (`BAN PAUD`, `Ditjen GTK`).
    let multiWordAcronyms: PhraseTable<KnownOrganization>
    /// First words of the gazetteer's short forms (`jatim`, `kab`): most words start none.
    let placeAliasFirstWords: Set<String>
    /// What the lexicon says of each word it lists, lower-cased: one lookup per token answers
    /// the questions entity recognizers ask of it again and again.
    let classes: [String: LexicalClass]
    /// The cue words of `entity-cues.tsv`, lower-cased, one set per cue.
    let cultureWords: Set<String>
    /// Words asked of every token: is it the head of a natural feature (`pulau`, `danau`)?
    let featureHeads: WordSet
    /// Words asked of every token: is it the head of a local place (`desa`, `kampung`)?
    let localHeads: WordSet
    let reporterLabels, staffLabels, photoLabels, journalistTitles, segmentLabels: Set<String>
    let creditPlaceholders, layoutWords, speechAdverbs, categoryHeads, spreadWords: Set<String>
    let nameAbbreviations, timeZones: Set<String>
    /// Words an acronym's initials leave out (`dan`, `&`, `of`).
    let initialsSkip: Set<String>
    /// First words of a defined phrase that names a program (`program`, `gerakan`, `kurikulum`).
    let programWords: Set<String>
    /// Words that start many village and town names (`sungai`, `batu`, `tanjung`).
    let placeNameStarts: Set<String>
    /// Compass and position words that end many place names after their own name word
    /// (`barat`, `kidul`, `tengah`, `dalam`), though some are function words too.
    let placeNameEnds: Set<String>
    /// Faith and foundation words that start a school's name without a number (`islam`,
    /// `muhammadiyah`, `nurul`).
    let foundationWords: Set<String>
    /// Words that end many outlets' names (`pos`, `news`, `tv`).
    let mediaWords: Set<String>
    /// Online platforms and apps (`youtube`, `zoom`): no place to be `di`.
    let platforms: Set<String>
    /// Short words that open personal names in some regions (`La Ode`, `Wa Ode`).
    let namePrefixes: WordSet
    /// Every newsroom word: labels, journalists' titles, credit placeholders, page furniture
    /// (`penulis`, `wartawan`, `redaksi`, `share`). None is a person's name or a town.
    let newsroomWords: Set<String>
    /// News sites' domain endings (`.com`, `.co.id`), longest first: `antara.co.id` loses `.co.id`, not `.id`.
    let domainEndings: [String]

    public init(lexicon: Lexicon) {
        expansions = Set(lexicon.acronyms.values.map { foldName($0.expansion) })
        termWords = Set(expansions.flatMap { $0.split(separator: " ").map(String.init) }).subtracting(lexicon.entityCues[.givenName] ?? [])
        var organizations: [String: KnownOrganization] = [:]
        var table = PhraseTable<KnownOrganization>()
        // Sorted, so that which organization a shared acronym names does not depend on hashing.
        for (acronym, organization) in lexicon.organizationsByAcronym.sorted(by: { $0.key < $1.key }) {
            if acronym.contains(" ") {
                table.insert(acronym, organization)
            } else if organizations[acronym.lowercased()] == nil {
                organizations[acronym.lowercased()] = organization
            }
        }
        acronymOrganizations = organizations
        let cues = lexicon.entityCues
        featureHeads = WordSet(cues[.featureHead] ?? [])
        localHeads = WordSet(cues[.localHead] ?? [])
        cultureWords = cues[.cultureWord] ?? []
        reporterLabels = cues[.reporterLabel] ?? []
        staffLabels = cues[.staffLabel] ?? []
        photoLabels = cues[.photoLabel] ?? []
        journalistTitles = cues[.journalistTitle] ?? []
        segmentLabels = cues[.segmentLabel] ?? []
        creditPlaceholders = cues[.creditPlaceholder] ?? []
        layoutWords = cues[.layoutWord] ?? []
        speechAdverbs = cues[.speechAdverb] ?? []
        categoryHeads = cues[.categoryHead] ?? []
        spreadWords = cues[.spreadWord] ?? []
        nameAbbreviations = cues[.nameAbbreviation] ?? []
        timeZones = cues[.timeZone] ?? []
        initialsSkip = cues[.initialsSkip] ?? []
        programWords = cues[.programWord] ?? []
        placeNameStarts = cues[.placeNameStart] ?? []
        placeNameEnds = cues[.placeNameEnd] ?? []
        foundationWords = cues[.foundationWord] ?? []
        mediaWords = cues[.mediaWord] ?? []
        platforms = cues[.platform] ?? []
        namePrefixes = WordSet(cues[.namePrefix] ?? [])
        newsroomWords = reporterLabels.union(staffLabels).union(photoLabels).union(journalistTitles).union(segmentLabels)
            .union(creditPlaceholders).union(layoutWords)
        domainEndings = (cues[.domainEnding] ?? []).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        placeAliasFirstWords = Set(lexicon.placeAliases.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        multiWordAcronyms = table

        var classes: [String: LexicalClass] = [:]
        func mark(_ words: some Sequence<String>, _ lexicalClass: LexicalClass) {
            for word in words { classes[word.lowercased(), default: []].insert(lexicalClass) }
        }
        mark(lexicon.functionWords.keys, .functionWord)
        mark(lexicon.speechVerbs.keys, .speechVerb)
        mark(lexicon.calendarWords.flatMap { [$0, $0 + "."] }, .calendarWord)
        mark(lexicon.honorifics.keys, .mayBeHonorific)
        mark(lexicon.degrees.keys, .mayBeDegree)
        mark(lexicon.acronyms.keys, .mayBeListedAcronym)
        mark(lexicon.organizationsByAcronym.keys, .mayBeListedAcronym)
        mark(lexicon.roles.firstWords, .startsRole)
        mark(lexicon.organizationHeads.firstWords, .startsOrganizationHead)
        mark(lexicon.organizations.firstWords, .startsOrganization)
        mark(lexicon.venueHeads.firstWords, .startsVenueHead)
        mark(organizations.keys, .startsAcronymOrganization)
        mark(table.firstWords, .startsAcronymOrganization)
        mark(lexicon.places.firstWords, .startsPlace)
        mark(placeAliasFirstWords, .startsPlace)
        mark(lexicon.placePrefixes.keys, .startsPlace)
        self.classes = classes
    }
}

/// Which lists of the lexicon hold a word (lower-cased), and which listed phrases it may start.
/// `mayBe…` lists are case-sensitive: the word as written still needs its own lookup.
struct LexicalClass: OptionSet, Sendable {
    let rawValue: UInt16

    static let functionWord = LexicalClass(rawValue: 1 << 0)
    static let speechVerb = LexicalClass(rawValue: 1 << 1)
    /// A month or weekday (or a misspelling of one), with or without its dot.
    static let calendarWord = LexicalClass(rawValue: 1 << 2)
    static let mayBeHonorific = LexicalClass(rawValue: 1 << 3)
    static let mayBeDegree = LexicalClass(rawValue: 1 << 4)
    static let mayBeListedAcronym = LexicalClass(rawValue: 1 << 5)
    static let startsRole = LexicalClass(rawValue: 1 << 6)
    static let startsOrganizationHead = LexicalClass(rawValue: 1 << 7)
    static let startsOrganization = LexicalClass(rawValue: 1 << 8)
    static let startsVenueHead = LexicalClass(rawValue: 1 << 9)
    static let startsAcronymOrganization = LexicalClass(rawValue: 1 << 10)
    /// A gazetteer name, a short form or a kind prefix (`kota`) starts with it.
    static let startsPlace = LexicalClass(rawValue: 1 << 11)
}
