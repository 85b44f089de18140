import Foundation
import Testing
import WartaModel
@testable import WartaStore

/// The structured side: facts by kind, year, status, place and entity, each with its sentence.
@Suite struct FactsTests {
    static let kotaBlitar = """
        Rencana Pendidikan Kota Blitar
        Pemerintah Kota Blitar menyusun rencana untuk tahun depan.
        Pada 2024 akan dilaksanakan rehabilitasi 20 ruang kelas dan pelatihan guru matematika.
        Sepanjang 2023 telah dilaksanakan pemetaan sarana sekolah.
        """
    static let lumajang = """
        Rencana Pendidikan Lumajang
        Dinas Pendidikan Kabupaten Lumajang menyiapkan program baru.
        Pada 2024 akan dibangun perpustakaan desa.
        """

    static let archive: Result<(TemporaryFolder, Store), any Error> = Result {
        let folder = try Fixtures.sharedFolder()
        let store = try folder.store()
        let blitarText = kotaBlitar, lumajangText = lumajang
        func action(_ phrase: String, _ year: Int, _ status: Action.Status, _ sentence: Int, in text: String) -> Action {
            Action(year: year, status: status, text: phrase, span: Fixtures.span(of: phrase, in: text), sentence: sentence)
        }
        let blitar = Fixtures.record(blitarText, path: "kota-blitar.txt", title: "Rencana Pendidikan Kota Blitar", published: "2023-11-02",
            entities: [Entity(kind: .place, name: "Kota Blitar", mentions: [Fixtures.span(of: "Kota Blitar", in: blitarText)])],
            actions: [
                action("rehabilitasi 20 ruang kelas", 2024, .planned, 2, in: blitarText),
                action("pelatihan guru matematika", 2024, .planned, 2, in: blitarText),
                action("pemetaan sarana sekolah", 2023, .done, 3, in: blitarText),
            ])
        let lumajangRecord = Fixtures.record(lumajangText, path: "lumajang.txt", title: "Rencana Pendidikan Lumajang", published: "2023-12-01",
            entities: [Entity(kind: .organization, name: "Dinas Pendidikan Kabupaten Lumajang", mentions: [Fixtures.span(of: "Dinas Pendidikan Kabupaten Lumajang", in: lumajangText)])],
            actions: [action("dibangun perpustakaan desa", 2024, .planned, 2, in: lumajangText)])
        try store.put(blitar, key: "/f/kota-blitar.txt")
        try store.put(lumajangRecord, key: "/f/lumajang.txt")
        let extracted = """
            Capaian Rapor Mutu Kabupaten Malang

            Malang, Selasa 19 September 2023

            Sebanyak 2.791 guru mengikuti pelatihan. Capaian literasi naik menjadi 31,18 persen pada 10 Oktober 2023.
            """
        try store.put(try Fixtures.extract(extracted, path: "malang.txt"), key: "/f/malang.txt")
        return (folder, store)
    }

    func store() throws -> Store { try Self.archive.get().1 }

    @Test func actionsByYearStatusAndPlace() throws {
        let store = try store()
        let planned = try store.facts(FactFilter(kind: .action, year: 2024, status: .planned, place: "Kota Blitar"))
        #expect(planned.map(\.text) == ["rehabilitasi 20 ruang kelas", "pelatihan guru matematika"])
        let first = try #require(planned.first)
        #expect(first.sentenceText == "Pada 2024 akan dilaksanakan rehabilitasi 20 ruang kelas dan pelatihan guru matematika.")
        #expect(first.path == "kota-blitar.txt")
        #expect(first.published == "2023-11-02")
        #expect(first.status == .planned)
        #expect(first.year == 2024)

        #expect(try store.facts(FactFilter(kind: .action, year: 2024, status: .planned)).count == 3)
        #expect(try store.facts(FactFilter(kind: .action, status: .done)).map(\.text) == ["pemetaan sarana sekolah"])
        #expect(try store.facts(FactFilter(kind: .action, place: "Lumajang")).map(\.text) == ["dibangun perpustakaan desa"])
        #expect(try store.facts(FactFilter(kind: .action, entity: "Dinas Pendidikan Kabupaten Lumajang")).map(\.text) == ["dibangun perpustakaan desa"])
        #expect(try store.facts(FactFilter(kind: .action, limit: 1)).count == 1)
    }

    @Test func figuresPercentagesAndDatesFromExtraction() throws {
        let store = try store()
        let figures = try store.facts(FactFilter(kind: .figure, place: "Malang"))
        #expect(figures.contains { $0.value == .number(2791) && $0.unit == "guru" })
        let percentages = try store.facts(FactFilter(kind: .percentage, year: 2023))
        #expect(percentages.map(\.value) == [.number(31.18)])
        #expect(percentages.first?.sentenceText?.contains("31,18 persen") == true)
        let dates = try store.facts(FactFilter(kind: .date, year: 2023))
        #expect(dates.contains { $0.value == .date("2023-10-10") })
        #expect(try store.facts(FactFilter(kind: .percentage, year: 2022)).isEmpty)
    }

    @Test func statusIsForActionsOnly() throws {
        #expect { try store().facts(FactFilter(kind: .figure, status: .done)) } throws: { error in
            (error as? StoreError)?.description.contains("--status applies to actions only") == true
        }
    }

    @Test func factsEncodeWithTheirKindsFields() throws {
        let store = try store()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let action = try #require(store.facts(FactFilter(kind: .action, limit: 1)).first)
        let json = try #require(try JSONSerialization.jsonObject(with: encoder.encode(action)) as? [String: Any])
        #expect(json["kind"] as? String == "action")
        #expect(json["status"] as? String != nil)
        #expect(json["sentence_text"] as? String != nil)
        #expect(json["span"] as? [Int] != nil)
        #expect(json["unit"] == nil)
        let figure = try #require(store.facts(FactFilter(kind: .figure, limit: 1)).first)
        let figureJSON = try #require(try JSONSerialization.jsonObject(with: encoder.encode(figure)) as? [String: Any])
        #expect(figureJSON["value"] as? Double != nil)
        #expect(figureJSON["unit"] as? String != nil)
        #expect(figureJSON["status"] == nil)
    }
}
