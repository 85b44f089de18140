import WartaLexicon
import WartaModel

/// Who wrote the release and who took its photo, from the forms news sites and offices use:
/// - a closing parenthesis `(Nama Reporter/Judul asli berita: …/Foto …)` → reporter, original
///   title and credit;
/// - labels `Penulis: Nama | Editor: Nama`, `Reporter: Nama`, `Foto: Nama`;
/// - a photo credit `(Solopos - Nama)`, `[SuaraSulsel.id/Istimewa]` (`Istimewa`, `Dok` are no names);
/// - a writer's credit `(Humas BGP Kaltara/Nama)`, `(Nama/Harian Jogja)`;
/// - a name alone on a line above the dateline (`Nama Reporter` / `Kamis, 22 Desember 2022`), or
///   after the time on it (`28 Juli 2019 17:30 WIB Nama Reporter Sragen Share :`).
///
/// The people it finds are person entities too (`people(in:claims:)`); outlets in credits are
/// left to `OrganizationRecognizer`. Examples: `Corpus/examples/bylines.tsv`.
struct BylineRecognizer {
    /// How far down a reporter's line may stand, in lines.
    static let maximumLine = 8
    /// Longest name, in words.
    static let maximumNameWords = 5
    /// Longest credit in parentheses (`(Humas … /Nama)`), in tokens.
    static let maximumCreditTokens = 16

    let entities: EntityContext

    /// A person of the newsroom: tokens of the name, and the label written before it.
    struct Person {
        var first: Int
        var last: Int
        var label: String?
        var isReporter: Bool
    }

    /// The byline, and its reporters, editors and photographers as person mentions (their names
    /// claimed).
    func recognize(claims: inout TokenClaims) -> (byline: Byline, people: [EntityMention]) {
        let (byline, people) = find()
        var mentions: [EntityMention] = []
        for person in people where !claims.anyClaimed(person.first...person.last) {
            claims.claim(person.first...person.last)
            var mention = entities.mention(.person, person.first, person.last)
            if let label = person.label { mention.roles = [label] }
            mentions.append(mention)
        }
        return (byline, mentions)
    }

    /// A page's author from its metadata (`<meta name="author">`, `Oleh …` markup) when it reads as
    /// a person's name: two to five capitalised words, none an acronym, a newsroom label, a
    /// placeholder, a function word, an office or a job title (`Admin`, `Redaksi`, `Humas Pemkab
    /// Sleman`, `BBC News` are not reporters).
    static func reporter(fromAuthor author: String, vocabulary: EntityVocabulary, lexicon: Lexicon) -> String? {
        let words = author.split(separator: " ")
        guard (2...maximumNameWords).contains(words.count) else { return nil }
        for word in words {
            guard let first = word.first, first.isUppercase, word.allSatisfy({ $0.isLetter || $0 == "." || $0 == "'" || $0 == "-" }),
                  // `BBC News`: an acronym names an outlet; `Cunningham. Sputnik`: a dot ends only an initial.
                  word.filter(\.isLetter).count < 2 || word.contains(where: \.isLowercase), !word.hasSuffix(".") || word.count <= 4 else { return nil }
            let key = word.lowercased()
            if vocabulary.newsroomWords.contains(key) || lexicon.functionWords[key] != nil || vocabulary.classes[key]?.isDisjoint(with: nonNameClasses) == false {
                return nil
            }
        }
        return words.joined(separator: " ")
    }

    /// Words that start an office, a listed organization or a job title.
    private static let nonNameClasses: LexicalClass = [.startsOrganizationHead, .startsOrganization, .startsAcronymOrganization, .startsRole]

    // MARK: Finding

