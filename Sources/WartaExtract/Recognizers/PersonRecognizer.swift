import Foundation
import WartaLexicon
import WartaModel

/// People, recognised by the structure around a name, never by a list of names:
/// - honorifics before and degrees after, with or without commas and spaces (`Drs. H. Santoso,
///   M.Pd`, `Dr.Toto Basuki,M.Pd`, `Prof. Dr. Siti Aminah, S.Pd., M.Pd.`, `Sujarno M.Pd`);
/// - a job title in apposition (`Kepala BBPMP Jawa Timur, Sujarno`, `Wali Kota Blitar, Drs. H.
///   Santoso`, `Kepala BPMP NTT Herdiana`, `Gubernur Khofifah Indar Parawansa`) → `roles`;
/// - a speech verb or an introducer before (`kata Yudhi`, `ujar Aries`, `menurut Alfian`,
///   `didampingi Dr. Toto`, `ditemui oleh …`) or a speech verb after (`Setyo Utomo menjelaskan`);
/// - a name with a title after a comma (`Catur Wahyuri, konsultan BBPMP Jatim`) or coming from an
///   organization (`Muhammad Toni Satria dari Balai Besar …`);
/// - later mentions by part of a name found so (`Yudhi`, `Muhammad Toni`).
///
/// A job title alone is not a person (`Kepala BBPMP Jawa Timur juga hadir`, `Ibu Gubernur`).
/// Examples: `Corpus/examples/people.tsv`.
struct PersonRecognizer {
    /// Longest name, in words (honorifics and degrees not counted).
    static let maximumNameWords = 5
    /// Longest name run straight after a title, without a comma between.
    static let maximumNameWordsAfterTitle = 4

    let entities: EntityContext
    /// `isNameWord` by token: asked of each word from every position a name might start at.
    private let nameWords: TokenCache<Bool>

    init(entities: EntityContext) {
        self.entities = entities
        nameWords = TokenCache(count: entities.count)
    }

    /// A person found at tokens `first...last` (honorifics to degrees), named by `nameFirst...nameLast`.
    struct Found {
        var first: Int
        var last: Int
        var nameFirst: Int
        var nameLast: Int
        var honorifics: [String] = []
        var degrees: [String] = []
        var roles: [String] = []
    }

    func recognize(claims: inout TokenClaims) -> [EntityMention] {
        var mentions: [EntityMention] = []
        var index = 0
        while index < entities.count {
            guard !claims.isClaimed(index), let found = person(at: index, claims) else {
                index += 1
                continue
            }
            var person = found
            person.roles += rolesAfter(person.last, claims)
            claims.claim(person.first...person.last)
            mentions.append(mention(of: person))
            index = person.last + 1
        }
        return mentions
    }

    /// Later mentions of the people found, by part of their names (`Yudhi` for `Yudhi Timor Bimo
    /// Prakoso`): capitalised, unclaimed words in the order the full name has them.
    func laterMentions(of people: [EntityMention], claims: inout TokenClaims) -> [EntityMention] {
        let names = Set(people.map { $0.name.split(separator: " ").map { $0.lowercased() } })
        // Each name under each of its words: a run of words lies only inside names holding its first.
        var namesByWord: [String: [[String]]] = [:]
        for name in names { for word in Set(name) { namesByWord[word, default: []].append(name) } }
        let parts = Set(names.flatMap { $0 }.filter { $0.count >= 3 && !entities.termWords.contains($0) })
        var mentions: [EntityMention] = []
        var index = 0
        while index < entities.count {
            guard !claims.isClaimed(index), entities.isCapitalised(index), entities.isWord(index),
                  let word = entities.lower(index), parts.contains(word), !entities.isAllCaps(index) || word.count <= 3 else {
                index += 1
                continue
            }
            var last = index
            while last + 1 < entities.count, !claims.isClaimed(last + 1), entities.together(index, last + 1), entities.isCapitalised(last + 1),
                  let next = entities.lower(last + 1), parts.contains(next) {
                last += 1
            }
            let run = (index...last).map { entities.lower($0) ?? "" }
            if namesByWord[run[0], default: []].contains(where: { isRun(run, inside: $0) }) {
                claims.claim(index...last)
                mentions.append(entities.mention(.person, index, last))
            }
            index = last + 1
        }
        return mentions
    }

