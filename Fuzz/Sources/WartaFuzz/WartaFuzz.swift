import Foundation
import WartaExtract
import WartaInput
import WartaLexicon
import WartaModel

/// libFuzzer entry point: arbitrary bytes through the whole pipeline, as `warta extract` runs it on
/// one file in auto mode: read (binary check, decoding, HTML or text) → extract → record JSON.
///
/// Besides crashes, it stops on broken invariants: a record whose JSON cannot be written or read
/// back, or a span outside its text.
@_cdecl("LLVMFuzzerTestOneInput")
public func wartaFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzPipeline.shared.run(bytes)
    return 0
}

/// The pipeline, built once; libFuzzer calls in from one thread.
final class FuzzPipeline: @unchecked Sendable {
    static let shared = FuzzPipeline()

    let batch: Batch
    let session: Extractor.Session

    private init() {
        do {
            let lexicon = try Lexicon.load()
            batch = Batch(extractor: Extractor(lexicon: lexicon), reader: DocumentReader(), jobs: 1)
            session = try batch.extractor.makeSession()
        } catch {
            fatalError("fuzz: cannot start the pipeline: \(error)")
        }
    }

    func run(_ bytes: [UInt8]) {
        guard case .record(let record) = batch.extract(BatchInput(path: "fuzz-input", content: .bytes(bytes)), with: session) else { return }
        let line: Data
        do {
            line = try record.jsonLine()
        } catch {
            fatalError("fuzz: record cannot be encoded: \(error)")
        }
        guard let decoded = try? Record.decode(line) else { fatalError("fuzz: record JSON does not decode") }
        guard decoded.id == record.id, decoded.text == record.text else { fatalError("fuzz: record JSON does not round-trip") }
        checkSpans(record)
    }

    /// Every span is a valid `[start, end)` range of scalar offsets into `text`.
    func checkSpans(_ record: Record) {
        let length = record.text.unicodeScalars.count
        func check(_ span: Span, _ what: String) {
            guard 0 <= span.start, span.start <= span.end, span.end <= length else {
                fatalError("fuzz: \(what) span [\(span.start), \(span.end)) outside text of \(length) scalars")
            }
        }
        record.sentences.forEach { check($0, "sentence") }
        record.entities.forEach { entity in entity.mentions.forEach { check($0, "entity mention") } }
        record.figures.forEach { check($0.span, "figure") }
        record.percentages.forEach { check($0.span, "percentage") }
        record.dates.forEach { check($0.span, "date") }
        record.actions.forEach { check($0.span, "action") }
    }
}
