/// Which tokens a recognizer has already explained, so that a date's `2022` is not also a
/// figure and a percentage's `40` not also a count. Recognizers run in a fixed order.
public struct TokenClaims: Sendable {
    private var claimed: [Bool]

    public init(count: Int) {
        claimed = Array(repeating: false, count: count)
    }

    public mutating func claim(_ range: ClosedRange<Int>) {
        for index in range where claimed.indices.contains(index) { claimed[index] = true }
    }

    public func isClaimed(_ index: Int) -> Bool { claimed.indices.contains(index) && claimed[index] }

    public func anyClaimed(_ range: ClosedRange<Int>) -> Bool { range.contains { isClaimed($0) } }
}
