import Foundation

/// Indonesian word knowledge, loaded once from `Lexicons/*.tsv` into one immutable value (a final
/// class of constants, so that passing it to every recognizer copies one reference, not dozens).
///
/// Every recognizer and the search index read it; nothing else holds language data.
public final class Lexicon: Sendable {
    /// Identifies the exact data that was loaded (a hash of every file's bytes), so a search index
    /// can tell when it was built with other data.
    public let version: String
    /// The folder the files were read from.
    public let directory: URL

    public let numberWords: WordTable<NumberWord>
    public let scaleAbbreviations: [String: Double]
    let months: [String: Int]
    let weekdays: [String: Int]
    /// Months of the Hijri calendar, lower-cased: no Gregorian date, but no count either.
    let hijriMonths: Set<String>
    public let honorifics: [String: String]
    /// Degree as written → canonical form (no final dot).
    public let degrees: [String: String]
    public let roles: PhraseTable<RoleKind>
    public let organizationHeads: PhraseTable<OrganizationHead>
    public let organizations: PhraseTable<KnownOrganization>
    public let organizationsByAcronym: [String: KnownOrganization]
    public let acronyms: [String: Acronym]
    public let places: PhraseTable<[Place]>
    /// Short form (lower-cased) → the place name used in `places`.
    public let placeAliases: [String: String]
    /// Place name (lower-cased) → its short forms, sorted.
    let placeAliasesByName: [String: [String]]
    /// Words before a place name (lower-case) → the kind of place they state (`kab.` → regency).
    public let placePrefixes: [String: Place.Kind]
    public let units: PhraseTable<UnitKind>
    public let actionHeads: Set<String>
    /// Verbs that report a result (`memperoleh`, `mencapai`), never an activity.
    public let outcomeVerbs: Set<String>
    public let statusWords: PhraseTable<ActionStatus>
    public let listLeads: PhraseTable<Bool>
    /// The words of `action-cues.tsv`, one set per cue.
    public let actionCues: ActionCues
    public let speechVerbs: [String: SpeechVerbKind]
    /// Words (lower-case) that cue the entity recognizers, by what they cue.
    public let entityCues: [EntityCue: Set<String>]
    public let venueHeads: PhraseTable<Bool>
    public let numberBlockers: [String: String]
    /// Abbreviations with their dot that are neither honorifics nor degrees → whether they may end a sentence.
    public let abbreviations: [String: Bool]
    /// Closed-class words (conjunctions, prepositions, …) → their kind: they never start a name or a counted noun.
    public let functionWords: WordTable<String>
    /// Percent words, range connectors, time zones, currency prefixes and money words → their kind.
    public let numericWords: PhraseTable<String>
    /// How years are named: anchors before an explicit year (`tahun`, `TA`, `pada`) and relative
    /// years (`tahun depan` → +1, `tahun ini` → +0 from the publication year).
    public let yearExpressions: PhraseTable<YearExpression>
    /// Currency prefixes (`rp`, `idr`), lower-cased without dot, for the tokenizer.
    public let currencyPrefixes: [String]
    /// Stop words, for the search index only: recognizers never consult them.
    public let stopwords: Set<String>
    public let stemmer: Stemmer

    /// The files this module reads, in load order.
    public static let fileNames = [
        "abbreviations.tsv", "acronyms.tsv", "action-cues.tsv", "action-heads.tsv", "affix-rules.tsv", "calendar.tsv",
        "degrees.tsv", "entity-cues.tsv", "function-words.tsv", "honorifics.tsv", "list-leads.tsv", "number-blockers.tsv", "numbers.tsv", "numeric-words.tsv",
        "organization-heads.tsv", "organizations.tsv", "outcome-verbs.tsv", "place-aliases.tsv", "place-prefixes.tsv", "places.tsv", "roles.tsv",
        "roots.tsv", "scale-abbreviations.tsv", "speech-verbs.tsv", "status-words.tsv", "stopwords.tsv",
        "units.tsv", "venue-heads.tsv", "year-expressions.tsv",
    ]

