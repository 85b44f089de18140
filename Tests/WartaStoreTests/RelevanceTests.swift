import Foundation
import Testing
import WartaLexicon
@testable import WartaStore

/// The relevance set in `Corpus/search/`: releases written for it, and queries (with filters) with
/// the release that must come first. Scored as top-1 accuracy and mean reciprocal rank.
@Suite struct RelevanceTests {
    static let folder = Fixtures.corpus.appendingPathComponent("search")

    struct Case: CustomTestStringConvertible, Sendable {
        let line: Int
        let query: String
        let filters: [String: String]
        let expected: String
        var testDescription: String { "\(query) [\(filters.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: ", "))]" }

        var options: SearchOptions {
            var options = SearchOptions(query: query, limit: 20)
            options.year = filters["year"].flatMap { Int($0) }
            options.place = filters["place"]
            options.entity = filters["entity"]
            options.organization = filters["org"]
            return options
        }
    }

    static let cases: [Case] = {
        do {
            let url = folder.appendingPathComponent("queries.tsv")
            let file = try LexiconFile(name: "queries.tsv", contents: String(contentsOf: url, encoding: .utf8))
            return file.rows.map { row in
                var filters: [String: String] = [:]
                for part in (row.optional(1) ?? "").split(separator: ";") {
                    let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    if pair.count == 2 { filters[pair[0]] = pair[1] }
                }
                return Case(line: row.line, query: row[0], filters: filters, expected: row[2])
            }
        } catch {
            fatalError("queries.tsv: \(error)")
        }
    }()

    final class Archive: @unchecked Sendable {
        let folder: TemporaryFolder
        let store: Store
        let releases: [String]

        init() throws {
            folder = try Fixtures.sharedFolder()
            store = try folder.store()
            let directory = RelevanceTests.folder.appendingPathComponent("releases")
            releases = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
            for name in releases {
                let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
                let stem = String(name.dropLast(4))
                try store.put(try Fixtures.extract(text, path: stem), key: "/search/\(stem)")
            }
        }

        /// The rank (1-based) of the expected release, or nil when it is not found.
        func rank(of item: Case) throws -> Int? {
            try store.search(item.options).firstIndex { $0.path == item.expected }.map { $0 + 1 }
        }
    }

    static let archive = Result { try Archive() }

    @Test func setIsWellFormed() throws {
        let archive = try Self.archive.get()
        #expect(Self.cases.count >= 30)
        #expect(archive.releases.count >= 10)
        for item in Self.cases {
            #expect(archive.releases.contains(item.expected + ".txt"), "queries.tsv:\(item.line): no release \(item.expected)")
        }
        // Every release is the answer to some query.
        #expect(Set(Self.cases.map(\.expected)) == Set(archive.releases.map { String($0.dropLast(4)) }))
    }

    @Test(arguments: cases)
    func expectedReleaseComesFirst(_ item: Case) throws {
        let rank = try Self.archive.get().rank(of: item)
        #expect(rank == 1, "queries.tsv:\(item.line): \(item.expected) ranked \(rank.map(String.init) ?? "not found")")
    }

    @Test func score() throws {
        let archive = try Self.archive.get()
        var reciprocal = 0.0, first = 0
        for item in Self.cases {
            guard let rank = try archive.rank(of: item) else { continue }
            reciprocal += 1 / Double(rank)
            if rank == 1 { first += 1 }
        }
        let mrr = reciprocal / Double(Self.cases.count)
        print("relevance: \(first)/\(Self.cases.count) first, MRR \(String(format: "%.3f", mrr))")
        #expect(first == Self.cases.count)
        #expect(mrr == 1)
    }
}
