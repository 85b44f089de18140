import Foundation
import Testing
@testable import WartaExtract
import WartaInput
import WartaModel

/// `warta eval` must give the numbers `shared/eval/score.py` gives, to the last digit: both are run
/// on the same records (the dev set extracted now, and a hand-made set of edge cases) and their
/// JSON outputs compared byte for byte.
struct EvaluationTests {
    static let shared = Fixtures.root.appendingPathComponent("../shared").standardized
    static let script = shared.appendingPathComponent("eval/score.py")
    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let canCompare = FileManager.default.fileExists(atPath: script.path) && python != nil
    static let skipReason: Comment = "needs ../shared/eval/score.py and python3"

    // MARK: - Agreement with score.py

    @Test(.enabled(if: canCompare, skipReason))
    func agreesWithScoreScriptOnDevSet() throws {
        let dev = Self.shared.appendingPathComponent("corpus/dev")
        let batch = Batch(extractor: Extractor(lexicon: Fixtures.lexicon), reader: DocumentReader(), jobs: 2)
        var lines = Data()
        var direct: [String: EvaluationDocument] = [:]
        try batch.run(InputFiles.discover([dev.appendingPathComponent("raw").path])) { outcome in
            guard case .record(let record) = outcome else { Issue.record("dev release unreadable: \(outcome)"); return }
            lines += try record.jsonLine() + Data("\n".utf8)
            direct[Scorer.documentName(forSourcePath: record.source.path)] = EvaluationDocument(record: record)
        }
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let records = folder.appendingPathComponent("dev.jsonl")
        try lines.write(to: records)
        let gold = dev.appendingPathComponent("gold")
        try compare(gold: gold, records: records)

        // Scoring records straight from the extractor gives what scoring their JSON lines gives.
        let scorer = try Scorer(goldDirectory: gold)
        let fromLines = scorer.score(try Scorer.records(jsonLines: lines)).json(perDocument: true).pythonJSON()
        #expect(scorer.score(direct).json(perDocument: true).pythonJSON() == fromLines)
    }

