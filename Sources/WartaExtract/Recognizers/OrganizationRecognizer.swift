import WartaLexicon
import WartaModel

/// Organizations: known ones from the lexicon (`Kemendagri`, `Balai Pelestarian Cagar Budaya`,
/// `Tribun Sumsel`), head words with what they need after them (`Dinas Pendidikan kota Blitar`,
/// `Pemkot Blitar`, `BBPMP Jatim`, `Ditjen Bina Pembangunan Daerah`, `SMP Negeri 1 Pajarakan`),
/// acronym definitions (`Balai Besar Penjaminan Mutu Pendidikan (BBPMP) Jawa Timur` → name
/// without the parentheses, acronym `BBPMP`; `Kepala Teknologi Informasi dan Komunikasi
/// Pendidikan (TIKP)` → a unit, because someone heads it), and news outlets in datelines and
/// credits (`SuaraSulsel.id - …`, `Kupang (ANTARA) -`, `(Solopos - Nama)`).
///
/// Not organizations: kinds of office rather than one office — a bare head written in lower case
/// (`dinas pendidikan`), a category head (`Pemda`), a head spread over many places (`dinas
/// kabupaten/kota`, `Bappeda dan Dinas Pendidikan di 18 kabupaten/kota`), a counted head (`24
/// Cabang Dinas …`), and a school kind with only a place (`SLB Negeri Provinsi Jawa Timur`).
/// Examples: `Corpus/examples/organizations.tsv`.
struct OrganizationRecognizer {
    /// Longest village or town name after a school's number, in words.
    static let maximumSchoolPlaceWords = 3
    /// Longest unlisted outlet in a dateline (`Nabire Pos`), in words.
    static let maximumSourceWords = 3
    /// Longest name after a head that needs one, in words.
    static let maximumNameWords = 8
    /// Number blockers that also end a name (`Tahun`, `Nomor`, `pukul`).
    static let nameEndingBlockers: Set<String> = ["year", "time", "reference"]

    let entities: EntityContext
    let definitions: [Int: AcronymDefinition]
    /// Acronyms the text defines for organizations, with the token of each definition's acronym.
    private let definedAcronyms: [String: Set<Int>]
    /// First bytes of those acronyms: other words need no lookup.
    private let definedAcronymInitials: Set<UInt8>
    /// `isNameWord` by token: asked again at every head a name may follow.
    private let nameWords: TokenCache<Bool>

    init(entities: EntityContext, definitions: [Int: AcronymDefinition]) {
        self.entities = entities
        self.definitions = definitions
        nameWords = TokenCache(count: entities.count)
        var defined: [String: Set<Int>] = [:]
        for definition in definitions.values where definition.kind == .organization {
            defined[definition.acronym, default: []].insert(definition.open + 1)
        }
        definedAcronyms = defined
        definedAcronymInitials = Set(defined.keys.compactMap(\.utf8.first))
    }

    /// A candidate organization: tokens `first...last`, the name proper ending at `nameLast`.
    struct Phrase {
        var first: Int
        var last: Int
        var acronym: String?
        var base: String
        var place: PlacePhrase?
        /// `Provinsi` alone after a head (`BKD Provinsi`): a place, though not a named one.
        var hasPlaceWord = false
        /// The parenthesised acronym, cut from the name.
        var parentheses: ClosedRange<Int>?
        var otherForms: [String] = []
        var isBare = false
        var isMedia = false
        /// Whether `acronym` is the organization's own (see `EntityMention.showsAcronym`).
        var showsAcronym = false
    }

    func recognize(claims: inout TokenClaims) -> [EntityMention] {
        var found: [(phrase: Phrase, use: Use)] = []
        var index = 0
        while index < entities.count {
            guard !claims.isClaimed(index), let phrase = organization(at: index, claims) else {
                index += 1
                continue
            }
            claims.claim(phrase.first...phrase.last)
            found.append((phrase, use(of: phrase)))
            index = phrase.last + 1
        }
        // `balai bahasa, balai pelestarian cagar budaya, kemenag, BKD Provinsi`: in a list of named
        // offices, a bare office in lower case is one of them too.
        for (position, item) in found.enumerated() where item.use == .lowercaseBare {
            let neighbours = [position - 1, position + 1].filter(found.indices.contains).map { found[$0] }
            if neighbours.contains(where: { $0.use == .named && isListed($0.phrase, beside: item.phrase) }) { found[position].use = .named }
        }
        return found.filter { $0.use == .named }.map { mention(of: $0.phrase) }
    }

    /// How an office phrase is used: naming one office, or a kind of office.
    enum Use { case named, generic, lowercaseBare }