    // MARK: Cues

    private func person(at index: Int, _ claims: TokenClaims) -> Found? {
        // `kata Yudhi`, `menurut Alfian`, `ditemui oleh Wali Kota Blitar, Drs. H. Santoso`
        // Not inside a capitalised run: `Tablet Tambah Darah` names a supplement, not a speaker.
        if entities.isSpeechVerb(index), !(entities.isCapitalised(index) && entities.together(index - 1, index) && entities.isCapitalised(index - 1)) {
            var start = index + 1
            if entities.lower(start) == "oleh", entities.lower(index) != "oleh" { start += 1 }
            guard entities.together(index, start), !claims.isClaimed(start) else { return nil }
            return titled(at: start, claims) ?? named(at: start, claims).flatMap { looksLikeName($0) ? $0 : nil }
        }
        if entities.honorific(index) != nil || entities.role(at: index) != nil {
            return titled(at: index, claims)
        }
        return nameWithCue(at: index, claims)
    }

    static let maximumHonorifics = 8
    static let maximumTitleTokens = 40

    /// Honorifics, a job title, or both, then a name: `Dr. Rizqi`, `Plt Kepala BBPMP Provinsi
    /// Jawa Timur Dr. Rizqi`, `Wali Kota Blitar, Drs. H. Santoso, M.Pd`.
    private func titled(at start: Int, _ claims: TokenClaims) -> Found? {
        // `Abdul Muis H. Yasin`: a capital and its dot after a name word is the name's initial.
        if isLetterAndDot(start), start > 0, entities.together(start - 1, start), isNameWord(start - 1) { return nil }
        var cursor = start
        var honorifics: [String] = []
        while let honorific = entities.honorific(cursor), entities.together(start, cursor) {
            // `Prof. Dr. Ir. H.` is four; a longer run is no name's, and reading it from every
            // start would take time growing with its square.
            guard honorifics.count < Self.maximumHonorifics else { return nil }
            honorifics.append(honorific)
            cursor += 1
        }
        if entities.role(at: cursor) != nil, let found = rolePerson(at: cursor, claims) {
            // The title and its organizations and places stay unclaimed: only the name is the person's.
            var person = found
            person.honorifics = honorifics + person.honorifics
            return person
        }
        guard !honorifics.isEmpty, var person = named(at: cursor, claims) else { return nil }
        // `Bapak Pendidikan Nasional`: after a form of address alone, the words must read as a name.
        if honorifics.allSatisfy({ entities.lexicon.honorifics[$0] == "address" }), !looksLikeName(person) { return nil }
        person.first = start
        person.honorifics = honorifics + person.honorifics
        return person
    }

