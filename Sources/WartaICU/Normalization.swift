internal import CICU

/// Unicode normalization through ICU.
public enum Normalization {
    /// The NFC form of `text` (returned unchanged, without copying, when it already is NFC).
    public static func nfc(_ text: String) -> String {
        // ASCII is NFC already; most releases are.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        let source = Array(text.utf16)
        var status: Int32 = 0
        // First asked with no room: ICU answers -1 for text already in NFC, else the room needed.
        var destination: [UInt16] = []
        var needed = warta_nfc(source, Int32(source.count), &destination, 0, &status)
        if needed < 0 || status > 0 { return text }
        destination = [UInt16](repeating: 0, count: Int(needed))
        needed = warta_nfc(source, Int32(source.count), &destination, needed, &status)
        if needed < 0 || status > 0 { return text }
        return String(decoding: destination[..<Int(needed)], as: UTF16.self)
    }
}