    /// Whether two phrases stand next to each other in a list: only `,` or `dan` between.
    private func isListed(_ a: Phrase, beside b: Phrase) -> Bool {
        let (left, right) = a.first < b.first ? (a, b) : (b, a)
        let between = (left.last + 1)..<right.first
        guard !between.isEmpty, between.count <= 2, entities.together(left.last, right.first) else { return false }
        return between.allSatisfy { [",", "dan", "serta"].contains(entities.lower($0) ?? "") }
    }

    // MARK: Finding

    private func organization(at index: Int, _ claims: TokenClaims) -> Phrase? {
        if let outlet = newsOutlet(at: index) { return outlet }
        if !definitions.isEmpty, let definition = definitions[index], definition.kind == .organization,
           entities.organizationHead(at: index) == nil,
           entities.knownOrganization(at: index) == nil {
            return defined(definition)
        }
        if let acronym = definedAcronym(at: index) {
            var phrase = withPlace(Phrase(first: index, last: index, acronym: acronym, base: acronym.lowercased()))
            phrase.isBare = phrase.place == nil
            phrase.showsAcronym = true
            return phrase
        }
        return headed(at: index, claims) ?? school(at: index, claims) ?? localOffice(at: index, claims)
    }

    /// An office known only by its acronym and the place it serves (`BPKPD Samosir`, `BKPSDM Kota
    /// Bitung`): an unlisted acronym in capitals right before a gazetteer place. Not a Roman
    /// numeral (`kelas XII`), a time zone, a word of the dictionary, a title or a place itself, and
    /// not on a line in capitals (`BUPATI SAMOSIR`).
    private func localOffice(at index: Int, _ claims: TokenClaims) -> Phrase? {
        guard entities.isWord(index), entities.isAllCaps(index), let place = entities.placePhrase(at: index + 1),
              let written = entities.word(index), written.count >= 3,
              written.allSatisfy(\.isLetter), !written.allSatisfy({ "IVXLCDM".contains($0) }), lexicon.acronyms[String(written)] == nil,
              !entities.vocabulary.timeZones.contains(entities.folded[index]), !entities.lexicon.stemmer.isRoot(entities.folded[index]),
              !entities.isFunctionWord(index), entities.role(at: index) == nil, entities.placePhrase(at: index) == nil,
              entities.together(index, place.last), !claims.anyClaimed(index...place.last),
              !(index + 1...place.last).allSatisfy({ entities.isAllCaps($0) }) else { return nil }
        var phrase = Phrase(first: index, last: place.last, acronym: String(written), base: foldName(entities.text(index, place.last)), place: place)
        phrase.showsAcronym = true
        return phrase
    }

    /// `SD Muhammadiyah 2`, `SMP 4 Blitar`, `TK Pertiwi 1`: a school level (a listed acronym of kind
    /// `level`, in capitals) with a name that has a number, or a foundation's name; without
    /// either it is a level.
    private func school(at index: Int, _ claims: TokenClaims) -> Phrase? {
        guard entities.isWord(index), let written = entities.word(index), entities.isAllCaps(index) || written == "MTs",
              lexicon.acronyms[String(written)]?.kind == "level", entities.together(index, index + 1) else { return nil }
        var last = index
        var cursor = index + 1
        var sawNumber = false
        while cursor < entities.count, cursor - index <= 5, entities.together(index, cursor), !claims.isClaimed(cursor) {
            if entities.tokens[cursor].kind == .number, entities.word(cursor)?.allSatisfy(\.isNumber) == true {
                sawNumber = true
                // `SMP 4 Blitar`, `SMP Muhammadiyah 1 Palu`: the place after the number ends the name.
                last = schoolPlaceEnd(after: cursor)
                break
            }
            guard isNameWord(cursor), !entities.isAllCaps(cursor) else { break }
            last = cursor
            cursor += 1
        }
        // `SMP 4 Blitar` needs its name after the number: `SMA 50%` is a quota.
        let numberFirst = entities.tokens[index + 1].kind == .number
        guard sawNumber || last > index && isFoundationName(index + 1), !numberFirst || entities.tokens[last].kind != .number else { return nil }
        return Phrase(first: index, last: last, base: foldName(entities.text(index, last)))
    }

    /// A school's name that needs no number: it starts with a faith or foundation word (`SMP Islam
    /// Al-Azhar`, `SD Muhammadiyah Wonosari`, `MTs Nurul Falah Rekas`) or an Arabic article
    /// (`MA Al-Ikhlas Terang`).
    private func isFoundationName(_ index: Int) -> Bool {
        guard let word = entities.lower(index) else { return false }
        return entities.vocabulary.foundationWords.contains(word) || word.hasPrefix("al-") || word.hasPrefix("an-") || word.hasPrefix("ar-")
    }

