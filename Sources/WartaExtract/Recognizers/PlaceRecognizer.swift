import WartaLexicon
import WartaModel

/// Places: provinces, regencies, cities and regions from the gazetteer, with or without their
/// kind (`Kota Blitar`, `Kabupaten Lumajang`, `Kab. Kudus`, `Sragen`, `Jatim`, `DENPASAR`),
/// `se-Indonesia` → `Indonesia`; districts and villages (`Kecamatan Blimbing`, `Desa Sukamaju`); towns
/// the gazetteer lacks, in a dateline (`MARTAPURA –`, `Teluk Dalam, 15 Januari 2025 –`) or after
/// `di` and `ke` (`di Tuapejat`); named venues (`Hotel Claro Makassar`, `Aula Garuda`, `Kantor
/// Gubernur Sumut`, `Auditorium Madakaripura`) and named islands, lakes and mountains (`Pulau Sumba`).
///
/// Runs after organizations and people, so a place inside an organization's name (`BBPMP Jatim`)
/// or a venue's is not a place of its own; `di kantor <organization>` is the organization's
/// premises, not a venue. Examples: `Corpus/examples/places.tsv`.
struct PlaceRecognizer {
    /// Longest venue name after its head word, in words.
    static let maximumVenueWords = 6
    /// Longest district or village name, in words.
    static let maximumLocalWords = 3
    /// Longest unlisted dateline town, in words.
    static let maximumDatelineWords = 3
    /// Fewest tokens on the line of a lead paragraph that a title-case town and a dash open.
    static let minimumLeadTokens = 15
    /// Most lower-case words between a head and the lead-in to its places (`kecamatan selatan seperti`).
    static let maximumHeadQualifiers = 2
    /// Longest aside in parentheses after a listed place, in tokens with its parentheses.
    static let maximumAsideTokens = 6

    let entities: EntityContext

    func recognize(claims: inout TokenClaims) -> [EntityMention] {
        var mentions: [EntityMention] = []
        var index = 0
        while index < entities.count {
            guard !claims.isClaimed(index) else {
                index += 1
                continue
            }
            let found: [EntityMention]
            if let mention = venue(at: index, claims) ?? place(at: index, claims) ?? local(at: index, claims) ?? datelinePlace(at: index, claims) {
                // `Kecamatan Cikeusik, Munjul, dan Sobang`, `Pulau Sebatik dan Krayan`: one head for
                // a list of districts or islands.
                found = [mention] + (isPlaceHead(mention.first) ? listedLocals(after: mention.last, head: mention.first, claims) : [])
            } else if let places = enumerated(at: index, claims) {
                found = places
            } else if let mention = locative(at: index, claims) {
                // `di Misool dan Kofiau`, `di Kangean, Sapeken dan Masalembu`: more places after a
                // place found by its `di`.
                found = [mention] + listedLocatives(after: mention.last, claims)
            } else {
                index += 1
                continue
            }
            for mention in found {
                claims.claim(mention.first...mention.last)
                mentions.append(mention)
                index = mention.last + 1
            }
        }
        return mentions
    }

    /// Items listed after token `last` (`, X`, `, dan X`, `dan X`, `serta X`), each read by `item`
    /// (its last token, or nil to end the list), up to the one a conjunction opens: an unclosed
    /// list gives none. `closesEarly` may close it before an item that is read on its own.
    private func listed(after last: Int, item: (Int) -> Int?, closesEarly: (Int) -> Bool = { _ in false }) -> [ClosedRange<Int>] {
        var items: [ClosedRange<Int>] = []
        var cursor = afterAside(last + 1)
        while cursor + 1 < entities.count, entities.together(last, cursor + 1) {
            let connector = entities.lower(cursor) ?? ""
            guard connector == "," || connector == "dan" || connector == "serta" else { break }
            var start = cursor + 1
            if connector == ",", ["dan", "serta"].contains(entities.lower(start) ?? "") { start += 1 }
            if !items.isEmpty, closesEarly(start) { return items }
            guard let end = item(start) else { break }
            items.append(start...end)
            if connector != "," || start > cursor + 1 { return items }
            cursor = afterAside(end + 1)
        }
        return []
    }

