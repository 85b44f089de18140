/// One pass over bytes checking them as UTF-8 (RFC 3629: no overlongs, surrogates or values past
/// U+10FFFF), counting what a decoder needs to decide between UTF-8 and a legacy encoding.
struct UTF8Scan {
    /// Offset of the first byte that starts no valid sequence, ignoring an unfinished one at the end.
    var firstInvalid: Int?
    /// Bytes that start no valid sequence.
    var invalid = 0
    /// Valid sequences of two or more bytes.
    var multibyte = 0
    /// Length of an unfinished sequence at the very end (a file cut mid-character), else 0.
    var truncatedTail = 0

    init(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            switch Self.sequenceLength(bytes, at: offset) {
            case .valid(let length):
                if length > 1 { multibyte += 1 }
                offset += length
            case .truncated:
                truncatedTail = bytes.count - offset
                offset = bytes.count
            case .invalid:
                if firstInvalid == nil { firstInvalid = offset }
                invalid += 1
                offset += 1
            }
        }
    }

    /// UTF-8 with a few stray bytes from another encoding (a page pasted together from two sources).
    var isMostlyUTF8: Bool { multibyte >= 3 && invalid * 3 <= multibyte }

    /// Calls `body` with the offset of every byte that starts no valid sequence.
    static func forEachInvalid(_ bytes: [UInt8], _ body: (Int) -> Void) {
        var offset = 0
        while offset < bytes.count {
            switch sequenceLength(bytes, at: offset) {
            case .valid(let length): offset += length
            case .truncated, .invalid:
                body(offset)
                offset += 1
            }
        }
    }

    private enum Sequence { case valid(Int), truncated, invalid }

    private static func sequenceLength(_ bytes: [UInt8], at offset: Int) -> Sequence {
        let lead = bytes[offset]
        if lead < 0x80 { return .valid(1) }
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF  // range of the first continuation byte
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return .invalid
        }
        for index in 1..<length {
            guard offset + index < bytes.count else { return .truncated }
            let byte = bytes[offset + index]
            let range = index == 1 ? low...high : 0x80...0xBF
            if !range.contains(byte) { return .invalid }
        }
        return .valid(length)
    }
}
