import Foundation
import WartaInput
import WartaLexicon
import WartaModel
import WartaText

/// One timed batch over a folder, as `warta extract` runs it: discover → read → extract → hand
/// each record to `write`.
public struct ExtractBenchmark {
    public struct Result: Sendable, Codable {
        public var releases: Int
        public var failures: Int
        public var bytes: Int
        /// Wall-clock seconds, and CPU seconds of all threads.
        public var seconds: Double
        public var cpuSeconds: Double
        public var jobs: Int
        /// Peak resident memory of the process, in bytes.
        public var peakResidentBytes: Int

        public var releasesPerSecond: Double { Double(releases) / seconds }
        public var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
        /// MB per CPU second: what one core does, whatever else the machine is doing.
        public var megabytesPerCPUSecond: Double { Double(bytes) / 1_000_000 / cpuSeconds }
    }

    public let batch: Batch

    public init(batch: Batch) {
        self.batch = batch
    }

    /// Times one run over `paths`, as `warta extract` makes it: each record encoded by the worker
    /// that extracted it, then written in order. Input bytes are the sizes of the files found.
    public func run<Encoded: Sendable>(_ paths: [String], encode: @escaping @Sendable (Record) throws -> Encoded,
                                       write: (Encoded) throws -> Void) throws -> Result {
        var releases = 0, failures = 0, bytes = 0
        var inputs: [BatchInput] = []
        let prepare: @Sendable (Batch.Outcome) -> Swift.Result<Encoded, any Error>? = { outcome in
            guard case .record(let record) = outcome else { return nil }
            return Swift.Result { try encode(record) }
        }
        let timing = try BenchmarkClock.measure(.process) {
            inputs = InputFiles.discover(paths)
            try batch.run(inputs, prepare: prepare) { encoded in
                if let encoded {
                    releases += 1
                    try write(try encoded.get())
                } else {
                    failures += 1
                }
            }
        }
        for input in inputs {
            if case .file(let url) = input.content {
                bytes += (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            }
        }
        return Result(releases: releases, failures: failures, bytes: bytes, seconds: timing.wall, cpuSeconds: timing.cpu, jobs: batch.jobs,
                      peakResidentBytes: BenchmarkClock.peakResidentBytes())
    }

    /// The stages before recognition alone (read, decode, HTML, normalize, segment) over every
    /// file under `paths`, on this thread: the ceiling end-to-end extraction cannot pass, whatever
    /// the recognizers cost. Returns the bytes read and the CPU seconds taken.
    public static func readingOnly(_ paths: [String], reader: DocumentReader, lexicon: Lexicon) throws -> (bytes: Int, cpuSeconds: Double) {
        let inputs = InputFiles.discover(paths)
        let segmenter = try Segmenter(lexicon: lexicon)
        var bytes = 0
        let timing = try BenchmarkClock.measure(.thread) {
            for input in inputs {
                guard case .file(let url) = input.content, let data = try? InputFiles.read(url, maxBytes: reader.maxBytes) else { continue }
                bytes += data.count
                guard let document = try? reader.read(data) else { continue }
                _ = try segmenter.segment(Normalizer.normalize(document.text))
            }
        }
        return (bytes, timing.cpu)
    }
}
