/// The years a text talks about, sentence by sentence: explicit (`tahun 2022`, `pada 2023`,
/// `TA 2024`, `APBD 2019`, `2022/2023` → 2022) and relative (`tahun ini`, `tahun depan`,
/// `tahun lalu` from the publication year; `tahun berikutnya` from the last year mentioned).
/// Regulation numbers (`Nomor 1 Tahun 2021`) and the years inside full dates are not years
/// talked about.
struct YearReferences {
    struct Reference: Equatable {
        var year: Int
        /// Tokens naming the year, anchor word included.
        var first: Int
        var last: Int
    }

    /// References per sentence, in text order.
    let bySentence: [[Reference]]
    /// The year the text is written in: publication year, else the first full date's year, else
    /// the first year it names.
    let now: Int?
    /// The year of each date, by the date's first token: an event's date (`akan dimulai 5 Juni
    /// 2023`) dates the event, though the years inside dates are not years talked about.
    let dateYears: [Int: Int]

    init(context: RecognitionContext, published: String?, dates: [DateRecognizer.Found], dateTokens: TokenClaims, firstDateYear: Int?) {
        dateYears = Dictionary(dates.compactMap { date in date.year.map { (date.first, $0) } }, uniquingKeysWith: { first, _ in first })
        let publicationYear = published.flatMap { Int($0.prefix(4)) }
        let now = publicationYear ?? firstDateYear
        var bySentence = Array(repeating: [Reference](), count: context.document.sentences.count)
        var lastYear = now
        var firstNamed: Int?  // the first year the text names
        var index = 0
        let tokens = context.tokens
        while index < tokens.count {
            let sentence = tokens[index].sentence
            if let year = Self.explicitYear(at: index, context), !dateTokens.isClaimed(index) {
                var first = index
                if index > 0, let anchor = Self.anchor(endingAt: index - 1, context) { first = anchor }
                bySentence[sentence].append(Reference(year: year, first: first, last: index))
                lastYear = year
                firstNamed = firstNamed ?? year
                index += 1
                continue
            }
            if let match = context.lexicon.yearExpressions.longestMatch(at: index, in: context.folded), match.value.kind != .anchor {
                let last = index + match.length - 1
                // `Di tahun berikutnya, 2023,`: the explicit year that follows wins.
                let explicitFollows = (last + 1...last + 2).contains { Self.explicitYear(at: $0, context) != nil }
                // Without a publication date or a full date, "this year" is the first year the
                // text names, as `now` says.
                let base = match.value.kind == .publication ? now ?? firstNamed ?? lastYear : lastYear
                if !explicitFollows, let base {
                    let year = base + match.value.offset
                    bySentence[sentence].append(Reference(year: year, first: index, last: last))
                    lastYear = year
                    firstNamed = firstNamed ?? year
                }
                index = last + 1
                continue
            }
            index += 1
        }
        self.bySentence = bySentence
        self.now = now ?? firstNamed
    }

    /// A four-digit year 1900...2100 at `index` that is not a regulation's year nor the second
    /// half of a school year (`2022/2023`).
    static func explicitYear(at index: Int, _ context: RecognitionContext) -> Int? {
        guard index >= 0, index < context.tokens.count, context.tokens[index].kind == .number else { return nil }
        let text = context.words[index]
        guard text.count == 4, let year = Int(text), (1900...2100).contains(year) else { return nil }
        if context.word(index - 1) == "/", context.isAdjacent(index - 1), explicitYear(at: index - 2, context) != nil { return nil }
        // `Nomor 1 Tahun 2021`
        if context.lower(index - 1) == "tahun", index >= 3, context.tokens[index - 2].kind == .number,
           let before = context.lower(index - 3), before.hasPrefix("no") {
            return nil
        }
        return year
    }

    /// The first token of an anchor phrase (`tahun`, `tahun ajaran baru`) ending at `index`.
    static func anchor(endingAt index: Int, _ context: RecognitionContext) -> Int? {
        for length in (1...3).reversed() where index - length + 1 >= 0 {
            let start = index - length + 1
            if let match = context.lexicon.yearExpressions.longestMatch(at: start, in: context.folded),
               match.value.kind == .anchor, match.length == length {
                return start
            }
        }
        // `tahun ajaran baru 2022/2023`
        if context.lower(index) == "baru", index >= 1, let inner = anchor(endingAt: index - 1, context) { return inner }
        return nil
    }
}