    /// The districts, villages or islands listed after the first one under its head: `, Munjul,
    /// dan Sobang`, `dan Krayan`. Each is one to three name words, perhaps ending in a compass
    /// word, and no gazetteer place; the list may close with a place under a head of its own
    /// (`Kecamatan Maratua, Biduk-Biduk, dan Pulau Derawan`).
    private func listedLocals(after last: Int, head: Int, _ claims: TokenClaims) -> [EntityMention] {
        let items = listed(after: last, item: { start in
            var end = start - 1
            while end + 1 < entities.count, end + 1 - start < Self.maximumLocalWords, entities.together(head, end + 1), !claims.isClaimed(end + 1),
                  isVenueWord(end + 1) || end >= start && entities.endsPlaceName(end + 1), entities.tokens[end + 1].kind == .word,
                  !isPlaceHead(end + 1) {
                end += 1
            }
            // `Kecamatan Blimbing, Kota Malang` names where Blimbing lies; `Batang Hulu Utara` is
            // no listed `Batang`.
            guard end >= start, entities.placePhrase(at: start).map({ $0.last >= end }) != true else { return nil }
            return end
        }, closesEarly: isPlaceHead)
        return items.map { item in
            var mention = entities.mention(.place, item.lowerBound, item.upperBound,
                                           name: entities.text(head, head) + " " + entities.text(item.lowerBound, item.upperBound))
            mention.base = foldName(mention.name)
            mention.otherForms = [entities.text(item.lowerBound, item.upperBound)]
            mention.place = PlaceKey(name: mention.otherForms[0], kind: nil)
            return mention
        }
    }

    /// A gazetteer place, with the kind stated or known; a bare ambiguous name (`Blitar`) joins
    /// the stated one of the document.
    private func place(at index: Int, _ claims: TokenClaims) -> EntityMention? {
        guard var phrase = entities.placePhrase(at: index), !claims.anyClaimed(phrase.first...phrase.last) else { return nil }
        // `Wali Kota Surabaya`: the `Kota` belongs to the title, the place is `Surabaya`.
        if phrase.statedKind != nil, endsRole(at: index), let named = entities.placePhrase(at: index + 1) {
            phrase = PlacePhrase(first: named.first, last: named.last, key: phrase.key, surface: named.surface, statedKind: phrase.statedKind)
        }
        // `Bahasa Indonesia`, `Tari Bali`: a place name naming a language or a culture.
        if phrase.statedKind == nil, let before = entities.lower(index - 1), entities.vocabulary.cultureWords.contains(before), entities.together(index - 1, index) { return nil }
        // `PBD (Perencanaan Berbasis Data)`: a short form that is also a listed acronym is the acronym.
        if phrase.first == phrase.last, entities.isAllCaps(index), entities.lexicon.acronyms[String(entities.base.words[index])] != nil { return nil }
        // `Padang Tengah`, `Batang Hulu Utara`: a listed name with a compass word after it names
        // a district or town of its own, which the gazetteer does not list.
        if phrase.statedKind == nil, entities.endsPlaceName(phrase.last + 1), !claims.isClaimed(phrase.last + 1) {
            return unlistedPlace(phrase.first, phrase.last + 1)
        }
        var mention = entities.mention(.place, phrase.first, phrase.last, name: phrase.surface)
        mention.place = phrase.key
        mention.isBare = phrase.key.kind == nil
        return mention
    }

    /// A district or village: `Kecamatan Blimbing`, `Desa Sukamaju`, `kec. Ngadiluwih`.
    private func local(at index: Int, _ claims: TokenClaims) -> EntityMention? {
        guard let head = entities.lower(index), entities.vocabulary.localHeads.contains(head) else { return nil }
        var last = index
        while last + 1 < entities.count, last - index < Self.maximumLocalWords, entities.together(index, last + 1), !claims.isClaimed(last + 1),
              isVenueWord(last + 1) || last > index && entities.endsPlaceName(last + 1), entities.tokens[last + 1].kind == .word,
              entities.organizationHead(at: last + 1) == nil {
            last += 1
        }
        guard last > index else { return nil }
        // `… di Distrik Terpencil Dapat Guru`: in a headline every word is capitalised, and a
        // word with affixes there names no district (`Gantung`, `Telaga Langsat` do).
        if entities.isTitleCaseLine(of: index), (index + 1...last).allSatisfy(entities.isAffixed) { return nil }
        var mention = entities.mention(.place, index, last)
        mention.base = foldName(mention.name)
        mention.otherForms = [entities.text(index + 1, last)]
        // `Kecamatan Sajingan Besar` and a later `di Sajingan Besar` are one place.
        mention.place = PlaceKey(name: mention.otherForms[0], kind: nil)
        return mention
    }

