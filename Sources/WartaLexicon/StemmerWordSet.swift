/// An immutable set of lower-case words keyed by their UTF-8 bytes, looked up without building
/// a `String`: open addressing over one flat byte buffer, FNV-1a hashes.
struct StemmerWordSet: Sendable {
    private let bytes: [UInt8]
    private let offsets: [Int32]
    /// `hash >> 32 << 32 | index + 1`, or 0 for an empty slot.
    private let table: [UInt64]
    private let mask: Int

    init(_ words: some Sequence<String>) {
        var unique = Set<String>()
        var bytes: [UInt8] = []
        var offsets: [Int32] = [0]
        for word in words where unique.insert(word).inserted {
            bytes.append(contentsOf: word.utf8)
            offsets.append(Int32(bytes.count))
        }
        var capacity = 16
        while capacity < unique.count * 2 { capacity <<= 1 }
        var table = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for index in 0..<(offsets.count - 1) {
            let hash = bytes[Int(offsets[index])..<Int(offsets[index + 1])].withUnsafeBufferPointer { Self.hash(0, $0) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(index + 1)
        }
        self.bytes = bytes
        self.offsets = offsets
        self.table = table
        self.mask = mask
    }

    var count: Int { offsets.count - 1 }

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func hash(_ lead: UInt8, _ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = fnvOffset
        if lead != 0 { hash = (hash ^ UInt64(lead)) &* 0x100_0000_01b3 }
        for byte in text { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        // Mix the high bits down so that the slot (low bits) depends on every byte.
        return hash ^ (hash >> 29)
    }

    /// Whether `lead` (a letter, or 0 for none) followed by `text` is in the set.
    @inline(__always)
    func contains(lead: UInt8, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let hash = Self.hash(lead, text)
        let length = text.count + (lead != 0 ? 1 : 0)
        return table.withUnsafeBufferPointer { table in
            bytes.withUnsafeBufferPointer { bytes in
                offsets.withUnsafeBufferPointer { offsets in
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let entry = table[slot]
                        if entry == 0 { return false }
                        if entry >> 32 == hash >> 32 {
                            let index = Int(entry & 0xFFFF_FFFF) - 1
                            let start = Int(offsets[index]), end = Int(offsets[index + 1])
                            if end - start == length {
                                var position = start
                                var equal = true
                                if lead != 0 { equal = bytes[position] == lead; position += 1 }
                                if equal {
                                    for offset in 0..<text.count where bytes[position + offset] != text[offset] {
                                        equal = false
                                        break
                                    }
                                }
                                if equal { return true }
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { contains(lead: 0, $0) }
    }
}