    /// A job title with what completes it (organizations, places, acronyms, parentheses, more
    /// titles), then the name: after a comma, or the capitalised words that end the title.
    private func rolePerson(at start: Int, _ claims: TokenClaims) -> Found? {
        // `Kantor Bupati Samosir, Pangururan`, `Rumah Jabatan Bupati Boalemo, Tilamuta`: a title in
        // or right after a venue's head names the building, not a person after the comma.
        guard let role = entities.role(at: start), !entities.endsVenueHead(at: start), !entities.endsVenueHead(at: start - 1) else { return nil }
        let roleLast = start + role.length - 1
        var cursor = roleLast + 1
        var structureLast = roleLast
        var freeStart: Int?
        let headline = entities.isTitleCaseLine(of: start)
        while cursor < entities.count, entities.together(start, cursor) {
            // A title with its organizations and places runs to twenty tokens at most; a longer
            // one is a list, and reading it from every title in it would take quadratic time.
            guard cursor - start < Self.maximumTitleTokens else { return nil }
            // In a headline the name ends at the first common word: `Wali Kota Surabaya Eri Cahyadi Resmikan …`.
            if headline, let free = freeStart, isHeadlineVerb(cursor) || cursor - free >= 2 && isRootWord(cursor) { break }
            if entities.word(cursor) == "(", let close = (cursor + 1..<cursor + 6).first(where: { entities.word($0) == ")" }) {
                structureLast = close
                cursor = close + 1
                freeStart = nil
                continue
            }
            if claims.isClaimed(cursor) {
                while cursor + 1 < entities.count, claims.isClaimed(cursor + 1), entities.together(start, cursor + 1) { cursor += 1 }
                structureLast = cursor
                cursor += 1
                freeStart = nil
                continue
            }
            if let place = entities.placePhrase(at: cursor, lowercaseName: false) {
                structureLast = place.last
                cursor = place.last + 1
                freeStart = nil
                continue
            }
            if let more = entities.role(at: cursor) {
                structureLast = cursor + more.length - 1
                cursor += more.length
                freeStart = nil
                continue
            }
            if entities.honorific(cursor) != nil { break }
            let key = entities.lower(cursor) ?? ""
            // `Kepala Sekolah dan Guru`, `Kasi Sarana dan Prasarana …`; not `… Dwijoko Nurjayadi dan Muhammad Toni`.
            if key == "dan" || key == "&", entities.isCapitalised(cursor + 1),
               freeStart.map({ (($0)..<cursor).allSatisfy { entities.termWords.contains(entities.lower($0) ?? "") } }) ?? (structureLast == cursor - 1) {
                structureLast = cursor
                cursor += 1
                freeStart = nil
                continue
            }
            if entities.isWord(cursor), entities.isAllCaps(cursor) || entities.isListedAcronym(cursor) {
                structureLast = cursor
                cursor += 1
                freeStart = nil
                continue
            }
            guard isNameWord(cursor) else { break }
            if freeStart == nil { freeStart = cursor }
            cursor += 1
        }
        let stop = cursor
        let completed = structureLast > roleLast
        let afterComma = entities.word(stop) == "," && entities.together(stop, stop + 1) ? named(at: stop + 1, claims, allowHonorifics: true) : nil
        // `Wakil Rektor III Unipa, Dr. Yohanis Rumbiak`: a titled name after the comma is the
        // person's, and the words before it finish the title.
        let titledAfterComma = afterComma.map { !$0.honorifics.isEmpty || !$0.degrees.isEmpty } ?? false
        var person: Found?
        // One word right after a title is often its place (`Camat Giri`): a name there needs two
        // words, unless the title, capitalised, is completed by an office (`Kepala BPMP NTT
        // Herdiana`; not `mahasiswa PPG Prajabatan`).
        // A longer run after a title holds more than the name (`Siswa SMK Jurusan Teknik Mesin Budi Prakoso`).
        if !titledAfterComma, let free = freeStart, let name = nameRun(from: free, through: stop - 1),
           name.nameLast - name.nameFirst < Self.maximumNameWordsAfterTitle, looksLikeName(name),
           completed && !headline && entities.isCapitalised(start) || name.nameLast > name.nameFirst {
            // `Kepala BPMP NTT Herdiana`, `Gubernur Khofifah Indar Parawansa`
            person = name
            person?.roles = [entities.text(start, free - 1)]
        } else if entities.honorific(stop) != nil || initialLength(at: stop) != nil, freeStart == nil {
            // `Kepala Bagian Umum BBPMP Sulsel Dr Muh Anis`
            person = named(at: stop, claims, allowHonorifics: true)
            person?.roles = [entities.text(start, structureLast)]
        } else if let afterComma, !afterComma.honorifics.isEmpty || !afterComma.degrees.isEmpty || looksLikeName(afterComma) {
            // `Wali Kota Blitar, Drs. H. Santoso, M.Pd`
            person = afterComma
            person?.roles = [entities.text(start, stop - 1)]
        }
        guard let found = person else { return nil }
        // In a headline capitals say little: a title there needs a comma, an honorific, a degree or
        // a name of two words or more ended by a common word, and without an honorific or degree
        // a name not made of dictionary words only (`Bupati Minta Kontraktor Jaga Kualitas`,
        // `Guru Penggerak Kampung, Beasiswa Afirmasi dan …`).
        if headline, found.honorifics.isEmpty, found.degrees.isEmpty,
           (found.nameFirst...found.nameLast).allSatisfy(isRootWord)
            || entities.word(found.nameFirst - 1) != ","
            && !(found.nameLast > found.nameFirst && (isHeadlineVerb(found.nameLast + 1) || isRootWord(found.nameLast + 1))) {
            return nil
        }
        return found
    }

