extension Array where Element == UInt8 {
    /// Where `needle` starts in these bytes, in order: a plain search for the ASCII markers pages
    /// are read for (Foundation's string and data searches cost far more on every page).
    func offsets(of needle: [UInt8]) -> [Int] {
        guard let first = needle.first, count >= needle.count else { return [] }
        return (0...(count - needle.count)).filter { self[$0] == first && self[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}

/// `bytes` with ASCII capitals lowered: markup and class names are matched case-insensitively.
func asciiLowercased(_ bytes: some Sequence<UInt8>) -> [UInt8] {
    bytes.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
}
