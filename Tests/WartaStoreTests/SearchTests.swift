import Foundation
import Testing
import WartaModel
@testable import WartaStore

/// Indonesian search: stems, stop words, acronyms and place short forms both ways, numbers as
/// numbers, filters, snippets and ranking. The releases are written for these tests.
@Suite struct SearchTests {
    static let lumajang = """
        Dinas Pendidikan Lumajang Perkuat Implementasi Kurikulum Merdeka
        Lumajang, Kamis 14 Maret 2024
        Dinas Pendidikan Kabupaten Lumajang menggelar pendampingan bagi 120 kepala sekolah dasar.
        Pendampingan ini memperkuat Implementasi Kurikulum Merdeka di seluruh satuan pendidikan.
        """
    static let blitar = """
        Guru SMP Kota Blitar Belajar Bersama
        Blitar, Rabu 3 Mei 2023
        Sebanyak 2.791 guru mengikuti lokakarya IKM yang diadakan BBPMP Jatim.
        Capaian rapor mutu naik menjadi 31,18 persen setelah lokakarya.
        """
    static let kudus = """
        Pemkab Kudus Salurkan Seragam Sekolah
        Kudus, Senin 9 Januari 2023
        Pemerintah Kabupaten Kudus menyalurkan 4.500 stel seragam kepada siswa baru di Jawa Timur dan Jawa Tengah.
        Bupati berharap bantuan itu meringankan beban orang tua.
        """

    final class Archive: @unchecked Sendable {
        let folder: TemporaryFolder
        let store: Store

        init() throws {
            folder = try Fixtures.sharedFolder()
            store = try folder.store()
            for (name, text) in [("lumajang.txt", SearchTests.lumajang), ("blitar.txt", SearchTests.blitar), ("kudus.txt", SearchTests.kudus)] {
                try store.put(try Fixtures.extract(text, path: name), key: "/releases/\(name)")
            }
        }

        func paths(_ query: String, _ configure: (inout SearchOptions) -> Void = { _ in }) throws -> [String] {
            var options = SearchOptions(query: query)
            configure(&options)
            return try store.search(options).map(\.path)
        }
    }

    static let archive = Result { try Archive() }

    func archive() throws -> Archive { try Self.archive.get() }

    @Test func stemmingMeetsDerivedForms() throws {
        // Blitar's release says only `BBPMP`, whose expansion holds `Pendidikan`.
        for query in ["mendidik", "didik", "pendidikan", "pendidik"] {
            #expect(try archive().paths(query) == ["lumajang.txt", "blitar.txt"], "\(query)")
        }
        #expect(try archive().paths("menyalurkan") == ["kudus.txt"])
        #expect(try archive().paths("penyaluran") == ["kudus.txt"])
    }

    @Test func stopWordsAreDropped() throws {
        #expect(try archive().paths("yang menyalurkan") == ["kudus.txt"])
        #expect(throws: StoreError.self) { try archive().paths("yang dan di") }
    }

    @Test func acronymFindsItsExpansion() throws {
        #expect(try Set(archive().paths("IKM")) == ["lumajang.txt", "blitar.txt"])
        #expect(try Set(archive().paths("ikm")) == ["lumajang.txt", "blitar.txt"])
    }

    @Test func expansionFindsItsAcronym() throws {
        #expect(try Set(archive().paths("Implementasi Kurikulum Merdeka")) == ["lumajang.txt", "blitar.txt"])
        #expect(try Set(archive().paths("\"implementasi kurikulum merdeka\"")) == ["lumajang.txt", "blitar.txt"])
        // A phrase finds the acronym when it is the whole expansion (the acronym stands at one position).
        #expect(try archive().paths("\"kurikulum merdeka\"") == ["lumajang.txt"])
        #expect(try archive().paths("\"lokakarya implementasi kurikulum merdeka\"") == ["blitar.txt"])
    }

