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
        let lines = lineOfEachToken()
        for date in candidates {
            guard date.year != nil, lines.line[date.first] < Self.maximumLine else { continue }
            let line = lines.line[date.first]
            let first = lines.firstToken[line], last = lines.lastToken[line]
            let length = context.tokens[last].end - context.tokens[first].start
            guard length <= Self.maximumLength, date.first - first <= Self.maximumLead else { continue }
            return DateRecognizer.iso(date)
        }
        return nil
    }

    /// The line number of each token, and each line's first and last token.
    private func lineOfEachToken() -> (line: [Int], firstToken: [Int], lastToken: [Int]) {
        var line: [Int] = [], firstToken: [Int] = [], lastToken: [Int] = []
        let utf8 = context.document.utf8
        for (index, token) in context.tokens.enumerated() {
            if index == 0 || utf8[context.tokens[index - 1].utf8End..<token.utf8Start].contains(0x0A) {
                firstToken.append(index)
                lastToken.append(index)
            }
            line.append(firstToken.count - 1)
            lastToken[lastToken.count - 1] = index
        }
        return (line, firstToken, lastToken)
    }
}
