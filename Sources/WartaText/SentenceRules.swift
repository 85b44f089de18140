import WartaLexicon

/// Indonesian corrections to ICU's sentence breaks. ICU breaks after `Drs.` and `H.` and its C API
/// offers no Indonesian suppressions, so a break right after a listed abbreviation is dropped; a
/// line break always ends a sentence, so titles and datelines stand alone.
struct SentenceRules {
    let utf8: [UInt8]
    let abbreviations: AbbreviationTable

    /// Numbers every token's sentence (they come numbered 0) and returns the sentences.
    func assign(_ tokens: inout [Token], icuBoundaries: [Int32]) -> [Sentence] {
        guard !tokens.isEmpty else { return [] }
        var sentences: [Sentence] = []
        sentences.reserveCapacity(icuBoundaries.count + 1)
        var first = 0
        // Walks ICU's few boundaries rather than every token: a boundary falls before the first token
        // that starts at or after it, and breaks there if it is not inside the token before.
        var next = 1
        for boundary in icuBoundaries {
            let boundary = Int(boundary)
            while next < tokens.count, tokens[next].utf8Start < boundary { next += 1 }
            guard next < tokens.count else { break }
            let previous = tokens[next - 1], token = tokens[next]
            guard next > first, boundary >= previous.utf8End else { continue }
            if utf8[previous.utf8End..<token.utf8Start].contains(0x0A) || !continues(after: previous, before: token) && !followsMiddleInitial(next, tokens) {
                sentences.append(Sentence(start: tokens[first].start, end: previous.end, tokens: first..<next))
                first = next
            }
        }
        sentences.append(Sentence(start: tokens[first].start, end: tokens[tokens.count - 1].end, tokens: first..<tokens.count))
        for (number, sentence) in sentences.enumerated().dropFirst() {
            for index in sentence.tokens { tokens[index].sentence = number }
        }
        return sentences
    }

    /// `Johny F. Lumintang`: a capital letter and its dot between two capitalised words is a
    /// middle initial, not a sentence's end.
    private func followsMiddleInitial(_ next: Int, _ tokens: [Token]) -> Bool {
        guard next >= 3 else { return false }
        let dot = tokens[next - 1], initial = tokens[next - 2], before = tokens[next - 3]
        guard dot.utf8End - dot.utf8Start == 1, utf8[dot.utf8Start] == UInt8(ascii: "."), initial.utf8End == dot.utf8Start,
              initial.utf8End - initial.utf8Start == 1, isUpper(utf8[initial.utf8Start]),
              before.kind == .word, isUpper(utf8[before.utf8Start]), before.utf8End < initial.utf8Start,
              tokens[next].kind == .word, isUpper(utf8[tokens[next].utf8Start]) else { return false }
        return true
    }

    private func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }

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
