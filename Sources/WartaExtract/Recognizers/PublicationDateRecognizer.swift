/// The release's own date: a dateline near the top, a short line that is mostly a full date
/// (`03 November 2022`, `Kamis, 22 Desember 2022 | 05:50 WIB`, `Redaksi 06 Juni 2022`).
/// A date inside a body sentence (`… di Probolinggo, Jumat 6 Desember 2024.`) is an event, not
/// the release's date, so it gives nil.
struct PublicationDateRecognizer {
    /// How far down a dateline may stand, in lines.
    static let maximumLine = 6
    /// Longest dateline, in characters: a date, a time, a reporter's name.
    static let maximumLength = 80
    /// At most this many tokens may come before the date on its line (`Redaksi`, a city).
    static let maximumLead = 2

    let context: RecognitionContext

    func recognize(_ candidates: [DateRecognizer.Found]) -> String? {
        let lines = context.lines
        for date in candidates {
            guard date.year != nil, lines.line[date.first] < Self.maximumLine else { continue }
            let line = lines.line[date.first]
            let first = lines.first[line], last = lines.last[line]
            let length = context.tokens[last].end - context.tokens[first].start
            guard length <= Self.maximumLength, date.first - first <= Self.maximumLead else { continue }
            return DateRecognizer.iso(date)
        }
        return nil
    }
}
