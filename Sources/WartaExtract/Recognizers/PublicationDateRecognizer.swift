/// The release's own date: a dateline near the top, a short line that is mostly a full date
/// (`03 November 2022`, `Kamis, 22 Desember 2022 | 05:50 WIB`, `Redaksi 06 Juni 2022`) or ends
/// with one after a separator (`Oleh Tim Humas — 27 Mei 2024`).
/// A date inside a body sentence (`… di Probolinggo, Jumat 6 Desember 2024.`) is an event, not
/// the release's date, so it gives nil.
struct PublicationDateRecognizer {
    /// How far down a dateline may stand, in lines.
    static let maximumLine = 6
    /// Longest dateline, in characters: a date, a time, a reporter's name.
    static let maximumLength = 80
    /// At most this many tokens may come before the date on its line (`Redaksi`, a city).
    static let maximumLead = 2
    /// At most this many tokens (a place and a comma) may come before a date that opens a
    /// paragraph as its dateline: `Tanjung Selor, 5 November 2024 – …`.
    static let maximumPlaceLead = 4

    let context: RecognitionContext

    func recognize(_ candidates: [DateRecognizer.Found]) -> String? {
        let lines = context.lines
        for date in candidates {
            guard date.year != nil, lines.line[date.first] < Self.maximumLine else { continue }
            let line = lines.line[date.first]
            let first = lines.first[line], last = lines.last[line]
            let length = context.tokens[last].end - context.tokens[first].start
            if length <= Self.maximumLength && (date.first - first <= Self.maximumLead || closesByline(date, lineFirst: first, lineLast: last))
                || opensParagraph(date, lineFirst: first) {
                return DateRecognizer.iso(date)
            }
        }
        return nil
    }

    /// A date that ends a short line after a separator: a byline's date (`Oleh Tim Publikasi BGP
    /// Kalsel — 27 Mei 2024`, `Admin | 3 Maret 2025`, `Ditulis oleh Tim Humas pada 9 Oktober 2024`).
    private func closesByline(_ date: DateRecognizer.Found, lineFirst: Int, lineLast: Int) -> Bool {
        // Not the end of a range (`Pendaftaran daring 3–10 Juni 2020`).
        guard date.last == lineLast, date.first >= 2, let separator = context.word(date.first - 1),
              context.tokens[date.first - 2].kind == .word else { return false }
        if separator.lowercased() == "pada" { return (lineFirst..<date.first).contains { context.folded[$0] == "oleh" } }
        return RecognitionContext.dashes.contains(separator) || separator == "|"
    }

    /// A date after a place at the start of a paragraph, ended by a dash: the dateline of a lead
    /// that goes on for many lines (`Surabaya, 5 November 2024 – Dinas Pendidikan …`).
    private func opensParagraph(_ date: DateRecognizer.Found, lineFirst: Int) -> Bool {
        // `Pangkalpinang, (16/02/2024) -`: the date may stand in parentheses.
        let after = context.word(date.last + 1) == ")" ? date.last + 2 : date.last + 1
        guard date.first - lineFirst <= Self.maximumPlaceLead, let next = context.word(after), RecognitionContext.dashes.contains(next) else {
            return false
        }
        // A place's words: capitalised, and no preposition or conjunction (`Pada 14 Maret 2024 –
        // hari pertama …`) but after the first word of a place set off by a comma (`Teluk Dalam,
        // 15 Januari 2025 –`). `Baru` in `Kota Baru` is a function word too, of another kind.
        let place = lineFirst..<date.first
        let setOff = place.contains { context.words[$0] == "," }
        return place.allSatisfy {
            guard context.words[$0] != ",", context.words[$0] != "(" else { return true }
            let kind = context.lexicon.functionWords[context.folded[$0]]
            let isLink = kind == "preposition" || kind == "conjunction"
            return context.shapes[$0].contains(.capitalised) && (!isLink || setOff && $0 > lineFirst)
        }
    }
}
