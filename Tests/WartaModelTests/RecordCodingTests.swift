import Foundation
import Testing
import WartaModel

struct RecordCodingTests {
    static func sample() -> Record {
        var record = Record(
            id: "3f2a9c0d1e4b5a67",
            source: Source(path: "Corpus/documents/blitar.txt", sha256: String(repeating: "a", count: 64), format: "text", encoding: "UTF-8"),
            title: "Pemkot Blitar Siapkan Sekolah",
            published: "2024-03-12",
            text: "Pemkot Blitar/Disdik menyiapkan 46 satuan pendidikan.")
        record.sentences = [Span(0, 54)]
        record.figures = [Figure(value: 46, unit: "satuan pendidikan", text: "46 satuan pendidikan", span: Span(32, 52), sentence: 0)]
        record.percentages = [Percentage(min: 36, max: 40, text: "36 persen hingga 40 persen", span: Span(0, 26), sentence: 0)]
        return record
    }

    @Test func encodesAbsentValuesAsNullAndKeepsSlashes() throws {
        let json = String(decoding: try Self.sample().jsonLine(), as: UTF8.self)
        #expect(json.contains(#""byline":{"credit":null,"original_title":null,"reporter":null}"#))
        #expect(json.contains(#""value":null"#))
        #expect(json.contains("Pemkot Blitar/Disdik"))
        #expect(json.contains(#""span":[32,52]"#))
        #expect(json.hasPrefix(#"{"actions":[]"#))
    }

    @Test func encodingIsDeterministicAndRoundTrips() throws {
        let record = Self.sample()
        let first = try record.jsonLine()
        #expect(try record.jsonLine() == first)
        #expect(try Record.decode(first) == record)
    }
}
