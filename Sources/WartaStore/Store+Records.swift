import Foundation
import GRDB
import WartaModel

/// How much a store holds.
public struct StoreSummary: Sendable, Equatable, Codable {
    public let documents: Int
    public let sentences: Int
    public let entities: Int
    public let registry: Int
    public let figures: Int
    public let percentages: Int
    public let dates: Int
    public let actions: Int
    public let pending: Int
}

extension Store {
    /// Every stored record as it was indexed, in path order, one at a time (memory stays flat).
    public func records(_ body: (WartaModel.Record) throws -> Void) throws(StoreError) {
        var failure: (any Error)?
        do {
            try pool.read { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT record, text FROM documents ORDER BY path_key")
                while let row = try rows.next() {
                    var record = try WartaModel.Record.decode(Data((row["record"] as String).utf8))
                    record.text = row["text"]
                    do {
                        try body(record)
                    } catch {
                        failure = error
                        return
                    }
                }
            }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
        if let failure { throw StoreError.database(path: path, message: "export stopped: \(failure)", sql: nil) }
    }

    /// The stored record of the file `key`, or nil.
    public func record(key: String) throws(StoreError) -> WartaModel.Record? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT record, text FROM documents WHERE path_key = ?", arguments: [key]) else { return nil }
            var record = try WartaModel.Record.decode(Data((row["record"] as String).utf8))
            record.text = row["text"]
            return record
        }
    }

    public func summary() throws(StoreError) -> StoreSummary {
        try read { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            return StoreSummary(documents: try count("documents"), sentences: try count("sentences"), entities: try count("entities"),
                                registry: try count("registry"), figures: try count("figures"), percentages: try count("percentages"),
                                dates: try count("dates"), actions: try count("actions"), pending: try count("pending"))
        }
    }
}
