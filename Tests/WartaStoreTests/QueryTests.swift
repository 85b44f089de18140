import Foundation
import Testing
@testable import WartaStore

/// The query language: what it becomes, and clear errors (never a crash, never SQL) for what it
/// cannot read.
@Suite struct QueryTests {
    static let store: Result<(TemporaryFolder, Store), any Error> = Result {
        let folder = try Fixtures.sharedFolder()
        let store = try folder.store()
        try store.put(try Fixtures.extract("Judul\n\nGuru dan kepala sekolah belajar Kurikulum Merdeka.", path: "a.txt"), key: "/a.txt")
        return (folder, store)
    }

    func store() throws -> Store { try Self.store.get().1 }

    @Test func parses() throws {
        #expect(try QueryParser.parse("guru sekolah") == .and([.word("guru", prefix: false), .word("sekolah", prefix: false)]))
        #expect(try QueryParser.parse("\"kepala sekolah\" OR guru") == .or([.phrase("kepala sekolah"), .word("guru", prefix: false)]))
        #expect(try QueryParser.parse("guru -pelatihan") == .and([.word("guru", prefix: false), .not(.word("pelatihan", prefix: false))]))
        #expect(try QueryParser.parse("(a OR b) AND c") == .and([.or([.word("a", prefix: false), .word("b", prefix: false)]), .word("c", prefix: false)]))
        #expect(try QueryParser.parse("kurik*") == .word("kurik", prefix: true))
        #expect(try QueryParser.parse("“rapor pendidikan”") == .phrase("rapor pendidikan"))
        #expect(try QueryParser.parse("guru or murid") == .and([.word("guru", prefix: false), .word("or", prefix: false), .word("murid", prefix: false)]))
    }

    @Test func compiles() throws {
        let store = try store()
        #expect(try store.explain("mendidik") == "\"didik\"")
        // Neighbouring words standing together rank higher; the releases found are the same.
        #expect(try store.explain("yang mendidik guru") == "((\"didik\" AND \"guru\") OR \"didik guru\")")
        #expect(try store.explain("guru kepala sekolah") == "((\"guru\" AND \"kepala\" AND \"sekolah\") OR (\"guru kepala\" AND \"sekolah\") OR (\"kepala sekolah\" AND \"guru\"))")
        #expect(try store.explain("guru \"kepala sekolah\"") == "(\"guru\" AND \"kepala sekolah\")")
        #expect(try store.explain("2.791") == "\"2791\"")
        #expect(try store.explain("guru -pelatihan") == "(\"guru\" NOT \"latih\")")
        // A phrase with a synonym is searched in both spellings.
        #expect(try store.explain("\"IKM Lumajang\"") == "(\"ikm lumajang\" OR \"implementasi kurikulum merdeka lumajang\")")
        #expect(try store.explain("\"Jawa Timur\"") == "(\"jawa timur\" OR \"jatim\")")
        // Quotes inside words cannot break out of an FTS5 string.
        #expect(QueryCompiler.quoted(["a\"b"]) == "\"a\"\"b\"")
        #expect(try store.explain("guru\u{0}murid") == "((\"guru\" AND \"murid\") OR \"guru murid\")")
    }

    static let invalid: [(String, String)] = [
        ("", "empty"),
        ("   ", "empty"),
        ("\"kurikulum merdeka", "not closed"),
        ("(guru OR murid", "not closed"),
        ("kurikulum (", "not closed"),
        ("guru)", "unmatched ')'"),
        ("OR guru", "OR"),
        ("guru OR", "OR"),
        ("guru AND", "AND"),
        ("AND guru", "AND"),
        ("NOT", "NOT"),
        ("guru NOT", "NOT"),
        ("()", "empty parentheses"),
        ("*", "'*'"),
        ("-guru", "only exclude"),
        ("NOT guru", "only exclude"),
        ("yang dan di", "stop word"),
        ("guru OR -murid", "exclusion"),
    ]

    @Test(arguments: invalid.map(\.0))
    func invalidQueriesSayWhy(_ query: String) throws {
        let expected = Self.invalid.first { $0.0 == query }!.1
        #expect { try store().search(SearchOptions(query: query)) } throws: { error in
            guard case .invalidQuery(let message) = error as? StoreError else { return false }
            return message.contains(expected)
        }
    }

    /// Whatever is typed, the answer is results or a query error.
    @Test func noQueryCrashesOrLeaksSQL() throws {
        let store = try store()
        let pieces = ["guru", "\"", "(", ")", "OR", "AND", "NOT", "-", "*", "'", ";", "--", "DROP TABLE documents", "NEAR(a b)",
                      "title:guru", "^", "+", "{", "}", ":", "\\", "%", "_", "2.791", "31,18", "é", "🙂", "\u{0}", "IKM", "\"\"", "a*b"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let query = (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: Bool.random() ? " " : "")
            switch Result(catching: { () throws(StoreError) in try store.search(SearchOptions(query: query)) }) {
            case .success, .failure(.invalidQuery): continue
            case .failure(let error): Issue.record("\(query.debugDescription): \(error)")
            }
        }
        #expect(try store.summary().documents == 1)
    }
}
