import WartaICU

/// Turns a file's bytes into text, deciding the encoding: a forced one, a byte-order mark,
/// UTF-8, a web page's own declaration, or ICU's detector for legacy single-byte files.
enum TextDecoder {
    /// Text and the name of the encoding it was decoded from.
    struct Decoded {
        var text: String
        var encoding: String
    }

    /// Decodes `bytes`. `html` says whether the file may be a web page whose `<meta charset>` counts:
    /// true or false when the caller knows the format, nil to look at the bytes.
    static func decode(_ bytes: [UInt8], forced: String?, html: Bool?) throws(InputError) -> Decoded {
        if let forced {
            var decoded = try convert(bytes, from: canonicalName(forced), because: "--encoding \(forced)")
            if decoded.text.unicodeScalars.first == "\u{FEFF}" { decoded.text.unicodeScalars.removeFirst() }
            return decoded
        }
        if let (encoding, markLength) = byteOrderMark(bytes) {
            return try convert(Array(bytes[markLength...]), from: encoding, because: "its byte-order mark says so")
        }
        if let encoding = utf16WithoutMark(bytes) {
            return try convert(bytes, from: encoding, because: "no byte-order mark, but every other byte is zero")
        }
        if bytes.contains(0) { throw .binary("contains NUL bytes") }

        if let text = String(validating: bytes, as: UTF8.self) { return Decoded(text: text, encoding: "UTF-8") }
        let scan = UTF8Scan(bytes)
        if scan.invalid == 0 {  // valid but for a character cut off at the end
            return Decoded(text: String(decoding: bytes[..<(bytes.count - scan.truncatedTail)], as: UTF8.self), encoding: "UTF-8")
        }
        if scan.isMostlyUTF8 { return Decoded(text: repairedUTF8(bytes), encoding: "UTF-8") }
        return try decodeLegacy(bytes, scan: scan, html: html ?? (InputFormat.sniff(asciiView(bytes.prefix(4096))[...]) == .html))
    }

    // MARK: - Forced and marked encodings

    /// The encoding named by a byte-order mark, and the mark's length.
    private static func byteOrderMark(_ bytes: [UInt8]) -> (String, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return ("UTF-32LE", 4) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return ("UTF-32BE", 4) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }

