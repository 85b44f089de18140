import WartaICU
import WartaLexicon

/// Indonesian corrections to ICU's word segments. ICU alone splits `anak-anak`, `Drs.` and URLs,
/// glues `Rp1,5` and `Dr.Toto`; these rules put them right, reading abbreviations from the lexicon.
///
/// Segments are read straight from ICU's boundaries: segment `i` ends at `ends[i]` and starts where
/// segment `i - 1` ends. Segments of spaces and line breaks make no token; the rules look ahead at
/// adjacent segments only, and a blank one never passes their tests (it is no dot, hyphen, `@` nor
/// word), so they need not be filtered out first.
struct TokenRules {
    /// Lexicon data in the shapes the rules read it: built once per `Segmenter`, not per text (a
    /// class, so the rules hold one reference rather than copying its arrays about).
    final class Tables: Sendable {
        /// Currency prefixes split from a glued amount (`Rp1,5`, `IDR2`), compared lower-cased.
        let currencyPrefixes: [[UInt8]]
        /// Whether a byte starts one of those prefixes, lower-cased by `| 0x20`: most words need no closer look.
        let startsCurrency: [Bool]
        let abbreviations: AbbreviationTable

        init(lexicon: Lexicon) {
            currencyPrefixes = lexicon.currencyPrefixes.map { Array($0.utf8) }
            let firstBytes = Set(currencyPrefixes.compactMap(\.first))
            startsCurrency = (0...255).map { firstBytes.contains(UInt8($0) | 0x20) }
            abbreviations = AbbreviationTable(lexicon: lexicon)
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let tables: Tables
    private let ends: [Int32]
    private let statuses: [Int32]
    private var tokens: [Token] = []
    /// The end of the last token and its scalar offset: tokens come in text order. Two fields, not a
    /// tuple: one stored as two words and reloaded as one cannot be forwarded from the stores.
    private var cursorByte = 0
    private var cursorScalar = 0

    init(bytes: UnsafeBufferPointer<UInt8>, tables: Tables, boundaries: Boundaries) {
        self.bytes = bytes
        self.tables = tables
        ends = boundaries.offsets
        statuses = boundaries.statuses
    }

    mutating func run() -> [Token] {
        // Every segment but a split one makes at most one token.
        tokens.reserveCapacity(ends.count)
        var index = 0
        while index < ends.count {
            let segmentStart = start(of: index), end = Int(ends[index])
            if isBlank(segmentStart, end) {
                index += 1
                continue
            }
            // A URL, e-mail address or handle may have ended inside this segment: the rest is looked at on its own.
            let start = max(segmentStart, cursorByte)
            if isWordLike(index), isPlainWord(index, start: start) {
                emit(isNumber(index) ? .number : .word, start, end)
                index += 1
            } else {
                index = step(index, start: start)
            }
        }
        return tokens
    }

    // The helpers below run once or twice per segment: always inlined, as a call costs more than they do.
    @inline(__always) private func start(of index: Int) -> Int { index == 0 ? 0 : Int(ends[index - 1]) }

    @inline(__always) private func isBlank(_ start: Int, _ end: Int) -> Bool {
        for index in start..<end where bytes[index] != 0x20 && bytes[index] != 0x0A { return false }
        return true
    }

    /// Word-break rule statuses of ICU's `UWordBreak` ranges: spaces and punctuation have none.
    @inline(__always) private func isWordLike(_ index: Int) -> Bool { statuses[index] >= BreakIterator.WordStatus.noneLimit }

    @inline(__always) private func isNumber(_ index: Int) -> Bool {
        statuses[index] >= BreakIterator.WordStatus.noneLimit && statuses[index] < BreakIterator.WordStatus.numberLimit
    }

    /// Emits the token(s) of segment `index`, not a plain word, from byte `start`; returns the next segment to look at.
    private mutating func step(_ index: Int, start: Int) -> Int {
        let end = Int(ends[index])
        if isWordLike(index) {
            if let urlEnd = urlEnd(from: start) { return emitSpanning(.url, start, urlEnd, from: index) }
            // ICU keeps `humas@kemdikbud.go.id` and `@bbpmp` whole; name them.
            if let at = (start..<end).first(where: { bytes[$0] == UInt8(ascii: "@") }) {
                emit(at == start ? .handle : .email, start, trimTrailingPunctuation(start, end))
                return index + 1
            }
            if let emailEnd = emailEnd(at: index) { return emitSpanning(.email, start, emailEnd, from: index) }
            return wordLike(index, segmentStart: start, start: start)
        }
        if bytes[start] == UInt8(ascii: "@"), let handleEnd = handleEnd(at: index, start: start) {
            return emitSpanning(.handle, start, handleEnd, from: index)
        }
        emit(Self.isSymbol(bytes[start]) ? .symbol : .punctuation, start, end)
        return index + 1
    }

    /// Whether no rule applies to the word-like segment `index` from `start` (its own start): the
    /// cheap tests of every rule in `step` and `wordLike`, the few lookups last.
    @inline(__always) private func isPlainWord(_ index: Int, start: Int) -> Bool {
        let end = Int(ends[index])
        if end < bytes.count, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "@") { return false }
        for position in start..<end {
            let byte = bytes[position]
            if byte == UInt8(ascii: "@") || (byte == UInt8(ascii: ".") && position + 1 < end && Self.isUpper(bytes[position + 1])) { return false }
        }
        // Each test's own first-byte guard comes first here, so most words make no call.
        let first = bytes[start]
        if tables.startsCurrency[Int(first)], currencyPrefixEnd(start, end) != nil { return false }
        if first | 0x20 == UInt8(ascii: "h") || first | 0x20 == UInt8(ascii: "w"), startsURL(at: start) { return false }
        return !(Self.isUpper(first) && isDotlessTitle(start, end))
    }