    /// A name cued by what follows it: degrees (`Sujarno M.Pd`), a speech verb (`Setyo Utomo
    /// menjelaskan`, or after a comma when a comma comes before the name too), a title after a comma (`Catur Wahyuri, konsultan …`), or `dari` and an
    /// organization (`Muhammad Toni Satria dari BBGP`).
    private func nameWithCue(at index: Int, _ claims: TokenClaims) -> Found? {
        guard startsName(index), !isInsideRun(index) else { return nil }
        guard let found = named(at: index, claims) else { return nil }
        if !found.degrees.isEmpty { return found }
        guard !entities.isTitleCaseLine(of: index) else { return nil }
        let words = found.nameLast - found.nameFirst + 1
        var next = found.last + 1
        if let key = entities.lower(next), entities.vocabulary.speechAdverbs.contains(key) { next += 1 }
        if entities.isSpeechVerb(next, kind: .speech), entities.together(found.last, next), looksLikeName(found) { return found }
        guard words >= 2, looksLikeName(found) else { return nil }
        // `Salah seorang penerima, Ayu Lestari Dewi, mengaku …`: a name set off by commas before
        // what it says.
        if entities.word(found.first - 1) == ",", entities.word(found.last + 1) == ",", entities.together(found.last, found.last + 2),
           entities.isSpeechVerb(found.last + 2, kind: .speech) { return found }
        if entities.word(found.last + 1) == ",", entities.role(at: found.last + 2) != nil, entities.together(found.last, found.last + 2) { return found }
        if entities.lower(found.last + 1) == "dari", claims.isClaimed(found.last + 2), entities.together(found.last, found.last + 2) { return found }
        return nil
    }

    /// Honorifics (when allowed), a name, and degrees with or without commas.
    private func named(at start: Int, _ claims: TokenClaims, allowHonorifics: Bool = false) -> Found? {
        var cursor = start
        var honorifics: [String] = []
        while allowHonorifics, let honorific = entities.honorific(cursor), entities.together(start, cursor) {
            honorifics.append(honorific)
            cursor += 1
        }
        var last = cursor - 1
        // `H. Lalu Budi Suryata`: after an honorific, a capitalised word that is elsewhere a
        // function word (`Lalu`, a Sasak title) begins the name when a name word follows.
        if !honorifics.isEmpty, entities.isCapitalised(cursor), entities.isFunctionWord(cursor), !claims.isClaimed(cursor),
           entities.together(start, cursor + 1), isNameWord(cursor + 1) {
            last = cursor
        }
        while last + 1 < entities.count, last + 1 - cursor < Self.maximumNameWords, !claims.isClaimed(last + 1),
              entities.together(start, last + 1) {
            if isNameWord(last + 1) {
                last += 1
            } else if let initial = initialLength(at: last + 1, insideName: last >= cursor), isNameWord(last + 1 + initial),
                      entities.together(start, last + 1 + initial) {
                // `Moh. Arif`, `M. Nasir`: an initial inside or before the name.
                last += initial
            } else {
                break
            }
        }
        guard last >= cursor, var found = nameRun(from: cursor, through: last) else { return nil }
        found.first = start
        found.honorifics = honorifics
        // Degrees: `Basuki,M.Pd,`, `Santoso, M.Pd`, `Aminah, S.Pd., M.Pd.`, `Anis SSi MSi`.
        var end = found.nameLast
        var probe = end + 1
        while probe < entities.count, entities.together(start, probe) {
            let degreeAt = entities.word(probe) == "," ? probe + 1 : probe
            guard let degree = entities.degree(degreeAt), entities.together(start, degreeAt) else { break }
            found.degrees.append(degree)
            end = degreeAt
            probe = degreeAt + 1
        }
        found.last = end
        return found
    }

