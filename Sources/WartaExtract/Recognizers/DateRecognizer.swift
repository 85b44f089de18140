import WartaModel

/// Calendar dates: `12 Oktober 2022`, `12 Okt 2022`, `Kamis, 3 Nopember 2022`, `Kamis (3/11/2022)`,
/// `03-11-2022`, `03.11.2022`, `2022-11-03`, `tanggal 3 bulan November tahun 2022`, `(3-5/11/2022)`,
/// day ranges `20-22 Desember 2022` and `28 Februari s.d. 2 Maret 2025` (both ends), lists of days
/// `3, 4, dan 5 Maret 2025` (each), and dates without a year (`Selasa (15/11)`, `5 Juni`) whose
/// year comes from the publication date or the nearest full date before. Day first, always.
/// Examples: `Corpus/examples/dates.tsv`.
struct DateRecognizer {
    /// A date found at tokens `first...last`; `year` is nil until resolved.
    struct Found: Equatable {
        var year: Int?
        var month: Int
        var day: Int
        var first: Int
        var last: Int
    }

    let context: RecognitionContext

    /// Every date in text order, before years are filled in.
    func candidates() -> [Found] {
        var found: [Found] = []
        var index = 0
        while index < context.tokens.count {
            let dates = dates(at: index)
            if let last = dates.map(\.last).max() {
                found += dates.map(withWeekday)
                index = last + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// The dates of `candidates` with their years: missing years come from the publication date
    /// or the nearest full date before; a date no year can be given is left out.
    func resolved(_ candidates: [Found], published: String?) -> [Found] {
        let publishedYear = published.flatMap { Int($0.prefix(4)) }
        var lastFullYear: Int?
        var resolved: [Found] = []
        for var date in candidates {
            if let year = date.year {
                lastFullYear = year
            } else {
                guard let year = publishedYear ?? lastFullYear else { continue }
                date.year = year
            }
            resolved.append(date)
        }
        return resolved
    }

    /// The mentions of `dates` (from `resolved`), claiming the tokens of every one.
    func recognize(_ dates: [Found], claims: inout TokenClaims) -> [DateMention] {
        var mentions: [DateMention] = []
        for date in dates {
            claims.claim(date.first...date.last)
            guard let iso = Self.iso(date) else { continue }
            let span = context.span(from: date.first, through: date.last)
            mentions.append(DateMention(value: iso, text: context.text(from: date.first, through: date.last), span: span,
                                        sentence: context.tokens[date.first].sentence))
        }
        return mentions
    }

    static func iso(_ date: Found) -> String? {
        guard let year = date.year, isValid(year: year, month: date.month, day: date.day) else { return nil }
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(date.month, 2))-\(pad(date.day, 2))"
    }

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1900...2100).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    // MARK: Patterns

    private func dates(at index: Int) -> [Found] {
        if let isoDate = yearFirst(at: index) ?? dotted(at: index) { return [isoDate] }
        guard let firstDay = day(at: index) else { return [] }
        if let numeric = numericDate(day: firstDay, at: index) { return [numeric] }
        // `(3-5/12/2024)`: a range of days in a numeric date.
        if let dash = context.word(index + 1), dash == "-" || dash == "–", let endDay = day(at: index + 2), endDay > firstDay,
           context.isAdjacent(index), context.isAdjacent(index + 1), let end = numericDate(day: endDay, at: index + 2), end.year != nil {
            return [Found(year: end.year, month: end.month, day: firstDay, first: index, last: end.last), end]
        }
        if let named = namedMonth(after: index) {
            // `28 Februari s.d. 2 Maret 2025`: a range across months takes the year of its end.
            if named.year == nil, let connector = rangeConnector(after: named.last), let endDay = day(at: named.last + 1 + connector),
               let end = namedMonth(after: named.last + 1 + connector), let year = end.year {
                return [Found(year: year, month: named.month, day: firstDay, first: index, last: named.last),
                        Found(year: year, month: end.month, day: endDay, first: named.last + 1 + connector, last: end.last)]
            }
            return [Found(year: named.year, month: named.month, day: firstDay, first: index, last: named.last)]
        }
        // `20-22 Desember 2022`, `5 hingga 6 Oktober 2022`: both ends of a day range; `3, 4, dan 5
        // Maret 2025`: every day of a list.
        var days = [firstDay]
        var cursor = index
        while context.word(cursor + 1) == ",", let next = day(at: cursor + 2), next > days.last! {
            days.append(next)
            cursor += 2
        }
        if context.word(cursor + 1) == ",", rangeConnector(after: cursor + 1) != nil { cursor += 1 }
        if let connector = rangeConnector(after: cursor), let lastDay = day(at: cursor + 1 + connector),
           lastDay > days.last!, let named = namedMonth(after: cursor + 1 + connector) {
            return (days + [lastDay]).map { Found(year: named.year, month: named.month, day: $0, first: index, last: named.last) }
        }
        return []
    }

    /// A day of the month: one or two digits, 1...31.
    private func day(at index: Int) -> Int? {
        guard index < context.tokens.count, context.tokens[index].kind == .number else { return nil }
        let text = context.words[index]
        guard text.count <= 2, let value = Int(text), (1...31).contains(value) else { return nil }
        return value
    }

    private func year(at index: Int) -> Int? {
        guard index < context.tokens.count, context.tokens[index].kind == .number else { return nil }
        let text = context.words[index]
        guard text.count == 4, let value = Int(text), (1900...2100).contains(value) else { return nil }
        return value
    }

    /// `Oktober 2022`, `Okt. 2022` or a bare `Oktober` after a day at `index`, also in the formal
    /// `bulan Maret tahun 2025`.
    private func namedMonth(after index: Int) -> (month: Int, year: Int?, last: Int)? {
        if context.lower(index + 1) == "bulan", let word = context.word(index + 2), let month = context.lexicon.month(word) {
            if context.lower(index + 3) == "tahun", let year = year(at: index + 4) { return (month, year, index + 4) }
            return year(at: index + 3).map { (month, $0, index + 3) } ?? (month, nil, index + 2)
        }
        guard let word = context.word(index + 1), context.tokens[index + 1].kind != .number else { return nil }
        guard let month = context.lexicon.month(word) else {
            // `30 Setember 2024`: between a day and a year, a slip of the pen still names a month.
            guard let month = context.lexicon.monthAllowingSlip(word), let year = year(at: index + 2) else { return nil }
            return (month, year, index + 2)
        }
        var last = index + 1
        if context.word(last + 1) == "." && context.isAdjacent(last) { last += 1 }
        if let year = year(at: last + 1) { return (month, year, last + 1) }
        return (month, nil, last)
    }

    /// `3/11/2022`, `03-11-2022`, or `15/11` right after a weekday (`Selasa (15/11)`).
    private func numericDate(day: Int, at index: Int) -> Found? {
        guard let separator = context.word(index + 1), separator == "/" || separator == "-",
              context.isAdjacent(index), context.isAdjacent(index + 1),
              let monthText = context.word(index + 2), context.tokens[index + 2].kind == .number, monthText.count <= 2,
              let month = Int(monthText), (1...12).contains(month)
        else { return nil }
        if context.word(index + 3) == separator, context.isAdjacent(index + 2), context.isAdjacent(index + 3), let year = year(at: index + 4) {
            return Found(year: year, month: month, day: day, first: index, last: index + 4)
        }
        guard separator == "/", weekdayBefore(index) != nil,
              !(context.word(index + 3) == "/" && context.isAdjacent(index + 2)) else { return nil }
        return Found(year: nil, month: month, day: day, first: index, last: index + 2)
    }

    /// `03.03.2025`, one token: a day, a month and a year between dots (numbers group thousands in
    /// threes, so no amount reads so).
    private func dotted(at index: Int) -> Found? {
        guard context.tokens[index].kind == .number else { return nil }
        let parts = context.words[index].split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
              (1...31).contains(day), (1...12).contains(month), (1900...2100).contains(year) else { return nil }
        return Found(year: year, month: month, day: day, first: index, last: index)
    }

    /// `2022-11-03`.
    private func yearFirst(at index: Int) -> Found? {
        guard let year = year(at: index), context.word(index + 1) == "-", context.word(index + 3) == "-",
              (index..<index + 4).allSatisfy(context.isAdjacent),
              let monthText = context.word(index + 2), let month = Int(monthText), monthText.count == 2,
              let dayText = context.word(index + 4), let day = Int(dayText), dayText.count == 2
        else { return nil }
        return Found(year: year, month: month, day: day, first: index, last: index + 4)
    }

    /// Tokens joining two days of a range (`-`, `hingga`, `s.d.`): how many.
    private func rangeConnector(after index: Int) -> Int? {
        guard let match = NumberReader(context: context).numericWord(at: index + 1), match.kind == "range" else {
            return context.lower(index + 1) == "dan" ? 1 : nil
        }
        return match.length
    }

    /// The weekday before a date (`Kamis, 3 …`, `Kamis (3/11/2022)`, `Selasa, (15/10)`): its token.
    private func weekdayBefore(_ index: Int) -> Int? {
        var cursor = index - 1
        var skipped = 0
        while cursor >= 0, skipped < 2, let word = context.word(cursor), word == "," || word == "(" {
            cursor -= 1
            skipped += 1
        }
        guard cursor >= 0, context.lexicon.weekday(context.words[cursor]) != nil else { return nil }
        return cursor
    }

    /// Widens a date to its weekday and the parentheses around a numeric date.
    private func withWeekday(_ date: Found) -> Found {
        guard let weekday = weekdayBefore(date.first) else { return date }
        var widened = date
        widened.first = weekday
        if context.words[weekday..<date.first].contains("("), context.word(date.last + 1) == ")" { widened.last += 1 }
        return widened
    }
}
