import Foundation
import Testing

/// `warta extract` as a user runs it: bad inputs reported one line each while good files still
/// give records, exit statuses, output files, formats and determinism.
@Suite(.enabled(if: CLIRunner.binary != nil, "no warta binary beside the test bundle"))
struct ExtractCommandTests {
    /// The releases of `Corpus/` and every kind of bad input, in `folder/batch`. Returns the bad
    /// paths (relative to `folder`) with a word their reason must contain, and the good paths, in
    /// the order `extract` visits them.
    static func makeBatch(in folder: URL) throws -> (bad: [(path: String, reason: String)], good: [String]) {
        let manager = FileManager.default
        let batch = folder.appendingPathComponent("batch")
        try manager.createDirectory(at: batch.appendingPathComponent("sub"), withIntermediateDirectories: true)
        var good: [String] = []
        for url in try CLIRunner.corpusReleases() {
            try manager.copyItem(at: url, to: batch.appendingPathComponent(url.lastPathComponent))
            good.append("batch/\(url.lastPathComponent)")
        }
        func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: batch.appendingPathComponent(name)) }
        var bad: [(String, String)] = []
        try write("a-empty.txt", [])
        bad.append(("batch/a-empty.txt", "empty"))
        try write("a-nul.txt", Array("Rapat dimulai pukul 09.00\u{0}\u{0}dan selesai siang.".utf8))
        bad.append(("batch/a-nul.txt", "NUL"))
        try write("a-picture.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52] + Array(repeating: 0x7F, count: 64))
        bad.append(("batch/a-picture.txt", "PNG"))
        try write("a-garbage.txt", Array([UInt8]([0x81, 0x8D, 0x8F, 0x90, 0x9D]).repeated(50)))
        bad.append(("batch/a-garbage.txt", "not valid UTF-8"))
        try write("a-huge.txt", Array(String(repeating: "Sebanyak 12 sekolah mengikuti pelatihan. ", count: 6_000).utf8))
        bad.append(("batch/a-huge.txt", "--max-bytes"))
        try manager.createSymbolicLink(atPath: batch.appendingPathComponent("a-dangling.txt").path, withDestinationPath: "nowhere/missing.txt")
        bad.append(("batch/a-dangling.txt", "broken symbolic link"))
        guard mkfifo(batch.appendingPathComponent("a-fifo.txt").path, 0o644) == 0 else { throw CLITestError("mkfifo failed") }
        bad.append(("batch/a-fifo.txt", "not a regular file"))
        // Root reads any file whatever its mode: then the locked file is a good one.
        try write("a-locked.txt", Array("Dinas Pendidikan menyalurkan 40 laptop ke sekolah.".utf8))
        chmod(batch.appendingPathComponent("a-locked.txt").path, 0)
        if CLIRunner.isRoot {
            good.insert("batch/a-locked.txt", at: 0)
        } else {
            bad.append(("batch/a-locked.txt", "permission denied"))
        }
        try write("sub/inner.txt", Array("Sebanyak 25 guru hadir pada 3 Maret 2023.".utf8))
        try manager.createSymbolicLink(atPath: batch.appendingPathComponent("sub/loop").path, withDestinationPath: "..")
        bad.append(("batch/sub/loop", "folder loop"))
        good.append("batch/sub/inner.txt")
        // A link to a release is read as that release.
        try manager.createSymbolicLink(atPath: batch.appendingPathComponent("sub/linked.txt").path, withDestinationPath: "inner.txt")
        good.append("batch/sub/linked.txt")
        // Discovery order: sorted names, so a-* first, then the corpus files, then sub/.
        return (bad.sorted { $0.0 < $1.0 }, good.sorted())
    }

    @Test func badInputsGiveOneErrorLineEachAndGoodFilesStillGetRecords() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.cleanUp(folder) }
        let (bad, good) = try Self.makeBatch(in: folder)
        let run = try CLIRunner.run(["extract", "batch", "--max-bytes", "200000", "-q"], in: folder)
        #expect(run.status == 1)
        #expect(run.errorLines.count == bad.count, "\(run.stderr)")
        for (path, reason) in bad {
            let lines = run.errorLines.filter { $0.hasPrefix("warta: error: \(path): ") }
            #expect(lines.count == 1, "one error line for \(path)")
            #expect(lines.first?.contains(reason) == true, "\(path): \(lines.first ?? "no line") should say \(reason)")
        }
        let records = try run.records()
        #expect(records.map { ($0["source"] as? [String: Any])?["path"] as? String } == good)
        #expect(records.allSatisfy { $0["schema"] as? String == "warta.record/1" })
    }

    @Test func usageErrorsExitWithTwo() throws {
        for arguments in [["extract", "--jobs", "0", "x.txt"], ["extract", "--no-such-option", "x.txt"], ["extract", "--output-format", "xml", "x.txt"],
                          ["extract"], ["no-such-command"], ["eval", "x.txt"]] {
            let run = try CLIRunner.run(arguments)
            #expect(run.status == 2, "\(arguments): \(run.stderr)")
            #expect(run.stderr.hasPrefix("warta: error: "), "\(arguments): \(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
        let missing = try CLIRunner.run(["extract", "-q", "no/such/file.txt"])
        #expect(missing.status == 1)
        #expect(missing.errorLines == ["warta: error: no/such/file.txt: no such file or folder"])
    }

    @Test func errorsFileAndAtomicOutputFile() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.cleanUp(folder) }
        let (bad, good) = try Self.makeBatch(in: folder)
        let out = folder.appendingPathComponent("out/records.jsonl")
        try FileManager.default.createDirectory(at: out.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("old contents\n".utf8).write(to: out)
        let run = try CLIRunner.run(["extract", "batch", "--max-bytes", "200000", "-q", "--errors", "out/errors.jsonl", "--output", "out/records.jsonl"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.errorLines.count == bad.count)

        let errorLines = try String(contentsOf: folder.appendingPathComponent("out/errors.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(errorLines.count == bad.count)
        let errors = try errorLines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String] ?? [:] }
        #expect(errors.map { $0["path"] ?? "" } == bad.map(\.path))
        for (error, expected) in zip(errors, bad) { #expect(error["reason"]?.contains(expected.reason) == true) }

        // The output replaced the old file whole, and no temporary file is left beside it.
        let written = try String(contentsOf: out, encoding: .utf8)
        #expect(!written.contains("old contents"))
        #expect(written.split(separator: "\n").count == good.count)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        #expect(Set(leftovers) == ["records.jsonl", "errors.jsonl"])

        // Same bytes as standard output gives.
        let stdout = try CLIRunner.run(["extract", "batch", "--max-bytes", "200000", "-q"], in: folder)
        #expect(stdout.stdout == Data(written.utf8))
    }

    @Test func sameOutputForOneAndTwoJobs() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.cleanUp(folder) }
        _ = try Self.makeBatch(in: folder)
        // More documents than jobs, in several folders, with the bad inputs among them.
        for copy in 1...3 {
            let target = folder.appendingPathComponent("batch/copy\(copy)")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            for url in try CLIRunner.corpusReleases() {
                try FileManager.default.copyItem(at: url, to: target.appendingPathComponent(url.lastPathComponent))
            }
        }
        let one = try CLIRunner.run(["extract", "batch", "--jobs", "1", "--max-bytes", "200000", "-q"], in: folder)
        let two = try CLIRunner.run(["extract", "batch", "--jobs", "2", "--max-bytes", "200000", "-q"], in: folder)
        let three = try CLIRunner.run(["extract", "batch", "-j3", "--max-bytes", "200000", "-q"], in: folder)  // joined, as `make -j3`
        #expect(one.status == 1 && two.status == 1 && three.status == 1)
        #expect(!one.stdout.isEmpty)
        #expect(one.stdout == two.stdout && one.stdout == three.stdout)
        #expect(one.stderr == two.stderr && one.stderr == three.stderr)
    }

    @Test func csvHasHeaderQuotedFieldsAndOneRowPerFact() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.cleanUp(folder) }
        // A release of our own whose facts hold commas and quotes, beside the corpus.
        let own = "Dinas Pendidikan Kota Batu\n\nBatu, 12 Mei 2023 - Dana sebesar Rp1,5 miliar disalurkan kepada 46 sekolah, "
            + "dan \"program 'Sekolah Ramah'\" mencapai 31,18 persen.\n"
        try Data(own.utf8).write(to: folder.appendingPathComponent("own.txt"))
        let paths = ["own.txt"] + (try CLIRunner.corpusReleases().map(\.path))
        let jsonl = try CLIRunner.run(["extract", "-q"] + paths, in: folder)
        #expect(jsonl.status == 0, "\(jsonl.stderr)")
        let records = try jsonl.records()
        let csv = try CLIRunner.run(["extract", "-q", "--output-format", "csv"] + paths, in: folder)
        #expect(csv.status == 0)
        let table = try CSV.parse(csv.output)
        #expect(table.first == ["document_id", "source", "kind", "value", "unit_status_year", "text", "start", "end"])
        let rows = table.dropFirst()
        #expect(rows.allSatisfy { $0.count == 8 })
        #expect(rows.count == records.reduce(0) { $0 + Self.factCount($1) })
        #expect(csv.output.contains("\"Rp1,5 miliar\""))
        #expect(rows.contains { $0[5] == "Rp1,5 miliar" && $0[3] == "1500000000" && $0[4] == "rupiah" })
        #expect(csv.output.hasSuffix("\r\n"))
        // Every row's id and source name a record, in record order.
        let ids = records.map { $0["id"] as? String ?? "" }
        var lastIndex = 0
        for row in rows {
            let index = ids[lastIndex...].firstIndex(of: row[0])
            #expect(index != nil, "row of unknown or out-of-order document \(row[0])")
            lastIndex = index ?? lastIndex
        }

        let bom = try CLIRunner.run(["extract", "-q", "--output-format", "csv", "--excel-bom"] + paths, in: folder)
        #expect(Array(bom.stdout.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(bom.stdout.dropFirst(3) == csv.stdout)
        #expect(!csv.stdout.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test func jsonOutputIsOneArray() throws {
        let paths = try CLIRunner.corpusReleases().map(\.path)
        let lines = try CLIRunner.run(["extract", "-q"] + paths)
        let array = try CLIRunner.run(["extract", "-q", "--output-format", "json"] + paths)
        #expect(array.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: array.stdout) as? [Any]
        #expect(parsed?.count == paths.count)
        let expected = try lines.records().map { try JSONSerialization.data(withJSONObject: $0, options: .sortedKeys) }
        let actual = try (parsed ?? []).map { try JSONSerialization.data(withJSONObject: $0, options: .sortedKeys) }
        #expect(actual == expected)
        // No records: still one (empty) array.
        let empty = try CLIRunner.run(["extract", "-q", "--output-format", "json", "no/such.txt"])
        #expect(empty.status == 1)
        #expect(try JSONSerialization.jsonObject(with: empty.stdout) as? [Any] != nil)
    }

    @Test func standardInput() throws {
        let url = try #require(try CLIRunner.corpusReleases().first)
        let bytes = try Data(contentsOf: url)
        let piped = try CLIRunner.run(["extract", "-q", "-"], input: bytes)
        #expect(piped.status == 0, "\(piped.stderr)")
        let records = try piped.records()
        #expect(records.count == 1)
        let source = records.first?["source"] as? [String: Any]
        #expect(source?["path"] as? String == "-")
        // The same record as reading the file, but for the path.
        let direct = try CLIRunner.run(["extract", "-q", url.path]).records()
        #expect(records.first?["text"] as? String == direct.first?["text"] as? String)
        #expect((direct.first?["source"] as? [String: Any])?["sha256"] as? String == source?["sha256"] as? String)

        let empty = try CLIRunner.run(["extract", "-q", "-"], input: Data())
        #expect(empty.status == 1)
        #expect(empty.errorLines == ["warta: error: -: empty file"])
    }

    /// Rows the CSV gives for a record: one per entity mention and per figure, percentage, date and action.
    static func factCount(_ record: [String: Any]) -> Int {
        let mentions = (record["entities"] as? [[String: Any]] ?? []).reduce(0) { $0 + (($1["mentions"] as? [Any])?.count ?? 0) }
        return ["figures", "percentages", "dates", "actions"].reduce(mentions) { $0 + ((record[$1] as? [Any])?.count ?? 0) }
    }
}

extension Array {
    func repeated(_ times: Int) -> [Element] { (0..<times).flatMap { _ in self } }
}

/// An RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks.
enum CSV {
    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty else { throw CLITestError("quote inside an unquoted field: \(field)") }
                quoted = true
            case ",":
                row.append(field); field = ""
            case "\r":
                guard scalars.popFirst() == "\n" else { throw CLITestError("CR without LF") }
                row.append(field); field = ""
                rows.append(row); row = []
            case "\n":
                throw CLITestError("bare LF line end")
            default:
                field.unicodeScalars.append(c)
            }
        }
        if quoted { throw CLITestError("unterminated quoted field") }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