    /// UTF-16 text of mostly Latin script without a byte-order mark: every other byte is zero.
    private static func utf16WithoutMark(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(4096)
        let pairs = sample.count / 2
        guard pairs >= 2 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
        }
        if zeroOdd * 10 >= pairs * 6, zeroEven * 20 <= pairs { return "UTF-16LE" }
        if zeroEven * 10 >= pairs * 6, zeroOdd * 20 <= pairs { return "UTF-16BE" }
        return nil
    }

    /// `bytes` in `encoding` (UTF-8 checked here, anything else through ICU); `reason` says why
    /// that encoding, for the error when the bytes do not decode in it.
    private static func convert(_ bytes: [UInt8], from encoding: String, because reason: String) throws(InputError) -> Decoded {
        if encoding == "UTF-8" {
            let scan = UTF8Scan(bytes)
            if let offset = scan.firstInvalid { throw InputError("not valid UTF-8 at byte \(offset) (\(reason))") }
            return Decoded(text: String(decoding: bytes[..<(bytes.count - scan.truncatedTail)], as: UTF8.self), encoding: encoding)
        }
        let utf8: [UInt8]
        do {
            utf8 = try Charset.convertToUTF8(bytes, from: encoding)
        } catch {
            if error.name == "U_FILE_ACCESS_ERROR" { throw InputError("unknown encoding '\(encoding)' (\(reason))") }
            throw InputError("does not decode as \(encoding): \(error.name) (\(reason))")
        }
        let text = String(decoding: utf8, as: UTF8.self)
        if text.unicodeScalars.contains("\u{0}") { throw .binary("contains NUL characters") }
        return Decoded(text: text, encoding: encoding)
    }

    // MARK: - Legacy encodings

    /// Bytes that are not UTF-8: a web page's declared charset when the bytes agree with it, else
    /// ICU's guess or windows-1252, whichever gives plausible text. ICU is asked before
    /// windows-1252 is tried, though it costs about a millisecond a page: Cyrillic or Greek bytes
    /// read as windows-1252 give Latin letters, plausible text that is wrong.
    private static func decodeLegacy(_ bytes: [UInt8], scan: UTF8Scan, html: Bool) throws(InputError) -> Decoded {
        if html, let declared = declaredCharset(bytes) {
            let name = canonicalName(declared)
            if !name.hasPrefix("UTF-"), let decoded = plausible(bytes, name) { return decoded }
        }
        let guess = Charset.detect(detectionSample(bytes), markup: html)
        if let guess, guess.confidence >= 50, !guess.name.hasPrefix("UTF-"), let decoded = plausible(bytes, guess.name) {
            return decoded
        }
        let lowGuess = guess.flatMap { $0.confidence >= 10 && !$0.name.hasPrefix("UTF-") ? $0.name : nil }
        // Words spelt wholly in non-ASCII bytes are not Latin script, whose words carry an accented
        // letter or two: a phrase of Arabic or Greek in a mostly Indonesian text.
        if let lowGuess, wordsOfNonASCII(bytes), let decoded = plausible(bytes, lowGuess) { return decoded }
        let asciiBytes = bytes.count { $0 < 0x80 }
        if asciiBytes * 10 >= bytes.count * 6, let decoded = plausible(bytes, "windows-1252") { return decoded }
        if let lowGuess, let decoded = plausible(bytes, lowGuess) { return decoded }
        let detail = guess.map { "; ICU's best guess, \($0.name) at \($0.confidence)% confidence, does not fit either" } ?? ""
        throw InputError(
            "not valid UTF-8 (bad byte at offset \(scan.firstInvalid ?? 0)) and not plausible as windows-1252 text\(detail); "
                + "pass --encoding if you know the encoding")
    }

    /// What ICU's detector is shown: the stretches around non-ASCII bytes, where single-byte
    /// encodings differ, with some ASCII on each side for the language's letter sequences; at
    /// most 4 kB. Pure ASCII stretches read alike in every candidate, and the detector runs some
    /// thirty n-gram recognizers over every byte it is given.
    static func detectionSample(_ bytes: [UInt8]) -> [UInt8] {
        let context = 48, limit = 4096
        var sample: [UInt8] = []
        var covered = 0  // where the last stretch ended
        var index = 0
        while index < bytes.count, sample.count < limit {
            guard bytes[index] >= 0x80 else {
                index += 1
                continue
            }
            // A stretch runs on while the next non-ASCII byte is within `context`.
            var lastHigh = index, end = index + 1
            while end < bytes.count, end - lastHigh <= context {
                if bytes[end] >= 0x80 { lastHigh = end }
                end += 1
            }
            let start = max(covered, index - context)
            end = min(end, start + limit - sample.count)
            if start > covered, !sample.isEmpty { sample.append(0x0A) }
            sample += bytes[start..<end]
            covered = end
            index = end
        }
        return sample
    }

    /// Whether most non-ASCII bytes come in runs of three or more, as letters of a script other
    /// than Latin do.
    private static func wordsOfNonASCII(_ bytes: [UInt8]) -> Bool {
        var inRuns = 0, total = 0, run = 0
        for byte in bytes {
            if byte >= 0x80 {
                run += 1
                total += 1
            } else {
                if run >= 3 { inRuns += run }
                run = 0
            }
        }
        if run >= 3 { inRuns += run }
        return total > 0 && inRuns * 2 >= total
    }

    /// `bytes` decoded as `encoding` when that gives text without stray control characters. C1
    /// controls (U+0080–U+009F) never occur in text: where one appears, a Latin-1-like guess has
    /// read windows-1252 quotes and dashes — except in windows-1252 itself, whose five unassigned
    /// bytes are tolerated like other strays.
    private static func plausible(_ bytes: [UInt8], _ encoding: String) -> Decoded? {
        guard let utf8 = try? Charset.convertToUTF8(bytes, from: encoding) else { return nil }
        let text = String(decoding: utf8, as: UTF8.self)
        var total = 0, odd = 0, c1 = 0
        for scalar in text.unicodeScalars {
            total += 1
            switch scalar.value {
            case 0x09, 0x0A, 0x0C, 0x0D: break
            case 0x80...0x9F: c1 += 1
            case 0x00...0x1F, 0x7F, 0xFFFD, 0xE000...0xF8FF: odd += 1
            default: break
            }
        }
        if c1 > 0, encoding != "windows-1252" { return nil }
        return (odd + c1) * 200 <= total ? Decoded(text: text, encoding: encoding) : nil
    }

    /// Mostly-UTF-8 bytes with a few stray legacy bytes: each stray byte is read as windows-1252.
    private static func repairedUTF8(_ bytes: [UInt8]) -> String {
        var text = ""
        var runStart = 0
        UTF8Scan.forEachInvalid(bytes) { offset in
            text += String(decoding: bytes[runStart..<offset], as: UTF8.self)
            let single = (try? Charset.convertToUTF8([bytes[offset]], from: "windows-1252")) ?? []
            text += String(decoding: single, as: UTF8.self)
            runStart = offset + 1
        }
        text += String(decoding: bytes[runStart...], as: UTF8.self)
        return text
    }

    // MARK: - Names and declarations

    /// The name to decode a declared or requested encoding with: as browsers do, Latin-1 and
    /// ASCII declarations mean windows-1252; UTF-8 spellings become `UTF-8`.
    static func canonicalName(_ name: String) -> String {
        let key = name.trimmed(of: " \t\"'").lowercased()
        switch key {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252",
            "windows-1252", "x-cp1252", "cp819", "ibm819":
            return "windows-1252"
        case "utf-16le": return "UTF-16LE"
        case "utf-16be": return "UTF-16BE"
        case "utf-16": return "UTF-16"
        default: return name.trimmed(of: " \t\"'")
        }
    }

    /// The charset a web page declares in its first 16 kB: `<meta charset>`, an http-equiv
    /// content type, or an XML declaration's encoding.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = asciiView(bytes.prefix(16384)).lowercased()
        var rest = head[...]
        if head.hasPrefix("<?xml"), let end = head.range(of: "?>"), let value = attributeValue("encoding", in: head[..<end.lowerBound]) {
            return value
        }
        while let open = rest.range(of: "<meta") {
            rest = rest[open.upperBound...]
            let tag = rest.prefix { $0 != ">" }
            if let value = attributeValue("charset", in: tag) { return value }
        }
        return nil
    }

    /// The value after `name` and `=` in `text` (quoted or not), e.g. `utf-8` in `charset="utf-8"`.
    private static func attributeValue(_ name: String, in text: Substring) -> String? {
        var rest = text
        while let found = rest.range(of: name) {
            rest = rest[found.upperBound...]
            let afterName = rest.drop { $0 == " " }
            guard afterName.first == "=" else { continue }
            let value = afterName.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
                .prefix { !" \"';>/\t\n\r".contains($0) }
            if !value.isEmpty { return String(value) }
        }
        return nil
    }

    /// Bytes as text for looking at ASCII markup only: every non-ASCII byte becomes `?`.
    private static func asciiView(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map { $0 < 0x80 ? $0 : UInt8(ascii: "?") }, as: UTF8.self)
    }
}

private extension String {
    func trimmed(of set: String) -> String {
        let scalars = Substring(self).drop { set.contains($0) }
        var end = scalars.endIndex
        while end > scalars.startIndex, set.contains(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[..<end])
    }
}
