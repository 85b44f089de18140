import WartaLexicon

/// Every honorific, degree and abbreviation keyed by its bytes, so the token and sentence rules look
/// a span of text up without making a `String` of it. Built once per `Segmenter`.
///
/// Holds the ASCII forms, and ASCII spans are compared byte for byte: that is `String` equality for
/// ASCII text, as no NFC form (the lexicon lint rejects others) has an ASCII equivalent but itself.
/// Any other span goes to `Lexicon.abbreviationKind`, where canonical equivalence decides as before.
final class AbbreviationTable: Sendable {
    private struct Entry: Sendable {
        var offset: Int32
        var length: Int32
        var kind: Lexicon.AbbreviationKind
    }

    private let lexicon: Lexicon
    /// Open addressing: an index into `entries` plus one, or 0 for an empty slot.
    private let slots: [Int32]
    private let entries: [Entry]
    private let keys: [UInt8]
    private let mask: Int
    /// For each first byte, the lengths (bit 63: 63 bytes or more) and the last bytes (two words) of
    /// the forms that start with it: most spans looked up fit none, and are turned away unhashed.
    private let lengths: [UInt64]
    private let lastBytes: [UInt64]
    /// No span longer than this, in bytes, is listed: three times the longest form, as a
    /// canonical equivalent is at most three times longer in UTF-8 (UAX #15's bound).
    let maximumLength: Int

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        let forms = Set(lexicon.honorifics.keys).union(lexicon.degrees.keys).union(lexicon.abbreviations.keys)
        // At most a quarter full, so a miss usually ends at the first empty slot.
        var size = 16
        while size < forms.count * 4 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size), entries: [Entry] = [], keys: [UInt8] = []
        var lengths = [UInt64](repeating: 0, count: 128), lastBytes = [UInt64](repeating: 0, count: 256)
        for form in forms where form.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let kind = lexicon.abbreviationKind(form) else { continue }
            if let first = form.utf8.first, let last = form.utf8.last {
                lengths[Int(first)] |= Self.lengthBit(form.utf8.count)
                lastBytes[Int(first) << 1 | Int(last >> 6)] |= 1 << (last & 63)
            }
            let (hash, _) = Self.hash(form.utf8, appendingDot: false)
            var slot = hash & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            entries.append(Entry(offset: Int32(keys.count), length: Int32(form.utf8.count), kind: kind))
            keys.append(contentsOf: form.utf8)
            slots[slot] = Int32(entries.count)
        }
        self.slots = slots
        self.entries = entries
        self.keys = keys
        self.lengths = lengths
        self.lastBytes = lastBytes
        mask = size - 1
        maximumLength = 3 * (forms.map(\.utf8.count).max() ?? 0)
    }

    @inline(__always) private static func lengthBit(_ length: Int) -> UInt64 { 1 << min(length, 63) }

    /// Whether some form has this first byte, last byte and length (ASCII bytes).
    @inline(__always) private func mayHold(first: UInt8, last: UInt8, length: Int) -> Bool {
        lengths[Int(first)] & Self.lengthBit(length) != 0 && lastBytes[Int(first) << 1 | Int(last >> 6)] & 1 << (last & 63) != 0
    }

    /// The kind of the abbreviation written as `span` (plus a final dot if `appendingDot`), if listed.
    func kind<Bytes: BidirectionalCollection<UInt8>>(_ span: Bytes, appendingDot: Bool = false) -> Lexicon.AbbreviationKind? {
        let length = span.count + (appendingDot ? 1 : 0)
        guard length <= maximumLength else { return nil }
        if let first = span.first ?? (appendingDot ? UInt8(ascii: ".") : nil), let last = appendingDot ? UInt8(ascii: ".") : span.last,
           first < 0x80, last < 0x80, !mayHold(first: first, last: last, length: length), span.allSatisfy({ $0 < 0x80 }) {
            return nil
        }
        let (hash, isASCII) = Self.hash(span, appendingDot: appendingDot)
        guard isASCII else {
            let text = String(decoding: span, as: UTF8.self)
            return lexicon.abbreviationKind(appendingDot ? text + "." : text)
        }
        var slot = hash & mask
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if Int(entry.length) == length, matches(span, appendingDot: appendingDot, at: Int(entry.offset)) { return entry.kind }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private func matches<Bytes: BidirectionalCollection<UInt8>>(_ span: Bytes, appendingDot: Bool, at offset: Int) -> Bool {
        var position = offset
        for byte in span {
            guard keys[position] == byte else { return false }
            position += 1
        }
        return !appendingDot || keys[position] == UInt8(ascii: ".")
    }

    /// FNV-1a over the bytes, and whether they are all ASCII.
    private static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes, appendingDot: Bool) -> (Int, Bool) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt8 = 0
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            high |= byte
        }
        if appendingDot { hash = (hash ^ UInt64(UInt8(ascii: "."))) &* 0x100_0000_01b3 }
        return (Int(truncatingIfNeeded: hash ^ hash >> 32), high < 0x80)
    }
}
