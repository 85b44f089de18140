import GRDB

/// Why the store could not do what was asked, in words a user can act on.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// This SQLite has no FTS5 full-text engine.
    case fts5Unavailable(sqliteVersion: String)
    /// No store at the path (for commands that read one).
    case notFound(path: String)
    /// The file is not a SQLite database, or holds no Warta store.
    case notAStore(path: String, reason: String)
    /// The store was built by other code or data than this Warta's: it must be rebuilt.
    case needsRebuild(path: String, reason: String)
    /// The search query cannot be read.
    case invalidQuery(String)
    /// A filter cannot be used (an unknown kind or status, a name that says nothing).
    case invalidFilter(String)
    /// The search analysis could not start (ICU).
    case analysis(String)
    /// SQLite refused: the store's path, SQLite's message, and the statement when there is one.
    case database(path: String, message: String, sql: String?)

    public var description: String {
        switch self {
        case .fts5Unavailable(let version):
            "this SQLite (\(version)) was built without the FTS5 full-text engine, which Warta's search needs; "
                + "install a SQLite with FTS5 (Debian's libsqlite3-0 has it)"
        case .notFound(let path):
            "\(path): no such store; build one with `warta index PATH... --db \(path)`"
        case .notAStore(let path, let reason):
            "\(path): not a Warta store (\(reason))"
        case .needsRebuild(let path, let reason):
            "\(path): \(reason); rebuild it with `warta index --rebuild --db \(path)`"
        case .invalidQuery(let message):
            "query: \(message)"
        case .invalidFilter(let message):
            message
        case .analysis(let message):
            "search analysis: \(message)"
        case .database(let path, let message, let sql):
            "\(path): \(message)" + (sql.map { " (in: \($0))" } ?? "")
        }
    }

    /// Maps a GRDB or SQLite error to what it means for this store.
    static func wrap(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else {
            return .database(path: path, message: "\(error)", sql: nil)
        }
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return .notAStore(path: path, reason: "not a SQLite database")
        case .SQLITE_CORRUPT:
            return .database(path: path, message: "the store is damaged (\(error.message ?? "corrupt")); delete it and index again", sql: nil)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .database(path: path, message: "the store is busy: another warta is writing to it; try again when it is done", sql: nil)
        case .SQLITE_READONLY:
            return .database(path: path, message: "the store cannot be written (read-only file or folder)", sql: nil)
        case .SQLITE_CANTOPEN:
            return .database(path: path, message: "cannot open the store (missing folder or no permission)", sql: nil)
        case .SQLITE_FULL:
            return .database(path: path, message: "the disk is full", sql: nil)
        default:
            return .database(path: path, message: error.message ?? "SQLite error \(error.resultCode.rawValue)", sql: error.sql)
        }
    }
}
