import Foundation

/// The text comparisons of `score.py`, reproduced exactly: NFKC + case folding, Python's `\w`,
/// `fold` (punctuation runs to one space) and `words` (the set of `\w+` runs).
public enum TextFold {
    /// `fold(s)`: NFKC, case-folded, every run of characters other than `\w`, `/` and `&` made one
    /// space, trimmed.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in caseFold(text).unicodeScalars {
            if isWord(scalar) || scalar == "/" || scalar == "&" {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// `words(s)`: the set of `\w+` runs of the NFKC, case-folded text.
    public static func words(_ text: String) -> Set<String> {
        var result = Set<String>()
        var current = String.UnicodeScalarView()
        for scalar in caseFold(text).unicodeScalars {
            if isWord(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                result.insert(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.insert(String(current)) }
        return result
    }

    /// `unit_head(u)`: the first word of the folded unit ("" for none).
    public static func unitHead(_ unit: String) -> String {
        let folded = fold(unit)
        return folded.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
    }

    /// Python's `unicodedata.normalize("NFKC", s).casefold()`.
    ///
    /// Foundation's case-insensitive folding is Unicode full case folding except for two ranges,
    /// corrected here: Cherokee folds to the capital letters, and the Cyrillic letter variants
    /// U+1C80…U+1C88 fold to their ordinary letters.
    public static func caseFold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        let folded = text.precomposedStringWithCompatibilityMapping.folding(options: .caseInsensitive, locale: nil)
        guard folded.unicodeScalars.contains(where: { (0x13F8...0x13FD).contains($0.value) || (0xAB70...0xABBF).contains($0.value) || (0x1C80...0x1C88).contains($0.value) }) else {
            return folded
        }
        var out = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            switch scalar.value {
            case 0xAB70...0xABBF: out.append(Unicode.Scalar(scalar.value - 0xAB70 + 0x13A0)!)
            case 0x13F8...0x13FD: out.append(Unicode.Scalar(scalar.value - 8)!)
            case 0x1C80...0x1C88: out.append(cyrillicVariants[Int(scalar.value - 0x1C80)])
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    private static let cyrillicVariants: [Unicode.Scalar] = ["\u{0432}", "\u{0434}", "\u{043E}", "\u{0441}", "\u{0442}", "\u{0442}", "\u{044A}", "\u{0463}", "\u{A64B}"]

    /// Python's `\w` for `str` patterns: a letter (Lu, Ll, Lt, Lm, Lo), any character with a
    /// numeric value, or `_`. Combining marks are not word characters.
    public static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return scalar.properties.numericType != nil
        }
    }
}
