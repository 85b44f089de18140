import Foundation

/// Python's `round(x, n)` for floats: the correctly rounded decimal (ties to even on the exact
/// binary value, so `round(2.675, 2) == 2.67`), read back as a double. glibc's `%.*f` rounds the
/// same way, exactly.
enum PythonRound {
    static func round(_ value: Double, digits: Int) -> Double {
        guard value.isFinite else { return value }
        return Double(String(format: "%.*f", digits, value)) ?? value
    }
}