    /// Loads every file from `directory`, or from the default location (see `defaultDirectory`).
    public static func load(from directory: URL? = nil) throws -> Lexicon {
        guard let directory = directory ?? defaultDirectory() else {
            throw LexiconError(file: "Lexicons", line: 0, reason: "no lexicon folder found; pass --lexicons DIR or set WARTA_LEXICONS")
        }
        var files: [String: LexiconFile] = [:]
        var hasher = FNV1a()
        for name in fileNames {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw LexiconError(file: url.path, line: 0, reason: "cannot read file")
            }
            guard let contents = String(data: data, encoding: .utf8) else {
                throw LexiconError(file: name, line: 0, reason: "not valid UTF-8")
            }
            hasher.add(name)
            hasher.add(data)
            files[name] = try LexiconFile(name: name, contents: contents)
        }
        return try Lexicon(files: files, version: hasher.hex, directory: directory)
    }

    /// Where the lexicon lives when no folder is named: `$WARTA_LEXICONS`; `Lexicons/` beside the
    /// executable or in `../share/warta/` from it; else the source tree this module was built from.
    public static func defaultDirectory() -> URL? {
        var candidates: [URL] = []
        if let fromEnvironment = ProcessInfo.processInfo.environment["WARTA_LEXICONS"], !fromEnvironment.isEmpty {
            return URL(fileURLWithPath: fromEnvironment)
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        candidates.append(executable.appendingPathComponent("Lexicons"))
        candidates.append(executable.appendingPathComponent("../share/warta/Lexicons").standardized)
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Lexicons").standardized)
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("numbers.tsv").path) }
    }

    init(files: [String: LexiconFile], version: String, directory: URL) throws {
        func rows(_ name: String) -> [LexiconFile.Row] { files[name]?.rows ?? [] }
        func parse<T>(_ name: String, _ row: LexiconFile.Row, column: Int, _ make: (String) -> T?) throws -> T {
            guard let value = make(row[column]) else {
                throw LexiconError(file: name, line: row.line, reason: "'\(row[column])' is not a valid \(files[name]?.columns[column] ?? "value")")
            }
            return value
        }
        self.version = version
        self.directory = directory

        var numberWords: [String: NumberWord] = [:]
        for row in rows("numbers.tsv") {
            let value = try parse("numbers.tsv", row, column: 1) { Double($0) }
            let kind = try parse("numbers.tsv", row, column: 2) { NumberWord.Kind(rawValue: $0) }
            numberWords[row[0].lowercased()] = NumberWord(value: value, kind: kind)
        }
        self.numberWords = WordTable(numberWords)
        var scales: [String: Double] = [:]
        for row in rows("scale-abbreviations.tsv") { scales[row[0]] = try parse("scale-abbreviations.tsv", row, column: 1) { Double($0) } }
        scaleAbbreviations = scales

        var months: [String: Int] = [:], weekdays: [String: Int] = [:], hijriMonths: Set<String> = []
        for row in rows("calendar.tsv") {
            let number = try parse("calendar.tsv", row, column: 2) { Int($0) }
            switch row[1] {
            case "month": months[row[0].lowercased()] = number
            case "weekday": weekdays[row[0].lowercased()] = number
            case "hijri-month": hijriMonths.insert(row[0].lowercased())
            default: throw LexiconError(file: "calendar.tsv", line: row.line, reason: "kind must be month, weekday or hijri-month")
            }
        }
        self.months = months
        self.weekdays = weekdays
        self.hijriMonths = hijriMonths

        honorifics = Dictionary(rows("honorifics.tsv").map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
        degrees = Dictionary(rows("degrees.tsv").map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })

        var roles = PhraseTable<RoleKind>()
        for row in rows("roles.tsv") { roles.insert(row[0], try parse("roles.tsv", row, column: 1) { RoleKind(rawValue: $0) }) }
        self.roles = roles
        var heads = PhraseTable<OrganizationHead>()
        for row in rows("organization-heads.tsv") {
            heads.insert(row[0], OrganizationHead(phrase: row[0], needs: try parse("organization-heads.tsv", row, column: 1) { OrganizationHead.Needs(rawValue: $0) }))
        }
        organizationHeads = heads
        var organizations = PhraseTable<KnownOrganization>()
        var byAcronym: [String: KnownOrganization] = [:]
        for row in rows("organizations.tsv") {
            let organization = KnownOrganization(name: row.optional(0), acronym: row.optional(1), kind: row[2])
            if let name = organization.name { organizations.insert(name, organization) }
            if let acronym = organization.acronym, byAcronym[acronym] == nil { byAcronym[acronym] = organization }
        }
        self.organizations = organizations
        organizationsByAcronym = byAcronym
        var acronyms: [String: Acronym] = [:]
        for row in rows("acronyms.tsv") where acronyms[row[0]] == nil {
            acronyms[row[0]] = Acronym(acronym: row[0], expansion: row[1], kind: row[2])
        }
        self.acronyms = acronyms

        var places = PhraseTable<[Place]>()
        var grouped: [String: [Place]] = [:]
        for row in rows("places.tsv") {
            let kind = try parse("places.tsv", row, column: 1) { Place.Kind(rawValue: $0) }
            grouped[row[0], default: []].append(Place(name: row[0], kind: kind, province: row.optional(2)))
        }
        for (name, entries) in grouped { places.insert(name, entries) }
        self.places = places
        placeAliases = Dictionary(rows("place-aliases.tsv").map { ($0[0].lowercased(), $0[1]) }, uniquingKeysWith: { a, _ in a })
        placeAliasesByName = Dictionary(grouping: placeAliases, by: { $0.value.lowercased() }).mapValues { $0.map(\.key).sorted() }
        var prefixes: [String: Place.Kind] = [:]
        for row in rows("place-prefixes.tsv") { prefixes[row[0].lowercased()] = try parse("place-prefixes.tsv", row, column: 1) { Place.Kind(rawValue: $0) } }
        placePrefixes = prefixes

        var units = PhraseTable<UnitKind>()
        for row in rows("units.tsv") { units.insert(row[0], try parse("units.tsv", row, column: 1) { UnitKind(rawValue: $0) }) }
        self.units = units
        actionHeads = Set(rows("action-heads.tsv").map { $0[0].lowercased() })
        outcomeVerbs = Set(rows("outcome-verbs.tsv").map { $0[0].lowercased() })
        var statusWords = PhraseTable<ActionStatus>()
        for row in rows("status-words.tsv") { statusWords.insert(row[0], try parse("status-words.tsv", row, column: 1) { ActionStatus(rawValue: $0) }) }
        self.statusWords = statusWords
        var leads = PhraseTable<Bool>()
        for row in rows("list-leads.tsv") { leads.insert(row[0], true) }
        listLeads = leads
        var actionWords: [ActionCue: Set<String>] = [:]
        for row in rows("action-cues.tsv") { actionWords[try parse("action-cues.tsv", row, column: 1) { ActionCue(rawValue: $0) }, default: []].insert(row[0].lowercased()) }
        actionCues = ActionCues(actionWords)
        var speech: [String: SpeechVerbKind] = [:]
        for row in rows("speech-verbs.tsv") { speech[row[0].lowercased()] = try parse("speech-verbs.tsv", row, column: 1) { SpeechVerbKind(rawValue: $0) } }
        speechVerbs = speech
        var cues: [EntityCue: Set<String>] = [:]
        for row in rows("entity-cues.tsv") { cues[try parse("entity-cues.tsv", row, column: 1) { EntityCue(rawValue: $0) }, default: []].insert(row[0]) }
        entityCues = cues
        var venues = PhraseTable<Bool>()
        for row in rows("venue-heads.tsv") { venues.insert(row[0], true) }
        venueHeads = venues
        numberBlockers = Dictionary(rows("number-blockers.tsv").map { ($0[0].lowercased(), $0[1]) }, uniquingKeysWith: { a, _ in a })
        var abbreviations: [String: Bool] = [:]
        for row in rows("abbreviations.tsv") { abbreviations[row[0]] = row[1] == "yes" }
        self.abbreviations = abbreviations
        functionWords = WordTable(Dictionary(rows("function-words.tsv").map { ($0[0].lowercased(), $0[1]) }, uniquingKeysWith: { a, _ in a }))
        var numericWords = PhraseTable<String>()
        for row in rows("numeric-words.tsv") { numericWords.insert(row[0], row[1]) }
        self.numericWords = numericWords
        var years = PhraseTable<YearExpression>()
        for row in rows("year-expressions.tsv") {
            let kind = try parse("year-expressions.tsv", row, column: 1) { YearExpression.Kind(rawValue: $0) }
            years.insert(row[0], YearExpression(kind: kind, offset: try parse("year-expressions.tsv", row, column: 2) { Int($0) }))
        }
        yearExpressions = years
        currencyPrefixes = Set(rows("numeric-words.tsv").filter { $0[1] == "currency" }.map { $0[0].lowercased().filter { $0 != "." } }).sorted()
        stopwords = Set(rows("stopwords.tsv").map { $0[0].lowercased() })

        // Names and lexicon entries are never stemmed: the index must find "Blitar", not "blit".
        var protected = Set<String>()
        for (name, _) in grouped { protected.insert(name.lowercased()) }
        protected.formUnion(placeAliases.keys)
        protected.formUnion(acronyms.keys.map { $0.lowercased() })
        protected.formUnion(byAcronym.keys.map { $0.lowercased() })
        protected.formUnion(months.keys)
        protected.formUnion(weekdays.keys)
        protected.formUnion(numberWords.keys)
        guard let rootsFile = files["roots.tsv"], let rulesFile = files["affix-rules.tsv"] else {
            throw LexiconError(file: "roots.tsv", line: 0, reason: "the stemmer's files are missing")
        }
        stemmer = try Stemmer(rootsFile: rootsFile, rulesFile: rulesFile, protected: protected)
    }
}

