/// Why a file could not be read as a document, in words a user can act on.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The reason, e.g. `empty file` or `binary file (PNG image)`.
    public var reason: String

    /// An error with the given reason.
    public init(_ reason: String) { self.reason = reason }

    /// The reason.
    public var description: String { reason }

    static let empty = InputError("empty file")
    static let blank = InputError("empty file (only white space)")

    static func binary(_ kind: String) -> InputError { InputError("binary file (\(kind))") }

    /// A file over the size limit, with both sizes in words.
    public static func tooLarge(size: Int, limit: Int) -> InputError {
        var sizeText = byteCount(size)
        let limitText = byteCount(limit)
        if sizeText == limitText { sizeText = "\(size) bytes" }
        return InputError("file is \(sizeText), over the \(limitText) limit (--max-bytes)")
    }

    /// `25.3 MB`, `20 MB`, `12.5 kB`, `900 bytes` (decimal units, one decimal at most).
    static func byteCount(_ count: Int) -> String {
        func scaled(_ unit: Int, _ name: String) -> String {
            let tenths = (count * 10 + unit / 2) / unit
            return tenths % 10 == 0 ? "\(tenths / 10) \(name)" : "\(tenths / 10).\(tenths % 10) \(name)"
        }
        if count >= 1_000_000 { return scaled(1_000_000, "MB") }
        if count >= 1_000 { return scaled(1_000, "kB") }
        return count == 1 ? "1 byte" : "\(count) bytes"
    }
}