    /// A town the gazetteer does not list, named by a dateline that opens a line near the top: in
    /// capitals (`MARTAPURA – …`, `TANJUNG SELOR, 5 Maret 2024 – …`), whose last word must be no
    /// Indonesian root or function word (`BERITA –`, `KOTA BARU –`); or in title case before a
    /// full date and its dash (`Teluk Dalam, 15 Januari 2025 – …`), an outlet in parentheses, or a
    /// dash opening the lead paragraph (`Sekayu – Lembaga …`). No listed acronym,
    /// organization or newsroom label stands there.
    private func datelinePlace(at index: Int, _ claims: TokenClaims) -> EntityMention? {
        guard entities.startsLine(index), entities.line[index] < PublicationDateRecognizer.maximumLine else { return nil }
        let titleCase = !isDatelineWord(index)
        let isTownWord = titleCase ? { self.isTitleCaseTownWord($0, first: index) } : isDatelineWord
        var last = index
        while last + 1 < entities.count, last + 1 - index < Self.maximumDatelineWords, entities.together(index, last + 1),
              isTownWord(last + 1) { last += 1 }
        guard isTownWord(index), !claims.anyClaimed(index...last), let next = entities.word(last + 1), entities.together(index, last + 1),
              let final = entities.lower(last) else { return nil }
        // `MANGGAR (BeltimNews) -`, `Watampone (Humas Kemenag Bone) —`, `LIWA, SinarLampung.id –`:
        // the outlet may stand in parentheses, or as its address after a comma, before the dash.
        let sourced = next == "(" && (last + 2..<min(last + 8, entities.count)).contains { close in
            entities.word(close) == ")" && RecognitionContext.dashes.contains(entities.word(close + 1) ?? "")
        } || next == "," && entities.isSiteAddress(last + 2) && RecognitionContext.dashes.contains(entities.word(last + 3) ?? "")
        if titleCase {
            // `Sekayu – Lembaga Penjaminan Mutu …`: a town and a dash opening the lead paragraph,
            // the town no word of the dictionary.
            let opensLead = RecognitionContext.dashes.contains(next) && !entities.lexicon.stemmer.isRoot(final) && entities.isCapitalised(last + 2)
                && entities.lineLast[entities.line[index]] - index >= Self.minimumLeadTokens
            guard sourced || opensLead || next == "," && datedDash(after: last + 1, alone: index == last) else { return nil }
        } else {
            // With its outlet, the line is surely a dateline: the town may be a word too (`MANGGAR`).
            guard RecognitionContext.dashes.contains(next) || next == "," || sourced, sourced || !entities.lexicon.stemmer.isRoot(final),
                  !entities.isFunctionWord(last) else { return nil }
        }
        for word in index...last {
            if entities.isListedAcronym(word) || entities.organizationAcronym(at: word) != nil || entities.knownOrganization(at: word) != nil
                || entities.vocabulary.newsroomWords.contains(entities.lower(word) ?? "") { return nil }
        }
        let name = (index...last).map { entities.word($0).map { $0.prefix(1) + $0.dropFirst().lowercased() } ?? "" }.joined(separator: " ")
        var mention = entities.mention(.place, index, last, name: name)
        mention.otherForms = [entities.text(index, last)]
        mention.place = PlaceKey(name: name, kind: nil)
        return mention
    }

    /// A head of districts, villages or natural features (`Kecamatan`, `Pulau`): it starts a new
    /// place, not the next name in a list.
    private func isPlaceHead(_ index: Int) -> Bool {
        let word = entities.lower(index) ?? ""
        return entities.vocabulary.localHeads.contains(word) || entities.vocabulary.featureHeads.contains(word)
    }

