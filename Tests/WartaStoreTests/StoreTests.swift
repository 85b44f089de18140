import Foundation
import GRDB
import Testing
import WartaModel
@testable import WartaStore

/// Opening, creating and versioning stores; errors a user can act on.
@Suite struct StoreTests {
    @Test func newStoreHasTheSchemaAndRecordsWhatBuiltIt() throws {
        let folder = try Fixtures.temporaryFolder()
        let store = try folder.store()
        #expect(try store.storedBuild() == store.currentBuild)
        #expect(try store.staleness() == .current)
        #expect(store.currentBuild.lexicon == Fixtures.lexicon.version)
        #expect(store.currentBuild.schema == Schema.version)
        let tables = try store.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        for table in Schema.tables {
            #expect(tables.contains(table), "missing table \(table)")
        }
        #expect(try store.summary() == StoreSummary(documents: 0, sentences: 0, entities: 0, registry: 0, figures: 0, percentages: 0, dates: 0, actions: 0, pending: 0))
        #expect(try store.checkIntegrity().isEmpty)
    }

    @Test func storeRunsInWALMode() throws {
        let folder = try Fixtures.temporaryFolder()
        let store = try folder.store()
        let mode = try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func fts5IsThereAndTheTokenizerIsRegistered() throws {
        let folder = try Fixtures.temporaryFolder()
        let store = try folder.store()
        let terms = try store.read { db in
            try db.makeTokenizer(WartaTokenizer.tokenizerDescriptor()).tokenize(document: "Pendidikan IKM 2.791").map(\.token)
        }
        #expect(terms.contains("didik"))
        #expect(terms.contains("ikm"))
        #expect(terms.contains("implementasi"))
        #expect(terms.contains("2791"))
        #expect(terms.contains("2.791"))
    }

    @Test func reopeningFindsTheSameStore() throws {
        let folder = try Fixtures.temporaryFolder()
        do {
            let store = try folder.store()
            try store.put(try Fixtures.extract("Judul\n\nSatu kalimat tentang guru.", path: "a.txt"), key: "/a.txt")
        }
        let again = try Store(path: folder.path("archive.db"), lexicon: Fixtures.lexicon)
        #expect(try again.summary().documents == 1)
        #expect(try again.search(SearchOptions(query: "guru")).map(\.path) == ["a.txt"])
    }

    @Test func missingStoreIsNotCreatedByReaders() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.path("none.db")
        #expect(throws: StoreError.notFound(path: path)) { try Store(path: path, lexicon: Fixtures.lexicon) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func otherFilesAreNotStores() throws {
        let folder = try Fixtures.temporaryFolder()
        let text = folder.path("notes.db")
        try Data("Ini bukan basis data, hanya catatan biasa yang cukup panjang untuk dibaca SQLite.".utf8).write(to: URL(fileURLWithPath: text))
        #expect { try Store(path: text, lexicon: Fixtures.lexicon, mode: .create) } throws: { error in
            guard case .notAStore(let path, _) = error as? StoreError else { return false }
            return path == text
        }

        let other = folder.path("other.db")
        let queue = try DatabaseQueue(path: other)
        try queue.write { db in try db.execute(sql: "CREATE TABLE orders(id INTEGER PRIMARY KEY)") }
        try queue.close()
        #expect { try Store(path: other, lexicon: Fixtures.lexicon, mode: .create) } throws: { error in
            guard case .notAStore(_, let reason) = error as? StoreError else { return false }
            return reason.contains("other tables")
        }

        let empty = folder.path("empty.db")
        _ = FileManager.default.createFile(atPath: empty, contents: nil)
        #expect { try Store(path: empty, lexicon: Fixtures.lexicon) } throws: { error in
            guard case .notAStore(_, let reason) = error as? StoreError else { return false }
            return reason.contains("empty")
        }
    }

    @Test func anotherLexiconAsksForARebuild() throws {
        let folder = try Fixtures.temporaryFolder()
        let store = try folder.store()
        try store.put(try Fixtures.extract("Judul\n\nGuru belajar bersama.", path: "a.txt"), key: "/data/a.txt")
        try store.write { db in try db.execute(sql: "UPDATE meta SET value = 'older' WHERE key = 'lexicon_version'") }

        guard case .analysis(let reason) = try store.staleness() else { Issue.record("expected stale analysis"); return }
        #expect(reason.contains("older"))
        #expect { try store.search(SearchOptions(query: "guru")) } throws: { error in
            guard case .needsRebuild(_, let reason) = error as? StoreError else { return false }
            return reason.contains("lexicon")
        }
        #expect { try store.requireCurrent() } throws: { error in
            (error as? StoreError)?.description.contains("warta index --rebuild") == true
        }
        // Facts stay readable, with a warning.
        #expect(try store.requireReadable() != nil)

        try store.rebuild()
        #expect(try store.staleness() == .current)
        #expect(try store.summary().documents == 0)
        #expect(try store.pendingFiles().map(\.key) == ["/data/a.txt"])
        #expect(try store.pendingFiles().map(\.path) == ["a.txt"])
        // Indexing the file again clears it from the pending list.
        try store.put(try Fixtures.extract("Judul\n\nGuru belajar bersama.", path: "a.txt"), key: "/data/a.txt")
        #expect(try store.pendingFiles().isEmpty)
        #expect(try store.checkIntegrity().isEmpty)
    }

    @Test func anotherSchemaCannotBeRead() throws {
        let folder = try Fixtures.temporaryFolder()
        let store = try folder.store()
        try store.write { db in try db.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'schema_version'") }
        #expect { try store.requireReadable() } throws: { error in
            guard case .needsRebuild(_, let reason) = error as? StoreError else { return false }
            return reason.contains("schema 0")
        }
        try store.rebuild()
        #expect(try store.staleness() == .current)
    }

    @Test func errorsReadAsSentences() {
        #expect(StoreError.fts5Unavailable(sqliteVersion: "3.7.0").description.contains("FTS5"))
        #expect(StoreError.notFound(path: "a.db").description == "a.db: no such store; build one with `warta index PATH... --db a.db`")
        #expect(StoreError.invalidQuery("the query is empty").description == "query: the query is empty")
        let busy = StoreError.wrap(DatabaseError(resultCode: .SQLITE_BUSY), path: "a.db")
        #expect(busy.description.contains("another warta is writing"))
        let notADatabase = StoreError.wrap(DatabaseError(resultCode: .SQLITE_NOTADB), path: "a.db")
        #expect(notADatabase == .notAStore(path: "a.db", reason: "not a SQLite database"))
    }
}
