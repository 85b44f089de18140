import Foundation
import Testing
import WartaExtract
import WartaInput
import WartaModel

/// Records are written by Warta's own JSON writer; these hold it to Foundation's `JSONEncoder`
/// (sorted keys, unescaped slashes) byte for byte, on every record the corpus gives.
struct RecordJSONTests {
    static func foundationJSON(_ record: Record) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(record)
    }

    @Test func corpusRecordsMatchJSONEncoder() throws {
        let batch = Batch(extractor: Extractor(lexicon: Fixtures.lexicon), reader: DocumentReader(), jobs: 1)
        var records: [Record] = []
        try batch.run(InputFiles.discover([Fixtures.corpus.path])) { outcome in
            if case .record(let record) = outcome { records.append(record) }
        }
        #expect(records.count >= 20)
        for record in records {
            #expect(try record.jsonLine() == Self.foundationJSON(record), "\(record.source.path)")
        }
    }

    @Test func escapesAndNumbersMatchJSONEncoder() throws {
        var record = Record(id: "x", source: Source(path: "a/b \"c\".txt", sha256: "0", format: "text"), text: "Tab\there,\nquote \" back\\slash \u{1}\u{1F}\u{7F} é 😀 \u{2028} /")
        record.figures = [46, 31.18, 4_100_000_000, 1.5e12, 1e16, 0.1, 1e-7, -0.0, 123_456_789_012_345].enumerated().map {
            Figure(value: $0.element, unit: "unit \($0.offset)", text: "", span: Span($0.offset, $0.offset + 1), sentence: 0)
        }
        record.percentages = [Percentage(min: 36, max: 40.5, text: "36 hingga 40,5 persen", span: Span(0, 3), sentence: 2, about: nil)]
        record.body = "Body\r\n\u{8}\u{C}"
        #expect(try record.jsonLine() == Self.foundationJSON(record))
        record.body = nil
        record.source.encoding = "windows-1252"
        #expect(try record.jsonLine() == Self.foundationJSON(record))
    }
}