/// A number word: a complete value (`tiga`, `sebelas`, `seratus`) or a multiplier (`puluh`, `ribu`).
public struct NumberWord: Sendable, Equatable {
    public enum Kind: String, Sendable { case unit, teen, tens, hundreds, scale }
    public let value: Double
    public let kind: Kind
}

public enum RoleKind: String, Sendable { case position, qualifier }

/// A word that starts an organization's name, and what must follow it.
public struct OrganizationHead: Sendable {
    /// What must follow the head: a name; a name that may be a place alone (`Universitas Riau`);
    /// a place; nothing.
    public enum Needs: String, Sendable { case name, nameOrPlace = "name-or-place", place, none }
    public let phrase: String
    public let needs: Needs
}

public struct KnownOrganization: Sendable, Equatable {
    public let name: String?
    public let acronym: String?
    public let kind: String
}

public struct Acronym: Sendable, Equatable {
    public let acronym: String
    public let expansion: String
    public let kind: String
}

public struct Place: Sendable, Hashable {
    public enum Kind: String, Sendable { case country, province, regency, city, region }
    public let name: String
    public let kind: Kind
    public let province: String?
}

/// A way of naming a year: an anchor word before digits, or a year relative to another.
public struct YearExpression: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Stands before an explicit year: `tahun 2023`, `TA 2024`, `pada 2023`.
        case anchor
        /// Counted from the publication year: `tahun depan`, `tahun lalu`.
        case publication
        /// Counted from the last year mentioned: `tahun berikutnya`.
        case previous
    }
    public let kind: Kind
    public let offset: Int
}