    /// A place the gazetteer does not list, after `di` or `ke` (`di Tuapejat`, `di Misool dan
    /// Kofiau`, `ke Kalianget`): one to three capitalised words, the first no word of the
    /// dictionary, none a listed acronym, office, venue, role, calendar word or platform (`di
    /// YouTube`), and not on a headline. A name after `di` is where something happens, after `ke`
    /// where someone goes.
    private func locative(at index: Int, _ claims: TokenClaims) -> EntityMention? {
        guard index > 0, let previous = entities.lower(index - 1), previous == "di" || previous == "ke", entities.together(index - 1, index),
              isLocativeWord(index, first: true), !entities.isTitleCaseLine(of: index) else { return nil }
        var last = locativeEnd(from: index, claims)
        // `di Grand Kawanua Convention Center`: a venue whose head comes last.
        if let venue = entities.venueHead(at: last + 1), entities.isCapitalised(last + 1), entities.together(index, last + venue.length) {
            last += venue.length
        }
        guard !claims.anyClaimed(index...last) else { return nil }
        return unlistedPlace(index, last)
    }

    /// The places a lower-case head counts and then names (`di tiga kecamatan, yakni Simanindo,
    /// Onan Runggu, dan Palipi`, `kecamatan selatan seperti Cikelet, …`): a lead-in after the
    /// head, then a list closed by `dan` or `serta`, each item a gazetteer place or unlisted name
    /// words.
    private func enumerated(at index: Int, _ claims: TokenClaims) -> [EntityMention]? {
        guard index > 0, let lead = entities.lexicon.listLeads.longestMatch(at: index, in: entities.base.folded) else { return nil }
        var head = index - 1
        if entities.word(head) == "," { head -= 1 }
        // `kecamatan selatan seperti …`, `distrik kepulauan seperti …`: a word or two may qualify the head.
        for _ in 0..<Self.maximumHeadQualifiers where head > 0 && !isPlaceHead(head) && entities.isWord(head) && !entities.isFunctionWord(head) {
            head -= 1
        }
        guard head >= 0, isPlaceHead(head), entities.isWord(head), !entities.isCapitalised(head), entities.together(head, index),
              (head + 1..<index).allSatisfy({ entities.isWord($0) && !entities.isCapitalised($0) || entities.word($0) == "," }) else { return nil }
        var first = index + lead.length
        if entities.word(first) == ":" { first += 1 }
        func item(_ start: Int) -> Int? {
            guard entities.together(index, start), !claims.isClaimed(start) else { return nil }
            if let place = entities.placePhrase(at: start) { return place.last }
            // The head says these are places: dictionary words may name them (`Wangi-Wangi`).
            return isLocativeWord(start, first: false) ? locativeEnd(from: start, claims) : nil
        }
        guard let firstEnd = item(first) else { return nil }
        let rest = listed(after: firstEnd, item: item)
        guard !rest.isEmpty else { return nil }
        return ([first...firstEnd] + rest).map { place(at: $0.lowerBound, claims) ?? unlistedPlace($0.lowerBound, $0.upperBound) }
    }

    /// Past a short aside in parentheses after a listed item (`Kecamatan Arjasa (19 guru),
    /// Kangayan (15 guru) …`): where the list goes on.
    private func afterAside(_ index: Int) -> Int {
        guard index < entities.count, entities.word(index) == "(" else { return index }
        let reach = index + 1..<min(index + Self.maximumAsideTokens, entities.count)
        guard let close = reach.first(where: { entities.word($0) == ")" }) else { return index }
        return close + 1
    }

    /// Places listed after a locative one, closed by `dan` or `serta`: `, Sapeken dan Masalembu`.
    private func listedLocatives(after last: Int, _ claims: TokenClaims) -> [EntityMention] {
        listed(after: last, item: { start in
            !claims.isClaimed(start) && isLocativeWord(start, first: true) ? locativeEnd(from: start, claims) : nil
        }).map { unlistedPlace($0.lowerBound, $0.upperBound) }
    }

    /// The last word of a place found by its `di` that starts at `start`: up to three words.
    private func locativeEnd(from start: Int, _ claims: TokenClaims) -> Int {
        var end = start
        while end + 1 < entities.count, end + 1 - start < Self.maximumLocalWords, entities.together(start, end + 1), !claims.isClaimed(end + 1),
              isLocativeWord(end + 1, first: false) || entities.endsPlaceName(end + 1) {
            end += 1
        }
        return end
    }

