import WartaICU
import WartaLexicon

/// Indonesian corrections to ICU's word segments. ICU alone splits `anak-anak`, `Drs.` and URLs,
/// glues `Rp1,5` and `Dr.Toto`; these rules put them right, reading abbreviations from the lexicon.
struct TokenRules {
    private struct Segment {
        var start: Int
        var end: Int
        var status: Int32
        var isWordLike: Bool { status >= BreakIterator.WordStatus.noneLimit }
        var isNumber: Bool { status >= BreakIterator.WordStatus.noneLimit && status < BreakIterator.WordStatus.numberLimit }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let lexicon: Lexicon
    private var segments: [Segment] = []
    private var tokens: [Token] = []
    private var scalarCursor = (byte: 0, scalar: 0)

    /// Currency prefixes split from a glued amount (`Rp1,5`, `IDR2`), compared lower-cased.
    private let currencyPrefixes: [[UInt8]]
    /// First bytes of those prefixes, lower-cased: most words need no closer look.
    private let currencyFirstBytes: Set<UInt8>
    private let abbreviations: AbbreviationFilter

    init(bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon, boundaries: Boundaries) {
        self.bytes = bytes
        self.lexicon = lexicon
        currencyPrefixes = lexicon.currencyPrefixes.map { Array($0.utf8) }
        currencyFirstBytes = Set(currencyPrefixes.compactMap(\.first))
        abbreviations = lexicon.abbreviationFilter
        var start = 0
        segments.reserveCapacity(boundaries.offsets.count)
        for (offset, status) in zip(boundaries.offsets, boundaries.statuses) {
            let end = Int(offset)
            if !(end - start == 1 && (bytes[start] == 0x20 || bytes[start] == 0x0A)) && !Self.isBlank(bytes, start, end) {
                segments.append(Segment(start: start, end: end, status: status))
            }
            start = end
        }
    }

    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        for index in start..<end where bytes[index] != 0x20 && bytes[index] != 0x0A { return false }
        return true
    }

    mutating func run() -> [Token] {
        tokens.reserveCapacity(segments.count)
        var index = 0
        while index < segments.count {
            index = step(index)
        }
        return tokens
    }

    /// Emits the token(s) starting at segment `index`; returns the next segment to look at.
    private mutating func step(_ index: Int) -> Int {
        let segment = segments[index]
        if segment.isWordLike {
            if let end = urlEnd(from: segment.start) { return emitSpanning(.url, segment.start, end, from: index) }
            // ICU keeps `humas@kemdikbud.go.id` and `@bbpmp` whole; name them.
            if let at = (segment.start..<segment.end).first(where: { bytes[$0] == UInt8(ascii: "@") }) {
                emit(at == segment.start ? .handle : .email, segment.start, trimTrailingPunctuation(segment.start, segment.end))
                return index + 1
            }
            if let end = emailEnd(at: index) { return emitSpanning(.email, segment.start, end, from: index) }
            return wordLike(index, start: segment.start)
        }
        if bytes[segment.start] == UInt8(ascii: "@"), let end = handleEnd(at: index) {
            return emitSpanning(.handle, segment.start, end, from: index)
        }
        emit(Self.isSymbol(bytes[segment.start]) ? .symbol : .punctuation, segment.start, segment.end)
        return index + 1
    }

