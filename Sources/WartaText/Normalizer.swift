import WartaICU

/// Cleans raw release text into the form every record offset points into.
///
/// Strips a byte-order mark, composes to NFC, turns CRLF/CR into LF, turns no-break and other
/// Unicode spaces into plain spaces, drops zero-width characters, trims spaces at line ends and
/// keeps at most one blank line between paragraphs. Real releases are full of NBSP-only lines.
public enum Normalizer {
    public static func normalize(_ raw: String) -> String {
        let composed = Normalization.nfc(raw)
        // Built as UTF-8 bytes: appending to a String's scalars costs several times more.
        var output: [UInt8] = []
        output.reserveCapacity(composed.utf8.count)
        var pendingSpaces = 0
        var newlines = 0
        var atStart = true
        var previousWasCR = false
        for scalar in composed.unicodeScalars {
            if scalar == "\r" || scalar == "\n" {
                if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
                previousWasCR = scalar == "\r"
                pendingSpaces = 0
                if !atStart { newlines += 1 }
                continue
            }
            previousWasCR = false
            if isRemoved(scalar) { continue }
            if scalar == " " || scalar == "\t" || isSpace(scalar) {
                pendingSpaces += 1
                continue
            }
            if newlines > 0 {
                output.append(0x0A)
                if newlines > 1 { output.append(0x0A) }
                newlines = 0
                pendingSpaces = 0
            }
            if pendingSpaces > 0 && !atStart {
                output.append(contentsOf: repeatElement(0x20, count: pendingSpaces))
            }
            pendingSpaces = 0
            atStart = false
            if scalar.isASCII {
                output.append(UInt8(scalar.value))
            } else {
                output.append(contentsOf: String(scalar).utf8)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Zero-width characters and the byte-order mark carry no text.
    private static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: return true
        default: return false
        }
    }

    /// No-break, narrow, ideographic and typographic spaces.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x000B, 0x000C: return true
        default: return false
        }
    }
}
