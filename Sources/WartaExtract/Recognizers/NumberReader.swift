import WartaText

/// A number as written at some tokens: digits the Indonesian way (`2.754`, `31,18`, `150-an`),
/// words (`tiga puluh dua`), or both with a scale (`1,5 juta`, `11 ribu`).
struct NumberMention: Sendable, Equatable {
    var value: Double
    /// First and last token of the number, including a repetition in words (`6 (enam)`).
    var first: Int
    var last: Int
    /// Written in words rather than digits.
    var inWords: Bool
    /// The numeral is a plain integer of four digits (a possible year).
    var looksLikeYear: Bool
}

/// Reads numbers for every numeric recognizer, so they all agree on what a number is.
struct NumberReader {
    let context: RecognitionContext

    /// The value of one numeral token: a dot before exactly three digits groups thousands, a
    /// comma marks decimals (`1.234.567,89`); `150-an` is 150. Nil for `101.7.1` or `09.00`.
    static func value(ofNumeral text: Substring) -> Double? {
        var bytes = Array(text.utf8)
        if bytes.count > 3, bytes[bytes.count - 3] == UInt8(ascii: "-"), bytes[bytes.count - 2] | 0x20 == UInt8(ascii: "a"),
           bytes[bytes.count - 1] | 0x20 == UInt8(ascii: "n") {
            bytes.removeLast(3)
        }
        // Groups of digits split by dots (the first of any length, the others of three), then at
        // most one comma and the decimals: read byte by byte, the number rebuilt for `Double`.
        var number: [UInt8] = []
        var group = 0, groups = 1
        var decimals: Int?
        func groupCloses() -> Bool { group > 0 && (groups == 1 || group == 3) }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                number.append(byte)
                if let count = decimals { decimals = count + 1 } else { group += 1 }
            case UInt8(ascii: "."):
                guard decimals == nil, groupCloses() else { return nil }
                groups += 1
                group = 0
            case UInt8(ascii: ","):
                guard decimals == nil, groupCloses() else { return nil }
                decimals = 0
                number.append(UInt8(ascii: "."))
            default:
                return nil
            }
        }
        if let decimals {
            guard decimals > 0 else { return nil }
        } else {
            guard groupCloses() else { return nil }
        }
        return Double(String(decoding: number, as: UTF8.self))
    }

    /// The number starting at token `index`, if any. `moneyScales` also accepts money
    /// abbreviations after the digits (`Rp3,7 M`), which elsewhere would be too ambiguous.
    func read(at index: Int, moneyScales: Bool = false) -> NumberMention? {
        guard index < context.tokens.count else { return nil }
        let lexicon = context.lexicon
        var mention: NumberMention
        if context.tokens[index].kind == .number, let value = Self.value(ofNumeral: context.words[index]) {
            let text = context.words[index]
            mention = NumberMention(value: value, first: index, last: index, inWords: false,
                                    looksLikeYear: text.count == 4 && text.allSatisfy(\.isASCIIDigit))
            // `1,5 juta`, `11 ribu`, `Rp3,7 M`
            if let next = context.word(index + 1), let folded = context.lower(index + 1) {
                let scale = moneyScales ? lexicon.scale(next) : lexicon.numberWords[folded].flatMap { $0.kind == .scale ? $0.value : nil }
                if let scale {
                    // Whole units of the scale: `4,1 M` is 4100000000, not 4099999999.9999995.
                    mention.value = (mention.value * scale).rounded()
                    mention.last = index + 1
                    mention.looksLikeYear = false
                }
            }
        } else {
            // Most words are no number word: one lookup says so before the words are gathered.
            guard context.tokens[index].kind == .word, lexicon.numberWords[context.folded[index]] != nil else { return nil }
            let words = context.words[index..<min(index + 8, context.words.count)]
            guard let (value, length) = lexicon.numberFromWords(Array(words)) else { return nil }
            mention = NumberMention(value: value, first: index, last: index + length - 1, inWords: true, looksLikeYear: false)
        }
        // `6 (enam) bulan`: the repetition in words is part of the same mention.
        if context.word(mention.last + 1) == "(", let inner = repetition(after: mention.last + 1), inner.value == mention.value,
           context.word(inner.last + 1) == ")" {
            mention.last = inner.last + 1
        }
        return mention
    }

    private func repetition(after parenthesis: Int) -> NumberMention? {
        let words = context.words[(parenthesis + 1)..<min(parenthesis + 9, context.words.count)]
        guard let (value, length) = context.lexicon.numberFromWords(Array(words)) else { return nil }
        return NumberMention(value: value, first: parenthesis + 1, last: parenthesis + length, inWords: true, looksLikeYear: false)
    }

    /// The kind of a numeric word (`persen` → percent, `hingga` → range, `WIB` → timezone) starting
    /// at `index`, with its length in tokens.
    func numericWord(at index: Int) -> (kind: String, length: Int)? {
        guard let match = context.lexicon.numericWords.longestMatch(at: index, in: context.folded) else { return nil }
        return (match.value, match.length)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