    private func find() -> (byline: Byline, people: [Person]) {
        var byline = Byline()
        var people: [Person] = []
        var index = 0
        while index < entities.count {
            if let labelled = labelled(at: index) {
                people.append(labelled.person)
                if let credit = labelled.credit { byline.credit = byline.credit ?? credit }
                index = labelled.person.last + 1
                continue
            }
            if let reporter = reportedBy(at: index) {
                people.append(reporter)
                index = reporter.last + 1
                continue
            }
            if let closing = closingParenthesis(at: index) {
                people += closing.people
                byline.originalTitle = byline.originalTitle ?? closing.title
                byline.credit = byline.credit ?? closing.credit
                index = closing.end + 1
                continue
            }
            if let writer = creditedWriter(at: index) {
                people.append(writer.person)
                index = writer.end + 1
                continue
            }
            if let credit = photoCredit(at: index) {
                if let photographer = credit.photographer { people.append(photographer) }
                byline.credit = byline.credit ?? credit.text
                index = credit.end + 1
                continue
            }
            index += 1
        }
        people += datelineReporters()
        people.sort { $0.first < $1.first }
        if let reporter = people.first(where: \.isReporter) { byline.reporter = entities.text(reporter.first, reporter.last) }
        return (byline, people)
    }

    /// `Penulis: Nama`, `Editor: Nama`, `Foto: Nama`.
    private func labelled(at index: Int) -> (person: Person, credit: String?)? {
        guard let key = entities.lower(index), entities.word(index + 1) == ":",
              entities.vocabulary.reporterLabels.contains(key) || entities.vocabulary.staffLabels.contains(key) else { return nil }
        var start = index + 2
        // `Foto: ANTARA/Nama`: the outlet, then the photographer.
        if entities.vocabulary.photoLabels.contains(key), let outlet = outletLength(at: start),
           let separator = entities.word(start + outlet), ["/", "-", "—", "–"].contains(separator) {
            start += outlet + 1
        }
        guard let name = name(from: start) else { return nil }
        let person = Person(first: name.first, last: name.last, label: String(entities.word(index)!), isReporter: entities.vocabulary.reporterLabels.contains(key))
        return (person, entities.vocabulary.photoLabels.contains(key) ? entities.text(index + 2, name.last) : nil)
    }

    /// `Laporan wartawan Tribunnews.com, Nama`: a journalist's title in the dateline, then the name.
    private func reportedBy(at index: Int) -> Person? {
        guard entities.startsLine(index), entities.lower(index) == "laporan", let role = entities.role(at: index + 1),
              let title = entities.lower(index + 1), entities.vocabulary.reporterLabels.contains(title) || entities.vocabulary.journalistTitles.contains(title) else { return nil }
        var cursor = index + 1 + role.length
        while cursor < entities.count, entities.together(index, cursor), entities.word(cursor) != "," { cursor += 1 }
        guard entities.word(cursor) == ",", let name = name(from: cursor + 1) else { return nil }
        return Person(first: name.first, last: name.last, label: nil, isReporter: true)
    }

    /// `(Nama Reporter/Judul asli berita: …/Foto …)` at the end of a line.
    private func closingParenthesis(at index: Int) -> (people: [Person], title: String?, credit: String?, end: Int)? {
        guard entities.word(index) == "(", outletLength(at: index + 1) == nil,
              let name = name(from: index + 1), entities.word(name.last + 1) == "/" else { return nil }
        var close = name.last + 1
        var depth = 1
        while close + 1 < entities.count, entities.line[close + 1] == entities.line[index] {
            close += 1
            if entities.word(close) == "(" { depth += 1 }
            if entities.word(close) == ")" { depth -= 1 }
            if depth == 0 { break }
        }
        guard depth == 0, close == entities.lineLast[entities.line[index]] || entities.word(close + 1) == "." else { return nil }
        // Segments start at a `/` before a label word.
        var cuts = [name.last + 1]
        for slash in (name.last + 2)..<close where entities.word(slash) == "/" && entities.vocabulary.segmentLabels.contains(entities.lower(slash + 1) ?? "") {
            cuts.append(slash)
        }
        cuts.append(close)
        var title: String?, credit: String?
        var others: [Person] = []
        for (start, end) in zip(cuts, cuts.dropFirst()) where end - start > 1 {
            let first = start + 1, last = end - 1
            let key = entities.lower(first) ?? ""
            guard entities.vocabulary.segmentLabels.contains(key) else { return nil }
            let colon = (first...last).first { entities.word($0) == ":" }
            if key == "judul", let colon, colon < last {
                title = entities.text(colon + 1, last)
            } else if entities.vocabulary.staffLabels.contains(key), !entities.vocabulary.photoLabels.contains(key), let colon, let staff = self.name(from: colon + 1) {
                others.append(Person(first: staff.first, last: staff.last, label: String(entities.base.words[first]), isReporter: false))
            } else if key != "judul" {
                credit = credit ?? entities.text(first, last)
            }
        }
        guard title != nil || credit != nil || !others.isEmpty else { return nil }
        return ([Person(first: name.first, last: name.last, label: nil, isReporter: true)] + others, title, credit, close)
    }

