import Foundation
import Testing

/// `warta eval` exit statuses and output shapes (its numbers are checked against score.py in
/// WartaExtractTests/EvaluationTests).
@Suite(.enabled(if: CLIRunner.binary != nil, "no warta binary beside the test bundle"))
struct EvalCommandTests {
    @Test func floorsJsonAndUnusableInput() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { CLIRunner.cleanUp(folder) }
        let gold = folder.appendingPathComponent("gold")
        try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: true)
        try Data(#"{"doc": "r1", "published": "2023-05-12", "dates": ["2023-05-12"], "figures": [{"value": 46, "unit": "sekolah"}, {"value": 3, "unit": "hari"}]}"#.utf8)
            .write(to: gold.appendingPathComponent("r1.json"))
        let records = #"{"source": {"path": "in/r1.txt"}, "published": "2023-05-12", "dates": [{"value": "2023-05-12"}], "figures": [{"value": 46, "unit": "sekolah negeri"}]}"#
        try Data((records + "\n").utf8).write(to: folder.appendingPathComponent("r.jsonl"))

        let json = try CLIRunner.run(["eval", "--gold", "gold", "--records", "r.jsonl", "--json"], in: folder)
        #expect(json.status == 0, "\(json.stderr)")
        let result = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
        let figures = (result?["categories"] as? [String: Any])?["figures"] as? [String: Any]
        #expect(figures?["matched"] as? Int == 1)
        #expect(figures?["recall"] as? Double == 0.5)
        #expect(result?["published_accuracy"] as? Double == 1.0)

        let table = try CLIRunner.run(["eval", "--gold", "gold", "--records", "-", "--min", "dates=1", "--min", "figures=0.9"], in: folder, input: Data(records.utf8))
        #expect(table.status == 1)
        #expect(table.output.contains("figures F1 0.667 < 0.9"))
        #expect(table.output.hasPrefix("category "))

        #expect(try CLIRunner.run(["eval", "--gold", "gold", "--records", "r.jsonl", "--min", "figurez=0.9"], in: folder).status == 2)
        try Data("not json\n".utf8).write(to: folder.appendingPathComponent("bad.jsonl"))
        let bad = try CLIRunner.run(["eval", "--gold", "gold", "--records", "bad.jsonl"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.errorLines == ["warta: error: bad.jsonl: records line 1 is not JSON"])
        #expect(try CLIRunner.run(["eval", "--gold", "nowhere", "--records", "r.jsonl"], in: folder).status == 2)
    }
}
