/// Human-readable facts about a word or phrase, for `warta lexicon lookup`.
public struct LexiconFacts: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// One line per thing the lexicon knows about `phrase`.
    public func describe(_ phrase: String) -> [String] {
        var facts: [String] = []
        let lower = phrase.lowercased()
        let words = PhraseTable<Bool>.words(of: phrase).map { Substring($0) }
        func whole<V>(_ table: PhraseTable<V>) -> V? { table.value(of: phrase) }
        if let kind = lexicon.abbreviationKind(phrase) { facts.append("abbreviation: \(kind)") }
        if let kind = lexicon.honorifics[phrase] { facts.append("honorific: \(kind)") }
        if let canonical = lexicon.degrees[phrase] { facts.append("degree: \(canonical)") }
        if let month = lexicon.month(phrase) { facts.append("month: \(month)") }
        if let weekday = lexicon.weekday(phrase) { facts.append("weekday: \(weekday)") }
        if lexicon.isHijriMonth(phrase) { facts.append("Hijri month") }
        if let number = lexicon.numberFromWords(words), number.length == words.count { facts.append("number: \(number.value)") }
        if let scale = lexicon.scale(phrase) { facts.append("scale: ×\(scale)") }
        if let role = whole(lexicon.roles) { facts.append("role: \(role.rawValue)") }
        if let head = whole(lexicon.organizationHeads) { facts.append("organization head: needs \(head.needs.rawValue)") }
        if let organization = whole(lexicon.organizations) { facts.append("organization: \(organization.name ?? "-") (\(organization.acronym ?? "-"), \(organization.kind))") }
        if let organization = lexicon.organizationsByAcronym[phrase] { facts.append("organization acronym: \(organization.name ?? "-") (\(organization.kind))") }
        if let acronym = lexicon.acronyms[phrase] { facts.append("acronym: \(acronym.expansion) (\(acronym.kind))") }
        for place in whole(lexicon.places) ?? [] { facts.append("place: \(place.name), \(place.kind.rawValue)\(place.province.map { ", \($0)" } ?? "")") }
        if let name = lexicon.placeName(forAlias: phrase) { facts.append("place alias of: \(name)") }
        if let unit = whole(lexicon.units) { facts.append("counted noun: \(unit.rawValue)") }
        if lexicon.actionHeads.contains(lower) { facts.append("action head") }
        if let status = whole(lexicon.statusWords) { facts.append("status word: \(status.rawValue)") }
        if whole(lexicon.listLeads) != nil { facts.append("list lead-in") }
        if let kind = lexicon.speechVerbs[lower] { facts.append("speech verb: \(kind.rawValue)") }
        if whole(lexicon.venueHeads) != nil { facts.append("venue head") }
        if let kind = lexicon.numberBlockers[lower] { facts.append("number blocker: \(kind)") }
        if let kind = lexicon.functionWords[lower] { facts.append("function word: \(kind)") }
        if let kind = whole(lexicon.numericWords) { facts.append("numeric word: \(kind)") }
        if let year = whole(lexicon.yearExpressions) { facts.append("year expression: \(year.kind.rawValue) \(year.offset)") }
        if let kind = lexicon.placePrefixes[lower] { facts.append("place prefix: \(kind.rawValue)") }
        if lexicon.outcomeVerbs.contains(lower) { facts.append("outcome verb") }
        for cue in lexicon.actionCues.cues(of: lower) { facts.append("action cue: \(cue.rawValue)") }
        for cue in EntityCue.allCases where lexicon.entityCues[cue]?.contains(lower) == true { facts.append("entity cue: \(cue.rawValue)") }
        if lexicon.stopwords.contains(lower) { facts.append("stop word (search only)") }
        return facts
    }
}