    /// The writer credited in a parenthesis that closes a paragraph: an office's press team or the
    /// office, a slash, the writer (`(Humas BGP Kaltara/Novi Ardiansyah)`); the writer, a slash,
    /// the outlet, its short form or the press team (`(Kusnul Isti Qomah/Harian Jogja)`,
    /// `(Nama/Cpos)`, `(Nama/Humas BPMP Banten)`); or the writer's name alone closing the release.
    private func creditedWriter(at index: Int) -> (person: Person, end: Int)? {
        guard entities.word(index) == "(", index + 1 < entities.count else { return nil }
        let line = entities.line[index]
        var close = index + 1
        while close < entities.lineLast[line], close - index <= Self.maximumCreditTokens, entities.word(close) != ")" { close += 1 }
        guard entities.word(close) == ")", close == entities.lineLast[line] || entities.word(close + 1) == "." else { return nil }
        let slashes = (index + 1..<close).filter { entities.word($0) == "/" }
        // `(Dewi Kartika Sari)` closing the release, on a line of its own or ending the last one.
        if slashes.isEmpty, line == entities.line[entities.count - 1], close == entities.lineLast[line], let name = name(from: index + 1),
           name.last == close - 1, name.last > name.first {
            return (Person(first: name.first, last: name.last, label: nil, isReporter: true), close)
        }
        guard slashes.count == 1, let slash = slashes.first else { return nil }
        // `(Humas …/Nama)`, `(Hms/Nama)`, `(Disdikpora Sumba Timur/Nama)`: a press team or an office, then the writer.
        let office = entities.vocabulary.creditPlaceholders.contains(entities.lower(index + 1) ?? "")
            || entities.organizationAcronym(at: index + 1) != nil || entities.knownOrganization(at: index + 1) != nil
            || entities.organizationHead(at: index + 1) != nil
        if office, outletLength(at: index + 1) == nil, let name = name(from: slash + 1), name.last == close - 1 {
            return (Person(first: name.first, last: name.last, label: nil, isReporter: true), close)
        }
        // `(Nama/Harian Jogja)`, `(Nama/Cpos)`, `(Nama/Humas BPMP Banten)`: the writer, then the
        // outlet, its short form, or the press team.
        let team = entities.vocabulary.creditPlaceholders.contains(entities.lower(slash + 1) ?? "")
        if let name = name(from: index + 1), name.last == slash - 1, name.last > name.first,
           team || (outletLength(at: slash + 1) ?? (entities.isCapitalised(slash + 1) && entities.isWord(slash + 1) ? 1 : nil))
               .map({ slash + $0 == close - 1 }) == true {
            return (Person(first: name.first, last: name.last, label: nil, isReporter: true), close)
        }
        return nil
    }

