import WartaModel

/// Merges one document's mentions into entities, one per real-world thing:
/// - people by part of the name (`Yudhi` joins `Yudhi Timor Bimo Prakoso`);
/// - organizations by acronym or by what they are, in the same place (`BBPMP Jatim` = `Balai
///   Besar Penjaminan Mutu Pendidikan (BBPMP) Jawa Timur` = `BBPMP Provinsi Jawa Timur`), and a
///   bare mention (`BBPMP`, `Dinas Pendidikan`, `Disdik`) into the fuller one it fits, nearest first,
///   as a name shortened to its start does (`Komisi IV` after `Komisi IV DPRD Kabupaten Sambas`);
/// - places by gazetteer name and kind (`Jatim` = `Provinsi Jawa Timur`; `Kupang` joins `Kota
///   Kupang`), districts and villages by their name (`Kecamatan Paloh` = `Paloh`), venues by name;
/// - programs by acronym.
/// Entities come out in order of first mention; `name` is the fullest form, `aliases` the others.
struct EntityResolver {
    /// The mentions of one entity, with what merging compares kept up to date.
    private final class Group {
        let kind: Entity.Kind
        private(set) var mentions: [EntityMention] = []
        private(set) var first = Int.max
        private(set) var last = Int.min
        private(set) var acronyms: Set<String> = []
        private(set) var bases: Set<String> = []
        private(set) var places: Set<PlaceKey> = []
        /// The longest name's words, lower-cased: people merge by them.
        private(set) var words: [String] = []

        init(_ mention: EntityMention) {
            kind = mention.kind
            append(mention)
        }

        func append(_ mention: EntityMention) {
            mentions.append(mention)
            first = min(first, mention.first)
            last = max(last, mention.first)
            if let acronym = mention.acronym { acronyms.insert(acronym.lowercased()) }
            if let base = mention.base { bases.insert(base) }
            if let place = mention.place { places.insert(place) }
            guard kind == .person else { return }
            let nameWords = EntityResolver.nameWords(mention)
            if nameWords.count > words.count { words = nameWords }
        }
    }

    /// The groups of one kind found so far. Past a few dozen, they are indexed by what merging
    /// compares, so that a mention is weighed against the groups it could join rather than every
    /// group: a long document holds thousands, and weighing all would grow with its square.
    private struct Groups {
        private(set) var all: [Group] = []
        /// nil until there are `indexedFrom` groups: below that, weighing each is cheaper.
        private var positions: [Key: [Int]]?
        private static let indexedFrom = 32

        private enum Key: Hashable {
            case word(String), acronym(String), base(String), basePrefix(Substring), place(String)
        }

        mutating func start(_ mention: EntityMention) {
            all.append(Group(mention))
            if positions != nil {
                index(mention, at: all.count - 1)
            } else if all.count == Self.indexedFrom {
                positions = [:]
                for (position, group) in all.enumerated() { for mention in group.mentions { index(mention, at: position) } }
            }
        }

        mutating func add(_ mention: EntityMention, to position: Int) {
            all[position].append(mention)
            if positions != nil { index(mention, at: position) }
        }

        /// Groups that may hold one of these name words, in the order they were started.
        func holding(words: [String]) -> [Int] {
            positions == nil ? Array(all.indices) : candidates(words.map(Key.word))
        }

        /// Groups that may have this acronym, base or place, or a base beginning with
        /// `basePrefix` and a space, in the order they were started. Arguments are lower-cased.
        func holding(acronym: String?, base: String?, basePrefix: String? = nil, place: String?) -> [Int] {
            guard positions != nil else { return Array(all.indices) }
            return candidates([acronym.map(Key.acronym), base.map(Key.base), basePrefix.map { Key.basePrefix(Substring($0)) },
                               place.map(Key.place)].compactMap { $0 })
        }

        private func candidates(_ keys: [Key]) -> [Int] {
            guard let positions else { return Array(all.indices) }
            let found = keys.flatMap { positions[$0] ?? [] }
            return found.count < 2 ? found : Set(found).sorted()
        }

