/// The affix grammar the ``Stemmer`` interprets, read from `Lexicons/affix-rules.tsv`.
///
/// Columns: `kind  rank  affix  context  unless  recode  example`. Rows are tried in `rank` order
/// within their kind (the file itself is kept in byte order, so ranks are zero-padded).
///
/// - `particle`, `possessive`, `suffix`: `affix` is the ending (`lah`, `nya`, `kan` …).
/// - `prefix`: strip `affix` from the start of a word when the letters after it match
///   `context` and do not match `unless`, then put `recode` (at most one letter) back in front:
///   `prefix 15b men V - t` reads "menV → me-tV" (menulis → tulis). Pattern tokens match one
///   letter each: `V` a vowel (a i u e o), `C` a consonant, `A` any letter, a lower-case letter
///   itself, `[xyz]` one of, `[^xyz]` any letter but; `$` matches the end of the word.
///   A prefix's class (for the confix checks) is its first two letters: `ber`, `bel` and `be`
///   are all `be`, `meng` is `me`, `per` is `pe`.
/// - `disallowed`: a prefix class and a derivational suffix that never form a confix
///   (`ke-i`); `unless` names the root for which the pair is allowed after all (`tahu`).
/// - `precedence`: a prefix class and an ending for which prefixes are stripped before
///   suffixes (`be-an`); `unless` names an ending that cancels it (`kan`: berikan → beri).
/// - `rare`: a rare root that loses a tie to any other reading with as many affixes
///   (`asa`: perasaan → rasa, not per-asa-an).
public struct AffixRules: Sendable {
    /// One compiled prefix rule.
    struct PrefixRule: Sendable {
        let rank: String
        let surface: [UInt8]
        let context: [Token]
        let unless: [Token]
        /// The letter put back in front of the remainder, or 0 for none.
        let recode: UInt8
        /// The prefix class (its first two letters), as an index into `prefixClasses`.
        let prefixClass: Int
    }

    /// One letter of a pattern: a set of letters as a bit mask over a…z, or the end of the word.
    struct Token: Sendable, Equatable {
        let mask: UInt32
        static let end = Token(mask: 0)
        var isEnd: Bool { mask == 0 }
    }

    struct Ending: Sendable {
        let bytes: [UInt8]
    }

    struct Disallowed: Sendable {
        let prefixClass: Int
        let suffix: Int
        let allowedRoots: [[UInt8]]
    }

    struct Precedence: Sendable {
        let prefixClass: [UInt8]
        let ending: [UInt8]
        let unlessEndings: [[UInt8]]
    }

    let particles: [Ending]
    let possessives: [Ending]
    let suffixes: [Ending]
    /// Prefix rules grouped by their first letter (`byFirstLetter[b - 97]`), each group in rank order.
    let prefixesByFirstLetter: [[PrefixRule]]
    let prefixClasses: [[UInt8]]
    let disallowed: [Disallowed]
    let precedence: [Precedence]
    let rareRoots: [[UInt8]]