    /// A place the gazetteer does not list, named by tokens `first...last`.
    private func unlistedPlace(_ first: Int, _ last: Int) -> EntityMention {
        var mention = entities.mention(.place, first, last)
        mention.place = PlaceKey(name: mention.name, kind: nil)
        return mention
    }

    /// A word of a place found by its `di`; the first must be no dictionary word or term.
    private func isLocativeWord(_ index: Int, first: Bool) -> Bool {
        guard entities.isWord(index), entities.isCapitalised(index), !entities.isAllCaps(index),
              entities.base.shapes[index].contains(.nameLetters), !entities.isFunctionWord(index), !entities.isCalendarWord(index),
              !entities.isListedAcronym(index), entities.role(at: index) == nil, entities.organizationHead(at: index) == nil,
              entities.knownOrganization(at: index) == nil, entities.venueHead(at: index) == nil, !isPlaceHead(index),
              !entities.vocabulary.newsroomWords.contains(entities.folded[index]), !entities.vocabulary.platforms.contains(entities.folded[index]),
              // `Wangi-Wangi` yes, `YouTube` no: capitals only at the start of each part.
              entities.word(index)?.split(separator: "-").allSatisfy({ !$0.dropFirst().contains(where: \.isUppercase) }) == true
        else { return false }
        let word = entities.folded[index]
        let stemmer = entities.lexicon.stemmer
        return !first || !stemmer.isRoot(word) && stemmer.stem(word) == word && !entities.termWords.contains(word)
    }

    /// A word of a town in title case: capitalised letters, no weekday or month (`Rabu, 3 Juli
    /// 2024 –` has no town), and no function word but a compass or position word after the first
    /// (`Teluk Dalam`).
    private func isTitleCaseTownWord(_ index: Int, first: Int) -> Bool {
        entities.isWord(index) && entities.isCapitalised(index) && entities.base.shapes[index].contains(.nameLetters) && !entities.isCalendarWord(index)
            && (!entities.isFunctionWord(index) || index > first && entities.endsPlaceName(index))
    }

    /// Whether a date written out in full (a weekday perhaps, day, month name, year) follows the
    /// comma at `comma`, and then a dash (`, 15 Januari 2025 –`, `, Rabu, 3 Juli 2024 -`) or, after
    /// a weekday or a town of one word (`alone`), the line's end (`Kalabahi, Sabtu 14 Juni 2025`,
    /// `Masamba, 12 Maret 2025` above the body; a signature `Budi Santoso, 12 Maret 2024` is
    /// neither).
    private func datedDash(after comma: Int, alone: Bool) -> Bool {
        var cursor = comma + 1
        let weekday = entities.lexicon.weekday(entities.word(cursor) ?? "") != nil
        if weekday {
            cursor += entities.word(cursor + 1) == "," ? 2 : 1
        }
        guard entities.tokens.indices.contains(cursor + 2), entities.tokens[cursor].kind == .number,
              entities.lexicon.month(entities.word(cursor + 1) ?? "") != nil, entities.tokens[cursor + 2].kind == .number else { return false }
        if weekday || alone, cursor + 2 == entities.lineLast[entities.line[cursor]] { return true }
        return RecognitionContext.dashes.contains(entities.word(cursor + 3) ?? "")
    }

    /// A word of a dateline town: letters only, three or more, all capitals.
    private func isDatelineWord(_ index: Int) -> Bool {
        entities.isWord(index) && entities.isAllCaps(index) && entities.base.shapes[index].contains(.nameLetters) && (entities.word(index)?.count ?? 0) >= 3
    }

    /// Whether a job title (`Wali Kota`, `Wakil Wali Kota`) ends at token `index`.
    private func endsRole(at index: Int) -> Bool {
        (max(0, index - 3)..<index).contains { start in
            entities.role(at: start).map { start + $0.length - 1 == index } ?? false
        }
    }

