internal import CICU

/// A failure reported by ICU, with the operation that failed and ICU's own name for the code.
public struct ICUError: Error, Sendable, Equatable, CustomStringConvertible {
    public let operation: String
    public let code: Int32

    init(_ operation: String, code: Int32) {
        self.operation = operation
        self.code = code
    }

    /// ICU's symbolic name, e.g. `U_INVALID_CHAR_FOUND`.
    public var name: String { String(cString: warta_error_name(code)) }

    public var description: String { "\(operation) failed: \(name)" }

    /// ICU reports warnings (such as U_USING_DEFAULT_WARNING for locale "id") as negative codes;
    /// only positive codes are failures.
    static func check(_ operation: String, _ code: Int32) throws(ICUError) {
        if code > 0 { throw ICUError(operation, code: code) }
    }
}
