import Dispatch
import Foundation
import Synchronization
import WartaInput
import WartaModel

/// Extracts many documents in parallel and hands their outcomes back in input order, so the
/// output is byte-identical whatever the number of jobs. Memory stays flat: documents are read,
/// extracted and handed on one window at a time.
public struct Batch: Sendable {
    public let extractor: Extractor
    public let reader: DocumentReader
    public let jobs: Int
    /// How many documents are in flight at once.
    public let window: Int

    public init(extractor: Extractor, reader: DocumentReader, jobs: Int, window: Int = 128) {
        self.extractor = extractor
        self.reader = reader
        self.jobs = max(1, jobs)
        self.window = max(1, window)
    }

    /// The outcome of one input: its record, or why it could not be read.
    public enum Outcome: Sendable {
        case record(Record)
        case failure(InputFailure)
    }

    /// Runs every input through the pipeline, calling `handle` in input order.
    public func run(_ inputs: [BatchInput], handle: (Outcome) throws -> Void) throws {
        try run(inputs, prepare: { $0 }, handle: handle)
    }

    /// Runs every input through the pipeline and `prepare`, calling `handle` in input order.
    /// `prepare` runs in the worker that extracted the document, so per-record work such as
    /// encoding is parallel too and `handle` is left only what must be done in order.
    public func run<Prepared: Sendable>(_ inputs: [BatchInput], prepare: @escaping @Sendable (Outcome) -> Prepared,
                                        handle: (Prepared) throws -> Void) throws {
        var start = 0
        while start < inputs.count {
            let slice = Array(inputs[start..<min(start + window, inputs.count)])
            for prepared in process(slice, prepare: prepare) { try handle(prepared) }
            start += slice.count
        }
    }

    private func process<Prepared: Sendable>(_ slice: [BatchInput], prepare: @Sendable (Outcome) -> Prepared) -> [Prepared] {
        let results = Mutex<[Prepared?]>(Array(repeating: nil, count: slice.count))
        // Workers take the next document as they finish one, so a slow page does not hold up the
        // documents dealt to the same worker; results still land at their input's place.
        let next = Atomic(0)
        let workers = min(jobs, slice.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            // Each worker owns its session (ICU iterators are not thread-safe).
            let session: Extractor.Session
            do {
                session = try extractor.makeSession()
            } catch {
                while case let index = next.add(1, ordering: .relaxed).oldValue, index < slice.count {
                    let failure = prepare(.failure(InputFailure(path: slice[index].path, reason: "cannot start ICU: \(error)")))
                    results.withLock { $0[index] = failure }
                }
                return
            }
            while case let index = next.add(1, ordering: .relaxed).oldValue, index < slice.count {
                let prepared = prepare(extract(slice[index], with: session))
                results.withLock { $0[index] = prepared }
            }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// Reads, decodes and extracts one input.
    public func extract(_ input: BatchInput, with session: Extractor.Session) -> Outcome {
        let bytes: [UInt8]
        switch input.content {
        case .failure(let reason):
            return .failure(InputFailure(path: input.path, reason: reason))
        case .bytes(let given):
            bytes = given
        case .file(let url):
            do {
                bytes = try InputFiles.read(url, maxBytes: reader.maxBytes)
            } catch {
                return .failure(InputFailure(path: input.path, reason: error.reason))
            }
        }
        do {
            let document = try reader.read(bytes)
            let source = Source(path: input.path, sha256: sha256Hex(bytes), format: document.format.rawValue, encoding: document.encoding)
            let metadata = Extractor.Metadata(title: document.title, published: document.published, author: document.author, body: document.body)
            return .record(try session.extract(document.text, source: source, metadata: metadata))
        } catch let error as InputError {
            return .failure(InputFailure(path: input.path, reason: error.reason))
        } catch {
            return .failure(InputFailure(path: input.path, reason: "\(error)"))
        }
    }
}

/// A document that produced no record, and why, for the user.
public struct InputFailure: Error, Sendable, Equatable, Codable {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