        /// Files the group under every key the mention brings. A group's words only ever come
        /// from its mentions' names, so indexing each mention's words covers them.
        private mutating func index(_ mention: EntityMention, at position: Int) {
            var keys: [Key] = []
            if let acronym = mention.acronym { keys.append(.acronym(acronym.lowercased())) }
            if let base = mention.base {
                keys.append(.base(base))
                keys += base.indices.filter { base[$0] == " " }.map { .basePrefix(base[..<$0]) }
            }
            if let place = mention.place { keys.append(.place(place.name)) }
            if mention.kind == .person { keys += EntityResolver.nameWords(mention).map(Key.word) }
            for key in keys where positions?[key]?.last != position { positions?[key, default: []].append(position) }
        }
    }

    func resolve(_ mentions: [EntityMention]) -> [Entity] {
        var groups: [Group] = []
        let ordered = mentions.sorted { $0.first < $1.first }
        for kind in Entity.Kind.allCases {
            let ofKind = ordered.filter { $0.kind == kind }
            var kindGroups = Groups()
            switch kind {
            case .person: people(ofKind, into: &kindGroups)
            default:
                for mention in ofKind where !mention.isBare { join(mention, fullInto: &kindGroups) }
                for mention in ofKind where mention.isBare { join(mention, bareInto: &kindGroups) }
            }
            groups += kindGroups.all
        }
        return groups.sorted { $0.first < $1.first }.map(entity)
    }

    // MARK: Merging

    private func people(_ mentions: [EntityMention], into groups: inout Groups) {
        for mention in mentions {
            let words = Self.nameWords(mention)
            let fitting = groups.holding(words: words).filter {
                isRun(words, inside: groups.all[$0].words) || isRun(groups.all[$0].words, inside: words)
            }
            if let position = fitting.max(by: { groups.all[$0].last < groups.all[$1].last }) {
                groups.add(mention, to: position)
            } else {
                groups.start(mention)
            }
        }
    }

    private func join(_ mention: EntityMention, fullInto groups: inout Groups) {
        let acronym = mention.acronym?.lowercased()
        let candidates = groups.holding(acronym: acronym, base: mention.base, place: mention.place?.name)
        if let position = candidates.first(where: { fits(mention, acronym: acronym, groups.all[$0]) }) {
            groups.add(mention, to: position)
        } else if let position = shortened(mention, in: groups) {
            groups.add(mention, to: position)
        } else {
            groups.start(mention)
        }
    }