public enum UnitKind: String, Sendable { case count, duration, money, measure }
public enum ActionStatus: String, Sendable { case done, ongoing, planned }
public enum SpeechVerbKind: String, Sendable { case speech, introducer }

/// What a word of `action-cues.tsv` cues (see `Lexicons/SOURCES.md`).
public enum ActionCue: String, Sendable, CaseIterable {
    /// Money that is set aside (`anggaran`, `dana`): its purpose is the work.
    case moneyWord = "money-word"
    /// A word that opens an adjunct and so ends an action's phrase (`pada`, `dengan`, `yang`).
    case phraseStop = "phrase-stop"
    /// A verb of starting (`mulai`, `dimulai`): with a later `ini`, the work runs now.
    case startVerb = "start-verb"
    /// Starting before a verb (`mulai melakukan`): the work runs now.
    case startAuxiliary = "start-auxiliary"
    /// A word between a verb and the date it sets (`dimulai pada 5 Juni`).
    case scheduleWord = "schedule-word"
    /// A word dropped before a list item (`serta`, `maupun`).
    case itemFiller = "item-filler"
    /// A word dropped after a subject (`yang`, `pun`).
    case subjectTrailer = "subject-trailer"
    /// A word besides function words that may open a year-led clause (`nanti`, `mulai`).
    case clauseOpener = "clause-opener"
    /// A word that hedges the quantity after it (`sekitar`, `hampir`, `lebih` of `lebih dari`).
    case quantityHedge = "quantity-hedge"
    /// A word that opens a sentence going on with the one before (`selanjutnya`, `selain` of `selain itu`).
    case continuation
    /// A word that says a work is finished (`selesai`, `rampung`): after `sudah`, its subject is the work done.
    case completion
    /// A word after which a phrase stop names a partner, and the phrase goes on (`kerja sama dengan …`).
    case partnerWord = "partner-word"
    /// A noun that names plans or works (`program`, `kegiatan`): with a status word, it makes the
    /// items its lead-in introduces works.
    case planNoun = "plan-noun"
    /// A relative word (`yang`) that ends an action's phrase only before a passive verb or a
    /// possessed noun (`yang dibiayai DAK`, `yang muridnya …`), not before what picks the things out
    /// (`yang rusak akibat banjir`).
    case relativeStop = "relative-stop"
}

