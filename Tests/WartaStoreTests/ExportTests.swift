import Foundation
import Testing
import WartaModel
@testable import WartaStore

/// Export shapes: JSON Lines and CSV through `RecordWriter`, and the files Elasticsearch and
/// OpenSearch load (checked for shape: no such server runs here).
@Suite struct ExportTests {
    static let texts = [
        ("a.txt", "Sekolah Dasar di Kota Batu Terima Bantuan\n\nBatu, Senin 6 Februari 2023\n\nSebanyak 120 sekolah menerima bantuan buku. Capaian literasi naik 12,5 persen."),
        ("b.txt", "IKM di Jatim\n\nSurabaya, Rabu 8 Maret 2023\n\nSebanyak 2.791 guru mengikuti lokakarya IKM."),
    ]

    static let archive: Result<(TemporaryFolder, Store, [Record]), any Error> = Result {
        let folder = try Fixtures.sharedFolder()
        let store = try folder.store()
        var records: [Record] = []
        for (name, text) in texts {
            var record = try Fixtures.extract(text, path: name)
            if name == "b.txt" {
                record.entities = [Entity(kind: .place, name: "Jawa Timur", aliases: ["Jatim"], mentions: [Fixtures.span(of: "Jatim", in: record.text)])]
                record.actions = [Action(year: 2023, status: .done, text: "lokakarya IKM", span: Fixtures.span(of: "lokakarya IKM", in: record.text), sentence: 2)]
            }
            try store.put(record, key: "/e/\(name)")
            records.append(record)
        }
        return (folder, store, records)
    }

    func exported() throws -> [Record] {
        var records: [Record] = []
        try Self.archive.get().1.records { records.append($0) }
        return records
    }

    @Test func jsonLinesGiveBackTheRecords() throws {
        let (_, store, records) = try Self.archive.get()
        var data = Data()
        var writer = RecordWriter(format: .jsonl) { data.append($0) }
        try store.records { try writer.append($0) }
        try writer.finish()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(try lines.map { try Record.decode(Data($0.utf8)) } == records)
    }

    @Test func csvHasOneRowPerFact() throws {
        let (_, store, records) = try Self.archive.get()
        var data = Data()
        var writer = RecordWriter(format: .csv) { data.append($0) }
        try store.records { try writer.append($0) }
        try writer.finish()
        let rows = String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == "document_id,source,kind,value,unit_status_year,text,start,end")
        let facts = records.reduce(0) { $0 + $1.figures.count + $1.percentages.count + $1.dates.count + $1.actions.count + $1.entities.reduce(0) { $0 + $1.mentions.count } }
        #expect(rows.count == 1 + facts)
    }

    @Test func elasticsearchMappingParsesAndTypesTheRecord() throws {
        let data = try ElasticsearchExport.mapping(lexicon: Fixtures.lexicon)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let settings = try #require(json["settings"] as? [String: Any])
        let analysis = try #require(settings["analysis"] as? [String: Any])
        let analyzers = try #require(analysis["analyzer"] as? [String: Any])
        #expect(analyzers["warta_indonesian"] != nil)
        #expect(analyzers["warta_indonesian_search"] != nil)
        let filters = try #require(analysis["filter"] as? [String: [String: Any]])
        #expect(filters["warta_stemmer"]?["language"] as? String == "indonesian")
        let synonyms = try #require(filters["warta_synonyms"]?["synonyms"] as? [String])
        #expect(synonyms.contains("ikm, implementasi kurikulum merdeka"))
        #expect(synonyms.contains("jatim, jawa timur"))
        #expect((filters["warta_stop"]?["stopwords"] as? [String])?.contains("yang") == true)

        let mappings = try #require(json["mappings"] as? [String: Any])
        let properties = try #require(mappings["properties"] as? [String: [String: Any]])
        // Every field of the record is typed.
        let record = try #require(try JSONSerialization.jsonObject(with: try exported()[0].jsonLine()) as? [String: Any])
        for key in record.keys { #expect(properties[key] != nil, "\(key) has no mapping") }
        #expect(properties["published"]?["type"] as? String == "date")
        #expect(properties["text"]?["analyzer"] as? String == "warta_indonesian")
        #expect(properties["id"]?["type"] as? String == "keyword")
        for nested in ["entities", "figures", "percentages", "dates", "actions"] {
            #expect(properties[nested]?["type"] as? String == "nested")
        }
        let actions = try #require(properties["actions"]?["properties"] as? [String: [String: Any]])
        #expect(actions["year"]?["type"] as? String == "integer")
        #expect(actions["status"]?["type"] as? String == "keyword")
    }

    @Test func bulkLinesAlternateActionAndDocument() throws {
        var data = Data()
        for record in try exported() { data.append(try ElasticsearchExport.bulkLines(for: record, index: "warta")) }
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasSuffix("\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 4)
        for (index, line) in lines.enumerated() {
            if index % 2 == 0 {
                let action = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: [String: String]])
                #expect(action["index"]?["_index"] == "warta")
                let next = try Record.decode(Data(lines[index + 1].utf8))
                #expect(action["index"]?["_id"] == next.id)
            } else {
                #expect(try Record.decode(Data(line.utf8)).schema == Record.schemaVersion)
            }
        }
    }
}
