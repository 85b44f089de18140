import WartaModel
import WartaText

/// Counts and amounts with what they count: `46 satuan pendidikan`, `129 orang calon guru
/// penggerak`, `32 PAUD/TK`, `6 (enam) bulan`, `empat kabupaten`, and money in rupiah
/// (`Rp1,5 miliar`, `Rp 15.000,00`, `Rp3,7 M`, `420 juta rupiah`).
///
/// Not figures: years (after an anchor word such as `pada` even before a listed noun), dates
/// and percentages (claimed before this runs), times (`pukul 09.00`,
/// `17:30`), ranks, class and regulation numbers (a blocker word before the number, from the
/// lexicon), numbers inside names (`Lokakarya 7 Panen Hasil`), reference numbers (`420/293`),
/// vague quantities (`puluhan`, never a number word) and numbers with nothing counted after them.
/// Examples: `Corpus/examples/figures.tsv`.
struct FigureRecognizer {
    /// Longest unit phrase taken when the counted noun is not in the lexicon.
    static let maximumOpenUnitWords = 3
    /// The smallest scale (a billion) that in these releases counts only money when nothing
    /// counted follows it.
    static let moneyOnlyScale = 1_000_000_000.0

    let context: RecognitionContext

    func recognize(claims: inout TokenClaims) -> [Figure] {
        let reader = NumberReader(context: context)
        var figures: [Figure] = []
        var index = 0
        while index < context.tokens.count {
            guard !claims.isClaimed(index), let figure = figure(at: index, reader, claims) else {
                index += 1
                continue
            }
            claims.claim(figure.first...figure.last)
            figures.append(Figure(value: figure.value, unit: figure.unit, text: context.text(from: figure.first, through: figure.last),
                                  span: context.span(from: figure.first, through: figure.last), sentence: context.tokens[figure.first].sentence))
            index = figure.last + 1
        }
        return figures
    }

    private func figure(at index: Int, _ reader: NumberReader, _ claims: TokenClaims) -> (value: Double, unit: String, first: Int, last: Int)? {
        // Money after a currency sign: `Rp1,5 miliar`, `Rp. 15.000,00`.
        if context.tokens[index].kind == .currency {
            guard let amount = reader.read(at: index + 1, moneyScales: true), !claims.anyClaimed(amount.first...amount.last) else { return nil }
            let last = isMoneyWord(amount.last + 1, reader) ? amount.last + 1 : amount.last
            return (amount.value, "rupiah", index, last)
        }
        // `senilai 1,2 M`, `sebesar 750 juta`: after a word of value, a scaled amount is money.
        if index > 0, reader.numericWord(at: index - 1)?.kind == "money-lead", let amount = reader.read(at: index, moneyScales: true),
           amount.last > amount.first, !amount.inWords, !claims.anyClaimed(amount.first...amount.last) {
            return (amount.value, "rupiah", index, isMoneyWord(amount.last + 1, reader) ? amount.last + 1 : amount.last)
        }
        if context.tokens[index].kind == .number, let amount = reader.read(at: index, moneyScales: true), amount.last > amount.first,
           !amount.inWords, !claims.anyClaimed(amount.first...amount.last) {
            // `5,2 miliar rupiah`, even after a word that blocks years (`Anggaran 5,2 miliar rupiah`):
            // an amount that names its currency.
            if isMoneyWord(amount.last + 1, reader), !claims.isClaimed(amount.last + 1) {
                return (amount.value, "rupiah", index, amount.last + 1)
            }
            // `dari 18,6 miliar tersebut`: billions that count nothing named are rupiah.
            if (context.lexicon.scale(context.words[amount.last]) ?? 0) >= Self.moneyOnlyScale, amount.last + 1 < context.tokens.count,
               listedUnit(at: amount.last + 1) == nil, !isAcronym(amount.last + 1),
               context.tokens[amount.last + 1].kind == .punctuation || context.lexicon.functionWords[context.folded[amount.last + 1]] != nil {
                return (amount.value, "rupiah", index, amount.last)
            }
        }
        guard let number = reader.read(at: index), !claims.anyClaimed(number.first...number.last), !isBlocked(number, reader),
              !isCapitalisedInWords(number) else { return nil }
        // `420 juta rupiah`
        if isMoneyWord(number.last + 1, reader) { return (number.value, "rupiah", index, number.last + 1) }
        guard let unit = unit(after: number) ?? rangeUnit(after: number, reader, claims) else { return nil }
        if number.looksLikeYear && !unit.listed { return nil }
        // `pada Oktober 2024 tim dinas …`: a year after its month.
        if number.looksLikeYear, number.first > 0, context.lexicon.month(context.words[number.first - 1]) != nil { return nil }
        // `Pada 2025 sekolah akan …`: after a year's anchor word, a year even before a listed noun.
        if number.first > 0, YearReferences.explicitYear(at: number.first, context) != nil,
           YearReferences.anchor(endingAt: number.first - 1, context) != nil { return nil }
        return (number.value, unit.text, index, unit.last)
    }