/// The words of `action-cues.tsv` (lower-case), a set per cue: one lookup per question asked.
public struct ActionCues: Sendable {
    /// The words of each cue, in the order of `ActionCue.allCases`.
    private let words: [WordSet]

    init(_ words: [ActionCue: Set<String>]) {
        self.words = ActionCue.allCases.map { WordSet(words[$0] ?? []) }
    }

    /// The words that give `cue`.
    public subscript(_ cue: ActionCue) -> WordSet { words[cue.position] }

    /// The cues `word` (lower-case) gives, in the order of `ActionCue`.
    public func cues(of word: String) -> [ActionCue] {
        ActionCue.allCases.filter { self[$0].contains(word) }
    }
}

extension ActionCue {
    /// The cue's place in `allCases`, without hashing its raw value (which a dictionary keyed by
    /// cue would do at every question).
    var position: Int {
        switch self {
        case .moneyWord: 0
        case .phraseStop: 1
        case .startVerb: 2
        case .startAuxiliary: 3
        case .scheduleWord: 4
        case .itemFiller: 5
        case .subjectTrailer: 6
        case .clauseOpener: 7
        case .quantityHedge: 8
        case .continuation: 9
        case .completion: 10
        case .partnerWord: 11
        case .planNoun: 12
        case .relativeStop: 13
        }
    }
}

/// What a word of `entity-cues.tsv` cues (see `Lexicons/SOURCES.md`).
public enum EntityCue: String, Sendable, CaseIterable {
    case featureHead = "feature-head", localHead = "local-head", cultureWord = "culture-word"
    case reporterLabel = "reporter-label", staffLabel = "staff-label", photoLabel = "photo-label"
    case journalistTitle = "journalist-title", segmentLabel = "segment-label", creditPlaceholder = "credit-placeholder"
    case layoutWord = "layout-word", speechAdverb = "speech-adverb", categoryHead = "category-head", spreadWord = "spread-word"
    case nameAbbreviation = "name-abbreviation", timeZone = "time-zone", domainEnding = "domain-ending"
    case initialsSkip = "initials-skip", programWord = "program-word", givenName = "given-name"
    case placeNameStart = "place-name-start", placeNameEnd = "place-name-end", foundationWord = "foundation-word"
    case mediaWord = "media-word", platform, namePrefix = "name-prefix"
}

/// 64-bit FNV-1a, for the lexicon's version stamp (not for security).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ data: Data) {
        data.withUnsafeBytes { add($0) }
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    private mutating func add(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
    }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
