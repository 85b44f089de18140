import ArgumentParser
import Foundation
import WartaExtract
import WartaInput
import WartaStore

/// `warta extract`: releases in, one record per document out, in input order.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract records from release files and folders (recursive) as JSON Lines, JSON or CSV.",
        discussion: """
            Unreadable inputs are reported as `warta: error: PATH: reason` on standard error; the batch \
            goes on and the exit status is 1. Output order and bytes are the same for any --jobs.
            """)

    @Argument(help: "Files, folders (searched recursively for .txt and .html), or - for standard input.")
    var paths: [String]

    @OptionGroup var reading: ReadingOptions

    @Option(help: "Output: jsonl (one record per line), json (one array) or csv (one row per fact).")
    var outputFormat: RecordWriter.Format = .jsonl

    @Flag(help: "Start CSV output with a byte-order mark, for spreadsheet programs.")
    var excelBOM = false

    @Option(name: .shortAndLong, help: "Write to FILE (atomically: a temporary file renamed when done) instead of standard output.")
    var output: String?

    @Option(help: "Also write each error as a JSON line to FILE.")
    var errors: String?

    @Flag(name: .shortAndLong, help: "No progress display.")
    var quiet = false

    @OptionGroup var lexicon: LexiconOption

    func run() throws {
        let batch = reading.batch(lexicon: try lexicon.load())
        let inputs = InputFiles.discover(paths)
        let sink = try OutputFile(path: output)
        let errorLog = try errors.map { try OutputFile(path: $0) }
        var writer = RecordWriter(format: outputFormat, excelBOM: excelBOM, write: sink.write)
        var progress = Progress(total: inputs.count, enabled: !quiet)
        var failures = 0
        let format = outputFormat
        // Records are encoded by the workers; this thread only writes them, in order.
        let encode: @Sendable (Batch.Outcome) -> Result<Data, any Error>? = { outcome in
            guard case .record(let record) = outcome else { return nil }
            return Result { try RecordWriter.encode(record, as: format) }
        }
        try batch.run(inputs, prepare: { ($0, encode($0)) }) { outcome, encoded in
            switch outcome {
            case .record:
                if let encoded { try writer.append(encoded: try encoded.get()) }
            case .failure(let failure):
                failures += 1
                progress.clear()
                Diagnostics.error("\(failure.path): \(failure.reason)")
                try errorLog?.write(try JSONLines.encoder.encode(failure) + Data("\n".utf8))
            }
            progress.advance()
        }
        try writer.finish()
        progress.clear()
        try sink.commit()
        try errorLog?.commit()
        if failures > 0 { throw ExitCode(1) }
    }
}

extension RecordWriter.Format: ExpressibleByArgument {}
