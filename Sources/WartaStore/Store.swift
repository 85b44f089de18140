import Foundation
import GRDB
import WartaLexicon
import WartaModel

/// A searchable archive of records in one SQLite file: documents, sentences, facts and entities
/// with their provenance, a registry of the people, organizations, places and programs of the
/// whole archive, and an FTS5 full-text index analyzed the Indonesian way.
///
/// The file is opened in WAL mode, so searches run while another process indexes. Every document
/// is written in its own transaction: a run killed at any moment leaves the store consistent.
/// All SQL of the project lives in this target.
public final class Store: Sendable {
    public enum Mode: Sendable {
        /// Create the store when the file does not exist (indexing).
        case create
        /// The store must exist (search, facts, entities, export).
        case open
    }

    /// What built a store: the schema, the lexicon and the search analysis. A store built by others
    /// than this Warta's must be rebuilt.
    public struct BuildInfo: Sendable, Equatable {
        public var schema: Int
        public var lexicon: String
        public var analyzer: String
        public var record: String
    }

    /// Whether the store serves this Warta as it is.
    public enum Staleness: Sendable, Equatable {
        case current
        /// Other tables: only a rebuild can read it.
        case schema(String)
        /// The same tables, but another lexicon or analysis built them: facts and entities are
        /// readable, search and indexing need a rebuild.
        case analysis(String)
    }

    public let path: String
    public let lexicon: Lexicon
    let analyzer: SearchAnalyzer
    let names: NameKeys
    let pool: DatabasePool
    private let owner: ConnectionOwner

