import Testing
import WartaModel

/// A web page's author (its `<meta name="author">` or `Oleh …` markup) is the reporter when the
/// text signs with no name, and only when it reads as a person's name.
@Suite struct PageAuthorTests {
    static let text = "Guru SD Dilatih Membuat Modul\n\nSleman - Sebanyak 40 guru SD mengikuti pelatihan modul ajar di aula dinas."

    @Test(arguments: [
        ("Rina Kusumawati", "Rina Kusumawati"),
        ("Sarah E. Needleman", "Sarah E. Needleman"),
        ("Admin", nil),
        ("Redaksi", nil),
        ("Humas Pemkab Sleman", nil),
        ("Dinas Pendidikan Sleman", nil),
        ("BBC News", nil),
        ("Editor Portal Sleman", nil),
        ("rina kusumawati", nil),
        ("Finian Cunningham. Sputnik International", nil),
    ] as [(String, String?)])
    func authorAsReporter(author: String, reporter: String?) throws {
        let record = try Fixtures.extract(Self.text, author: author)
        #expect(record.byline.reporter == reporter)
    }

    @Test func theTextsOwnBylineWins() throws {
        let record = try Fixtures.extract(Self.text + "\n\nPewarta: Dimas Aryo", author: "Rina Kusumawati")
        #expect(record.byline.reporter == "Dimas Aryo")
    }
}
