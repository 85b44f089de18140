import Foundation
import GRDB
import Testing
import WartaExtract
import WartaModel
@testable import WartaStore

/// Incremental indexing: unchanged files skipped, changed files replaced, removed files pruned,
/// no duplicates, and a transaction cut short leaves the store as it was.
@Suite struct IndexingTests {
    static let first = """
        Pelatihan Guru SD di Kota Batu

        Batu, Senin 6 Februari 2023

        Sebanyak 120 guru sekolah dasar mengikuti pelatihan pembelajaran numerasi. Pelatihan berlangsung tiga hari.
        """
    static let changed = """
        Pelatihan Guru SD di Kota Batu Diperpanjang

        Batu, Senin 6 Februari 2023

        Sebanyak 150 guru sekolah dasar mengikuti pelatihan literasi digital. Pelatihan berlangsung lima hari.
        """
    static let second = """
        Sekolah Rusak di Pasuruan Segera Diperbaiki

        Pasuruan, Rabu 8 Maret 2023

        Pemerintah Kabupaten Pasuruan akan memperbaiki 14 gedung sekolah yang rusak akibat banjir.
        """

    /// What `warta index` does, with the same store calls: hash, skip what is unchanged, store the rest.
    struct Indexer {
        let store: Store

        func run(_ folder: TemporaryFolder, prune: Bool = false) throws -> [String: [String]] {
            var result: [String: [String]] = [:]
            let hashes = try store.storedHashes()
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                let path = folder.path(name)
                let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
                let key = Store.key(forPath: path)
                if hashes[key] == sha256Hex(bytes) {
                    result["unchanged", default: []].append(name)
                    continue
                }
                let record = try Fixtures.extract(String(decoding: bytes, as: UTF8.self), path: name)
                result[try store.put(record, key: key).rawValue, default: []].append(name)
            }
            if prune { result["pruned"] = try store.prune() }
            return result
        }
    }

    func write(_ text: String, _ name: String, in folder: TemporaryFolder) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder.path(name)))
    }

    @Test func skipsUnchangedReplacesChangedPrunesRemoved() throws {
        let files = try Fixtures.temporaryFolder()
        let folder = try Fixtures.temporaryFolder()
        let store = try folder.store()
        let indexer = Indexer(store: store)
        try write(Self.first, "batu.txt", in: files)
        try write(Self.second, "pasuruan.txt", in: files)

        #expect(try indexer.run(files) == ["added": ["batu.txt", "pasuruan.txt"]])
        let before = try store.summary()
        #expect(before.documents == 2)
        #expect(try indexer.run(files) == ["unchanged": ["batu.txt", "pasuruan.txt"]])
        #expect(try store.summary() == before)

        try write(Self.changed, "batu.txt", in: files)
        #expect(try indexer.run(files) == ["replaced": ["batu.txt"], "unchanged": ["pasuruan.txt"]])
        #expect(try store.summary().documents == 2)
        #expect(try store.search(SearchOptions(query: "literasi")).map(\.path) == ["batu.txt"])
        #expect(try store.search(SearchOptions(query: "numerasi")).isEmpty)
        let figures = try store.facts(FactFilter(kind: .figure)).filter { $0.path == "batu.txt" }.map(\.text)
        #expect(figures.contains("150 guru sekolah dasar") || figures.contains { $0.hasPrefix("150") })
        #expect(!figures.contains { $0.hasPrefix("120") })

        try FileManager.default.removeItem(atPath: files.path("pasuruan.txt"))
        // Without pruning, a removed file stays.
        #expect(try indexer.run(files) == ["unchanged": ["batu.txt"]])
        #expect(try store.summary().documents == 2)
        #expect(try indexer.run(files, prune: true) == ["unchanged": ["batu.txt"], "pruned": ["pasuruan.txt"]])
        #expect(try store.summary().documents == 1)
        #expect(try store.search(SearchOptions(query: "banjir")).isEmpty)
        let problems = try store.checkIntegrity(); #expect(problems.isEmpty, "\(problems)")
    }

    @Test func theSameFileTwiceIsOneDocument() throws {
        let folder = try Fixtures.temporaryFolder()
        let store = try folder.store()
        let record = try Fixtures.extract(Self.first, path: "batu.txt")
        #expect(try store.put(record, key: "/x/batu.txt") == .added)
        let once = try store.summary()
        #expect(try store.put(record, key: "/x/batu.txt") == .replaced)
        #expect(try store.summary() == once)
        #expect(Store.key(forPath: "/x/./y/../batu.txt") == "/x/batu.txt")
    }

    @Test func recordsComeBackAsTheyWent() throws {
        let folder = try Fixtures.temporaryFolder()
        let store = try folder.store()
        var record = try Fixtures.extract(Self.second, path: "pasuruan.txt")
        record.entities = [Entity(kind: .place, name: "Pasuruan", aliases: ["Kabupaten Pasuruan"], mentions: [Fixtures.span(of: "Pasuruan", in: record.text)])]
        try store.put(record, key: "/p.txt")
        #expect(try store.record(key: "/p.txt") == record)
    }

    struct Interrupted: Error {}

    @Test func anInterruptedDocumentLeavesTheStoreAsItWas() throws {
        let folder = try Fixtures.temporaryFolder()
        let store = try folder.store()
        let old = try Fixtures.extract(Self.first, path: "batu.txt")
        try store.put(old, key: "/x/batu.txt")
        try store.put(try Fixtures.extract(Self.second, path: "pasuruan.txt"), key: "/x/pasuruan.txt")
        let before = try store.summary()

        // Killed after the old version was deleted and the new one half written.
        let new = try Fixtures.extract(Self.changed, path: "batu.txt")
        #expect(throws: Interrupted.self) {
            try store.pool.write { db in
                _ = try store.removeDocument(key: "/x/batu.txt", in: db)
                _ = try store.store(new, key: "/x/batu.txt", in: db)
                throw Interrupted()
            }
        }
        #expect(try store.summary() == before)
        #expect(try store.record(key: "/x/batu.txt") == old)
        #expect(try store.search(SearchOptions(query: "numerasi")).map(\.path) == ["batu.txt"])
        #expect(try store.search(SearchOptions(query: "literasi")).isEmpty)
        #expect(try store.checkIntegrity().isEmpty)

        // Running again completes the work, with no duplicates.
        #expect(try store.put(new, key: "/x/batu.txt") == .replaced)
        #expect(try store.summary().documents == 2)
        #expect(try store.search(SearchOptions(query: "literasi")).map(\.path) == ["batu.txt"])
        #expect(try store.checkIntegrity().isEmpty)
    }

    @Test func anInterruptedRebuildResumes() throws {
        let folder = try Fixtures.temporaryFolder()
        let store = try folder.store()
        try store.put(try Fixtures.extract(Self.first, path: "batu.txt"), key: "/x/batu.txt")
        try store.put(try Fixtures.extract(Self.second, path: "pasuruan.txt"), key: "/x/pasuruan.txt")
        try store.rebuild()
        // Killed after one file: the other is still pending for the next run.
        try store.put(try Fixtures.extract(Self.first, path: "batu.txt"), key: "/x/batu.txt")
        let reopened = try Store(path: folder.path("archive.db"), lexicon: Fixtures.lexicon)
        #expect(try reopened.pendingFiles().map(\.key) == ["/x/pasuruan.txt"])
        #expect(try reopened.summary().documents == 1)
    }

    @Test func searchesRunWhileAnotherConnectionWrites() throws {
        let folder = try Fixtures.temporaryFolder()
        let writer = try folder.store()
        try writer.put(try Fixtures.extract(Self.first, path: "batu.txt"), key: "/x/batu.txt")
        let reader = try Store(path: folder.path("archive.db"), lexicon: Fixtures.lexicon)
        let record = try Fixtures.extract(Self.second, path: "pasuruan.txt")
        try writer.pool.write { db in
            _ = try writer.store(record, key: "/x/pasuruan.txt", in: db)
            // The open write transaction neither blocks the reader nor shows it half-done work.
            #expect(try reader.search(SearchOptions(query: "guru")).map(\.path) == ["batu.txt"])
            #expect(try reader.search(SearchOptions(query: "banjir")).isEmpty)
        }
        #expect(try reader.search(SearchOptions(query: "banjir")).map(\.path) == ["pasuruan.txt"])
    }
}