    /// The last token of a school's name after its number: a place (`SMP Negeri 1 Pajarakan`, `MIN
    /// 2 Kota Blitar`), one name word and perhaps a compass word (`Sebatik Barat`), or up to three
    /// when the first starts many village names (`SDN 2 Sungai Tabuk Keramat`, `SMK Negeri 1 Batu
    /// Ampar`); the number itself if none.
    private func schoolPlaceEnd(after number: Int) -> Int {
        let start = number + 1
        func isPlaceWord(_ index: Int) -> Bool {
            entities.together(number, index) && isNameWord(index) && !entities.isAllCaps(index)
        }
        // `Batu Ampar`: a landform word with more name after it, even where the gazetteer knows
        // the word alone (the city of Batu).
        if isPlaceWord(start), entities.vocabulary.placeNameStarts.contains(entities.lower(start) ?? "") {
            // In a headline every word is capitalised: two words, lest a verb join (`SMPN 4 Lembah
            // Hijau Tanam 500 Bibit`).
            let words = entities.isTitleCaseLine(of: start) ? 2 : Self.maximumSchoolPlaceWords
            var last = start
            while last + 1 - start < words, isPlaceWord(last + 1), entities.placePhrase(at: last + 1) == nil { last += 1 }
            if last > start { return last }
        }
        var last: Int
        if let place = entities.placePhrase(at: start), entities.together(number, place.last) {
            last = place.last
        } else if isPlaceWord(start) {
            last = start
        } else {
            return number
        }
        // `SD Negeri 004 Sebatik Barat`, `SDN 4 Siak Hulu`, `SMPN 2 Kampar Kiri Tengah`: compass and
        // position words end the place.
        while last - start < Self.maximumSchoolPlaceWords - 1, entities.endsPlaceName(last + 1) { last += 1 }
        return last
    }

    /// A domain-like name (`Solopos.com`) written as a name, or a listed outlet in a dateline or
    /// credit (`Kupang (ANTARA) -`, `(Solopos - Nama)`, `[SuaraSulsel.id/Istimewa]`).
    private func newsOutlet(at index: Int) -> Phrase? {
        guard entities.isWord(index), let word = entities.word(index) else { return nil }
        let lower = word.utf8.contains(UInt8(ascii: ".")) ? entities.folded[index] : ""
        if !lower.isEmpty, entities.vocabulary.domainEndings.contains(where: { lower.hasSuffix($0) || lower.contains($0 + ".") }) {
            let known = lexicon.organizations.value(of: String(word)) != nil
            let dateline = entities.startsLine(index) && ["-", "—", "–", ",", "/"].contains(entities.word(index + 1) ?? "")
            guard known || dateline || word.first?.isUppercase == true || inCredit(index) else { return datelineSource(at: index) }
            return Phrase(first: index, last: index, base: outletBase(lower), isMedia: true)
        }
        guard let match = entities.knownOrganization(at: index), match.value.kind == "media" else { return datelineSource(at: index) }
        let last = index + match.length - 1
        let written = entities.text(index, last)
        guard written.first?.isUppercase == true else { return nil }
        if match.length == 1, !(inCredit(index) || isDateline(index, last)) { return nil }
        return Phrase(first: index, last: last, base: outletBase(written.lowercased()), isMedia: true)
    }

    /// The outlet a dateline names after its town, unlisted: in parentheses (`MANGGAR (BeltimNews)
    /// -`), or after a comma when it is a site's address, ends in a media word or is written in
    /// camel case (`SUMENEP, maduraterkini.id –`, `NABIRE, Nabire Pos –`, `PUTUSSIBAU, KalbarOnline
    /// –`; not `COLUMBUS, Ohio —`). Up to three words,
    /// capitalised or an address, neither a date, a place nor a listed office.
    private func datelineSource(at index: Int) -> Phrase? {
        guard let opener = entities.word(index - 1), opener == "(" || opener == ",", index >= 2 else { return nil }
        let line = entities.line[index]
        let town = entities.lineFirst[line]
        guard index - 1 - town <= PlaceRecognizer.maximumDatelineWords, town < index - 1,
              (town..<index - 1).allSatisfy({ entities.isAllCaps($0) && entities.isWord($0) && entities.word($0)?.contains(".") == false })
        else { return nil }
        var last = index
        while last + 1 < entities.count, last + 1 - index < Self.maximumSourceWords, entities.line[last + 1] == line, isSourceWord(last + 1) { last += 1 }
        guard isSourceWord(index) else { return nil }
        let close = opener == "(" ? last + 1 : last
        let isAddress = entities.word(last)?.contains(".") == true
        guard opener == "(" ? entities.word(close) == ")"
                : isAddress || entities.vocabulary.mediaWords.contains(entities.folded[last]) || isCamelCase(last),
              let dash = entities.word(close + 1), RecognitionContext.dashes.contains(dash),
              entities.knownOrganization(at: index) == nil, entities.organizationHead(at: index) == nil, entities.organizationAcronym(at: index) == nil,
              entities.placePhrase(at: index).map({ $0.last >= last }) != true
        else { return nil }
        let written = entities.text(index, last)
        return Phrase(first: index, last: last, base: outletBase(written.lowercased()), isMedia: true)
    }

