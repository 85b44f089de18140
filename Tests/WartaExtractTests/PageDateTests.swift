import Testing
import WartaInput
import WartaModel

/// A web page's date for readers (`<span class="date">Senin, 15 Juli 2024</span>`) stands under
/// the title when no machine-readable date is given, and dates the release as a dateline would.
@Suite struct PageDateTests {
    static func record(_ html: String) throws -> Record {
        let document = try DocumentReader(format: .html).read(Array(html.utf8))
        return try Fixtures.extract(document.text, published: document.published, author: document.author)
    }

    static let article = "<p>TERNATE – Dinas pendidikan menggelar bimbingan teknis bagi 40 guru SD di aula kantor wali kota.</p>"

    @Test(arguments: [
        ("<div class='post-meta'><span class='date'>Senin, 15 Juli 2024</span></div>", "2024-07-15"),
        ("<div class='tanggal'>Diterbitkan: 12/09/2023 08:30 WIB &nbsp;|&nbsp; Kategori: Teknologi Pendidikan &nbsp;|&nbsp; Penulis: Rika Amelia Putri</div>", "2023-09-12"),
        ("<dl class='article-info'><dd class='create'>Dibuat: Senin, 23 Oktober 2023 08:47</dd><dd class='hits'>Dilihat: 412</dd></dl>", "2023-10-23"),
        ("<div class='tanggal'>Tanpa tanggal</div>", nil),
    ] as [(String, String?)])
    func writtenDateUnderTheTitle(header: String, published: String?) throws {
        let html = "<html><head><title>Guru SD Ikuti Bimtek</title></head><body><article><h1>Guru SD Ikuti Bimtek</h1>\(header)\(Self.article)</article></body></html>"
        #expect(try Self.record(html).published == published)
    }

    /// A page whose date line has no class that names a date: the first short text under the
    /// title that reads as a date; a top bar's date of today, above the title, is not it.
    @Test func dateTextUnderTheTitle() throws {
        let html = "<html><head><title>Guru SD Ikuti Bimtek</title></head><body><div class='topbar'><i class='fa fa-calendar'></i> Kamis, 05 Desember 2024</div>"
            + "<article><h2 class='news-title'>Guru SD Ikuti Bimtek</h2><div class='news-meta'><span><i class='fa fa-user'></i> Diskominfo</span> | "
            + "<span><i class='far fa-clock'></i> 04 Desember 2024 08:15</span> | <span>1.027 kali dibaca</span></div>\(Self.article)</article></body></html>"
        #expect(try Self.record(html).published == "2024-12-04")
    }

    /// A year with no day before it reads as no date (and reading it must not overflow).
    @Test func aYearAloneIsNoDate() throws {
        let html = "<html><head><title>Guru SD Ikuti Bimtek</title></head><body><article><h1>Guru SD Ikuti Bimtek</h1>"
            + "<div class='news-meta'><span>Edisi 2024</span> | <span>Rapor 2023 dan 2024</span></div>\(Self.article)</article></body></html>"
        #expect(try Self.record(html).published == nil)
    }

    @Test func machineReadableDateWins() throws {
        let html = "<html><head><title>Guru SD Ikuti Bimtek</title><meta property='article:published_time' content='2024-07-16T08:00:00+07:00'></head>"
            + "<body><article><h1>Guru SD Ikuti Bimtek</h1><span class='date'>Senin, 15 Juli 2024</span>\(Self.article)</article></body></html>"
        let record = try Self.record(html)
        #expect(record.published == "2024-07-16")
        #expect(!record.text.contains("15 Juli 2024"))
    }

    @Test func joomlaAuthorLine() throws {
        let html = "<html><head><title>Guru SD Ikuti Bimtek</title></head><body><article><h1>Guru SD Ikuti Bimtek</h1>"
            + "<dl class='article-info'><dd class='createdby'>Ditulis oleh Sarifa Hi. Abdullah</dd></dl>\(Self.article)</article></body></html>"
        let document = try DocumentReader(format: .html).read(Array(html.utf8))
        #expect(document.author == "Sarifa Hi. Abdullah")
    }
}