    /// `(Solopos - Nama)`, `[SuaraSulsel.id/Istimewa]`: an outlet, a dash or slash, a source.
    private func photoCredit(at index: Int) -> (photographer: Person?, text: String, end: Int)? {
        guard let open = entities.word(index), open == "(" || open == "[", let outlet = outletLength(at: index + 1) else { return nil }
        let closer = open == "(" ? ")" : "]"
        let outletLast = index + outlet
        guard let separator = entities.word(outletLast + 1), ["-", "/", "—", "–"].contains(separator) else { return nil }
        var close = outletLast + 2
        while close < entities.count, close - index < 12, entities.together(index, close), entities.word(close).map({ $0 != closer }) ?? false { close += 1 }
        guard entities.word(close).map({ $0 == closer }) ?? false, close > outletLast + 2 else { return nil }
        var photographer: Person?
        if let name = name(from: outletLast + 2), name.last == close - 1 {
            photographer = Person(first: name.first, last: name.last, label: nil, isReporter: false)
        }
        return (photographer, entities.text(index + 1, close - 1), close)
    }

    /// A news outlet's name at `index`: its length in tokens.
    private func outletLength(at index: Int) -> Int? {
        guard entities.isWord(index) else { return nil }
        if let known = entities.knownOrganization(at: index), known.value.kind == "media" { return known.length }
        return entities.isSiteAddress(index) ? 1 : nil
    }

    /// A name alone on a line above a dated line, or after the time of a dateline.
    private func datelineReporters() -> [Person] {
        var found: [Person] = []
        for line in 1..<max(1, min(Self.maximumLine, entities.lineFirst.count - 1)) {
            let first = entities.lineFirst[line], last = entities.lineLast[line]
            if let name = name(from: first), name.last == last, name.last > name.first {
                let next = entities.lineFirst[line + 1]
                if entities.tokens[next].kind == .number || entities.lexicon.weekday(entities.base.words[next]) != nil {
                    found.append(Person(first: name.first, last: name.last, label: nil, isReporter: true))
                }
            }
            // A time zone in capitals, as datelines write it (`17:30 WIB`).
            for zone in first...last where entities.isAllCaps(zone) && entities.vocabulary.timeZones.contains(entities.folded[zone]) {
                if zone > first, entities.tokens[zone - 1].kind == .number, entities.together(zone, zone + 1),
                   let name = name(from: zone + 1, trimPlace: true) {
                    found.append(Person(first: name.first, last: name.last, label: nil, isReporter: true))
                }
            }
        }
        return found
    }

    /// Capitalised name words from `start` on one line, without page furniture, placeholders or,
    /// when asked, a place trailing them.
    private func name(from start: Int, trimPlace: Bool = false) -> (first: Int, last: Int)? {
        var last = start - 1
        while last + 1 < entities.count, last + 1 - start < Self.maximumNameWords, entities.together(start, last + 1), isNameWord(last + 1) {
            last += 1
        }
        if trimPlace {
            while last > start + 1, let place = entities.placePhrase(at: last), place.last == last { last -= 1 }
        }
        // `Penulis: Tim Humas …` names a team, not a person.
        guard last >= start, entities.looksLikeName(start, last) else { return nil }
        return (start, last)
    }

    private func isNameWord(_ index: Int) -> Bool {
        // `Muh. Fadly Saleh`, `Sarifa Hi. Abdullah`: shortened name words.
        if entities.vocabulary.nameAbbreviations.contains(entities.lower(index) ?? "") { return entities.isCapitalised(index) }
        guard entities.isWord(index), entities.isCapitalised(index), !entities.isAllCaps(index),
              entities.base.shapes[index].contains(.nameLetters), let key = entities.lower(index) else { return false }
        return !entities.vocabulary.layoutWords.contains(key) && !entities.vocabulary.creditPlaceholders.contains(key) && !entities.isFunctionWord(index)
            && !entities.isDateWord(index) && entities.role(at: index) == nil && !entities.vocabulary.segmentLabels.contains(key)
    }
}