    @Test func placeShortFormsBothWays() throws {
        #expect(try Set(archive().paths("Jatim")) == ["blitar.txt", "kudus.txt"])
        #expect(try Set(archive().paths("\"Jawa Timur\"")) == ["blitar.txt", "kudus.txt"])
    }

    @Test func numbersAreNumbers() throws {
        #expect(try archive().paths("2791") == ["blitar.txt"])
        #expect(try archive().paths("2.791") == ["blitar.txt"])
        #expect(try archive().paths("31,18") == ["blitar.txt"])
        #expect(try archive().paths("4500") == ["kudus.txt"])
        #expect(try archive().paths("27912").isEmpty)
    }

    @Test func operators() throws {
        #expect(try Set(archive().paths("seragam OR lokakarya")) == ["blitar.txt", "kudus.txt"])
        #expect(try archive().paths("ikm -lumajang") == ["blitar.txt"])
        #expect(try archive().paths("ikm NOT lumajang") == ["blitar.txt"])
        #expect(try archive().paths("(seragam OR lokakarya) AND guru") == ["blitar.txt"])
        #expect(try archive().paths("lokak*") == ["blitar.txt"])
    }

    @Test func snippetsMarkTheMatches() throws {
        let hits = try archive().store.search(SearchOptions(query: "lokakarya IKM"))
        let hit = try #require(hits.first)
        #expect(hit.path == "blitar.txt")
        // Query words standing together are marked as one passage.
        #expect(hit.snippet.contains("[lokakarya IKM]"))
        #expect(hit.title == "Guru SMP Kota Blitar Belajar Bersama")
        #expect(hit.published == "2023-05-03")
        #expect(!hit.snippet.contains("\n"))
    }

    /// Synonyms and number forms share their word's position and bytes, so a snippet is always
    /// the text itself with marks added, never a passage repeated.
    @Test(arguments: ["kurikulum merdeka", "IKM kurikulum", "\"implementasi kurikulum merdeka\"", "Jawa Timur", "jatim seragam", "2791 guru"])
    func snippetsAreTheTextWithMarks(_ query: String) throws {
        let texts = ["lumajang.txt": Self.lumajang, "blitar.txt": Self.blitar, "kudus.txt": Self.kudus]
        let hits = try archive().store.search(SearchOptions(query: query))
        #expect(!hits.isEmpty)
        for hit in hits {
            let text = try #require(texts[hit.path]).replacingOccurrences(of: "\n", with: " ")
            let plain = hit.snippet.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
            for piece in plain.split(separator: "…") {
                #expect(text.contains(piece), "\(hit.path): \(hit.snippet)")
            }
            #expect(hit.snippet.contains("["))
        }
    }

    @Test func acronymHighlightsWhereTheExpansionIsAsked() throws {
        let hits = try archive().store.search(SearchOptions(query: "\"implementasi kurikulum merdeka\""))
        let blitar = try #require(hits.first { $0.path == "blitar.txt" })
        #expect(blitar.snippet.contains("[IKM]"))
    }

    @Test func yearAndPlaceFilters() throws {
        #expect(try archive().paths("sekolah") { $0.year = 2024 } == ["lumajang.txt"])
        // `SMP` says `Sekolah Menengah Pertama`.
        #expect(try Set(archive().paths("sekolah") { $0.year = 2023 }) == ["kudus.txt", "blitar.txt"])
        #expect(try archive().paths("kurikulum") { $0.place = "Lumajang" } == ["lumajang.txt"])
        #expect(try archive().paths("ikm") { $0.place = "Kota Blitar" } == ["blitar.txt"])
        #expect(try archive().paths("ikm") { $0.organization = "BBPMP" } == ["blitar.txt"])
    }

    @Test func limitAndRanking() throws {
        #expect(try archive().paths("sekolah") { $0.limit = 1 }.count == 1)
        // The title weighs more than the body.
        #expect(try archive().paths("seragam sekolah").first == "kudus.txt")
    }
}
