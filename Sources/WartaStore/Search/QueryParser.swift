/// The search language users type, read into a tree (no SQL, no FTS5 syntax here):
///
///     kurikulum merdeka          both words (AND is implied; `AND` may be written)
///     "kurikulum merdeka"        the words in this order (`“…”` works too)
///     ikm OR "kurikulum merdeka" either
///     -pelatihan  NOT pelatihan  without this
///     (guru OR kepala) sekolah   grouping
///     kurik*                     words starting with `kurik` (as indexed: roots, lower-case)
///
/// Operators are upper-case; `or`, `and` and `not` in lower case are ordinary words.
indirect enum QueryNode: Equatable, Sendable {
    case word(String, prefix: Bool)
    case phrase(String)
    case and([QueryNode])
    case or([QueryNode])
    case not(QueryNode)
}

struct QueryParser {
    private enum Lexeme: Equatable {
        case word(String, prefix: Bool)
        case phrase(String)
        case open, close, or, and, not
    }

    private var lexemes: [(lexeme: Lexeme, column: Int)] = []
    private var position = 0

    /// Reads `query`, or throws `StoreError.invalidQuery` saying what is wrong and where.
    static func parse(_ query: String) throws(StoreError) -> QueryNode {
        var parser = QueryParser()
        try parser.lex(query)
        guard !parser.lexemes.isEmpty else { throw .invalidQuery("the query is empty") }
        let node = try parser.parseOr()
        if parser.position < parser.lexemes.count {
            let (lexeme, column) = parser.lexemes[parser.position]
            throw .invalidQuery(lexeme == .close ? "unmatched ')' at column \(column)" : "unexpected \(describe(lexeme)) at column \(column)")
        }
        return node
    }

    private mutating func lex(_ query: String) throws(StoreError) {
        // Control characters (a NUL would end the FTS5 expression early) count as spaces.
        let characters = query.map { character in
            character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control } ? " " : character
        }
        var index = 0
        func isQuote(_ character: Character) -> Bool { character == "\"" || character == "“" || character == "”" || character == "„" }
        while index < characters.count {
            let character = characters[index]
            let column = index + 1
            if character.isWhitespace {
                index += 1
            } else if isQuote(character) {
                var end = index + 1
                while end < characters.count, !isQuote(characters[end]) { end += 1 }
                guard end < characters.count else { throw .invalidQuery("the quote opened at column \(column) is not closed") }
                lexemes.append((.phrase(String(characters[(index + 1)..<end])), column))
                index = end + 1
            } else if character == "(" {
                lexemes.append((.open, column))
                index += 1
            } else if character == ")" {
                lexemes.append((.close, column))
                index += 1
            } else {
                var end = index
                while end < characters.count, !characters[end].isWhitespace, !"()".contains(characters[end]), !isQuote(characters[end]) { end += 1 }
                var word = String(characters[index..<end])
                index = end
                switch word {
                case "OR": lexemes.append((.or, column)); continue
                case "AND": lexemes.append((.and, column)); continue
                case "NOT": lexemes.append((.not, column)); continue
                default: break
                }
                if word.hasPrefix("-"), word.count > 1 {
                    lexemes.append((.not, column))
                    word.removeFirst()
                }
                let prefix = word.hasSuffix("*")
                while word.hasSuffix("*") { word.removeLast() }
                if prefix && word.isEmpty { throw .invalidQuery("'*' at column \(column) must end a word (kurik*)") }
                lexemes.append((.word(word, prefix: prefix), column))
            }
        }
    }

    private mutating func parseOr() throws(StoreError) -> QueryNode {
        if let (lexeme, column) = peek(), lexeme == .or {
            throw .invalidQuery("OR at column \(column) needs something before it")
        }
        var items = [try parseAnd()]
        while let (lexeme, column) = peek(), lexeme == .or {
            position += 1
            guard let next = peek(), next.lexeme != .close, next.lexeme != .or, next.lexeme != .and else {
                throw .invalidQuery("OR at column \(column) needs something after it")
            }
            items.append(try parseAnd())
        }
        return items.count == 1 ? items[0] : .or(items)
    }

    private mutating func parseAnd() throws(StoreError) -> QueryNode {
        var items: [QueryNode] = []
        while let (lexeme, column) = peek(), lexeme != .or, lexeme != .close {
            if lexeme == .and {
                position += 1
                guard !items.isEmpty, let next = peek(), next.lexeme != .close, next.lexeme != .or, next.lexeme != .and else {
                    throw .invalidQuery("AND at column \(column) needs something on both sides")
                }
                continue
            }
            items.append(try parseUnary())
        }
        guard !items.isEmpty else {
            if let (_, column) = peek() { throw .invalidQuery("nothing to search for before column \(column)") }
            throw .invalidQuery("the query ends before saying what to search for")
        }
        return items.count == 1 ? items[0] : .and(items)
    }

    private mutating func parseUnary() throws(StoreError) -> QueryNode {
        guard let (lexeme, column) = peek() else { throw .invalidQuery("the query ends too early") }
        if lexeme == .not {
            position += 1
            guard let next = peek(), next.lexeme != .close, next.lexeme != .or, next.lexeme != .and, next.lexeme != .not else {
                throw .invalidQuery("NOT (or -) at column \(column) needs a word, phrase or group after it")
            }
            return .not(try parsePrimary())
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(StoreError) -> QueryNode {
        guard let (lexeme, column) = peek() else { throw .invalidQuery("the query ends too early") }
        position += 1
        switch lexeme {
        case .word(let word, let prefix):
            return .word(word, prefix: prefix)
        case .phrase(let phrase):
            return .phrase(phrase)
        case .open:
            guard let next = peek() else { throw .invalidQuery("the parenthesis opened at column \(column) is not closed") }
            if next.lexeme == .close {
                throw .invalidQuery("empty parentheses at column \(column)")
            }
            let inner = try parseOr()
            guard let close = peek(), close.lexeme == .close else {
                throw .invalidQuery("the parenthesis opened at column \(column) is not closed")
            }
            position += 1
            return inner
        default:
            throw .invalidQuery("unexpected \(Self.describe(lexeme)) at column \(column)")
        }
    }

    private func peek() -> (lexeme: Lexeme, column: Int)? {
        position < lexemes.count ? lexemes[position] : nil
    }

    private static func describe(_ lexeme: Lexeme) -> String {
        switch lexeme {
        case .word(let word, _): "'\(word)'"
        case .phrase(let phrase): "\"\(phrase)\""
        case .open: "'('"
        case .close: "')'"
        case .or: "OR"
        case .and: "AND"
        case .not: "NOT"
        }
    }
}
