import ArgumentParser
import Foundation
import WartaExtract

/// `warta eval`: precision, recall and F1 against gold annotations, by the rules of
/// `shared/eval/score.py` (the same numbers, to the last digit).
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score extraction against gold annotations (precision, recall, F1 per category).",
        discussion: """
            Extracts PATH... as `warta extract` does, or reads existing JSON Lines with --records, and \
            matches each record to the gold file named after the stem of its source path. Matching \
            follows shared/eval/score.py exactly. Exit status 1 when a --min floor is not met or an \
            input could not be read, 2 for unusable gold or records.
            """)

    @Option(help: ArgumentHelp("Folder of gold annotations, one DOC.json per document.", valueName: "DIR"))
    var gold: String

    @Argument(help: "Release files or folders to extract and score.")
    var paths: [String] = []

    @Option(help: ArgumentHelp("Score these JSON Lines records (- for standard input) instead of extracting.", valueName: "FILE"))
    var records: String?

    @Option(name: .customLong("min"), help: ArgumentHelp("Fail (exit 1) when a category's F1 is below a floor; `macro` for the macro F1. Repeatable.", valueName: "CATEGORY=F1"))
    var floors: [String] = []

    @Flag(help: "Print the result as JSON (the shape of score.py --json).")
    var json = false

    @Flag(help: "Also give matched/gold/predicted counts per document.")
    var perDoc = false

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var lexicon: LexiconOption

    func validate() throws {
        if paths.isEmpty == (records == nil) { throw ValidationError("give either release PATHs or --records FILE") }
        for floor in floors {
            do { _ = try EvaluationFloor(parsing: floor) } catch { throw ValidationError("\(error)") }
        }
    }

    func run() throws {
        let floors = try self.floors.map { argument in
            do { return try EvaluationFloor(parsing: argument) } catch { throw ValidationError("\(error)") }
        }
        let scorer: Scorer
        do {
            scorer = try Scorer(goldDirectory: URL(fileURLWithPath: gold))
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(2)
        }
        var failures = 0
        let documents: [String: EvaluationDocument]
        if let records {
            do {
                let data = records == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: records))
                documents = try Scorer.records(jsonLines: data)
            } catch let error as EvaluationError {
                Diagnostics.error("\(records): \(error)")
                throw ExitCode(2)
            } catch {
                Diagnostics.error("\(records): cannot read file")
                throw ExitCode(2)
            }
        } else {
            let batch = reading.batch(lexicon: try lexicon.load())
            var extracted: [String: EvaluationDocument] = [:]
            try batch.run(InputFiles.discover(paths)) { outcome in
                switch outcome {
                case .record(let record):
                    extracted[Scorer.documentName(forSourcePath: record.source.path)] = EvaluationDocument(record: record)
                case .failure(let failure):
                    failures += 1
                    Diagnostics.error("\(failure.path): \(failure.reason)")
                }
            }
            documents = extracted
        }
        let report = scorer.score(documents)
        let output = json ? report.json(perDocument: perDoc).pythonJSON() + "\n" : report.table(perDocument: perDoc)
        FileHandle.standardOutput.write(Data(output.utf8))
        let unmet = report.unmetFloors(floors)
        if !unmet.isEmpty {
            FileHandle.standardOutput.write(Data("below floor: \(unmet.joined(separator: "; "))\n".utf8))
        }
        if !unmet.isEmpty || failures > 0 { throw ExitCode(1) }
    }
}
