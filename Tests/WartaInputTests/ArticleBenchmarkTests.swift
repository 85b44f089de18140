import Foundation
import Testing
import WartaInput

/// Runs `DocumentReader` over the article-extraction benchmark's pages and writes one JSON line per
/// page (`{"source":{"path":"<id>.html"},"body":"…"}`) for `score_article.py --field body`.
///
///     WARTA_ARTICLE_BENCH_OUT=/tmp/records.jsonl swift test --filter ArticleBenchmark
///     python3 ../shared/benchmarks/article-extraction/score_article.py --records /tmp/records.jsonl --field body
///
/// Skipped unless `WARTA_ARTICLE_BENCH_OUT` is set; `WARTA_SHARED` overrides `../shared`.
/// `scripts/bench-articles.sh` scores the same pages through `warta extract`.
@Suite struct ArticleBenchmarkTests {
    static let output = ProcessInfo.processInfo.environment["WARTA_ARTICLE_BENCH_OUT"]

    struct Record: Encodable {
        struct Source: Encodable { var path: String }
        var source: Source
        var body: String
    }

    @Test(.enabled(if: output != nil)) func writeBenchmarkRecords() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = ProcessInfo.processInfo.environment["WARTA_SHARED"].map(URL.init(fileURLWithPath:))
            ?? root.deletingLastPathComponent().appendingPathComponent("shared")
        let pages = shared.appendingPathComponent("benchmarks/article-extraction/html")
        let names = try FileManager.default.contentsOfDirectory(atPath: pages.path).filter { $0.hasSuffix(".html.gz") }.sorted()
        #expect(!names.isEmpty, "no pages in \(pages.path)")

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var lines = Data()
        var seconds = 0.0
        for name in names {
            let bytes = try gunzip(pages.appendingPathComponent(name))
            let start = Date()
            let body = (try? DocumentReader(format: .html).read(bytes).body) ?? ""
            seconds += Date().timeIntervalSince(start)
            lines += try encoder.encode(Record(source: .init(path: String(name.dropLast(3))), body: body))
            lines += Data("\n".utf8)
        }
        try lines.write(to: URL(fileURLWithPath: Self.output!))
        print("article benchmark: \(names.count) pages read in \(String(format: "%.2f", seconds)) s, "
            + "\(String(format: "%.1f", Double(names.count) / max(seconds, 0.001))) pages/s → \(Self.output!)")
    }

    /// The bytes of a gzip file, through the system's gzip.
    private func gunzip(_ file: URL) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}
