extension Array where Element == UInt8 {
    /// Where `needle` starts in these bytes, in order: a plain search for the ASCII markers pages
    /// are read for (Foundation's string and data searches cost far more on every page).
    func offsets(of needle: [UInt8]) -> [Int] {
        guard let first = needle.first, count >= needle.count else { return [] }
        return (0...(count - needle.count)).filter { self[$0] == first && self[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}