    /// The name in `first...last`, without place names trailing it (`… Duhri Sragen`).
    private func nameRun(from first: Int, through last: Int) -> Found? {
        guard first <= last else { return nil }
        if let place = entities.placePhrase(at: first), place.last >= last { return nil }
        // `guru Bahasa Inggris`: a language or a culture, not a person.
        if entities.vocabulary.cultureWords.contains(entities.folded[first]) { return nil }
        var end = last
        while end > first + 1, let place = entities.placePhrase(at: end), place.last == end { end -= 1 }
        return Found(first: first, last: end, nameFirst: first, nameLast: end)
    }

    /// Whether a name found by a weak cue reads as one: not mostly terms (`Pembinaan Profesi`,
    /// `Penggerak`) or words with Indonesian affixes (`Bimbingan`), which names seldom carry.
    private func looksLikeName(_ found: Found) -> Bool {
        entities.looksLikeName(found.nameFirst, found.nameLast)
    }

    private func startsName(_ index: Int) -> Bool {
        isNameWord(index) || initialLength(at: index).map { isNameWord(index + $0) } ?? false
    }

    /// A shortened name at `index` (`Moh.`, or a capital and its dot, `M.`): its length in tokens.
    private func initialLength(at index: Int, insideName: Bool = false) -> Int? {
        guard let word = entities.word(index) else { return nil }
        if word.utf8.last == UInt8(ascii: "."), isNameAbbreviation(index) { return 1 }
        // `Abdul Muis H. Yasin`: inside a name, a single letter and its dot is an initial, though
        // before one it would be an honorific (`H.` for Haji).
        if insideName, isLetterAndDot(index) { return 1 }
        if entities.isWord(index), entities.isCapitalised(index), word.count == 1, entities.word(index + 1) == ".",
           entities.base.isAdjacent(index), entities.honorific(index) == nil {
            return 2
        }
        return nil
    }

    /// A capital and its dot written as one token (`H.`, `M.`).
    private func isLetterAndDot(_ index: Int) -> Bool {
        guard let word = entities.word(index) else { return false }
        return word.count == 2 && word.last == "." && word.first?.isUppercase == true
    }

    /// A listed shortened first name (`Moh.`, `Abd.`), capitalised as a name is: not `MOH.` nor `moh.`.
    private func isNameAbbreviation(_ index: Int) -> Bool {
        let lower = entities.folded[index]
        return entities.vocabulary.nameAbbreviations.contains(lower) && entities.base.shapes[index].contains(.capitalised)
            && entities.base.words[index].dropFirst().elementsEqual(lower.dropFirst())
    }

    /// A common word, or a longer word the stemmer changes (`Kunjungi`): what ends a name in a headline.
    private func isHeadlineVerb(_ index: Int) -> Bool {
        guard let word = entities.lower(index) else { return false }
        return entities.isCommonWord(index) || word.count >= 6 && entities.lexicon.stemmer.stem(word) != word
    }

    /// A word of the stemmer's dictionary (`Tinjau`, `Buka`): it takes `-kan` back off. Names seldom are.
    private func isRootWord(_ index: Int) -> Bool {
        guard let word = entities.lower(index) else { return false }
        return entities.lexicon.stemmer.stem(word + "kan") == word
    }