    @Test(.enabled(if: canCompare, skipReason))
    func agreesWithScoreScriptOnEdgeCases() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = folder.appendingPathComponent("gold")
        try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: true)
        for (name, json) in Self.edgeGold { try Data(json.utf8).write(to: gold.appendingPathComponent("\(name).json")) }
        let records = folder.appendingPathComponent("records.jsonl")
        try Data((Self.edgeRecords.joined(separator: "\n") + "\n\n").utf8).write(to: records)
        try compare(gold: gold, records: records, floors: ["figures=0.9", "macro=0.1", "entities=0.5"])

        // And the numbers this set is built to give, so a shared mistake cannot pass unseen.
        let report = try Scorer(goldDirectory: gold).score(Scorer.records(jsonLines: Data(contentsOf: records)))
        #expect(report.category("dates")?.counts == Scorer.Counts(matched: 2, gold: 3, predicted: 3))
        #expect(report.category("percentages")?.counts == Scorer.Counts(matched: 3, gold: 4, predicted: 4))
        #expect(report.category("figures")?.counts == Scorer.Counts(matched: 3, gold: 4, predicted: 4))
        #expect(report.category("entities")?.counts == Scorer.Counts(matched: 4, gold: 4, predicted: 5))
        #expect(report.category("actions")?.counts == Scorer.Counts(matched: 3, gold: 3, predicted: 4))
        #expect(report.actionStatusAccuracy == 0.6667)
        #expect(report.missing == ["b"])
        #expect(report.publishedAccuracy == 0.6667)
    }

    /// Random documents built to hit the rules' corners (rounding ties, folding of odd Unicode,
    /// duplicate entities, Jaccard near 0.5, years as floats, missing and repeated records), from
    /// fixed seeds: score.py and the Swift scorer must agree on every number.
    @Test(.enabled(if: canCompare, skipReason), arguments: [1, 2, 3])
    func agreesWithScoreScriptOnRandomDocuments(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed))
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }
        func json(_ value: Any) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
        }
        let names = ["Santoso", "SANTOSO", "Sri Wahyuni", "sri  wahyuni!", "STRAẞE", "strasse", "ﬁtri", "Fitri", "İlham", "i̇lham",
                     "Ꭰᏸ", "ꭰᏸ", "Ｂａｌａｉ", "balai", "Dinas Pendidikan", "dinas-pendidikan", "PAUD/TK", "paud tk", "q\u{0301}x", "Ὀδυσσεύς", "x²"]
        let units = ["Satuan Pendidikan", "satuan-pendidikan", "SEKOLAH", "sekolah.", "(orang)", "…", "", "Rupiah", "ﬁle", "paud/tk"]
        let words = ["bimtek", "kepala", "sekolah", "rehabilitasi", "ruang", "kelas", "pelatihan", "guru", "SD", "2023", "ke-2", "PAUD", "Ꭰᏸ"]
        let values: [Any] = [46, 2.675, 0.125, 31.175, 1.005, 11000, 1.5e9, 0.375, 2.5, -0.0, 12.345, 7]
        func phrase() -> String { (0..<(1 + Int(random.next() % 4))).map { _ in pick(words) }.joined(separator: pick([" ", "  ", ", ", "-"])) }
        func entity(gold: Bool) -> [String: Any] {
            let kind = pick(["person", "organization", "place", "program", "event"])
            let aliases = (0..<Int(random.next() % 3)).map { _ in pick(names) }
            if gold { return ["kind": kind, "aliases": aliases + [pick(names)]] }
            return ["kind": kind, "name": pick(names), "acronym": chance(30) ? pick(names) : NSNull(), "aliases": aliases]
        }
        func percentage() -> [String: Any] {
            chance(30) ? ["value": NSNull(), "min": pick(values), "max": chance(80) ? pick(values) : NSNull()] : ["value": pick(values), "min": NSNull(), "max": NSNull()]
        }
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = folder.appendingPathComponent("gold")
        try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: true)
        var lines: [String] = []
        for index in 0..<30 {
            let dates = (0..<Int(random.next() % 4)).map { _ in pick(["2023-01-01", "2023-02-02", "2022-12-31"]) }
            let published: Any = chance(20) ? NSNull() : pick(["2023-01-05", "2023-01-06"])
            let goldDocument: [String: Any] = [
                "doc": "d\(index)", "published": published, "dates": dates,
                "percentages": (0..<Int(random.next() % 4)).map { _ in percentage() },
                "figures": (0..<Int(random.next() % 5)).map { _ in ["value": pick(values), "unit": pick(units)] },
                "entities": (0..<Int(random.next() % 5)).map { _ in entity(gold: true) },
                "actions": (0..<Int(random.next() % 4)).map { _ in ["year": pick([2022, 2023]), "status": pick(["done", "ongoing", "planned"]), "text": phrase()] },
            ]
            try Data(try json(goldDocument).utf8).write(to: gold.appendingPathComponent("d\(index).json"))
            if chance(10) { continue }  // no record: missing
            for _ in 0..<(chance(10) ? 2 : 1) {  // sometimes a later record for the same document
                let record: [String: Any] = [
                    "source": ["path": pick(["", "in/", "a/b/"]) + "d\(index)" + pick([".txt", ".html", ""])],
                    "published": chance(70) ? published : pick(["2023-01-05", NSNull()] as [Any]),
                    "dates": (0..<Int(random.next() % 4)).map { _ in ["value": pick(dates + ["2023-01-01"])] },
                    "percentages": (0..<Int(random.next() % 4)).map { _ in percentage() },
                    "figures": (0..<Int(random.next() % 5)).map { _ in ["value": pick(values), "unit": pick(units)] },
                    "entities": (0..<Int(random.next() % 6)).map { _ in entity(gold: false) },
                    "actions": (0..<Int(random.next() % 5)).map { _ in
                        ["year": pick([2022, 2023, 2023.0] as [Any]), "status": pick(["done", "ongoing", "planned"]), "text": phrase()] as [String: Any]
                    },
                ]
                lines.append(try json(record))
            }
        }
        let records = folder.appendingPathComponent("records.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: records)
        try compare(gold: gold, records: records, floors: ["dates=0.5", "entities=0.9", "macro=0.6"])
    }

    /// Runs score.py and the Swift scorer on the same files; JSON and table output must be equal.
    private func compare(gold: URL, records: URL, floors: [String] = []) throws {
        let scorer = try Scorer(goldDirectory: gold)
        let report = scorer.score(try Scorer.records(jsonLines: Data(contentsOf: records)))
        let floorArguments = floors.flatMap { ["--min", $0] }

        let json = try Self.runScript(["--gold", gold.path, "--records", records.path, "--json", "--per-doc"])
        #expect(json.output == report.json(perDocument: true).pythonJSON() + "\n")
        // Every number, one by one, for a readable failure.
        let expected = try JSONValue.parse(Data(json.output.utf8))
        for category in report.categories {
            let numbers = expected["categories"]?[category.name]
            #expect(numbers?["matched"] == .int(category.counts.matched), "\(category.name) matched")
            #expect(numbers?["gold"] == .int(category.counts.gold), "\(category.name) gold")
            #expect(numbers?["predicted"] == .int(category.counts.predicted), "\(category.name) predicted")
            #expect(numbers?["precision"]?.number == category.precision, "\(category.name) precision")
            #expect(numbers?["recall"]?.number == category.recall, "\(category.name) recall")
            #expect(numbers?["f1"]?.number == category.f1, "\(category.name) F1")
        }
        #expect(expected["macro_f1"]?.number == report.macroF1)
        #expect(expected["published_accuracy"]?.number == report.publishedAccuracy)
        #expect(expected["action_status_accuracy"]?.number == report.actionStatusAccuracy)

        let table = try Self.runScript(["--gold", gold.path, "--records", records.path, "--per-doc"] + floorArguments)
        let unmet = report.unmetFloors(try floors.map { try EvaluationFloor(parsing: $0) })
        let belowFloor = unmet.isEmpty ? "" : "below floor: \(unmet.joined(separator: "; "))\n"
        #expect(table.output == report.table(perDocument: true) + belowFloor)
        #expect(table.status == (unmet.isEmpty ? 0 : 1))
    }

    // MARK: - The rules, without Python

    @Test func roundsLikePython() {
        #expect(EvaluationDocument.percentageKey(value: 2.675, min: nil, max: nil) == .value(2.67))
        #expect(EvaluationDocument.percentageKey(value: 0.125, min: nil, max: nil) == .value(0.12))
        #expect(EvaluationDocument.percentageKey(value: 0.375, min: nil, max: nil) == .value(0.38))
        #expect(EvaluationDocument.percentageKey(value: nil, min: 36, max: nil) == .range(36, nil))
    }

    @Test func foldsLikePython() {
        #expect(TextFold.fold("  Drs. H. Santoso, M.Pd ") == "drs h santoso m pd")
        #expect(TextFold.fold("PAUD/TK & SD") == "paud/tk & sd")
        #expect(TextFold.fold("STRAẞE") == "strasse")
        #expect(TextFold.fold("ＢＢＰＭＰ") == "bbpmp")
        #expect(TextFold.unitHead("Satuan-Pendidikan") == "satuan")
        #expect(TextFold.unitHead("...") == "")
        #expect(TextFold.words("Bimtek (manajerial) kepala_sekolah 2023") == ["bimtek", "manajerial", "kepala_sekolah", "2023"])
        // Combining marks are not `\w` in Python: a decomposed letter NFKC cannot compose splits the word.
        #expect(TextFold.words("q\u{0301}x") == ["q", "x"])
    }

    @Test func namesRecordsByFileStem() {
        #expect(Scorer.documentName(forSourcePath: "../shared/corpus/dev/raw/03.txt") == "03")
        #expect(Scorer.documentName(forSourcePath: "a/b.c.html") == "b.c")
        #expect(Scorer.documentName(forSourcePath: ".hidden") == ".hidden")
        #expect(Scorer.documentName(forSourcePath: "x/..txt") == "..txt")
        #expect(Scorer.documentName(forSourcePath: "-") == "-")
        #expect(Scorer.documentName(forSourcePath: "dir/") == "")
    }

    @Test func parsesFloors() throws {
        #expect(try EvaluationFloor(parsing: "figures=0.9").minimum == 0.9)
        #expect(try EvaluationFloor(parsing: "macro=0.5").category == "macro")
        #expect(throws: EvaluationError.self) { try EvaluationFloor(parsing: "figurs=0.9") }
        #expect(throws: EvaluationError.self) { try EvaluationFloor(parsing: "figures") }
        #expect(throws: EvaluationError.self) { try EvaluationFloor(parsing: "figures=high") }
    }

    @Test func entityDuplicatesCountNeitherWay() {
        let gold = [EvaluationDocument.EntityKey(kind: "person", names: ["santoso"])]
        let predicted = [
            EvaluationDocument.EntityKey(kind: "person", names: ["santoso"]),
            EvaluationDocument.EntityKey(kind: "person", names: ["santoso", "pak santoso"]),
            EvaluationDocument.EntityKey(kind: "place", names: ["santoso"]),
        ]
        #expect(Scorer.matchEntities(gold: gold, predicted: predicted) == Scorer.Counts(matched: 1, gold: 1, predicted: 2))
    }

    // MARK: - Fixtures

    /// Edge cases: repeated dates, rounding ties, ranges with a missing end, unit heads after
    /// folding, duplicate and wrong-kind entities, Unicode folding, unscored kinds, a Jaccard of
    /// exactly 0.5 (c), a wrong status, a missing record, a record replaced by a later one.
    static let edgeGold: [(String, String)] = [
        ("a", """
            {"doc": "a", "published": "2023-01-05",
             "dates": ["2023-01-01", "2023-01-01", "2023-02-02"],
             "percentages": [{"value": 31.175}, {"min": 36, "max": 40}, {"value": 0.125}, {"min": 5}],
             "figures": [{"value": 46, "unit": "Satuan Pendidikan"}, {"value": 2.675, "unit": "miliar rupiah"},
                         {"value": 11000, "unit": "peserta."}, {"value": 3, "unit": "hari"}],
             "entities": [{"kind": "person", "aliases": ["Santoso"]},
                          {"kind": "organization", "aliases": ["Balai Besar Penjaminan Mutu Pendidikan", "BBPMP"]},
                          {"kind": "place", "aliases": ["STRAẞE"]},
                          {"kind": "program", "aliases": ["Kurikulum Merdeka"]}],
             "actions": [{"year": 2023, "status": "done", "text": "rehabilitasi 108 SD"},
                         {"year": 2024, "status": "planned", "text": "bimtek manajerial kepala sekolah"}]}
            """),
        ("b", """
            {"doc": "b", "published": null, "dates": [], "percentages": [], "figures": [], "entities": [], "actions": []}
            """),
        ("c", """
            {"doc": "c", "published": "2022-10-12", "entities": [{"kind": "place", "aliases": ["Blitar"]}],
             "actions": [{"year": 2022, "status": "ongoing", "text": "komunitas belajar"}]}
            """),
    ]

    static let edgeRecords: [String] = [
        #"{"source": {"path": "dir/a.txt"}, "published": "2023-01-05", "dates": [{"value": "2023-01-01"}, {"value": "2023-02-02"}, {"value": "2023-02-02"}], "#
            + #""percentages": [{"value": 31.18, "min": null, "max": null}, {"value": null, "min": 36, "max": 40.004}, {"value": 0.13}, {"min": 5, "max": null}], "#
            + #""figures": [{"value": 46, "unit": "satuan-pendidikan"}, {"value": 2.67, "unit": "Miliar"}, {"value": 11000, "unit": "PESERTA"}, {"value": 3, "unit": "jam"}], "#
            + #""entities": [{"kind": "person", "name": "SANTOSO", "acronym": null, "aliases": []}, {"kind": "person", "name": "Pak Santoso", "aliases": ["santoso"]}, "#
            + #"{"kind": "organization", "name": "Balai Penjamin", "acronym": "BBPMP", "aliases": []}, {"kind": "place", "name": "strasse"}, "#
            + #"{"kind": "place", "name": "Jakarta", "aliases": []}, {"kind": "program", "name": "Kurikulum Merdeka"}], "#
            + #""actions": [{"year": 2023, "status": "ongoing", "text": "Rehabilitasi 108 SD negeri"}, {"year": 2024, "status": "planned", "text": "bimtek kepala sekolah"}, "#
            + #"{"year": 2024, "status": "planned", "text": "bimtek kepala sekolah"}]}"#,
        #"{"source": {"path": "c.html"}, "published": "2022-10-12", "entities": [{"kind": "place", "name": "Kota Blitar", "aliases": ["blitar"]}], "actions": []}"#,
        #"{"source": {"path": "other/c.txt"}, "published": "2022-10-13", "entities": [{"kind": "place", "name": "Kota Blitar", "aliases": ["Blitar"]}], "#
            + #""actions": [{"year": 2022, "status": "ongoing", "text": "Komunitas Belajar guru sekolah"}]}"#,
        #"{"source": {"path": "unrelated.txt"}, "dates": [{"value": "2020-01-01"}]}"#,
    ]

    // MARK: - Helpers

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("warta-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func runScript(_ arguments: [String]) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python!)
        process.arguments = [script.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }
}