    /// A word whose capitals start its parts, as site names are written (`KalbarOnline`, `BeritaSatu`).
    private func isCamelCase(_ index: Int) -> Bool {
        guard let word = entities.word(index), word.first?.isUppercase == true else { return false }
        return zip(word, word.dropFirst()).contains { $0.isLowercase && $1.isUppercase }
    }

    /// A word of an outlet's name: capitalised or a site's address, no weekday, month or number.
    private func isSourceWord(_ index: Int) -> Bool {
        guard entities.isWord(index), let word = entities.word(index), !entities.isCalendarWord(index) else { return false }
        return word.first?.isUppercase == true || entities.isSiteAddress(index)
    }

    /// An outlet's name without its domain and spaces (`solopos.com` → `solopos`, `Harian Jogja` and
    /// `harianjogja.id` → `harianjogja`), so the site and the paper are one.
    private func outletBase(_ name: String) -> String {
        var base = name
        if let ending = entities.vocabulary.domainEndings.first(where: { base.hasSuffix($0) }) { base.removeLast(ending.count) }
        return foldName(base).filter { $0 != " " }
    }

    /// Inside `(…)` or `[…]` of a photo credit, or right after the `/` of one.
    private func inCredit(_ index: Int) -> Bool {
        let before = entities.word(index - 1) ?? ""
        if before == ":", let label = entities.lower(index - 2), entities.vocabulary.photoLabels.contains(label) { return true }
        return ["(", "[", "/"].contains(before) && entities.together(index - 1, index)
    }

    private func isDateline(_ first: Int, _ last: Int) -> Bool {
        let after = entities.word(last + 1) ?? ""
        return entities.startsLine(first) && ["-", "—", "–", ",", ":"].contains(after)
            || entities.word(first - 1) == "(" && entities.word(last + 1) == ")" && first >= 2 && entities.startsLine(first - 2)
    }

    /// A bare acronym the text defined for a unit earlier or later (`TIKP`).
    private func definedAcronym(at index: Int) -> String? {
        guard entities.isWord(index), let word = entities.word(index), let initial = word.utf8.first,
              definedAcronymInitials.contains(initial) else { return nil }
        guard let places = definedAcronyms[String(word)], places != [index] else { return nil }
        return String(word)
    }

    /// A definition whose phrase has no head word: `Teknologi Informasi dan Komunikasi Pendidikan (TIKP)`.
    private func defined(_ definition: AcronymDefinition) -> Phrase {
        var phrase = Phrase(first: definition.first, last: definition.close, acronym: definition.acronym,
                            base: foldName(entities.text(definition.first, definition.last)), parentheses: definition.open...definition.close)
        phrase.showsAcronym = true
        if let place = definition.place {
            phrase.place = place
            phrase.otherForms.append(entities.text(definition.open + 1, definition.close - 1))
        }
        return withPlace(phrase)
    }