    /// A word or number segment, from byte `start` (which is past `segmentStart` after a split).
    private mutating func wordLike(_ index: Int, segmentStart: Int, start segmentPartStart: Int) -> Int {
        let segmentEnd = Int(ends[index])
        var start = segmentPartStart
        // A split emits its first part and reads on from the rest: a loop, as a glued run
        // (`Dr.Dr.Dr.…`) may hold thousands.
        while true {
            // `Rp1,5` → `Rp` `1,5`; `Rp.` before a separate amount is one currency token.
            if let prefixEnd = currencyPrefixEnd(start, segmentEnd) {
                if prefixEnd < segmentEnd {
                    emit(.currency, start, prefixEnd)
                    start = prefixEnd
                    continue
                }
                if let dotEnd = adjacentDotEnd(after: index) {
                    emit(.currency, start, dotEnd)
                    return index + 2
                }
                emit(.currency, start, prefixEnd)
                return index + 1
            }
            // `Dr.Toto` → `Dr.` `Toto`: a listed abbreviation glued to a capitalised word.
            guard let split = gluedAbbreviationEnd(start, segmentEnd) else { break }
            emit(.abbreviation, start, split)
            start = split
        }
        // `Drs` + `.` → `Drs.`; `M.Pd` + `.` → `M.Pd.`
        if let dotEnd = adjacentDotEnd(after: index), tables.abbreviations.kind(bytes[start..<dotEnd]) != nil {
            emit(.abbreviation, start, dotEnd)
            return index + 2
        }
        // `anak-anak`, `se-Indonesia`, `ke-25`, `150-an`, but not `36-40`.
        var last = index
        var end = segmentEnd
        var isNumber = start == segmentStart ? isNumber(index) : isNumeral(start, end)
        while last + 2 < ends.count {
            let hyphen = last + 1, next = last + 2
            let nextStart = Int(ends[hyphen]), nextEnd = Int(ends[next])
            guard nextStart == end + 1, bytes[end] == UInt8(ascii: "-"), isWordLike(next), !(isNumber && self.isNumber(next))
            else { break }
            // `an` is the only suffix a hyphen joins to a number.
            if isNumber && !(nextEnd - nextStart == 2 && bytes[nextStart] | 0x20 == UInt8(ascii: "a") && bytes[nextStart + 1] | 0x20 == UInt8(ascii: "n")) { break }
            end = nextEnd
            last = next
            isNumber = isNumber && nextEnd - nextStart == 2
        }
        if last == index, isDotlessTitle(start, end) {
            emit(.abbreviation, start, end)
        } else {
            emit(isNumber ? .number : .word, start, end)
        }
        return last + 1
    }

    /// Digits with dot and comma separators, as left after splitting off a currency sign.
    private func isNumeral(_ start: Int, _ end: Int) -> Bool {
        guard Self.isDigit(bytes[start]) else { return false }
        return (start..<end).allSatisfy { Self.isDigit(bytes[$0]) || bytes[$0] == UInt8(ascii: ".") || bytes[$0] == UInt8(ascii: ",") }
    }

    /// A degree or honorific written without a dot (`MM`, `SE`, `Drs`). Those start with a capital
    /// and are short: only such words are looked up.
    private func isDotlessTitle(_ start: Int, _ end: Int) -> Bool {
        guard end - start <= 8, Self.isUpper(bytes[start]) else { return false }
        let kind = tables.abbreviations.kind(bytes[start..<end])
        return kind == .degree || kind == .honorific
    }

    /// The end of the segment after `index` if it is a lone `.` (segments are adjacent by construction).
    private func adjacentDotEnd(after index: Int) -> Int? {
        guard index + 1 < ends.count else { return nil }
        let dot = Int(ends[index])
        guard Int(ends[index + 1]) == dot + 1, bytes[dot] == UInt8(ascii: ".") else { return nil }
        return dot + 1
    }

