/// Case-insensitive longest-match lookup of multi-word phrases over a sequence of words.
///
/// Phrases are split into words the way Warta's tokenizer splits text: at spaces, with `/` and `,`
/// words of their own (`kabupaten/kota` is three words). Words are compared lower-cased.
public struct PhraseTable<Value: Sendable>: Sendable {
    @usableFromInline
    struct Entry: Sendable {
        @usableFromInline var words: [String]
        @usableFromInline var value: Value
    }

    /// Entries by their first word, longest first. Inlinable, so that lookups are specialized in
    /// the recognizers that make millions of them (unspecialized, each built tuple metadata).
    @usableFromInline var byFirstWord: [String: [Entry]] = [:]
    /// Rules out most words before `byFirstWord` is hashed.
    @usableFromInline var firstWordFilter = WordFilter()
    public private(set) var count = 0
    /// The most words any phrase has.
    public private(set) var longestPhrase = 0

    public init() {}

    /// The words a phrase is matched as.
    public static func words(of phrase: String) -> [String] {
        var result: [String] = []
        for piece in phrase.lowercased().split(separator: " ") {
            var current = ""
            for character in piece {
                if character == "/" || character == "," {
                    if !current.isEmpty { result.append(current) }
                    result.append(String(character))
                    current = ""
                } else {
                    current.append(character)
                }
            }
            if !current.isEmpty { result.append(current) }
        }
        return result
    }

    /// Adds `phrase`; a later insertion of the same phrase replaces the value.
    public mutating func insert(_ phrase: String, _ value: Value) {
        let words = Self.words(of: phrase)
        guard let first = words.first else { return }
        var entries = byFirstWord[first, default: []]
        if let existing = entries.firstIndex(where: { $0.words == words }) {
            entries[existing].value = value
        } else {
            entries.append(Entry(words: words, value: value))
            entries.sort { $0.words.count > $1.words.count }
            count += 1
            longestPhrase = max(longestPhrase, words.count)
        }
        byFirstWord[first] = entries
        firstWordFilter.insert(first)
    }

    /// The longest phrase starting at `folded[index]`, where `folded` holds words already
    /// lower-cased: the form recognizers use, with no string made per comparison.
    @inlinable
    public func longestMatch(at index: Int, in folded: [String]) -> (length: Int, value: Value)? {
        guard index >= 0, index < folded.count, firstWordFilter.mayContain(folded[index]),
              let entries = byFirstWord[folded[index]] else { return nil }
        candidates: for entry in entries {
            guard index + entry.words.count <= folded.count else { continue }
            for offset in entry.words.indices.dropFirst() where folded[index + offset] != entry.words[offset] {
                continue candidates
            }
            return (entry.words.count, entry.value)
        }
        return nil
    }

    /// The value of exactly `phrase`, if listed.
    public func value(of phrase: String) -> Value? {
        let words = Self.words(of: phrase)
        guard let first = words.first else { return nil }
        return byFirstWord[first]?.first { $0.words == words }?.value
    }

    /// The first words of the listed phrases, lower-cased.
    public var firstWords: [String] { Array(byFirstWord.keys) }

    /// Whether a listed phrase starts with `word`.
    public func hasPhrase(startingWith word: some StringProtocol) -> Bool {
        byFirstWord[word.lowercased()] != nil
    }
}
