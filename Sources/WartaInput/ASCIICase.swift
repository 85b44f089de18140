/// An ASCII capital lowered; every other byte as it is. Markup, class names and notices are
/// matched this way: no locale, no Unicode folding, no Foundation.
func asciiLowercased(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
}

/// `bytes` with ASCII capitals lowered.
func asciiLowercased(_ bytes: some Sequence<UInt8>) -> [UInt8] {
    bytes.map(asciiLowercased)
}

extension StringProtocol {
    /// Whether the text contains `needle` — lower-case ASCII — ignoring the case of ASCII letters.
    func containsIgnoringASCIICase(_ needle: String) -> Bool {
        containsIgnoringASCIICase(anyOf: [Array(needle.utf8)])
    }

    /// Whether the text holds one of `needles` (lower-case ASCII, or any UTF-8), ignoring the case
    /// of ASCII letters: one pass over the text, with no copy of it when it is stored contiguously.
    func containsIgnoringASCIICase(anyOf needles: [[UInt8]]) -> Bool {
        if needles.contains(where: \.isEmpty) { return true }
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for start in bytes.indices {
                let first = asciiLowercased(bytes[start])
                for needle in needles where needle[0] == first && start + needle.count <= bytes.count {
                    if needle.indices.allSatisfy({ asciiLowercased(bytes[start + $0]) == needle[$0] }) { return true }
                }
            }
            return false
        }
        return utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
    }
}
