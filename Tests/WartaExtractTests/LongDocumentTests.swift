import Testing
import WartaModel

/// A long release naming hundreds of different people and organizations: each later mention
/// joins its own entity and no other. Merging weighs a mention only against the entities that
/// share a word, acronym or base with it, and this holds it to the same answers as weighing all.
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
}
