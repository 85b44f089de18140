import Foundation
import GRDB
import WartaModel

/// What indexing one file did.
public enum IndexChange: String, Sendable, Codable {
    case added, replaced, unchanged
}

extension Store {
    /// The identity of a source file in the store: its absolute, standardized path, so `Corpus/a.txt`
    /// and `./Corpus/a.txt` are one file.
    public static func key(forPath path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// The content hash (SHA-256 of the bytes) stored for every file, by key.
    public func storedHashes() throws(StoreError) -> [String: String] {
        try read { db in
            var hashes: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path_key, sha256 FROM documents") { hashes[row["path_key"]] = row["sha256"] }
            return hashes
        }
    }

    /// Files a rebuild left to index again: key and path as first given.
    public func pendingFiles() throws(StoreError) -> [(key: String, path: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT path_key, path FROM pending ORDER BY path_key").map { ($0["path_key"], $0["path"]) }
        }
    }

    /// Stores `record` as the file `key`, replacing what the store had for it, in one transaction.
    @discardableResult
    public func put(_ record: WartaModel.Record, key: String) throws(StoreError) -> IndexChange {
        try write { db in try self.store(record, key: key, in: db) }
    }

    /// Removes the file `key` and everything extracted from it; false when it was not there.
    @discardableResult
    public func remove(key: String) throws(StoreError) -> Bool {
        try write { db in try self.removeDocument(key: key, in: db) }
    }

    /// Removes every file for which `exists` is false (by default: no longer on disk), each in its
    /// own transaction. Returns the paths removed.
    public func prune(exists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) throws(StoreError) -> [String] {
        let files: [(key: String, path: String)] = try read { db in
            try Row.fetchAll(db, sql: "SELECT path_key, path FROM documents ORDER BY path_key").map { ($0["path_key"], $0["path"]) }
        }
        var removed: [String] = []
        for file in files where !exists(file.key) {
            if try remove(key: file.key) { removed.append(file.path) }
        }
        try write { db in
            for key in try String.fetchAll(db, sql: "SELECT path_key FROM pending") where !exists(key) {
                try db.execute(sql: "DELETE FROM pending WHERE path_key = ?", arguments: [key])
            }
        }
        return removed
    }

    // MARK: Inside a transaction

    /// Writes one record; the caller owns the transaction (tests interrupt it on purpose).
    func store(_ record: WartaModel.Record, key: String, in db: Database) throws -> IndexChange {
        let replaced = try removeDocument(key: key, in: db)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func json(_ values: [String]) throws -> String { String(decoding: try encoder.encode(values), as: UTF8.self) }

        var stored = record
        stored.text = ""
        try db.execute(sql: """
            INSERT INTO documents(path_key, path, record_id, sha256, format, title, published, year, text, record, indexed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                key, record.source.path, record.id, record.source.sha256, record.source.format, record.title,
                record.published, record.published.flatMap { Int($0.prefix(4)) }, record.text,
                String(decoding: try stored.jsonLine(), as: UTF8.self), ISO8601DateFormatter().string(from: Date()),
            ])
        let document = db.lastInsertedRowID

        let sentence = try db.cachedStatement(sql: "INSERT INTO sentences(document_id, ordinal, span_start, span_end) VALUES (?, ?, ?, ?)")
        for (ordinal, span) in record.sentences.enumerated() {
            try sentence.execute(arguments: [document, ordinal, span.start, span.end])
        }
        let figure = try db.cachedStatement(sql: """
            INSERT INTO figures(document_id, ordinal, value, unit, text, span_start, span_end, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, fact) in record.figures.enumerated() {
            try figure.execute(arguments: [document, ordinal, fact.value, fact.unit, fact.text, fact.span.start, fact.span.end, fact.sentence])
        }
        let percentage = try db.cachedStatement(sql: """
            INSERT INTO percentages(document_id, ordinal, value, min, max, about, text, span_start, span_end, sentence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, fact) in record.percentages.enumerated() {
            try percentage.execute(arguments: [document, ordinal, fact.value, fact.min, fact.max, fact.about, fact.text,
                                               fact.span.start, fact.span.end, fact.sentence])
        }
        let date = try db.cachedStatement(sql: """
            INSERT INTO dates(document_id, ordinal, value, year, text, span_start, span_end, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, fact) in record.dates.enumerated() {
            try date.execute(arguments: [document, ordinal, fact.value, Int(fact.value.prefix(4)), fact.text,
                                         fact.span.start, fact.span.end, fact.sentence])
        }
        let action = try db.cachedStatement(sql: """
            INSERT INTO actions(document_id, ordinal, year, status, text, span_start, span_end, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, fact) in record.actions.enumerated() {
            try action.execute(arguments: [document, ordinal, fact.year, fact.status.rawValue, fact.text,
                                           fact.span.start, fact.span.end, fact.sentence])
        }

        let registry = Registry(db: db)
        var groups = Set<Int64>()
        let entityKey = try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity_keys(entity_id, kind, key) VALUES (?, ?, ?)")
        let mention = try db.cachedStatement(sql: """
            INSERT INTO mentions(entity_id, document_id, span_start, span_end, sentence) VALUES (?, ?, ?, ?, ?)
            """)
        for (ordinal, entity) in record.entities.enumerated() {
            try db.execute(sql: """
                INSERT INTO entities(document_id, ordinal, kind, name, acronym, aliases, honorifics, degrees, roles)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [document, ordinal, entity.kind.rawValue, entity.name, entity.acronym, try json(entity.aliases),
                                 try json(entity.honorifics), try json(entity.degrees), try json(entity.roles)])
            let id = db.lastInsertedRowID
            for key in names.keys(for: entity).sorted() {
                try entityKey.execute(arguments: [id, entity.kind.rawValue, key])
            }
            for span in entity.mentions {
                try mention.execute(arguments: [id, document, span.start, span.end, Self.sentence(containing: span.start, in: record.sentences)])
            }
            groups.insert(try registry.attach(entity: id, kind: entity.kind.rawValue, name: entity.name))
        }
        try registry.refresh(groups)
        try db.execute(sql: "DELETE FROM pending WHERE path_key = ?", arguments: [key])
        return replaced ? .replaced : .added
    }

    /// Deletes a document with its facts, entities and full-text entry, and re-forms the registry.
    func removeDocument(key: String, in db: Database) throws -> Bool {
        guard let document = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE path_key = ?", arguments: [key]) else {
            return false
        }
        let groups = Set(try Int64.fetchAll(db, sql: """
            SELECT DISTINCT registry_id FROM entities WHERE document_id = ? AND registry_id IS NOT NULL
            """, arguments: [document]))
        // Entities first: the registry rows they point to may go with them.
        try db.execute(sql: "DELETE FROM entities WHERE document_id = ?", arguments: [document])
        try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [document])
        let registry = Registry(db: db)
        try registry.refresh(try registry.reform(groups))
        return true
    }

    /// The index of the sentence holding scalar offset `offset`, or nil.
    static func sentence(containing offset: Int, in sentences: [Span]) -> Int? {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if offset < sentences[middle].start {
                high = middle - 1
            } else if offset >= sentences[middle].end {
                low = middle + 1
            } else {
                return middle
            }
        }
        return nil
    }
}