    /// Reads and checks the rules of an affix-rules file.
    public init(file: LexiconFile) throws(LexiconError) {
        let expected = ["kind", "rank", "affix", "context", "unless", "recode", "example"]
        guard file.columns == expected else {
            throw LexiconError(file: file.name, line: 1, reason: "columns must be \(expected.joined(separator: ", "))")
        }
        var particles: [(String, Ending)] = []
        var possessives: [(String, Ending)] = []
        var suffixes: [(String, Ending)] = []
        var prefixes: [PrefixRule] = []
        var classes: [[UInt8]] = []
        var pendingDisallowed: [(line: Int, prefix: [UInt8], suffix: [UInt8], allowed: [[UInt8]])] = []
        var precedence: [Precedence] = []
        var rare: [[UInt8]] = []

        func classIndex(_ letters: [UInt8]) -> Int {
            if let index = classes.firstIndex(of: letters) { return index }
            classes.append(letters)
            return classes.count - 1
        }

        for row in file.rows {
            func fail(_ reason: String) -> LexiconError { LexiconError(file: file.name, line: row.line, reason: reason) }
            let kind = row[0]
            let affix = row[2]
            guard !affix.isEmpty, affix != "-" else { throw fail("empty affix") }
            switch kind {
            case "particle", "possessive", "suffix":
                let bytes = Array(affix.utf8)
                guard bytes.allSatisfy(Self.isLetter) else { throw fail("affix '\(affix)' must be lower-case letters a–z") }
                let entry = (row[1], Ending(bytes: bytes))
                if kind == "particle" { particles.append(entry) } else if kind == "possessive" { possessives.append(entry) } else { suffixes.append(entry) }
            case "prefix":
                let surface = Array(affix.utf8)
                guard surface.count >= 2, surface.allSatisfy(Self.isLetter) else {
                    throw fail("prefix '\(affix)' must be at least two lower-case letters a–z")
                }
                let context = try Self.parsePattern(row.optional(3) ?? "", fail: fail)
                let unless = try Self.parsePattern(row.optional(4) ?? "", fail: fail)
                var recode: UInt8 = 0
                if let text = row.optional(5) {
                    let bytes = Array(text.utf8)
                    guard bytes.count == 1, Self.isLetter(bytes[0]) else { throw fail("recode must be one lower-case letter or '-'") }
                    recode = bytes[0]
                }
                prefixes.append(PrefixRule(
                    rank: row[1], surface: surface, context: context, unless: unless, recode: recode,
                    prefixClass: classIndex(Array(surface.prefix(2)))
                ))
            case "disallowed", "precedence":
                let parts = affix.split(separator: "-", omittingEmptySubsequences: false)
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
                      parts.allSatisfy({ $0.utf8.allSatisfy(Self.isLetter) }) else {
                    throw fail("affix must read prefix-suffix, e.g. 'ke-i'")
                }
                let prefix = Array(parts[0].utf8), suffix = Array(parts[1].utf8)
                let unless = (row.optional(4) ?? "").split(separator: ",").map { Array($0.utf8) }
                if kind == "disallowed" {
                    pendingDisallowed.append((row.line, prefix, suffix, unless))
                } else {
                    precedence.append(Precedence(prefixClass: prefix, ending: suffix, unlessEndings: unless))
                }
            case "rare":
                let bytes = Array(affix.utf8)
                guard bytes.allSatisfy(Self.isLetter) else { throw fail("rare root '\(affix)' must be lower-case letters a–z") }
                rare.append(bytes)
            default:
                throw fail("unknown kind '\(kind)' (particle, possessive, suffix, prefix, disallowed, precedence, rare)")
            }
        }
        func ordered(_ list: [(String, Ending)]) -> [Ending] {
            list.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
        }
        self.particles = ordered(particles)
        self.possessives = ordered(possessives)
        self.suffixes = ordered(suffixes)
        var groups = [[PrefixRule]](repeating: [], count: 26)
        for rule in prefixes.enumerated().sorted(by: { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }).map(\.element) {
            groups[Int(rule.surface[0] - 97)].append(rule)
        }
        self.prefixesByFirstLetter = groups
        var disallowed: [Disallowed] = []
        for entry in pendingDisallowed {
            guard let suffix = self.suffixes.firstIndex(where: { $0.bytes == entry.suffix }) else {
                throw LexiconError(file: file.name, line: entry.line, reason: "'\(String(decoding: entry.suffix, as: UTF8.self))' is not a suffix row")
            }
            disallowed.append(Disallowed(prefixClass: classIndex(entry.prefix), suffix: suffix, allowedRoots: entry.allowed))
        }
        self.prefixClasses = classes
        self.disallowed = disallowed
        self.precedence = precedence
        self.rareRoots = rare
    }

    static func isLetter(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }

    static func bit(_ byte: UInt8) -> UInt32 { 1 << UInt32(byte - 97) }

    static let allLetters: UInt32 = (1 << 26) - 1
    static let vowels: UInt32 = [UInt8]("aiueo".utf8).reduce(0) { $0 | bit($1) }

    /// Parses `V`, `C`, `A`, `$`, letters and `[…]` / `[^…]` sets into one token per letter.
    static func parsePattern(_ text: String, fail: (String) -> LexiconError) throws(LexiconError) -> [Token] {
        var tokens: [Token] = []
        var bytes = Array(text.utf8)[...]
        while let byte = bytes.popFirst() {
            switch byte {
            case UInt8(ascii: "V"): tokens.append(Token(mask: vowels))
            case UInt8(ascii: "C"): tokens.append(Token(mask: allLetters & ~vowels))
            case UInt8(ascii: "A"): tokens.append(Token(mask: allLetters))
            case UInt8(ascii: "$"):
                guard bytes.isEmpty else { throw fail("'$' must end a pattern: '\(text)'") }
                tokens.append(.end)
            case UInt8(ascii: "["):
                var negated = false
                if bytes.first == UInt8(ascii: "^") { negated = true; bytes.removeFirst() }
                var mask: UInt32 = 0
                var closed = false
                while let inner = bytes.popFirst() {
                    if inner == UInt8(ascii: "]") { closed = true; break }
                    guard isLetter(inner) else { throw fail("only letters a–z may stand in a set: '\(text)'") }
                    mask |= bit(inner)
                }
                guard closed, mask != 0 else { throw fail("unclosed or empty set in '\(text)'") }
                tokens.append(Token(mask: negated ? allLetters & ~mask : mask))
            default:
                guard isLetter(byte) else { throw fail("unexpected '\(Character(Unicode.Scalar(byte)))' in pattern '\(text)'") }
                tokens.append(Token(mask: bit(byte)))
            }
        }
        return tokens
    }
}