    /// A known organization or a head word, with the name, acronym and place that follow it.
    private func headed(at index: Int, _ claims: TokenClaims) -> Phrase? {
        let head = entities.organizationHead(at: index)
        let known = entities.knownOrganization(at: index).flatMap { $0.value.kind == "media" ? nil : $0 }
        let acronym = entities.organizationAcronym(at: index)
        let length = max(head?.length ?? 0, known?.length ?? 0, acronym?.length ?? 0)
        guard length > 0 else { return nil }
        // Listed in capitals (`ITS`, `MIN`, `KPK`), it must be written so: `Its`, `Min` are words.
        var forms: [String] = []
        if let head, head.length == length { forms.append(head.value.phrase) }
        if let known, known.length == length, let name = known.value.name { forms.append(name) }
        if let acronym, acronym.length == length, let form = acronym.value.acronym { forms.append(form) }
        if let written = entities.word(index), !forms.contains(where: { Self.writtenAsListed(written, $0) }) { return nil }
        if let venue = entities.venueHead(at: index), venue.length > length, entities.isCapitalised(index) { return nil }
        // `Rumah Dinas Bupati …`: the head ends a venue's head, an official residence, no office.
        if entities.endsVenueHead(at: index), entities.venueHead(at: index) == nil { return nil }
        var coreLast = index + length - 1
        guard entities.together(index, coreLast), !claims.anyClaimed(index...coreLast) else { return nil }
        let written = entities.text(index, coreLast)
        let lowercase = !entities.isCapitalised(index)
        let needs: OrganizationHead.Needs = head?.length == length ? head!.value.needs : .none
        // A single listed word must be written as a name (`Muhammadiyah`, not `muhammadiyah`).
        if lowercase, length == 1, needs != .place { return nil }

        // `Dinas Pendidikan, Pemuda, dan Olahraga`: fields listed after the head.
        if let end = fieldList(after: coreLast) { coreLast = end }
        var phrase = Phrase(first: index, last: coreLast, acronym: nil, base: foldName(entities.text(index, coreLast)))
        if let expansion = entities.organization(forAcronym: written)?.name {
            // `BBPMP`, `Pemkot`, `Dindik`: the base is what the acronym stands for.
            phrase.base = foldName(expansion)
            phrase.acronym = written
            phrase.showsAcronym = entities.isAllCaps(index)
        } else if entities.isAllCaps(index), length == 1, needs != .name, needs != .nameOrPlace {
            phrase.acronym = written
            phrase.showsAcronym = true
        }
        if needs == .name || needs == .nameOrPlace, (known?.length ?? 0) < length {
            // A school may be named by its town alone (`SLB Negeri Manokwari`, `TK Negeri Pembina Ternate`).
            let school = isSchoolHead(written)
            guard let nameLast = nameAfterHead(coreLast, lowercase: lowercase, school: school, placeAlone: needs == .nameOrPlace || school)
            else { return nil }
            phrase.last = nameLast
            phrase.base = foldName(school ? spelledSchool(index, nameLast) : entities.text(index, nameLast))
            // `LSM INOVASI`: the known organization named after the type word is the same one.
            if let inner = entities.organizationAcronym(at: coreLast + 1) ?? entities.knownOrganization(at: coreLast + 1),
               coreLast + inner.length == nameLast {
                phrase.otherForms.append(entities.text(coreLast + 1, nameLast))
            }
        }
        // `Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM)`: the name runs to the end of
        // the phrase its acronym spells out, past words a name would stop at.
        // Not past another office (`Dinas Pendidikan Kabupaten Gowa dan Universitas Hasanuddin (Unhas)`).
        if let definition = definitions[index], definition.last > phrase.last, entities.together(index, definition.last),
           !claims.anyClaimed(phrase.last + 1...definition.last), !(phrase.last + 1...definition.last).contains(where: startsOrganization) {
            phrase.last = definition.last
            phrase.base = foldName(entities.text(index, definition.last))
        }
        phrase = withPlace(phrase)
        if needs == .place, phrase.place == nil, !phrase.hasPlaceWord, phrase.parentheses == nil { phrase.isBare = true }
        if let place = phrase.place?.key, entities.vocabulary.categoryHeads.contains(foldName(written)) {
            // `Pemerintah daerah kota Blitar` is `Pemerintah Kota Blitar`.
            phrase.base = place.kind == .city ? "pemerintah kota" : place.kind == .province ? "pemerintah provinsi" : "pemerintah kabupaten"
        }
        return phrase
    }

    /// Whether the first word `written` may stand for the listed `form`: exactly, when the form's
    /// first word has two capitals or more (`BBPMP`, `MTsN`); in any case otherwise (`pemkot`).
    static func writtenAsListed(_ written: Substring, _ form: String) -> Bool {
        let first = form.prefix { $0 != " " }
        guard first.filter(\.isUppercase).count >= 2 else { return true }
        return written == first || written.uppercased() == first.uppercased() && written.allSatisfy { !$0.isLowercase }
    }

    /// A school's name with its level spelled out, so that `SMAN 2 Kalabahi` and `SMA Negeri 2
    /// Kalabahi` are one school.
    private func spelledSchool(_ first: Int, _ last: Int) -> String {
        guard let level = entities.word(first).flatMap({ lexicon.acronyms[String($0)] }), level.kind == "level" else {
            return entities.text(first, last)
        }
        return level.expansion + " " + entities.text(first + 1, last)
    }