    /// Whether the capitalised word before `index` would have started the name already, or a
    /// venue's head stands right before it.
    private func isInsideRun(_ index: Int) -> Bool {
        guard index > 0, entities.together(index - 1, index) else { return false }
        // `di Ballroom Hotel Tarakan Plaza mengatakan`: a venue's name, not a speaker's.
        return isNameWord(index - 1) || entities.endsVenueHead(at: index - 1)
    }

    /// `, Widyaprada BBPMP Jatim,` after a person: the title up to the next comma.
    private func rolesAfter(_ last: Int, _ claims: TokenClaims) -> [String] {
        guard entities.word(last + 1) == ",", entities.together(last, last + 2), let role = entities.role(at: last + 2),
              rolePerson(at: last + 2, claims) == nil else { return [] }
        var end = last + 2 + role.length - 1
        while end + 1 < entities.count, entities.together(last, end + 1), let word = entities.word(end + 1),
              word != ",", word != ".", word != "\u{201C}", word != "\"",
              claims.isClaimed(end + 1) || entities.isCapitalised(end + 1) || entities.placePhrase(at: end + 1) != nil || entities.lower(end + 1) == "dan" {
            end += 1
        }
        while end > last + 2, entities.lower(end) == "dan" { end -= 1 }
        return [entities.text(last + 2, end)]
    }

    /// A word that can be part of a personal name.
    private func isNameWord(_ index: Int) -> Bool {
        nameWords.flag(at: index) { findNameWord(index) }
    }

    private func findNameWord(_ index: Int) -> Bool {
        guard entities.isWord(index), entities.isCapitalised(index), let word = entities.word(index) else { return false }
        guard entities.base.shapes[index].contains(.nameLetters), !entities.isAllCaps(index) else { return false }
        // A lone capital is a name word only before one (`I Made Sudarsana`), not at a sentence's end.
        if word.count == 1 { return entities.together(index, index + 1) && (entities.word(index + 1)?.count ?? 0) > 1 && isNameWord(index + 1) }
        let lower = entities.folded[index]
        if lower.count > 4, lower.hasSuffix("nya") { return false }
        if let hyphen = lower.firstIndex(of: "-"), lower[..<hyphen] == lower[lower.index(after: hyphen)...] { return false }
        // `Wa Ode Sitti`: a regional name prefix, though `wa` also marks a phone number.
        if entities.vocabulary.namePrefixes.contains(lower), entities.together(index, index + 1), isNameWord(index + 1) { return true }
        let lexicon = entities.lexicon
        if lexicon.placePrefixes[lower] != nil || entities.isFunctionWord(index) || entities.isSpeechVerb(index) || lexicon.numberBlockers[lower] != nil
            || lexicon.numberWords[lower] != nil || entities.isDateWord(index) || entities.honorific(index) != nil
            || entities.degree(index) != nil || entities.isListedAcronym(index)
            || entities.vocabulary.creditPlaceholders.contains(lower) {  // `oleh Redaksi`, `oleh Humas`
            return false
        }
        return entities.role(at: index) == nil
            && entities.organizationHead(at: index) == nil
            && entities.knownOrganization(at: index) == nil
            && entities.venueHead(at: index) == nil
            && !entities.vocabulary.featureHeads.contains(lower)
    }

    private func isRun(_ run: [String], inside name: [String]) -> Bool {
        guard run.count <= name.count else { return false }
        return (0...(name.count - run.count)).contains { Array(name[$0..<$0 + run.count]) == run }
    }

    private func mention(of found: Found) -> EntityMention {
        var mention = entities.mention(.person, found.nameFirst, found.nameLast)
        mention.first = found.first
        mention.last = found.last
        mention.honorifics = found.honorifics
        mention.degrees = found.degrees
        mention.roles = found.roles.map(cleanRole).filter { !$0.isEmpty }
        return mention
    }

    /// A title as written, without a trailing comma or parenthesis.
    private func cleanRole(_ role: String) -> String {
        var text = role.trimmingCharacters(in: .whitespaces)
        while let last = text.last, last == "," || last == "(" || last == " " { text.removeLast() }
        return text
    }
}
