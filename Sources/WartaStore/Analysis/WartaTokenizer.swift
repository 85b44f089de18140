import GRDB
import Synchronization
import WartaText

/// The FTS5 tokenizer `warta`: Warta's tokenizer, stemmer, stop words and synonyms inside SQLite.
///
/// Documents (and the snippets made from them) go through `SearchAnalyzer.documentTerms`, which
/// emits acronym expansions and number forms as FTS5 synonyms (`FTS5_TOKEN_COLOCATED`). Queries
/// arrive already analyzed by `QueryCompiler` (with the same analyzer), so in query mode the
/// tokenizer only splits them at spaces: the analysis runs once, in one place.
///
/// SQLite builds a tokenizer per table and connection, and a connection is used by one thread at
/// a time, so each instance owns its own `Segmenter` (ICU break iterators are not thread-safe).
final class WartaTokenizer: FTS5CustomTokenizer {
    static let name = "warta"

    private let analyzer: SearchAnalyzer
    private let segmenter: Segmenter

    init(db: Database, arguments: [String]) throws {
        guard let analyzer = TokenizerRegistry.analyzer(for: db) else {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: "the warta tokenizer has no analyzer on this connection")
        }
        self.analyzer = analyzer
        do {
            segmenter = try Segmenter(lexicon: analyzer.lexicon)
        } catch {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: "the warta tokenizer cannot start ICU: \(error)")
        }
    }

    func tokenize(
        context: UnsafeMutableRawPointer?,
        tokenization: FTS5Tokenization,
        pText: UnsafePointer<CChar>?,
        nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return ResultCode.SQLITE_OK.rawValue }
        let bytes = UnsafeRawBufferPointer(start: pText, count: Int(nText))
        if tokenization.contains(.query) {
            return splitAnalyzedQuery(bytes, context: context, tokenCallback: tokenCallback)
        }
        let document: TextDocument
        do {
            document = try segmenter.segment(String(decoding: bytes, as: UTF8.self))
        } catch {
            return ResultCode.SQLITE_ERROR.rawValue
        }
        for term in analyzer.documentTerms(document) {
            let code = Self.emit(term.text, flags: term.colocated ? FTS5TokenFlags.colocated.rawValue : 0,
                                 start: term.utf8Start, end: term.utf8End, context: context, tokenCallback: tokenCallback)
            if code != ResultCode.SQLITE_OK.rawValue { return code }
        }
        return ResultCode.SQLITE_OK.rawValue
    }

    /// Query strings hold analyzed terms separated by spaces.
    private func splitAnalyzedQuery(_ bytes: UnsafeRawBufferPointer, context: UnsafeMutableRawPointer?, tokenCallback: FTS5TokenCallback) -> CInt {
        var start: Int?
        for index in 0...bytes.count {
            let isSpace = index == bytes.count || bytes[index] == UInt8(ascii: " ")
            if isSpace, let begin = start {
                let term = String(decoding: bytes[begin..<index], as: UTF8.self)
                let code = Self.emit(term, flags: 0, start: begin, end: index, context: context, tokenCallback: tokenCallback)
                if code != ResultCode.SQLITE_OK.rawValue { return code }
                start = nil
            } else if !isSpace, start == nil {
                start = index
            }
        }
        return ResultCode.SQLITE_OK.rawValue
    }

    private static func emit(_ term: String, flags: CInt, start: Int, end: Int, context: UnsafeMutableRawPointer?, tokenCallback: FTS5TokenCallback) -> CInt {
        var term = term
        return term.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                tokenCallback(context, flags, chars.baseAddress, CInt(chars.count), CInt(start), CInt(end))
            }
        }
    }
}

/// Which analyzer serves which SQLite connection.
///
/// SQLite creates tokenizers through a C callback that only knows the connection, so the store
/// registers its analyzer for each connection it opens (before any FTS5 table is touched) and
/// forgets them when it closes. This lock-protected table is the one bridge between the two.
enum TokenizerRegistry {
    private struct Entry {
        let owner: ObjectIdentifier
        let analyzer: SearchAnalyzer
    }

    private static let entries = Mutex<[ObjectIdentifier: Entry]>([:])

    static func register(_ analyzer: SearchAnalyzer, owner: AnyObject, for db: Database) {
        let entry = Entry(owner: ObjectIdentifier(owner), analyzer: analyzer)
        entries.withLock { $0[ObjectIdentifier(db)] = entry }
    }

    static func analyzer(for db: Database) -> SearchAnalyzer? {
        entries.withLock { $0[ObjectIdentifier(db)]?.analyzer }
    }

    /// Forgets every connection of `owner`.
    static func unregister(owner: AnyObject) {
        let id = ObjectIdentifier(owner)
        entries.withLock { table in table = table.filter { $0.value.owner != id } }
    }
}