    /// Opens (or, with `.create`, creates) the store at `path`.
    public init(path: String, lexicon: Lexicon, mode: Mode = .open) throws(StoreError) {
        if mode == .open, !FileManager.default.fileExists(atPath: path) { throw .notFound(path: path) }
        self.path = path
        self.lexicon = lexicon
        do {
            analyzer = try SearchAnalyzer(lexicon: lexicon)
        } catch {
            throw .analysis("\(error)")
        }
        names = NameKeys(lexicon: lexicon)
        let owner = ConnectionOwner()
        self.owner = owner
        let analyzer = self.analyzer
        var configuration = Configuration()
        configuration.label = "warta-store"
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            try Store.requireFTS5(db)
            // In WAL mode NORMAL keeps every commit atomic and the file consistent after a crash;
            // only the last commits may be lost on power failure (they are indexed again).
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            TokenizerRegistry.register(analyzer, owner: owner, for: db)
            db.add(tokenizer: WartaTokenizer.self)
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            TokenizerRegistry.unregister(owner: owner)
            throw StoreError.wrap(error, path: path)
        }
        do {
            switch mode {
            case .create:
                try pool.write { db in try Store.prepare(db, create: true, build: currentBuild, path: path) }
            case .open:
                try pool.read { db in try Store.prepare(db, create: false, build: currentBuild, path: path) }
            }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    deinit {
        TokenizerRegistry.unregister(owner: owner)
    }

    /// What this Warta builds stores with.
    public var currentBuild: BuildInfo {
        BuildInfo(schema: Schema.version, lexicon: lexicon.version, analyzer: SearchAnalyzer.version, record: WartaModel.Record.schemaVersion)
    }

    /// What built this store.
    public func storedBuild() throws(StoreError) -> BuildInfo {
        try read { db in try Store.storedBuild(db) }
    }

    /// Whether this store serves this Warta as it is, and if not, why.
    public func staleness() throws(StoreError) -> Staleness {
        let stored = try storedBuild()
        let current = currentBuild
        if stored.schema != current.schema {
            return .schema("it was built with store schema \(stored.schema); this warta uses \(current.schema)")
        }
        if stored.record != current.record {
            return .schema("it holds \(stored.record) records; this warta makes \(current.record)")
        }
        if stored.lexicon != current.lexicon {
            return .analysis("it was built with lexicon \(stored.lexicon); this warta's lexicon is \(current.lexicon) (the Lexicons/ files changed)")
        }
        if stored.analyzer != current.analyzer {
            return .analysis("it was built with search analysis \(stored.analyzer); this warta uses \(current.analyzer)")
        }
        return .current
    }

    /// Throws `needsRebuild` unless the store is current (for indexing and search).
    public func requireCurrent() throws(StoreError) {
        switch try staleness() {
        case .current: return
        case .schema(let reason), .analysis(let reason): throw .needsRebuild(path: path, reason: reason)
        }
    }

    /// Throws unless the store's tables can be read; returns a warning when its analysis is stale.
    public func requireReadable() throws(StoreError) -> String? {
        switch try staleness() {
        case .current: return nil
        case .schema(let reason): throw .needsRebuild(path: path, reason: reason)
        case .analysis(let reason): return "\(path): \(reason); results may be out of date until `warta index --rebuild --db \(path)`"
        }
    }

    /// Empties the store and recreates it for this Warta, keeping the list of its files as
    /// pending work: the next `index` run (this one, or the one after a kill) indexes them again.
    public func rebuild() throws(StoreError) {
        let build = currentBuild
        try write { db in
            var files: [String: String] = [:]
            for table in ["documents", "pending"] where try db.tableExists(table) {
                for row in try Row.fetchAll(db, sql: "SELECT path_key, path FROM \(table)") {
                    files[row["path_key"]] = row["path"]
                }
            }
            for table in Schema.tables where try db.tableExists(table) {
                try db.execute(sql: "DROP TABLE \(table)")
            }
            try Store.create(db, build: build)
            for (key, path) in files.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: "INSERT INTO pending(path_key, path) VALUES (?, ?)", arguments: [key, path])
            }
        }
    }

    /// Checks SQLite's file structure and that the full-text index matches the documents.
    public func checkIntegrity() throws(StoreError) -> [String] {
        try write { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            problems += try String.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
            do {
                try db.execute(sql: "INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
            } catch {
                problems.append("full-text index: \(error)")
            }
            return problems
        }
    }

    // MARK: Database access with errors mapped

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    /// One write transaction: everything in `body` is stored, or nothing is.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    // MARK: Setup

    private static func requireFTS5(_ db: Database) throws {
        do {
            _ = try db.makeStatement(sql: "SELECT fts5(NULL)")
        } catch {
            let version = (try? String.fetchOne(db, sql: "SELECT sqlite_version()")) ?? "unknown version"
            throw StoreError.fts5Unavailable(sqliteVersion: version)
        }
    }

    private static func prepare(_ db: Database, create: Bool, build: BuildInfo, path: String) throws {
        if try db.tableExists("meta") {
            guard try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'store'") == "warta" else {
                throw StoreError.notAStore(path: path, reason: "its meta table is not Warta's")
            }
            return
        }
        let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'") ?? 0
        guard objects == 0 else { throw StoreError.notAStore(path: path, reason: "it holds other tables") }
        guard create else { throw StoreError.notAStore(path: path, reason: "it is empty") }
        try Store.create(db, build: build)
    }

    private static func create(_ db: Database, build: BuildInfo) throws {
        try db.execute(sql: Schema.sql)
        let meta: [(String, String)] = [
            ("store", "warta"),
            ("schema_version", String(build.schema)),
            ("lexicon_version", build.lexicon),
            ("analyzer_version", build.analyzer),
            ("record_schema", build.record),
            ("created_at", ISO8601DateFormatter().string(from: Date())),
        ]
        for (key, value) in meta {
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }

    private static func storedBuild(_ db: Database) throws -> BuildInfo {
        var values: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") { values[row["key"]] = row["value"] }
        return BuildInfo(
            schema: values["schema_version"].flatMap { Int($0) } ?? 0,
            lexicon: values["lexicon_version"] ?? "unknown",
            analyzer: values["analyzer_version"] ?? "unknown",
            record: values["record_schema"] ?? "unknown")
    }
}

/// Identifies one store's connections in the tokenizer registry.
private final class ConnectionOwner: Sendable {}
