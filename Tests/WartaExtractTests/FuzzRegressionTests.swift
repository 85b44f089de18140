import Foundation
import Testing
import WartaExtract
import WartaInput
import WartaModel

/// Every input the fuzzer (`scripts/fuzz.sh`) crashed the pipeline with, kept in `Fuzz/`: each runs
/// through the whole pipeline as the fuzz target does (read in auto mode → extract → record JSON,
/// spans checked) in a child process, so a crash fails its test instead of ending the test run.
struct FuzzRegressionTests {
    static let folder = Fixtures.root.appendingPathComponent("Tests/WartaExtractTests/Fuzz")

    static let inputs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    /// Crashes found by the fuzzer in code still to be fixed, by input name prefix. Each is a known
    /// issue, so the suite stays green meanwhile; once fixed, its test fails ("known issue was not
    /// recorded") until the entry here is removed.
    /// (`role-at-end-*`: EntityContext.role(at:) read past the last token when a text ended in an
    /// honorific; fixed in 982b9fa.)
    static let open: [String: Comment] = [:]

    @Test func keepsCrashers() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func pipelineSurvives(_ name: String) async {
        let path = Self.folder.appendingPathComponent(name).path
        let openIssue = Self.open.first { name.hasPrefix($0.key) }?.value
        await withKnownIssue(openIssue ?? "", isIntermittent: openIssue == nil) {
            await #expect(processExitsWith: .success, "\(name) through the pipeline") { [path = path as String] in
                try FuzzRegressionTests.runPipeline(Array(Data(contentsOf: URL(fileURLWithPath: path))))
            }
        } when: {
            openIssue != nil
        }
    }

    /// The fuzz target's work on one input: whatever the bytes, no crash, and a record (when the
    /// bytes are readable at all) whose JSON round-trips and whose spans lie inside its text.
    static func runPipeline(_ bytes: [UInt8]) throws {
        let batch = Batch(extractor: Extractor(lexicon: Fixtures.lexicon), reader: DocumentReader(), jobs: 1)
        let outcome = batch.extract(BatchInput(path: "fuzz-input", content: .bytes(bytes)), with: try batch.extractor.makeSession())
        guard case .record(let record) = outcome else { return }
        let decoded = try Record.decode(try record.jsonLine())
        precondition(decoded.id == record.id && decoded.text == record.text, "record JSON does not round-trip")
        let length = record.text.unicodeScalars.count
        let spans = record.sentences + record.entities.flatMap(\.mentions) + record.figures.map(\.span)
            + record.percentages.map(\.span) + record.dates.map(\.span) + record.actions.map(\.span)
        for span in spans {
            precondition(0 <= span.start && span.start <= span.end && span.end <= length, "span \(span) outside a text of \(length) scalars")
        }
    }
}
