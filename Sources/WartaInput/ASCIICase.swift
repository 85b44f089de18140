extension StringProtocol {
    /// Whether the text contains `needle` — lower-case ASCII — ignoring the case of ASCII letters.
    /// A plain byte search: no locale, no Unicode folding, no Foundation.
    func containsIgnoringASCIICase(_ needle: String) -> Bool {
        let needle = Array(needle.utf8)
        guard let first = needle.first else { return true }
        let bytes = Array(utf8)
        guard bytes.count >= needle.count else { return false }
        func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
        var start = 0
        while start + needle.count <= bytes.count {
            if lower(bytes[start]) == first {
                var offset = 1
                while offset < needle.count, lower(bytes[start + offset]) == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