    /// `antara 450 hingga 500 peserta`, `dua sampai tiga kelas`: the first number of a range
    /// counts what the second does (each is a figure of its own). Only a connecting word: `6-2`
    /// is as often a score.
    private func rangeUnit(after number: NumberMention, _ reader: NumberReader, _ claims: TokenClaims) -> (text: String, last: Int, listed: Bool)? {
        guard let connector = reader.numericWord(at: number.last + 1), connector.kind == "range",
              context.words[number.last + 1].first?.isLetter == true,
              let second = reader.read(at: number.last + 1 + connector.length), second.inWords == number.inWords,
              !claims.anyClaimed(second.first...second.last), let unit = unit(after: second) else { return nil }
        return (unit.text, number.last, unit.listed)
    }

    /// `program Satu Guru Satu Alat Peraga`: a number word capitalised mid-sentence, off a
    /// headline, before a capitalised word names something; counts are written lower-case, or
    /// come before an acronym (`dan Enam SMA ada di Metro`).
    private func isCapitalisedInWords(_ number: NumberMention) -> Bool {
        guard number.inWords, context.shapes[number.first].contains(.capitalised), number.last + 1 < context.tokens.count,
              context.shapes[number.last + 1].contains(.capitalised), !context.shapes[number.last + 1].contains(.allCaps) else { return false }
        let sentence = context.document.sentences[context.tokens[number.first].sentence]
        guard sentence.tokens.lowerBound != number.first else { return false }
        let line = context.lines.line[number.first]
        return !context.isHeadline(context.lines.first[line]...context.lines.last[line])
    }

    private func isMoneyWord(_ index: Int, _ reader: NumberReader) -> Bool {
        reader.numericWord(at: index)?.kind == "money"
    }

    /// Context that makes a number something other than a count.
    private func isBlocked(_ number: NumberMention, _ reader: NumberReader) -> Bool {
        let before = number.first - 1, after = number.last + 1
        // `Dibaca: 1.318 kali`: a label's colon may stand between the blocker and the number.
        let labelled = context.word(before) == ":" ? before - 1 : before
        if let previous = context.word(labelled) {
            var key = previous.lowercased()
            if key.hasSuffix(".") { key.removeLast() }
            // `hari ke 3` is an ordinal, but `ke 150 sekolah` goes "to 150 schools"; `Lokakarya 7`
            // is a name, but `Lokakarya dua hari` lasts two days.
            if let kind = context.lexicon.numberBlockers[key],
               !((kind == "ordinal" || kind == "name" && number.inWords) && listedUnit(at: after) != nil) {
                return true
            }
            // `salah satu`: an idiom ("one of"), not a count.
            if number.inWords && key == "salah" { return true }
        }
        if !number.inWords {
            // Times and reference numbers: `17:30`, `420/293/101.7.1/2023`.
            for (separator, neighbour) in [(after, after + 1), (before, before - 1)] {
                guard let mark = context.word(separator), mark == ":" || mark == "/" else { continue }
                let touching = separator == after ? context.isAdjacent(number.last) : context.isAdjacent(before)
                if touching, neighbour >= 0, neighbour < context.tokens.count, context.tokens[neighbour].kind == .number { return true }
            }
            // `17:30 WIB`; `Rasio guru 1 banding 38`: a ratio's terms count nothing.
            let next = reader.numericWord(at: after)?.kind
            if next == "timezone" || next == "ratio" || before >= 0 && reader.numericWord(at: before)?.kind == "ratio" { return true }
        }
        return isInsideName(number) || numbersAcronym(number)
    }

    /// `MAN 1 Kota Bengkulu`, `SPMB 2025 Kota Kupang`: digits between an acronym and a capitalised
    /// word number a name, even when that word counts things elsewhere (`5 kota`).
    private func numbersAcronym(_ number: NumberMention) -> Bool {
        let before = number.first - 1, after = number.last + 1
        guard !number.inWords, before >= 0, after < context.tokens.count,
              context.tokens[before].sentence == context.tokens[after].sentence,
              context.tokens[before].kind == .word, context.shapes[before].contains(.allCaps),
              context.tokens[after].kind == .word, isCapitalised(after) else { return false }
        return !isAcronym(after)
    }