    /// Schools: `SMP Negeri`, `SDN`, `SLB Negeri` — their names are a number and a place or name.
    private func isSchoolHead(_ head: String) -> Bool {
        let lower = head.lowercased()
        return lower.hasPrefix("sd") || lower.hasPrefix("sm") || lower.hasPrefix("slb") || lower.hasPrefix("mts") || lower.hasPrefix("tk")
            || lower == "man" || lower == "min"
    }

    /// The name after a head that needs one: capitalised words, a school number, `dan` between
    /// capitalised words, and a comma list closed by `dan` (`Pendidikan, Kebudayaan, Riset dan
    /// Teknologi`). Nil when nothing names it, or only a place does (`SLB Negeri Provinsi Jawa Timur`).
    private func nameAfterHead(_ headLast: Int, lowercase: Bool, school: Bool, placeAlone: Bool) -> Int? {
        var last = headLast
        var cursor = headLast + 1
        var words = 0
        var numberSeen = false
        if lowercase, startsOrganization(cursor) { return nil }
        while cursor < entities.count, entities.together(headLast, cursor), words < Self.maximumNameWords {
            let token = entities.tokens[cursor]
            if token.kind == .number {
                guard school || words > 0 else { break }
                last = cursor
                numberSeen = true
                if words > 0 { break }
                cursor += 1
                continue
            }
            if numberSeen {
                last = schoolPlaceEnd(after: cursor - 1)
                break
            }
            // `Komisi IV DPRD Banyuwangi`: an office named inside the name ends it, with its place.
            if let inner = innerOffice(at: cursor) {
                last = inner
                break
            }
            let key = entities.lower(cursor) ?? ""
            // `Fakultas Keguruan dan Ilmu Pendidikan`; not `… dari Fakultas Teknik dan Siti Nur
            // Hidayah dari FKIP`, where `dari` gives the next person's own organization.
            if (key == "dan" || key == "&"), words > 0, isNameWord(cursor + 1), !isAffiliatedName(from: cursor + 1),
               !startsOrganization(cursor + 1), entities.role(at: cursor + 1) == nil {
                cursor += 1
                continue
            }
            if key == ",", words > 0, let end = listClosedByDan(from: cursor) {
                last = end
                words += end - cursor
                cursor = end + 1
                continue
            }
            if let place = entities.placePhrase(at: cursor), entities.together(headLast, place.last) {
                // `… Provinsi Jawa Tengah`: a place is read whole (`Tengah` alone is a function word).
                last = place.last
                words += place.last - cursor + 1
                cursor = place.last + 1
                // In a headline every word is capitalised: a place before a word with affixes ends
                // the name (`Forum … Karangasem Sepakati Langkah …`; not `Universitas Nusantara Raya`).
                if entities.isTitleCaseLine(of: place.last), entities.isAffixed(cursor) { break }
                continue
            }
            guard isNameWord(cursor) else { break }
            last = cursor
            words += 1
            cursor += 1
        }
        guard last > headLast else { return nil }
        // `Balai Kudus` is no name; `Universitas Riau` is, when the head allows `placeAlone`; a
        // school is named by its town, not its province (`SLB Negeri Provinsi Jawa Timur` is a kind).
        if let place = entities.placePhrase(at: headLast + 1), place.last == last,
           !placeAlone || school && place.key.kind == .province { return nil }
        return last
    }

    /// An office complete in itself (its head needs a place or nothing) starting at `index`: its
    /// last token, with the place after it.
    private func innerOffice(at index: Int) -> Int? {
        var length = 0
        if let head = entities.organizationHead(at: index), head.value.needs != .name, head.value.needs != .nameOrPlace { length = head.length }
        if let known = entities.knownOrganization(at: index), known.value.kind != "media" { length = max(length, known.length) }
        if let acronym = entities.organizationAcronym(at: index) { length = max(length, acronym.length) }
        guard length > 0, entities.isCapitalised(index) else { return nil }
        let last = index + length - 1
        if let place = entities.placePhrase(at: last + 1), entities.together(index, place.last) { return place.last }
        return last
    }

    /// `, Pemuda, dan Olahraga` after a head: single capitalised words between commas, closed by
    /// `dan` and one more; the last token of the list.
    private func fieldList(after last: Int) -> Int? {
        func isField(_ index: Int) -> Bool {
            isNameWord(index) && entities.placePhrase(at: index) == nil && entities.role(at: index) == nil
                && (!isNameWord(index + 1) || entities.placePhrase(at: index + 1) != nil)
        }
        var cursor = last + 1
        while entities.word(cursor) == ",", entities.together(last, cursor + 2) {
            if entities.lower(cursor + 1) == "dan" { return isField(cursor + 2) ? cursor + 2 : nil }
            guard isField(cursor + 1) else { return nil }
            cursor += 2
            if entities.lower(cursor) == "dan", entities.together(last, cursor + 1), isField(cursor + 1) { return cursor + 1 }
        }
        return nil
    }

