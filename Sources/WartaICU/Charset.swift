internal import CICU

/// Charset detection and conversion to UTF-8 through ICU.
public enum Charset {
    /// ICU's best guess for `bytes`: an IANA name such as `UTF-8` or `windows-1252`, with its
    /// confidence 0...100; nil when nothing matched. For `markup` (a web page), tags are left out
    /// of the weighing: they are ASCII, say nothing of the charset, and cost most of the time.
    public static func detect(_ bytes: [UInt8], markup: Bool = false) -> (name: String, confidence: Int)? {
        var name = [CChar](repeating: 0, count: 64)
        var status: Int32 = 0
        let sample = bytes.prefix(64 * 1024)
        let confidence = sample.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                warta_detect_charset($0.baseAddress, Int32($0.count), markup ? 1 : 0, &name, Int32(name.count), &status)
            }
        }
        guard status <= 0, confidence >= 0 else { return nil }
        let text = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.isEmpty ? nil : (text, Int(confidence))
    }

    /// `bytes` in `charset`, converted to UTF-8. Throws on a byte sequence the charset cannot map.
    public static func convertToUTF8(_ bytes: [UInt8], from charset: String) throws(ICUError) -> [UInt8] {
        var destination = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
        var status: Int32 = 0
        let capacity = Int32(destination.count)
        let written = bytes.withUnsafeBufferPointer { source in
            source.withMemoryRebound(to: CChar.self) { source in
                destination.withUnsafeMutableBufferPointer { target in
                    target.withMemoryRebound(to: CChar.self) { target in
                        warta_convert_to_utf8(charset, source.baseAddress, Int32(source.count), target.baseAddress, capacity, &status)
                    }
                }
            }
        }
        try ICUError.check("ucnv_convertEx(\(charset))", status)
        destination.removeLast(destination.count - Int(written))
        return destination
    }
}