    /// `Lokakarya 7 Panen Hasil`, `SMP Negeri 1 Pajarakan`: a capitalised word on both sides,
    /// mid-sentence, and nothing countable after.
    private func isInsideName(_ number: NumberMention) -> Bool {
        let before = number.first - 1, after = number.last + 1
        guard before >= 0, after < context.tokens.count,
              context.tokens[before].sentence == context.tokens[number.first].sentence,
              context.tokens[before].kind == .word, context.tokens[after].kind == .word,
              isCapitalised(before), isCapitalised(after),
              context.lexicon.functionWords[context.folded[before]] == nil,
              context.tokens[number.first].sentence == context.tokens[before].sentence,
              context.document.sentences[context.tokens[before].sentence].tokens.lowerBound != before
        else { return false }
        return listedUnit(at: after) == nil && !isAcronym(after)
    }

    private func isCapitalised(_ index: Int) -> Bool {
        context.words[index].first?.isUppercase ?? false
    }

    /// What the number counts: a listed unit, an acronym (`SD`, `PAUD/TK`), or the noun phrase
    /// that follows. `listed` says whether it came from the lexicon or is an acronym.
    private func unit(after number: NumberMention) -> (text: String, last: Int, listed: Bool)? {
        let start = number.last + 1
        guard start < context.tokens.count, context.tokens[start].sentence == context.tokens[number.last].sentence else { return nil }
        if let listed = listedUnit(at: start) {
            // `167 desa/kelurahan`: listed units joined by a slash are one unit.
            var last = start + listed - 1
            while context.word(last + 1) == "/", context.isAdjacent(last), context.isAdjacent(last + 1), let next = listedUnit(at: last + 2) {
                last += 1 + next
            }
            return (context.text(from: start, through: last).lowercased(), last, true)
        }
        if isAcronym(start) {
            var last = start
            while context.word(last + 1) == "/", context.isAdjacent(last), context.isAdjacent(last + 1), isAcronym(last + 2) { last += 2 }
            return (context.text(from: start, through: last).lowercased(), last, true)
        }
        guard !number.inWords, !isCutOff(start) else { return nil }
        var last = start - 1
        // The noun stays in the number's sentence and line (`dibaca 312 kali` then a dateline).
        let line = context.lines.line[start]
        while last + 1 < context.tokens.count, last + 1 - start < Self.maximumOpenUnitWords, context.lines.line[last + 1] == line,
              context.tokens[last + 1].sentence == context.tokens[start].sentence, isOpenUnitWord(last + 1, first: last + 1 == start) {
            last += 1
        }
        guard last >= start else { return nil }
        return (context.text(from: start, through: last).lowercased(), last, false)
    }

    /// The last word of a text that stops mid-word (`… kepada 423 k`): no head noun is left.
    private func isCutOff(_ index: Int) -> Bool {
        index == context.tokens.count - 1 && context.words[index].count < 3
    }

    private func listedUnit(at index: Int) -> Int? {
        context.lexicon.units.longestMatch(at: index, in: context.folded)?.length
    }

    /// `SD`, `SMP`, `PKBM`, or a listed acronym such as `Kombel`.
    private func isAcronym(_ index: Int) -> Bool {
        guard index < context.tokens.count, context.tokens[index].kind == .word else { return false }
        let word = context.words[index]
        if context.lexicon.acronyms[String(word)] != nil { return true }
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// A word that can be (part of) an unlisted counted noun.
    private func isOpenUnitWord(_ index: Int, first: Bool) -> Bool {
        guard context.tokens[index].kind == .word else { return false }
        let word = context.words[index]
        let lower = word.lowercased()
        if context.lexicon.functionWords[lower] != nil || context.lexicon.month(word) != nil || context.lexicon.weekday(word) != nil
            || context.lexicon.isHijriMonth(word) {
            return false
        }
        if context.lexicon.numberWords[lower] != nil || NumberReader(context: context).numericWord(at: index) != nil { return false }
        // `1,2 miliar disalurkan`: a verb form ends the noun phrase.
        if context.isAffixedVerb(index) { return false }
        // A later word continues the phrase only in the same case style (`lulusan SD` yes, `sekolah Lampung` no).
        if !first, isCapitalised(index), !isAcronym(index) { return false }
        return true
    }
}