    /// `, Kebudayaan, Riset dan Teknologi`: capitalised words and commas up to `dan` and one more word.
    private func listClosedByDan(from comma: Int) -> Int? {
        var cursor = comma
        while cursor < entities.count, cursor - comma < 10, entities.together(comma, cursor) {
            let key = entities.lower(cursor) ?? ""
            // `IAIN Ambon, UIN Alauddin Makassar dan STKIP …`: a list of organizations, not of fields.
            if key == "," || key == "dan", startsOrganization(cursor + 1) { return nil }
            if key == "dan", isNameWord(cursor + 1) {
                var end = cursor + 1
                while isNameWord(end + 1), entities.together(end, end + 1) { end += 1 }
                return end
            }
            guard key == "," || isNameWord(cursor) else { return nil }
            cursor += 1
        }
        return nil
    }

    /// A run of name words from `start` followed by `dari`: a person and where they come from.
    private func isAffiliatedName(from start: Int) -> Bool {
        var end = start
        while end + 1 - start < Self.maximumNameWords, isNameWord(end + 1), entities.together(start, end + 1) { end += 1 }
        return entities.lower(end + 1) == "dari" && entities.together(start, end + 1)
    }

    /// A word that can be part of an organization's name.
    private func isNameWord(_ index: Int) -> Bool {
        nameWords.flag(at: index) { findNameWord(index) }
    }

    private func findNameWord(_ index: Int) -> Bool {
        guard entities.isWord(index), entities.isCapitalised(index) else { return false }
        if entities.isFunctionWord(index) || entities.isCalendarWord(index) || entities.isSpeechVerb(index) { return false }
        if let blocker = lexicon.numberBlockers[entities.lower(index) ?? ""], Self.nameEndingBlockers.contains(blocker) { return false }
        return entities.honorific(index) == nil
    }

    private func startsOrganization(_ index: Int) -> Bool {
        return entities.organizationHead(at: index) != nil
            || entities.knownOrganization(at: index) != nil
            || entities.organizationAcronym(at: index) != nil
    }

    /// Whether a slash and another place or place kind follow token `index` (`Kabupaten/Kota`).
    private func placeListFollows(_ index: Int) -> Bool {
        guard entities.word(index + 1) == "/" else { return false }
        return entities.placePhrase(at: index + 2, lowercaseName: true) != nil || lexicon.placePrefixes[entities.lower(index + 2) ?? ""] != nil
    }

    /// The acronym in parentheses, the place and the `Wilayah …` after a name.
    private func withPlace(_ start: Phrase) -> Phrase {
        var phrase = start
        if phrase.parentheses == nil, let (acronym, close, place) = entities.parenthesisedAcronym(at: phrase.last + 1, afterOrganization: true) {
            phrase.parentheses = (phrase.last + 1)...close
            phrase.acronym = acronym
            phrase.showsAcronym = true
            phrase.last = close
            if let place {
                phrase.place = place
                phrase.otherForms.append(entities.text(phrase.parentheses!.lowerBound + 1, close - 1))
            }
        }
        // `Cabang Dinas Pendidikan Wilayah I Jawa Tengah`, `… Wilayah Kabupaten Alor`
        if entities.lower(phrase.last + 1) == "wilayah", entities.together(phrase.last, phrase.last + 2) {
            if let area = entities.placePhrase(at: phrase.last + 2), entities.lexicon.placePrefixes[entities.lower(phrase.last + 2) ?? ""] != nil {
                phrase.place = area
                phrase.last = area.last
            } else if entities.placePhrase(at: phrase.last + 2) == nil,
                      entities.tokens[phrase.last + 2].kind == .number || entities.isCapitalised(phrase.last + 2) {
                phrase.last += 2
            }
        }
        let next = phrase.last + 1
        if entities.together(phrase.last, next) {
            let acronymHead = phrase.first == phrase.last || phrase.parentheses != nil
            // `Disdik Kabupaten/Kota` names no place; `(Humas Disdik Berau/Nama)` does.
            if let place = entities.placePhrase(at: next, lowercaseName: acronymHead), !placeListFollows(place.last) {
                phrase.place = phrase.place ?? place
                phrase.last = place.last
            } else if let key = entities.lower(next), lexicon.placePrefixes[key] != nil, entities.word(next + 1) != "/",
                      !(entities.isCapitalised(next + 1) && entities.together(next, next + 1)) {
                // `BKD Provinsi`, `dewan pendidikan provinsi`
                phrase.hasPlaceWord = true
                phrase.last = next
            }
        }
        // `… Provinsi Jawa Timur Wilayah Probolinggo`
        if phrase.place != nil, entities.lower(phrase.last + 1) == "wilayah", entities.together(phrase.last, phrase.last + 2) {
            if let area = entities.placePhrase(at: phrase.last + 2) {
                phrase.last = area.last
            } else if entities.tokens[phrase.last + 2].kind == .number || entities.isCapitalised(phrase.last + 2) {
                phrase.last += 2
            }
        }
        if phrase.parentheses == nil, let (acronym, close, place) = entities.parenthesisedAcronym(at: phrase.last + 1, afterOrganization: true) {
            // `… Provinsi Sulawesi Selatan (BBPMP Sulsel)`
            phrase.parentheses = (phrase.last + 1)...close
            phrase.acronym = acronym
            phrase.showsAcronym = true
            if place != nil { phrase.otherForms.append(entities.text(phrase.last + 2, close - 1)) }
            phrase.last = close
        }
        return phrase
    }

