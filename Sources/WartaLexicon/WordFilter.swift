/// A quick test that rules most words out of a word list before it is hashed: one bit per first
/// byte and length. "No" is certain; "maybe" still needs the list.
///
/// Recognizers ask lists about nearly every token, and most tokens are in none of them: a hash
/// lookup costs several times what reading a string's first byte and length does.
public struct WordFilter: Sendable {
    /// `bits[b]` has bit `n - 1` set when a word of `n` UTF-8 bytes (64 or more share bit 63)
    /// starting with byte `b` was inserted.
    @usableFromInline var bits = [UInt64](repeating: 0, count: 256)
    /// Whether the empty word was inserted.
    @usableFromInline var hasEmpty = false

    public init() {}

    public init(_ words: some Sequence<String>) {
        for word in words { insert(word) }
    }

    public mutating func insert(_ word: String) {
        guard let first = word.utf8.first else {
            hasEmpty = true
            return
        }
        bits[Int(first)] |= Self.lengthBit(word.utf8.count)
    }

    /// False when `word` is certainly not among the words inserted.
    @inlinable
    public func mayContain(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return hasEmpty }
        return bits[Int(first)] & Self.lengthBit(word.utf8.count) != 0
    }

    @inlinable
    static func lengthBit(_ count: Int) -> UInt64 { 1 << UInt64(min(count, 64) - 1) }
}

/// A set of lower-cased words asked about nearly every token: a `WordFilter` answers most
/// questions before the set is hashed.
public struct WordSet: Sendable {
    public let words: Set<String>
    @usableFromInline let filter: WordFilter

    public init(_ words: some Sequence<String>) {
        self.words = Set(words)
        filter = WordFilter(self.words)
    }

    @inlinable
    public func contains(_ word: String) -> Bool { filter.mayContain(word) && words.contains(word) }
}

/// A dictionary keyed by lower-cased words asked about nearly every token: a `WordFilter`
/// answers most lookups before the dictionary is hashed.
public struct WordTable<Value: Sendable>: Sendable {
    public let entries: [String: Value]
    @usableFromInline let filter: WordFilter

    public init(_ entries: [String: Value]) {
        self.entries = entries
        filter = WordFilter(entries.keys)
    }

    public var keys: Dictionary<String, Value>.Keys { entries.keys }

    @inlinable
    public subscript(_ word: String) -> Value? { filter.mayContain(word) ? entries[word] : nil }
}