    /// `Komisi IV` after `Komisi IV DPRD Kabupaten Sambas`: an organization named without its place
    /// or acronym by the start of exactly one named before it.
    private func shortened(_ mention: EntityMention, in groups: Groups) -> Int? {
        guard mention.kind == .organization, mention.place == nil, mention.acronym == nil, let base = mention.base,
              base.contains(Character(" ")) else { return nil }
        let fitting = groups.holding(acronym: nil, base: nil, basePrefix: base, place: nil).filter { position in
            groups.all[position].first < mention.first && groups.all[position].bases.contains { $0.hasPrefix(base + " ") }
        }
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// A bare mention joins the nearest group before it that it fits, else the first after.
    private func join(_ mention: EntityMention, bareInto groups: inout Groups) {
        let acronym = mention.acronym?.lowercased()
        let fitting = groups.holding(acronym: acronym, base: mention.base, basePrefix: mention.base, place: mention.place?.name)
            .filter { fitsBare(mention, acronym: acronym, groups.all[$0]) }
        let before = fitting.filter { groups.all[$0].first <= mention.first }.max { groups.all[$0].first < groups.all[$1].first }
        if let position = before ?? fitting.first {
            groups.add(mention, to: position)
        } else {
            groups.start(mention)
        }
    }

    /// Same acronym or same base, in the same place; places by their gazetteer key.
    /// `acronym` is the mention's, lower-cased.
    private func fits(_ mention: EntityMention, acronym: String?, _ group: Group) -> Bool {
        if mention.kind == .place, let place = mention.place {
            return group.places.contains { $0.name == place.name && $0.kind == place.kind }
        }
        let sameThing = acronym.map { group.acronyms.contains($0) } == true
            || mention.base.map { group.bases.contains($0) } == true
        guard sameThing else { return false }
        let places = group.places
        // `UNICEF` and `UNICEF Indonesia`: the same acronym with a place and without is the same body.
        let sameAcronym = acronym.map { group.acronyms.contains($0) } == true
        guard let place = mention.place else { return places.isEmpty || sameAcronym }
        if places.isEmpty && sameAcronym { return true }
        return places.contains { $0.name == place.name && ($0.kind == nil || place.kind == nil || $0.kind == place.kind) }
    }

    private func fitsBare(_ mention: EntityMention, acronym: String?, _ group: Group) -> Bool {
        if mention.kind == .place, let place = mention.place {
            return group.places.contains { $0.name == place.name }
        }
        if let acronym, group.acronyms.contains(acronym) { return true }
        guard let base = mention.base else { return false }
        if group.bases.contains(base) { return true }
        // `Dinas Pendidikan` (or `Disdik`) for `Dinas Pendidikan dan Kebudayaan Sragen`.
        return base.contains(Character(" ")) && group.bases.contains { $0.hasPrefix(base + " ") }
    }

    /// A person's name as lower-cased words: people merge by them.
    private static func nameWords(_ mention: EntityMention) -> [String] {
        mention.name.split(separator: " ").map { $0.lowercased() }
    }

    private func isRun(_ run: [String], inside name: [String]) -> Bool {
        guard !run.isEmpty, run.count <= name.count else { return false }
        return (0...(name.count - run.count)).contains { name[$0..<$0 + run.count].elementsEqual(run) }
    }

    // MARK: Entities

    private func entity(_ group: Group) -> Entity {
        let mentions = group.mentions.sorted { $0.first < $1.first }
        var forms: [String] = []
        for mention in mentions {
            for form in [mention.name] + mention.otherForms where !form.isEmpty && !forms.contains(form) { forms.append(form) }
        }
        if forms.isEmpty { forms = [mentions[0].name] }
        let full = mentions.filter { !$0.isBare }.map(\.name)
        let name: String
        switch group.kind {
        case .person:
            name = forms.max { $0.split(separator: " ").count < $1.split(separator: " ").count } ?? forms[0]
        case .place:
            name = placeName(group) ?? preferred(full.isEmpty ? forms : full)
        default:
            name = preferred(full.isEmpty ? forms : full)
        }
        let shown = mentions.filter(\.showsAcronym)
        let acronym = (shown.filter { !$0.isBare } + shown).compactMap(\.acronym).first
        return Entity(kind: group.kind, name: name, acronym: acronym,
                      aliases: forms.filter { $0 != name },
                      honorifics: unique(mentions.flatMap(\.honorifics)),
                      degrees: unique(mentions.flatMap(\.degrees)),
                      roles: unique(mentions.flatMap(\.roles)),
                      mentions: Array(Set(mentions.map(\.span))).sorted())
    }

    /// The fullest form, written as a name (`Pemerintah Kota Blitar` before `Pemerintah daerah kota
    /// Blitar`, `Probolinggo` before `PROBOLINGGO`).
    private func preferred(_ forms: [String]) -> String {
        func isNameCase(_ form: String) -> Bool {
            let words = form.split(separator: " ").filter { $0.count > 3 }
            return words.allSatisfy { $0.first?.isUppercase == true } && words.contains { $0.contains { $0.isLowercase } }
        }
        // Each form weighed once, not at every comparison.
        let weights = forms.map { (isNameCase($0) ? 1 : 0, $0.count) }
        return weights.indices.max { weights[$0] < weights[$1] }.map { forms[$0] } ?? forms[0]
    }

    /// A gazetteer place's name: `Jawa Timur`, `Kota Blitar`, `Kabupaten Sragen`.
    private func placeName(_ group: Group) -> String? {
        guard let key = group.mentions.compactMap(\.place).first(where: { $0.kind != nil }) else { return nil }
        func stated(_ prefix: String) -> Bool { group.mentions.contains { $0.place?.kind == key.kind && $0.name.lowercased().hasPrefix(prefix) } }
        switch key.kind {
        case .city: return stated("kota") ? "Kota " + key.name : key.name
        case .regency: return stated("kab") ? "Kabupaten " + key.name : key.name
        default: return key.name
        }
    }

    private func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
