import ArgumentParser
import Foundation
import WartaExtract
import WartaInput
import WartaLexicon
import WartaStore

/// `warta bench`: throughput figures, reported as ratios to raw ICU word breaking measured in the
/// same run (machines differ; ratios travel).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure speed: tokenizer against raw ICU, whole-batch extraction, stemming.",
        subcommands: [BenchTokenize.self, BenchExtract.self, BenchStem.self, BenchExtractRun.self])
}

/// Where benchmarks find their material: the lexicon and the `Corpus/` folder beside it.
struct BenchmarkInputs: ParsableArguments {
    @Option(help: ArgumentHelp("The corpus folder to build benchmark texts from (default: Corpus/ beside the lexicon, or in the current folder).", valueName: "DIR"))
    var corpus: String?

    @OptionGroup var lexicon: LexiconOption

    func load() throws -> (Lexicon, BenchmarkCorpus) {
        let lexicon = try self.lexicon.load()
        guard let directory = corpus.map({ URL(fileURLWithPath: $0) }) ?? BenchmarkCorpus.defaultDirectory(besideLexicon: lexicon.directory) else {
            throw ValidationError("no Corpus/ folder found; pass --corpus DIR")
        }
        do {
            return (lexicon, try BenchmarkCorpus(directory: directory))
        } catch {
            throw ValidationError("\(error)")
        }
    }
}

struct BenchTokenize: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Raw ICU word breaks, Warta's tokenizer and full segmentation over the same buffer (MB/s, ratio to ICU).")

    @Option(help: "Size of the text buffer, in megabytes (corpus texts repeated).")
    var megabytes = 20

    @Option(help: "Runs of each measurement; the best counts.")
    var runs = 5

    @OptionGroup var inputs: BenchmarkInputs

    func validate() throws {
        if megabytes < 1 || runs < 1 { throw ValidationError("--megabytes and --runs must be at least 1") }
    }

    func run() throws {
        let (lexicon, corpus) = try inputs.load()
        let result = try TokenizerBenchmark(lexicon: lexicon, corpus: corpus).run(bytes: megabytes * 1_000_000, runs: runs)
        print(String(format: "tokenize: %.1f MB of normalized corpus text (%d texts × %d copies), %d tokens, %d sentences; best of %d runs",
                     result.megabytes, corpus.texts.count, result.copies, result.tokens, result.sentences, runs))
        print("                               MB per CPU-s   × raw ICU   (wall-clock MB/s)")
        for (name, rate, timing) in [("raw ICU word breaks", result.icuRate, result.icu), ("Warta tokenizer", result.tokenizerRate, result.tokenizer),
                                     ("segmentation with sentences", result.segmentationRate, result.segmentation)] {
            print(String(format: "  %@%10.1f   %8.2f×   (%.1f)", name.padding(toLength: 29, withPad: " ", startingAt: 0), rate, rate / result.icuRate,
                         result.megabytes / timing.wall))
        }
        print("  goal: tokenizer ≥ 0.80× raw ICU")
    }
}

