import Foundation

/// The project's own releases in `Corpus/`, as benchmark material: release files as bytes (text
/// and web pages, as the archive generator copies them) and plain texts (releases, article texts
/// and example sentences, as the tokenizer and stemmer benchmarks read them).
public struct BenchmarkCorpus: Sendable {
    public struct File: Sendable {
        public var name: String
        public var bytes: [UInt8]
        public var isHTML: Bool { name.hasSuffix(".html") || name.hasSuffix(".htm") }
    }

    /// Release files (`documents/*.txt`, `html/*.html`), sorted by name.
    public let files: [File]
    /// UTF-8 texts: the text releases, the pages' expected article texts, and example sentences.
    public let texts: [String]

    /// Reads `directory` (a `Corpus/` folder).
    public init(directory: URL) throws {
        let manager = FileManager.default
        var files: [File] = []
        var texts: [String] = []
        func names(_ folder: String) -> [String] {
            ((try? manager.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path)) ?? []).sorted()
        }
        for name in names("documents") where name.hasSuffix(".txt") {
            let bytes = Array(try Data(contentsOf: directory.appendingPathComponent("documents/\(name)")))
            files.append(File(name: name, bytes: bytes))
            texts.append(String(decoding: bytes, as: UTF8.self))
        }
        for name in names("html") {
            let url = directory.appendingPathComponent("html/\(name)")
            if name.hasSuffix(".html") || name.hasSuffix(".htm") {
                files.append(File(name: name, bytes: Array(try Data(contentsOf: url))))
            } else if name.hasSuffix(".expected.txt") {
                texts.append(try String(contentsOf: url, encoding: .utf8))
            }
        }
        for name in names("examples") where name.hasSuffix(".tsv") {
            let contents = try String(contentsOf: directory.appendingPathComponent("examples/\(name)"), encoding: .utf8)
            let sentences = contents.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t").first }
            if !sentences.isEmpty { texts.append(sentences.joined(separator: " ")) }
        }
        guard !files.isEmpty, !texts.isEmpty else {
            throw BenchmarkError("\(directory.path): no releases found (expected documents/*.txt and html/*.html)")
        }
        self.files = files
        self.texts = texts
    }

    /// The `Corpus/` folder beside a lexicon folder, or in the current folder.
    public static func defaultDirectory(besideLexicon lexicon: URL) -> URL? {
        let candidates = [
            lexicon.deletingLastPathComponent().appendingPathComponent("Corpus"),
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Corpus"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("documents").path) }
    }

    /// All texts joined (paragraph breaks between), repeated until at least `bytes` UTF-8 bytes.
    public func buffer(atLeast bytes: Int) -> (text: String, copies: Int) {
        let one = texts.joined(separator: "\n\n") + "\n\n"
        let copies = max(1, (bytes + one.utf8.count - 1) / one.utf8.count)
        return (String(repeating: one, count: copies), copies)
    }
}

/// A benchmark that cannot run, and why.
public struct BenchmarkError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Elapsed and CPU time of one measurement, in seconds.
public struct Timing: Sendable, Codable {
    public var wall: Double
    public var cpu: Double
}

/// Timing and memory probes shared by the benchmarks.
///
/// CPU time is what the ratios use: on a machine shared with other work, wall-clock time measures
/// the load as much as the code.
public enum BenchmarkClock {
    public enum CPUClock: Sendable { case thread, process }

    /// Wall-clock and CPU time taken by `body`.
    public static func measure(_ clock: CPUClock = .thread, _ body: () throws -> Void) rethrows -> Timing {
        let cpuStart = cpuSeconds(clock)
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Timing(wall: wall, cpu: cpuSeconds(clock) - cpuStart)
    }

    /// The shortest wall-clock and the shortest CPU time of `runs` runs of `body`.
    public static func best(of runs: Int, _ clock: CPUClock = .thread, _ body: () throws -> Void) rethrows -> Timing {
        var best = Timing(wall: .infinity, cpu: .infinity)
        for _ in 0..<max(1, runs) {
            let timing = try measure(clock, body)
            best = Timing(wall: min(best.wall, timing.wall), cpu: min(best.cpu, timing.cpu))
        }
        return best
    }

    /// CPU seconds used so far by this thread or process.
    public static func cpuSeconds(_ clock: CPUClock) -> Double {
        var spec = timespec()
        clock_gettime(clock == .thread ? CLOCK_THREAD_CPUTIME_ID : CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// This process's peak resident memory in bytes: `VmHWM` from `/proc/self/status`, else
    /// `getrusage`'s `ru_maxrss`.
    public static func peakResidentBytes() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") {
            return kilobytes * 1024
        }
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss)  // bytes on macOS
        #endif
    }
}
