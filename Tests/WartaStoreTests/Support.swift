import Foundation
import WartaExtract
import WartaLexicon
import WartaModel
@testable import WartaStore

/// Shared by the store tests: the repository's folders, the lexicon loaded once, extraction of a
/// text as a record, hand-made records, and stores in temporary folders.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static let corpus = root.appendingPathComponent("Corpus")

    static let lexicon: Lexicon = {
        do { return try Lexicon.load(from: root.appendingPathComponent("Lexicons")) } catch { fatalError("lexicon: \(error)") }
    }()

    /// The record Warta extracts from `text`.
    static func extract(_ text: String, path: String = "rilis.txt", published: String? = nil) throws -> Record {
        let session = try Extractor(lexicon: lexicon).makeSession()
        let source = Source(path: path, sha256: sha256Hex(Array(text.utf8)), format: "text", encoding: "UTF-8")
        return try session.extract(text, source: source, metadata: Extractor.Metadata(published: published))
    }

    /// A record with hand-made facts (for what extraction does not give yet): the text is taken
    /// as it is, one sentence per line.
    static func record(_ text: String, path: String, title: String? = nil, published: String? = nil,
                       entities: [Entity] = [], actions: [Action] = []) -> Record {
        var record = Record(id: String(sha256Hex(Array(text.utf8)).prefix(16)), source: Source(path: path, sha256: sha256Hex(Array(text.utf8)), format: "text"),
                            title: title, published: published, text: text)
        var start = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.unicodeScalars.count
            if length > 0 { record.sentences.append(Span(start, start + length)) }
            start += length + 1
        }
        record.entities = entities
        record.actions = actions
        return record
    }

    /// The span of the first occurrence of `phrase` in `text`, in scalar offsets.
    static func span(of phrase: String, in text: String) -> Span {
        let scalars = Array(text.unicodeScalars), target = Array(phrase.unicodeScalars)
        for start in 0...(scalars.count - target.count) where Array(scalars[start..<(start + target.count)]) == target {
            return Span(start, start + target.count)
        }
        fatalError("'\(phrase)' not in text")
    }

    /// A fresh folder, removed when the test's `TemporaryFolder` goes.
    static func temporaryFolder() throws -> TemporaryFolder { try TemporaryFolder() }

    /// A fresh folder for a store a suite shares in a `static let`, which is never released: it
    /// lives in a folder of this process's own that is removed when the process exits.
    static func sharedFolder() throws -> TemporaryFolder {
        _ = removeSharedFoldersAtExit
        return try TemporaryFolder(in: TemporaryFolder.sharedRoot)
    }

    private static let removeSharedFoldersAtExit: Void = {
        atexit { try? FileManager.default.removeItem(at: TemporaryFolder.sharedRoot) }
    }()
}

final class TemporaryFolder: Sendable {
    let url: URL

    /// Where the shared folders of this test process go.
    static var sharedRoot: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("warta-store-tests-shared-\(getpid())")
    }

    init(in parent: URL = FileManager.default.temporaryDirectory) throws {
        url = parent.appendingPathComponent("warta-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// A new store in this folder.
    func store(_ name: String = "archive.db") throws -> Store {
        try Store(path: path(name), lexicon: Fixtures.lexicon, mode: .create)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
