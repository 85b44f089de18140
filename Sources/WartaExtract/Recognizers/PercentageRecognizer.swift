import WartaModel

/// Percentages: `31,18 persen`, `77%`, `tujuh puluh persen`, `per seratus`, and ranges
/// (`36 persen hingga 40 persen`, `36-40%`, `antara 36 sampai 40 persen`) as min/max.
/// `about` is what the percentage is of when the sentence says so plainly (`… persen dari X`).
/// Examples: `Corpus/examples/percentages.tsv`.
struct PercentageRecognizer {
    let context: RecognitionContext

    func recognize(claims: inout TokenClaims) -> [Percentage] {
        let reader = NumberReader(context: context)
        var found: [Percentage] = []
        var index = 0
        while index < context.tokens.count {
            guard !claims.isClaimed(index), let first = reader.read(at: index), !claims.anyClaimed(first.first...first.last) else {
                index += 1
                continue
            }
            let afterFirst = first.last + 1
            var value: Double? = first.value, low: Double?, high: Double?
            var last: Int
            if let percent = percentWord(at: afterFirst, reader) {
                last = afterFirst + percent - 1
                // `36 persen hingga 40 persen`
                if let connector = connector(at: last + 1, reader), let second = reader.read(at: last + 1 + connector),
                   let secondPercent = percentWord(at: second.last + 1, reader) {
                    (value, low, high) = (nil, first.value, second.value)
                    last = second.last + secondPercent
                }
            } else if let connector = connector(at: afterFirst, reader), let second = reader.read(at: afterFirst + connector),
                      let percent = percentWord(at: second.last + 1, reader), first.value <= second.value {
                // `36-40%`, `36 sampai 40 persen`
                (value, low, high) = (nil, first.value, second.value)
                last = second.last + percent
            } else {
                index += 1
                continue
            }
            claims.claim(index...last)
            found.append(Percentage(value: value, min: low, max: high, text: context.text(from: index, through: last),
                                    span: context.span(from: index, through: last), sentence: context.tokens[index].sentence,
                                    about: about(after: last)))
            index = last + 1
        }
        return found
    }

    private func percentWord(at index: Int, _ reader: NumberReader) -> Int? {
        guard let match = reader.numericWord(at: index), match.kind == "percent" else { return nil }
        return match.length
    }

    private func connector(at index: Int, _ reader: NumberReader) -> Int? {
        if let match = reader.numericWord(at: index), match.kind == "range" { return match.length }
        // `antara 36 dan 40 persen`
        if context.lower(index) == "dan", context.lower(index - 2) == "antara" { return 1 }
        return nil
    }

    /// `… persen dari <what>`: the words after `dari` up to the next punctuation, at most eight.
    private func about(after last: Int) -> String? {
        guard context.lower(last + 1) == "dari" else { return nil }
        var end = last + 1
        while end + 1 < context.tokens.count, end - last < 9, context.tokens[end + 1].kind == .word || context.tokens[end + 1].kind == .abbreviation,
              context.tokens[end + 1].sentence == context.tokens[last].sentence {
            end += 1
        }
        return end > last + 1 ? context.text(from: last + 2, through: end) : nil
    }
}