struct BenchExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Whole batches (discover → read → extract → JSON Lines) over a synthetic archive made from the corpus.",
        discussion: """
            Each batch runs in a child process of its own, so its peak memory (VmHWM) is its own. The \
            smaller archive shows whether peak memory grows with the number of files.
            """)

    @Option(help: "Releases in the large archive.")
    var releases = 10_000

    @Option(help: "Releases in the small archive (for the memory comparison).")
    var small = 2_000

    @Option(parsing: .upToNextOption, help: "Job counts to run with.")
    var jobs: [Int] = [1, 2]

    @Option(help: ArgumentHelp("Write the archives into DIR and keep them (default: a temporary folder, removed).", valueName: "DIR"))
    var keep: String?

    @Option(name: .customLong("archive"), help: ArgumentHelp(
        "Also time a real archive: every release under DIR (repeatable), in the same run and against the same ICU yardstick.",
        valueName: "DIR"))
    var realArchives: [String] = []

    @OptionGroup var inputs: BenchmarkInputs

    func validate() throws {
        if releases < 1 || small < 1 { throw ValidationError("--releases and --small must be at least 1") }
        if jobs.isEmpty || jobs.contains(where: { $0 < 1 }) { throw ValidationError("--jobs must be at least 1") }
        var isFolder: ObjCBool = false
        for folder in realArchives where !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            throw ValidationError("--archive \(folder): not a folder")
        }
    }

    func run() throws {
        let (lexicon, corpus) = try inputs.load()
        let manager = FileManager.default
        let root = keep.map { URL(fileURLWithPath: $0) } ?? manager.temporaryDirectory.appendingPathComponent("warta-bench-\(UUID().uuidString)")
        defer { if keep == nil { try? manager.removeItem(at: root) } }

        var archives: [SyntheticArchive] = []
        let made = try BenchmarkClock.measure {
            for count in [releases, small] {
                archives.append(try SyntheticArchive(root: root.appendingPathComponent("\(count)"), count: count, corpus: corpus))
            }
        }
        let icuRate = try TokenizerBenchmark.icuWordBreakRate(corpus: corpus, bytes: 10_000_000, runs: 3)
        print(String(format: "extract: synthetic archives of %d and %d releases (%.1f and %.1f MB) from %d corpus files, made in %.1f s",
                     releases, small, Double(archives[0].bytes) / 1e6, Double(archives[1].bytes) / 1e6, corpus.files.count, made.wall))
        print(String(format: "  raw ICU word breaks in this run: %.1f MB per CPU-second", icuRate))
        print("  releases  jobs  releases/s    MB/s  MB per CPU-s  ×ICU per core  peak RSS")
        var peaks: [Int: [Int: Int]] = [:]
        for archive in archives {
            for jobCount in jobs {
                let result = try runChild(archive.root, jobs: jobCount, lexicon: lexicon.directory)
                peaks[archive.count, default: [:]][jobCount] = result.peakResidentBytes
                print(row(result, jobs: jobCount, icuRate: icuRate))
            }
        }
        for folder in realArchives {
            for jobCount in jobs {
                let result = try runChild(URL(fileURLWithPath: folder), jobs: jobCount, lexicon: lexicon.directory)
                print(row(result, jobs: jobCount, icuRate: icuRate, label: String(format: "  %@ (%.1f MB)", folder, Double(result.bytes) / 1e6)))
            }
        }
        print("  releases/s and MB/s are wall-clock; MB per CPU-second is per core. Goal: ≥ 0.25× raw ICU per core.")
        // What reading alone costs bounds what any recognizers could reach.
        for (label, folder) in [(String(small) + " synthetic", archives[1].root.path)] + realArchives.map({ ($0, $0) }) {
            let reading = try ExtractBenchmark.readingOnly([folder], reader: DocumentReader(), lexicon: lexicon)
            let rate = Double(reading.bytes) / 1e6 / reading.cpuSeconds
            print(String(format: "  reading alone (read, decode, HTML, normalize, segment), %@: %.2f MB per CPU-s, %.3f× ICU: the ceiling for extraction",
                         label, rate, rate / icuRate))
        }
        for jobCount in jobs {
            if let large = peaks[releases]?[jobCount], let smaller = peaks[small]?[jobCount] {
                print(String(format: "  peak RSS with %d job(s): %.1f MB for %d releases, %.1f MB for %d (×%.2f)",
                             jobCount, Double(smaller) / 1_048_576, small, Double(large) / 1_048_576, releases, Double(large) / Double(smaller)))
            }
        }
    }

    /// One line of the table: a batch's speeds, its ratio to ICU, its peak memory, then `label`.
    private func row(_ result: ExtractBenchmark.Result, jobs: Int, icuRate: Double, label: String = "") -> String {
        String(format: "  %8d  %4d  %10.1f  %6.2f  %12.2f  %12.3f×  %6.1f MB%@%@",
               result.releases, jobs, result.releasesPerSecond, result.megabytesPerSecond, result.megabytesPerCPUSecond,
               result.megabytesPerCPUSecond / icuRate, Double(result.peakResidentBytes) / 1_048_576, label,
               result.failures > 0 ? "  (\(result.failures) failed)" : "")
    }

    /// Runs `warta bench extract-run` on `folder` in a child process and reads its result.
    private func runChild(_ folder: URL, jobs: Int, lexicon: URL) throws -> ExtractBenchmark.Result {
        let process = Process()
        let proc = URL(fileURLWithPath: "/proc/self/exe")
        process.executableURL = FileManager.default.fileExists(atPath: proc.path)
            ? proc.resolvingSymlinksInPath() : Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["bench", "extract-run", folder.path, "--jobs", String(jobs), "--lexicons", lexicon.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let result = try? JSONDecoder().decode(ExtractBenchmark.Result.self, from: output) else {
            throw Diagnostics.Failure("benchmark run on \(folder.path) failed (status \(process.terminationStatus))")
        }
        return result
    }
}

/// One measured batch, for `bench extract`'s child processes: prints its result as JSON.
struct BenchExtractRun: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract-run", shouldDisplay: false)

    @Argument var paths: [String]
    @Option var jobs = 1
    @Option var output = "/dev/null"
    @OptionGroup var lexicon: LexiconOption

    func run() throws {
        let batch = Batch(extractor: Extractor(lexicon: try lexicon.load()), reader: DocumentReader(), jobs: jobs)
        guard let sink = FileHandle(forWritingAtPath: output) else { throw Diagnostics.Failure("cannot write \(output)") }
        var writer = RecordWriter(format: .jsonl) { try sink.write(contentsOf: $0) }
        let result = try ExtractBenchmark(batch: batch).run(paths, encode: { try RecordWriter.encode($0, as: .jsonl) }) {
            try writer.append(encoded: $0)
        }
        try writer.finish()
        print(String(decoding: try JSONEncoder().encode(result), as: UTF8.self))
    }
}

struct BenchStem: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stem", abstract: "Words per second of the lexicon's stemmer over the corpus's word types.")

    @Option(help: "Passes over the word types (more run until a second has passed); the best counts.")
    var runs = 5

    @OptionGroup var inputs: BenchmarkInputs

    func run() throws {
        let (lexicon, corpus) = try inputs.load()
        let result = try StemBenchmark(lexicon: lexicon, corpus: corpus).run(runs: runs)
        print(String(format: "stem: %d word types from the corpus (%d changed by stemming); best of %d passes",
                     result.types, result.changed, result.rounds))
        print(String(format: "  %.0f words per CPU-second (%.2f µs per word)", result.wordsPerSecond, result.seconds / Double(result.types) * 1e6))
        // Loading every lexicon file (and building the stemmer's tables) happens once per run.
        let load = try BenchmarkClock.best(of: runs) { _ = try Lexicon.load(from: lexicon.directory) }
        print(String(format: "  lexicon load: %.1f ms CPU, %.1f ms wall (best of %d; goal < 30 ms)", load.cpu * 1000, load.wall * 1000, runs))
    }
}