    private func currencyPrefixEnd(_ start: Int, _ end: Int) -> Int? {
        guard tables.startsCurrency[Int(bytes[start])] else { return nil }
        prefixes: for prefix in tables.currencyPrefixes where end - start >= prefix.count {
            for offset in prefix.indices where bytes[start + offset] | 0x20 != prefix[offset] { continue prefixes }
            let after = start + prefix.count
            if after == end || Self.isDigit(bytes[after]) { return after }
        }
        return nil
    }

    private func gluedAbbreviationEnd(_ start: Int, _ end: Int) -> Int? {
        // Only a dot before a capital can split, and numbers (the most dotted segments) have none.
        // The split comes after a listed form, so only dots within the longest form's reach count:
        // a long run such as `Dr.Dr.Dr.…` is read in steps of one form, not searched to its end.
        let dots = start..<min(end - 1, start + tables.abbreviations.maximumLength)
        guard dots.contains(where: { bytes[$0] == UInt8(ascii: ".") && Self.isUpper(bytes[$0 + 1]) }) else { return nil }
        let whole = bytes[start..<end]
        if tables.abbreviations.kind(whole) != nil || tables.abbreviations.kind(whole, appendingDot: true) != nil { return nil }
        for dot in dots.reversed() where bytes[dot] == UInt8(ascii: ".") && Self.isUpper(bytes[dot + 1]) {
            if case .honorific? = tables.abbreviations.kind(bytes[start..<dot + 1]) { return dot + 1 }
        }
        return nil
    }

    private static let urlPrefixes = ["http://", "https://", "www."]

    private func startsURL(at start: Int) -> Bool {
        (bytes[start] | 0x20 == UInt8(ascii: "h") || bytes[start] | 0x20 == UInt8(ascii: "w")) && Self.urlPrefixes.contains(where: { hasPrefix($0, at: start) })
    }

    private func urlEnd(from start: Int) -> Int? {
        guard startsURL(at: start) else { return nil }
        var end = start
        while end < bytes.count, !Self.endsURL(bytes[end]) { end += 1 }
        return trimTrailingPunctuation(start, end)
    }

    private func emailEnd(at index: Int) -> Int? {
        guard index + 2 < ends.count else { return nil }
        let at = Int(ends[index])
        guard bytes[at] == UInt8(ascii: "@"), isWordLike(index + 2) else { return nil }
        let domainStart = Int(ends[index + 1])
        var end = domainStart
        while end < bytes.count, Self.isDomainByte(bytes[end]) { end += 1 }
        return trimTrailingPunctuation(domainStart, end)
    }

    private func handleEnd(at index: Int, start: Int) -> Int? {
        guard index + 1 < ends.count else { return nil }
        let previousIsAdjacentWord = tokens.last.map { $0.utf8End == start && $0.kind == .word } ?? false
        guard isWordLike(index + 1), !previousIsAdjacentWord else { return nil }
        let nameStart = Int(ends[index])
        var end = nameStart
        while end < bytes.count, Self.isDomainByte(bytes[end]) { end += 1 }
        return trimTrailingPunctuation(nameStart, end)
    }

    private func trimTrailingPunctuation(_ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, Self.isTrailingPunctuation(bytes[end - 1]) { end -= 1 }
        return end
    }

    /// Emits one token from `start` to `end`; returns the first segment that ends past it.
    private mutating func emitSpanning(_ kind: Token.Kind, _ start: Int, _ end: Int, from index: Int) -> Int {
        emit(kind, start, end)
        var next = index
        while next < ends.count, Int(ends[next]) <= end { next += 1 }
        return next
    }

    @inline(__always) private mutating func emit(_ kind: Token.Kind, _ start: Int, _ end: Int) {
        let scalarStart = scalarOffset(start)
        let scalarEnd = scalarOffset(end)
        tokens.append(Token(kind: kind, start: scalarStart, end: scalarEnd, utf8Start: start, utf8End: end, sentence: 0))
    }

    /// Scalar offset of a byte offset; tokens come in text order, so counting moves forward only.
    @inline(__always) private mutating func scalarOffset(_ byte: Int) -> Int {
        var position = cursorByte, scalar = cursorScalar
        while position < byte {
            if bytes[position] & 0xC0 != 0x80 { scalar &+= 1 }
            position &+= 1
        }
        cursorByte = position
        cursorScalar = scalar
        return scalar
    }

    private func hasPrefix(_ prefix: String, at start: Int) -> Bool {
        var index = start
        for byte in prefix.utf8 {
            guard index < bytes.count, bytes[index] | 0x20 == byte | 0x20 else { return false }
            index += 1
        }
        return true
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func endsURL(_ byte: UInt8) -> Bool { byte <= 0x20 || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") }
    private static func isDomainByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    private static func isSymbol(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "%"), UInt8(ascii: "$"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "^"),
             UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "@"):
            true
        default: false
        }
    }

    private static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
             UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            true
        default: false
        }
    }
}