    /// A word or number segment, from byte `start` (which may be inside it after a split).
    private mutating func wordLike(_ index: Int, start: Int) -> Int {
        let segment = segments[index]
        // `Rp1,5` → `Rp` `1,5`; `Rp.` before a separate amount is one currency token.
        if let prefixEnd = currencyPrefixEnd(start, segment.end) {
            if prefixEnd < segment.end {
                emit(.currency, start, prefixEnd)
                return wordLike(index, start: prefixEnd)
            }
            if let dot = adjacentDot(after: index) {
                emit(.currency, start, dot.end)
                return index + 2
            }
            emit(.currency, start, prefixEnd)
            return index + 1
        }
        // `Dr.Toto` → `Dr.` `Toto`: a listed abbreviation glued to a capitalised word.
        if let split = gluedAbbreviationEnd(start, segment.end) {
            emit(.abbreviation, start, split)
            return wordLike(index, start: split)
        }
        // `Drs` + `.` → `Drs.`; `M.Pd` + `.` → `M.Pd.`
        if let dot = adjacentDot(after: index), abbreviations.mayContain(first: bytes[start], length: dot.end - start),
           lexicon.abbreviationKind(text(start, dot.end)) != nil {
            emit(.abbreviation, start, dot.end)
            return index + 2
        }
        // `anak-anak`, `se-Indonesia`, `ke-25`, `150-an`, but not `36-40`.
        var last = index
        var end = segment.end
        var isNumber = start == segment.start ? segment.isNumber : isNumeral(start, end)
        while last + 2 < segments.count {
            let hyphen = segments[last + 1], next = segments[last + 2]
            guard hyphen.start == end, hyphen.end == hyphen.start + 1, bytes[hyphen.start] == UInt8(ascii: "-"),
                  next.start == hyphen.end, next.isWordLike, !(isNumber && next.isNumber)
            else { break }
            if isNumber && !(next.end - next.start == 2 && text(next.start, next.end).lowercased() == "an") { break }
            end = next.end
            last += 2
            isNumber = isNumber && next.end - next.start == 2
        }
        if last == index, mayBeDotlessTitle(start, end), lexicon.degrees[text(start, end)] != nil || lexicon.honorifics[text(start, end)] != nil {
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

    /// Degrees and honorifics written without a dot (`MM`, `SE`, `Drs`) start with a capital and
    /// are short: only such segments are looked up, so ordinary words cost no lookup.
    private func mayBeDotlessTitle(_ start: Int, _ end: Int) -> Bool {
        end - start <= 8 && Self.isUpper(bytes[start])
    }

    private func adjacentDot(after index: Int) -> Segment? {
        guard index + 1 < segments.count else { return nil }
        let next = segments[index + 1]
        guard next.start == segments[index].end, next.end == next.start + 1, bytes[next.start] == UInt8(ascii: ".") else { return nil }
        return next
    }

    private func currencyPrefixEnd(_ start: Int, _ end: Int) -> Int? {
        guard currencyFirstBytes.contains(bytes[start] | 0x20) else { return nil }
        for prefix in currencyPrefixes where end - start >= prefix.count {
            var matches = true
            for (offset, byte) in prefix.enumerated() where bytes[start + offset] | 0x20 != byte {
                matches = false
                break
            }
            guard matches else { continue }
            let after = start + prefix.count
            if after == end { return after }
            if Self.isDigit(bytes[after]) { return after }
        }
        return nil
    }

    private func gluedAbbreviationEnd(_ start: Int, _ end: Int) -> Int? {
        var dots: [Int] = []
        for index in start..<end where bytes[index] == UInt8(ascii: ".") { dots.append(index) }
        guard !dots.isEmpty else { return nil }
        let whole = text(start, end)
        if lexicon.abbreviationKind(whole) != nil || lexicon.abbreviationKind(whole + ".") != nil { return nil }
        for dot in dots.reversed() where dot + 1 < end && Self.isUpper(bytes[dot + 1]) {
            if case .honorific? = lexicon.abbreviationKind(text(start, dot + 1)) { return dot + 1 }
        }
        return nil
    }

    private static let urlPrefixes = ["http://", "https://", "www."]

    private func urlEnd(from start: Int) -> Int? {
        guard bytes[start] | 0x20 == UInt8(ascii: "h") || bytes[start] | 0x20 == UInt8(ascii: "w"),
              Self.urlPrefixes.contains(where: { hasPrefix($0, at: start) }) else { return nil }
        var end = start
        while end < bytes.count, !Self.endsURL(bytes[end]) { end += 1 }
        return trimTrailingPunctuation(start, end)
    }

    private func emailEnd(at index: Int) -> Int? {
        guard index + 2 < segments.count else { return nil }
        let at = segments[index + 1], domain = segments[index + 2]
        guard at.start == segments[index].end, bytes[at.start] == UInt8(ascii: "@"), domain.start == at.end, domain.isWordLike else { return nil }
        var end = domain.start
        while end < bytes.count, Self.isDomainByte(bytes[end]) { end += 1 }
        return trimTrailingPunctuation(domain.start, end)
    }

    private func handleEnd(at index: Int) -> Int? {
        guard index + 1 < segments.count else { return nil }
        let name = segments[index + 1]
        let previousIsAdjacentWord = tokens.last.map { $0.utf8End == segments[index].start && $0.kind == .word } ?? false
        guard name.start == segments[index].end, name.isWordLike, !previousIsAdjacentWord else { return nil }
        var end = name.start
        while end < bytes.count, Self.isDomainByte(bytes[end]) { end += 1 }
        return trimTrailingPunctuation(name.start, end)
    }

    private func trimTrailingPunctuation(_ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, ".,;:!?'\")]}".utf8.contains(bytes[end - 1]) { end -= 1 }
        return end
    }

    /// Emits one token from `start` to `end` and skips every segment that ends inside it.
    private mutating func emitSpanning(_ kind: Token.Kind, _ start: Int, _ end: Int, from index: Int) -> Int {
        emit(kind, start, end)
        var next = index
        while next < segments.count, segments[next].end <= end { next += 1 }
        if next < segments.count, segments[next].start < end {
            // The token ended inside a segment: the rest of it is looked at on its own.
            segments[next].start = end
        }
        return next
    }

    private mutating func emit(_ kind: Token.Kind, _ start: Int, _ end: Int) {
        let scalarStart = scalarOffset(start)
        let scalarEnd = scalarOffset(end)
        tokens.append(Token(kind: kind, start: scalarStart, end: scalarEnd, utf8Start: start, utf8End: end, sentence: 0))
    }

    /// Scalar offset of a byte offset; tokens come in text order, so counting moves forward only.
    private mutating func scalarOffset(_ byte: Int) -> Int {
        var (position, scalar) = scalarCursor
        while position < byte {
            if bytes[position] & 0xC0 != 0x80 { scalar += 1 }
            position += 1
        }
        scalarCursor = (position, scalar)
        return scalar
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
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
    private static func isSymbol(_ byte: UInt8) -> Bool { "%$+=<>^`|~#&*@".utf8.contains(byte) }
}