    /// A venue head or a natural feature with its name: `Hotel Mercure Grand Mirama Surabaya`.
    private func venue(at index: Int, _ claims: TokenClaims) -> EntityMention? {
        guard entities.isCapitalised(index), entities.isWord(index) else { return nil }
        let headLength: Int
        if let head = entities.venueHead(at: index) {
            headLength = head.length
        } else if entities.vocabulary.featureHeads.contains(entities.lower(index) ?? "") {
            // `Hulu Sungai Jadi Prioritas` in a headline: a feature's name is no word of the dictionary.
            if entities.isTitleCaseLine(of: index), let next = entities.lower(index + 1), entities.lexicon.stemmer.isRoot(next) { return nil }
            headLength = 1
        } else {
            return nil
        }
        let headLast = index + headLength - 1
        // `program Kampus Mengajar`: a program's name, not a place.
        guard entities.together(index, headLast), !claims.anyClaimed(index...headLast),
              !entities.vocabulary.programWords.contains(entities.lower(index - 1) ?? "") else { return nil }
        var last = headLast
        var cursor = headLast + 1
        var placeStart: Int?
        while cursor < entities.count, cursor - headLast <= Self.maximumVenueWords, entities.together(index, cursor), !claims.isClaimed(cursor) {
            if let inner = entities.venueHead(at: cursor), entities.isCapitalised(cursor) {
                // `Aula Kantor Bupati Poso` is one venue; `Auditorium Madakaripura Kantor Bupati …` two.
                guard cursor == headLast + 1 else { break }
                last = cursor + inner.length - 1
                cursor += inner.length
                continue
            }
            if let place = entities.placePhrase(at: cursor) {
                placeStart = cursor
                last = place.last
                cursor = place.last + 1
                continue
            }
            // `Rumah Dinas Bupati Belitung Timur`, `Pendopo Wali Kota Blitar`: whose residence or
            // hall, right after the head and before a place.
            if cursor == last + 1, entities.endsVenueHead(at: last), let role = entities.role(at: cursor), entities.placePhrase(at: cursor + role.length) != nil,
               entities.together(index, cursor + role.length) {
                last = cursor + role.length - 1
                cursor += role.length
                continue
            }
            guard isVenueWord(cursor) else { break }
            placeStart = nil
            last = cursor
            cursor += 1
        }
        // `Auditorium UNP`, `Aula Rektorat ULM`: whose hall, by the acronym of its organization
        // (which stays an organization too).
        if cursor == last + 1, claims.isClaimed(cursor), entities.together(index, cursor), entities.isAllCaps(cursor),
           entities.organizationAcronym(at: cursor) != nil || entities.looksLikeAcronym(cursor), !claims.isClaimed(cursor + 1) || !entities.together(cursor, cursor + 1) {
            last = cursor
        }
        guard last > headLast else { return nil }
        // `Gedung Sekolah`: a head with only terms after it names a kind of building, not one.
        if (headLast + 1...last).allSatisfy({ entities.termWords.contains(entities.lower($0) ?? "") }) { return nil }
        let name = entities.text(index, last)
        let folded = foldName(name)
        // Terms, not names: `Taman Kanak-kanak`, `Ruang Kelas Baru` — a term itself, the start of
        // one, or a term and more words.
        let startsTerm = folded + " "
        if entities.expansions.contains(folded)
            || folded.indices.contains(where: { folded[$0] == " " && entities.expansions.contains(String(folded[..<$0])) })
            || entities.expansions.contains(where: { $0.hasPrefix(startsTerm) }) {
            return nil
        }
        var mention = entities.mention(.place, index, last, name: name)
        mention.base = folded
        if let placeStart, placeStart > headLast + 1 { mention.otherForms.append(entities.text(index, placeStart - 1)) }
        if headLength == 1, entities.vocabulary.featureHeads.contains(entities.lower(index) ?? "") { mention.otherForms.append(entities.text(index + 1, last)) }
        return mention
    }

    /// A word of a venue's name: capitalised, or a number (`Gedung 2`), not a date or a verb.
    private func isVenueWord(_ index: Int) -> Bool {
        if entities.tokens[index].kind == .number { return true }
        guard entities.isWord(index), entities.isCapitalised(index), !entities.isFunctionWord(index),
              !entities.isCalendarWord(index), !entities.isSpeechVerb(index), entities.honorific(index) == nil else { return false }
        return entities.role(at: index) == nil
    }
}
