/// Finds start tags with more attributes than any real page writes. libxml2 checks each new
/// attribute against every earlier one of its tag, so a tag of 300,000 attributes (a few MB of
/// junk) keeps it busy for hours: such a page is refused before it is parsed.
enum CrowdedTags {
    /// Far above any real tag (at most 64 on the 1,375 saved pages this was tried on) and cheap
    /// for libxml2 (half a million comparisons).
    static let attributeLimit = 1_000

    /// Whether some start tag in `bytes` holds more than `limit` attributes.
    ///
    /// Counts the names that follow white space inside `<name …>`, skipping quoted values,
    /// comments, and the content of scripts and styles (where a `<` opens no tag). That is all
    /// the markup it reads.
    static func exist(in bytes: [UInt8], limit: Int = attributeLimit) -> Bool {
        bytes.withUnsafeBufferPointer { Scanner(bytes: $0, limit: limit).findsCrowdedTag() }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let limit: Int

        func findsCrowdedTag() -> Bool {
            var index = 0
            while let open = next(UInt8(ascii: "<"), from: index) {
                index = open + 1
                if matches("!--", at: index) {
                    index = end(of: "-->", from: index + 3)
                    continue
                }
                guard index < bytes.count, isLetter(bytes[index]) else { continue }
                let nameStart = index
                while index < bytes.count, isLetter(bytes[index]) || isDigit(bytes[index]) { index += 1 }
                let rawText = ["script", "style"].first { $0.utf8.count == index - nameStart && matches($0, at: nameStart) }
                var attributes = 0, afterSpace = false
                tag: while index < bytes.count {
                    let byte = bytes[index]
                    index += 1
                    switch byte {
                    case UInt8(ascii: ">"):
                        break tag
                    case UInt8(ascii: "\""), UInt8(ascii: "'"):
                        index = (next(byte, from: index) ?? bytes.count) + 1
                        afterSpace = false
                    case 0x20, 0x09, 0x0A, 0x0C, 0x0D:
                        afterSpace = true
                    default:
                        if afterSpace, byte != UInt8(ascii: "="), byte != UInt8(ascii: "/") {
                            attributes += 1
                            if attributes > limit { return true }
                        }
                        afterSpace = false
                    }
                }
                if let rawText { index = end(of: "</" + rawText, from: index) }
            }
            return false
        }

        private func next(_ byte: UInt8, from start: Int) -> Int? {
            var index = start
            while index < bytes.count {
                if bytes[index] == byte { return index }
                index += 1
            }
            return nil
        }

        /// Whether `needle` (lower-case ASCII) stands at `start`, ignoring ASCII case.
        private func matches(_ needle: String, at start: Int) -> Bool {
            var index = start
            for byte in needle.utf8 {
                guard index < bytes.count, asciiLowercased(bytes[index]) == byte else { return false }
                index += 1
            }
            return true
        }

        /// Just past the first `needle` (lower-case ASCII, starting with a non-letter) at or
        /// after `start`, or the end of the bytes.
        private func end(of needle: String, from start: Int) -> Int {
            let first = needle.utf8.first!
            var index = start
            while let found = next(first, from: index) {
                if matches(needle, at: found) { return found + needle.utf8.count }
                index = found + 1
            }
            return bytes.count
        }

        private func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    }
}