    // MARK: Generic uses

    /// A kind of office rather than one office.
    private func use(of phrase: Phrase) -> Use {
        if phrase.isMedia { return .named }
        // `24 Cabang Dinas` counts offices; `tahun 2021 Pemkab Muba` dates one.
        if let previous = entities.word(phrase.first - 1), entities.together(phrase.first - 1, phrase.first),
           entities.tokens[phrase.first - 1].kind == .number && !Self.looksLikeYear(previous) || lexicon.numberWords[previous.lowercased()] != nil {
            return .generic
        }
        if let next = entities.lower(phrase.last + 1), entities.vocabulary.spreadWords.contains(next), entities.word(phrase.last + 2) == "/" { return .generic }
        guard phrase.isBare else { return .named }
        if entities.vocabulary.categoryHeads.contains(foldName(entities.text(phrase.first, phrase.last))) { return .generic }
        if let next = entities.lower(phrase.last + 1), next.hasPrefix("se-") || next == "se" { return .generic }
        if isSpread(after: phrase.last) { return .generic }
        return entities.isCapitalised(phrase.first) ? .named : .lowercaseBare
    }

    /// Four digits from 1900 to 2099: a year, not a count.
    private static func looksLikeYear(_ word: Substring) -> Bool {
        word.count == 4 && Int(word).map { (1900...2099).contains($0) } == true
    }

    /// `… di 18 kabupaten/kota`, `… se-Jawa Timur` a few words on, before any comma.
    private func isSpread(after last: Int) -> Bool {
        var cursor = last + 1
        while cursor < entities.count, cursor - last <= 8, entities.together(last, cursor) {
            let key = entities.lower(cursor) ?? ""
            if key == "," || key == "." || key == ";" { return false }
            if ["di", "se", "dari", "pada"].contains(key) {
                var next = cursor + 1
                if entities.tokens.indices.contains(next), entities.tokens[next].kind == .number { next += 1 }
                if let word = entities.lower(next), entities.vocabulary.spreadWords.contains(word) { return true }
            }
            if key.hasPrefix("se-"), entities.placePhrase(at: cursor) == nil { return true }
            cursor += 1
        }
        return false
    }

    // MARK: Mentions

    private func mention(of phrase: Phrase) -> EntityMention {
        var name: String
        if let parentheses = phrase.parentheses {
            let before = parentheses.lowerBound > phrase.first ? entities.text(phrase.first, parentheses.lowerBound - 1) : ""
            let after = parentheses.upperBound < phrase.last ? entities.text(parentheses.upperBound + 1, phrase.last) : ""
            name = [before, after].filter { !$0.isEmpty }.joined(separator: " ")
            if name.isEmpty { name = phrase.acronym ?? entities.text(phrase.first, phrase.last) }
        } else {
            name = entities.text(phrase.first, phrase.last)
        }
        var mention = entities.mention(.organization, phrase.first, phrase.last, name: name)
        mention.acronym = phrase.acronym
        mention.showsAcronym = phrase.showsAcronym
        mention.base = phrase.base
        mention.place = phrase.place?.key
        mention.isBare = phrase.isBare
        mention.otherForms = phrase.otherForms
        return mention
    }

    private var lexicon: Lexicon { entities.lexicon }
}
