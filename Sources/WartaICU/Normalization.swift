internal import CICU

/// Unicode normalization through ICU.
public enum Normalization {
    /// The NFC form of `text` (returned unchanged, without copying, when it already is NFC).
    public static func nfc(_ text: String) -> String {
        let source = Array(text.utf16)
        var status: Int32 = 0
        var destination = [UInt16](repeating: 0, count: source.count + 16)
        var needed = warta_nfc(source, Int32(source.count), &destination, Int32(destination.count), &status)
        if needed < 0 || status > 0 { return text }
        if Int(needed) > destination.count {
            destination = [UInt16](repeating: 0, count: Int(needed))
            needed = warta_nfc(source, Int32(source.count), &destination, needed, &status)
            if needed < 0 || status > 0 { return text }
        }
        return String(decoding: destination[..<Int(needed)], as: UTF16.self)
    }
}
