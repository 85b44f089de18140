import WartaLexicon

/// Indonesian corrections to ICU's sentence breaks. ICU breaks after `Drs.` and `H.` and its C API
/// offers no Indonesian suppressions, so a break right after a listed abbreviation is dropped; a
/// line break always ends a sentence, so titles and datelines stand alone.
struct SentenceRules {
    let utf8: [UInt8]
    let abbreviations: AbbreviationTable

    /// Numbers every token's sentence and returns the sentences.
    func assign(_ tokens: inout [Token], icuBoundaries: [Int32]) -> [Sentence] {
        guard !tokens.isEmpty else { return [] }
        var sentences: [Sentence] = []
        var boundaryIndex = 0
        var first = 0
        for index in tokens.indices.dropFirst() {
            let previous = tokens[index - 1], token = tokens[index]
            var crossed = false
            while boundaryIndex < icuBoundaries.count, Int(icuBoundaries[boundaryIndex]) <= token.utf8Start {
                if Int(icuBoundaries[boundaryIndex]) >= previous.utf8End { crossed = true }
                boundaryIndex += 1
            }
            if crossed, utf8[previous.utf8End..<token.utf8Start].contains(0x0A) || !continues(after: previous, before: token) {
                sentences.append(Sentence(start: tokens[first].start, end: previous.end, tokens: first..<index))
                first = index
            }
            tokens[index].sentence = sentences.count
        }
        sentences.append(Sentence(start: tokens[first].start, end: tokens[tokens.count - 1].end, tokens: first..<tokens.count))
        return sentences
    }

    /// Whether the sentence goes on after `previous` although ICU broke there.
    private func continues(after previous: Token, before next: Token) -> Bool {
        guard previous.kind == .abbreviation || previous.kind == .currency else { return false }
        switch abbreviations.kind(utf8[previous.utf8Start..<previous.utf8End]) {
        case .honorific?, .other(endsSentence: false)?:
            return true
        case .degree?:
            // `…, M.Pd. mengatakan` goes on; `… kata Sujarno, M.Pd. Selanjutnya …` does not.
            let nextText = String(decoding: utf8[next.utf8Start..<next.utf8End], as: UTF8.self)
            return next.kind == .punctuation || nextText.first.map { $0.isLowercase } ?? false
        case .other(endsSentence: true)?, nil:
            return previous.kind == .currency
        }
    }
}
