import Foundation
import Testing
import WartaModel

/// Whole releases in `Corpus/documents/` against their expected records. Set
/// `WARTA_UPDATE_EXPECTED=1` to rewrite the expectations: the run still fails, so every change is
/// reviewed as a diff before it is committed.
struct DocumentGoldenTests {
    static let folder = Fixtures.corpus.appendingPathComponent("documents")

    static let documents: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    @Test func corpusHasReleases() {
        #expect(Self.documents.count >= 4)
    }

    @Test(arguments: documents)
    func matchesExpectedRecord(_ name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        let record = try Fixtures.extract(text, path: "Corpus/documents/\(name)")
        let actual = try Self.encoder().encode(record) + Data("\n".utf8)
        let expectedURL = Self.folder.appendingPathComponent(name.replacingOccurrences(of: ".txt", with: ".expected.json"))
        if ProcessInfo.processInfo.environment["WARTA_UPDATE_EXPECTED"] == "1" {
            try actual.write(to: expectedURL)
            Issue.record("rewrote \(expectedURL.lastPathComponent): review the diff and run again without WARTA_UPDATE_EXPECTED")
            return
        }
        let expected = try Data(contentsOf: expectedURL)
        #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }
}
