import ArgumentParser
import Foundation
import WartaExtract
import WartaInput
import WartaStore

/// `warta index`: releases into a searchable store, incrementally.
struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build or update a searchable archive (one SQLite file) from release files and folders.",
        discussion: """
            Incremental: a file whose bytes are unchanged (SHA-256) is skipped, a changed file is \
            replaced, and with --prune files that no longer exist are removed. Each file is stored \
            in its own transaction and the store runs in WAL mode: searches work while it indexes, \
            and a run killed at any moment leaves a consistent store that the next run completes. \
            A store built with another lexicon or schema must be rebuilt (--rebuild): it re-reads \
            every file it holds, and the PATHs given.
            """)

    @Argument(help: "Files and folders (searched recursively for .txt and .html). None: finish the files a rebuild left.")
    var paths: [String] = []

    @Option(help: ArgumentHelp("The store to create or update.", valueName: "FILE"))
    var db: String

    @Flag(help: "Remove from the store the files that no longer exist.")
    var prune = false

    @Flag(help: "Empty the store and index again every file it held, and the PATHs given.")
    var rebuild = false

    @Flag(help: "Afterwards, check the store: SQLite's structure, its links, and that the full-text index matches the texts.")
    var check = false

    @OptionGroup var reading: ReadingOptions

    @Flag(name: .shortAndLong, help: "No progress display and no summary.")
    var quiet = false

    @OptionGroup var lexicon: LexiconOption

    func validate() throws {
        if paths.contains("-") { throw ValidationError("standard input cannot be indexed: name files or folders") }
    }

    func run() throws {
        let started = Date()
        let store = try Store(path: db, lexicon: try lexicon.load(), mode: .create)
        if rebuild {
            try store.rebuild()
        } else {
            try store.requireCurrent()
        }

        // The files named, then those a rebuild left to do; one entry per file.
        var inputs: [(input: BatchInput, key: String)] = []
        var seen = Set<String>()
        for input in InputFiles.discover(paths) {
            let key = Store.key(forPath: input.path)
            if case .file = input.content, !seen.insert(key).inserted { continue }
            inputs.append((input, key))
        }
        for file in try store.pendingFiles() where !seen.contains(file.key) && FileManager.default.fileExists(atPath: file.key) {
            seen.insert(file.key)
            inputs.append((BatchInput(path: file.path, content: .file(URL(fileURLWithPath: file.key))), file.key))
        }

        let batch = reading.batch(lexicon: store.lexicon)
        var counts: [IndexChange: Int] = [:]
        var failures = 0
        var progress = Progress(total: inputs.count, enabled: !quiet)
        let stored = try store.storedHashes()
        func fail(_ path: String, _ reason: String) {
            failures += 1
            progress.clear()
            Diagnostics.error("\(path): \(reason)")
        }

        // A window at a time: read and hash, skip what is unchanged, extract the rest in parallel,
        // store each record in its own transaction.
        let window = max(64, reading.jobs * 16)
        var start = 0
        while start < inputs.count {
            let slice = inputs[start..<min(start + window, inputs.count)]
            start += slice.count
            var work: [BatchInput] = []
            var keys: [String: String] = [:]
            for (input, key) in slice {
                switch input.content {
                case .failure(let reason):
                    fail(input.path, reason)
                    progress.advance()
                case .bytes:
                    continue
                case .file(let url):
                    do {
                        let bytes = try InputFiles.read(url, maxBytes: reading.maxBytes)
                        if stored[key] == sha256Hex(bytes) {
                            counts[.unchanged, default: 0] += 1
                            progress.advance()
                            continue
                        }
                        work.append(BatchInput(path: input.path, content: .bytes(bytes)))
                        keys[input.path] = key
                    } catch {
                        fail(input.path, error.reason)
                        progress.advance()
                    }
                }
            }
            try batch.run(work) { outcome in
                switch outcome {
                case .record(let record):
                    guard let key = keys[record.source.path] else { return }
                    counts[try store.put(record, key: key), default: 0] += 1
                case .failure(let failure):
                    fail(failure.path, failure.reason)
                }
                progress.advance()
            }
        }
        progress.clear()

        var pruned: [String] = []
        if prune { pruned = try store.prune() }
        if !quiet {
            let elapsed = Date().timeIntervalSince(started)
            let processed = (counts[.added] ?? 0) + (counts[.replaced] ?? 0)
            let summary = try store.summary()
            var line = "\(db): \(counts[.added] ?? 0) added, \(counts[.replaced] ?? 0) replaced, \(counts[.unchanged] ?? 0) unchanged"
            if prune { line += ", \(pruned.count) pruned" }
            if failures > 0 { line += ", \(failures) failed" }
            line += String(format: " in %.2fs", elapsed)
            if processed > 0 { line += String(format: " (%.1f documents/s)", Double(processed) / max(elapsed, 0.001)) }
            line += "; the store holds \(summary.documents) documents, \(summary.registry) registry entries"
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        if check {
            let problems = try store.checkIntegrity()
            for problem in problems { Diagnostics.error("\(db): \(problem)") }
            if !quiet && problems.isEmpty { FileHandle.standardError.write(Data("\(db): check passed\n".utf8)) }
            if !problems.isEmpty { throw ExitCode(1) }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
