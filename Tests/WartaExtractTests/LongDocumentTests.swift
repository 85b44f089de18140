import Testing
import WartaModel

/// Long and repetitive releases. Each case here once took time growing with the square (or
/// worse) of its length: a test that hangs has found it again.
@Suite struct LongDocumentTests {
    /// Distinct two-syllable names (`Barto`, `Sunyo`, …), none an Indonesian word.
    static func name(_ index: Int) -> String {
        let heads = ["Bar", "Sun", "Wan", "Har", "Gun", "Yan", "Jar", "Dar", "Kus", "Tar"]
        let tails = ["to", "yo", "do", "so", "mo", "no", "ko", "po"]
        return heads[index % heads.count] + tails[(index / heads.count) % tails.count]
    }

    static let count = 80
    static let text: String = {
        var paragraphs = ["SLEMAN – Dinas Pendidikan Kabupaten Sleman mendata sekolah penggerak tahun ini."]
        for index in 0..<count {
            let given = name(index), family = name(index + 7) + "wati"
            let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            let acronym = "YP" + String(letters[index / letters.count]) + String(letters[index % letters.count])
            paragraphs.append("Kepala SD Negeri \(index + 1) Sleman, \(given) \(family), S.Pd, menyebut sekolahnya menerima "
                + "\(index + 20) siswa baru. Menurut \(family), Yayasan \(given) \(family) (\(acronym)) ikut membantu. "
                + "\(acronym) menyediakan buku bacaan.")
        }
        return paragraphs.joined(separator: "\n\n")
    }()

    /// A long release naming many different people and organizations: each later mention joins
    /// its own entity and no other. Merging weighs a mention only against the entities sharing a
    /// word, acronym or base with it, and this holds it to the answers of weighing all.
    @Test func everyLaterMentionJoinsItsOwnPerson() throws {
        let record = try Fixtures.extract(Self.text)
        let people = record.entities.filter { $0.kind == .person }
        #expect(people.count == Self.count)
        for (index, person) in people.enumerated() {
            let family = Self.name(index + 7) + "wati"
            #expect(person.name == "\(Self.name(index)) \(family)")
            #expect(person.aliases == [family])
            #expect(person.mentions.count == 2)
            #expect(person.degrees == ["S.Pd"])
        }
    }

    @Test func everyAcronymJoinsItsOwnOrganization() throws {
        let record = try Fixtures.extract(Self.text)
        let foundations = record.entities.filter { $0.kind == .organization && $0.name.hasPrefix("Yayasan") }
        #expect(foundations.count == Self.count)
        for (index, foundation) in foundations.enumerated() {
            #expect(foundation.name == "Yayasan \(Self.name(index)) \(Self.name(index + 7))wati")
            #expect(foundation.mentions.count == 2)
        }
    }

    /// A run of thousands of honorifics is no one's title: each start used to read to its end.
    @Test func runOfHonorificsIsNoPerson() throws {
        let record = try Fixtures.extract("Acara dibuka oleh " + String(repeating: "Dr. ", count: 5_000) + "Rina Wati di aula.")
        #expect(record.entities.filter { $0.kind == .person }.allSatisfy { $0.honorifics.count <= 8 })
    }

    /// A line of thousands of job titles is a list, not one title before a name: each title used
    /// to read the line to its end.
    @Test func lineOfTitlesIsNoPerson() throws {
        let line = Array(repeating: "Kepala Dinas Pendidikan Kota Blitar", count: 3_000).joined(separator: " ")
        let record = try Fixtures.extract("BLITAR - " + line + " Budi Santoso hadir.")
        #expect(record.entities.filter { $0.kind == .person }.allSatisfy { $0.roles.allSatisfy { $0.count < 400 } })
    }
}
