import Foundation
import Testing
import WartaInput

/// Whole saved pages in `Corpus/html/<name>.html`, each with the article text it must give in
/// `<name>.expected.txt` (the title, then the article's blocks, blank lines between).
///
/// `WARTA_UPDATE_EXPECTED=1 swift test --filter HTMLCorpus` rewrites the expectations from the
/// current output — and still fails, so that every change is read as a diff before it is committed.
@Suite struct HTMLCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpus/html")
    static let pages = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".html") }.map { String($0.dropLast(5)) }.sorted()
    static let updating = ProcessInfo.processInfo.environment["WARTA_UPDATE_EXPECTED"] == "1"

    @Test func corpusIsThere() {
        #expect(Self.pages.count >= 5, "pages in \(Self.folder.path)")
    }

    @Test(arguments: pages) func page(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name + ".html")))
        let document = try DocumentReader().read(bytes)
        #expect(document.format == .html)
        let expectedFile = Self.folder.appendingPathComponent(name + ".expected.txt")
        if Self.updating {
            try (document.text + "\n").write(to: expectedFile, atomically: true, encoding: .utf8)
            Issue.record("rewrote \(expectedFile.lastPathComponent): review the diff, then run again without WARTA_UPDATE_EXPECTED")
            return
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        #expect(document.text == expected.trimmingCharacters(in: .newlines))
        if let title = document.title, let body = document.body {
            // Title, perhaps the header's written date, then the body.
            #expect(document.text.hasPrefix(title + "\n\n") && document.text.hasSuffix("\n\n" + body))
        }
    }

    struct Metadata: Sendable, CustomTestStringConvertible {
        var page: String
        var encoding: String
        var title: String
        var published: String?
        var author: String?
        var testDescription: String { page }
    }

    @Test(arguments: [
        Metadata(
            page: "siaran-pers-kementerian", encoding: "UTF-8", title: "Sekolah Penggerak Angkatan Keempat Dimulai di 120 Kabupaten",
            published: "2024-07-15", author: "Biro Kerja Sama dan Hubungan Masyarakat"),
        Metadata(
            page: "dinas-pendidikan-1252", encoding: "windows-1252", title: "Lomba Cerdas Cermat Tingkat SD Digelar di Aula Kabupaten",
            published: nil, author: nil),
        Metadata(
            page: "universitas-wisuda", encoding: "UTF-8",
            title: "Universitas Nusantara Raya Wisuda 1.800 Lulusan, Sepertiga Berasal dari Keluarga Penerima KIP",
            published: "2023-10-28", author: "Rahmat Hidayat, Dewi Anggraini"),
        Metadata(
            page: "sekolah-terpotong", encoding: "UTF-8", title: "Siswa SMPN 4 Lembah Hijau Tanam 500 Bibit Mangrove",
            published: "2024-02-05", author: "Rina Wulandari"),
        Metadata(
            page: "pemda-ppdb-tanpa-charset", encoding: "windows-1252", title: "Pengumuman Jadwal PPDB SMA Negeri Tahun 2019",
            published: "2019-05-20", author: "Dinas Komunikasi dan Informatika"),
    ])
    func metadata(_ expected: Metadata) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(expected.page + ".html")))
        let document = try DocumentReader().read(bytes)
        #expect(document.encoding == expected.encoding)
        #expect(document.title == expected.title)
        #expect(document.published == expected.published)
        #expect(document.author == expected.author)
    }
}
