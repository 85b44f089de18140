import Foundation
import Testing
import WartaModel
@testable import WartaStore

/// One registry row per real-world entity across the archive, however each release names it.
@Suite struct RegistryTests {
    static let one = "BBPMP Jatim menggelar lokakarya.\nDrs. Hartono Wibisono, Kepala Dinas Pendidikan Kabupaten Lumajang, hadir di Lumajang."
    static let two = "Balai Besar Penjaminan Mutu Pendidikan (BBPMP) Jawa Timur menilai sekolah.\nH. Hartono Wibisono, M.Pd, kini Sekretaris Daerah."
    static let three = "BBPMP Jawa Tengah ikut memantau.\nBudi Santoso hadir."

    static func records() -> [Record] {
        func mention(_ phrase: String, _ text: String) -> [Span] { [Fixtures.span(of: phrase, in: text)] }
        return [
            Fixtures.record(one, path: "one.txt", published: "2022-03-01", entities: [
                Entity(kind: .organization, name: "BBPMP Jatim", acronym: "BBPMP", mentions: mention("BBPMP Jatim", one)),
                Entity(kind: .person, name: "Hartono Wibisono", honorifics: ["Drs."], roles: ["Kepala Dinas Pendidikan Kabupaten Lumajang"],
                       mentions: mention("Hartono Wibisono", one)),
                Entity(kind: .place, name: "Lumajang", mentions: mention("Lumajang,", one)),
            ]),
            Fixtures.record(two, path: "two.txt", published: "2024-05-20", entities: [
                Entity(kind: .organization, name: "Balai Besar Penjaminan Mutu Pendidikan Jawa Timur", acronym: "BBPMP",
                       aliases: ["BBPMP Jawa Timur", "BBPMP"], mentions: mention("Balai Besar Penjaminan Mutu Pendidikan (BBPMP) Jawa Timur", two)),
                Entity(kind: .person, name: "Hartono Wibisono", honorifics: ["H."], degrees: ["M.Pd"], roles: ["Sekretaris Daerah"],
                       mentions: mention("Hartono Wibisono", two)),
            ]),
            Fixtures.record(three, path: "three.txt", published: "2023-01-10", entities: [
                Entity(kind: .organization, name: "BBPMP Jawa Tengah", acronym: "BBPMP", mentions: mention("BBPMP Jawa Tengah", three)),
                Entity(kind: .person, name: "Budi Santoso", mentions: mention("Budi Santoso", three)),
            ]),
        ]
    }

    static func store(_ records: [Record], in folder: TemporaryFolder, name: String = "archive.db") throws -> Store {
        let store = try folder.store(name)
        for record in records { try store.put(record, key: "/r/\(record.source.path)") }
        return store
    }

    @Test func aliasesAcrossReleasesMeetInOneEntry() throws {
        let folder = try Fixtures.temporaryFolder()
        let store = try Self.store(Self.records(), in: folder)
        let offices = try store.entities(kind: .organization, name: "BBPMP")
        #expect(offices.count == 2)
        let jatim = try #require(offices.first)
        #expect(jatim.name == "Balai Besar Penjaminan Mutu Pendidikan Jawa Timur")
        #expect(jatim.acronym == "BBPMP")
        #expect(jatim.documents.map(\.path) == ["one.txt", "two.txt"])
        #expect(Set(jatim.names).isSuperset(of: ["BBPMP Jatim", "BBPMP Jawa Timur", "Balai Besar Penjaminan Mutu Pendidikan Jawa Timur"]))
        #expect(offices[1].name == "BBPMP Jawa Tengah")
        #expect(try store.entities(name: "Jatim").map(\.name).contains("Balai Besar Penjaminan Mutu Pendidikan Jawa Timur"))
    }

    @Test func aPersonWithDifferentHonorificsIsOnePersonWithRolesOverTime() throws {
        let folder = try Fixtures.temporaryFolder()
        let store = try Self.store(Self.records(), in: folder)
        let people = try store.entities(kind: .person, name: "hartono")
        #expect(people.count == 1)
        let person = try #require(people.first)
        #expect(person.name == "Hartono Wibisono")
        #expect(person.honorifics == ["Drs.", "H."])
        #expect(person.degrees == ["M.Pd"])
        #expect(person.roles == [
            RegistryEntry.Role(role: "Kepala Dinas Pendidikan Kabupaten Lumajang", first: "2022-03-01", last: "2022-03-01", documents: 1),
            RegistryEntry.Role(role: "Sekretaris Daerah", first: "2024-05-20", last: "2024-05-20", documents: 1),
        ])
        #expect(person.documents.map(\.roles) == [["Kepala Dinas Pendidikan Kabupaten Lumajang"], ["Sekretaris Daerah"]])
        #expect(person.mentions == 2)
        #expect(try store.entities(kind: .person).map(\.name) == ["Hartono Wibisono", "Budi Santoso"])
    }

    @Test func theRegistryDoesNotDependOnIndexingOrder() throws {
        let folder = try Fixtures.temporaryFolder()
        let forward = try Self.store(Self.records(), in: folder, name: "forward.db")
        let backward = try Self.store(Self.records().reversed(), in: folder, name: "backward.db")
        func view(_ store: Store) throws -> [String] {
            try store.entities().map { "\($0.kind) \($0.name) \($0.acronym ?? "-") \($0.names) \($0.documents.map(\.path))" }.sorted()
        }
        #expect(try view(forward) == view(backward))
    }

    @Test func aGenericNameDoesNotJoinTheOfficesItAbbreviates() throws {
        let folder = try Fixtures.temporaryFolder()
        let store = try Self.store([
            Fixtures.record("Dinas Pendidikan Kota Batu membuka pendaftaran.", path: "batu.txt",
                            entities: [Entity(kind: .organization, name: "Dinas Pendidikan Kota Batu", aliases: ["Dinas Pendidikan"])]),
            Fixtures.record("Dinas Pendidikan Kota Malang menutup pendaftaran.", path: "malang.txt",
                            entities: [Entity(kind: .organization, name: "Dinas Pendidikan Kota Malang", aliases: ["Dinas Pendidikan"])]),
            Fixtures.record("Dinas Pendidikan mengumumkan hasil seleksi.", path: "umum.txt",
                            entities: [Entity(kind: .organization, name: "Dinas Pendidikan")]),
        ], in: folder)
        #expect(try store.entities(kind: .organization).map(\.name).sorted() == ["Dinas Pendidikan", "Dinas Pendidikan Kota Batu", "Dinas Pendidikan Kota Malang"])
    }

    @Test func removingTheReleaseThatLinkedTwoNamesSplitsThem() throws {
        func person(_ text: String, _ path: String, _ name: String, aliases: [String] = []) -> Record {
            Fixtures.record(text, path: path, entities: [Entity(kind: .person, name: name, aliases: aliases)])
        }
        let folder = try Fixtures.temporaryFolder()
        let store = try Self.store([
            person("Budi Santoso membuka acara.", "a.txt", "Budi Santoso"),
            person("Budi Santosa menutup acara.", "b.txt", "Budi Santosa"),
            person("Budi Santoso (ditulis juga Budi Santosa) berpidato.", "c.txt", "Budi Santoso", aliases: ["Budi Santosa"]),
        ], in: folder)
        #expect(try store.entities(name: "Budi").count == 1)
        #expect(try store.remove(key: "/r/c.txt"))
        let split = try store.entities(name: "Budi")
        #expect(split.map(\.name).sorted() == ["Budi Santosa", "Budi Santoso"])
        #expect(try store.summary().registry == 2)
        #expect(try store.remove(key: "/r/a.txt"))
        #expect(try store.remove(key: "/r/b.txt"))
        #expect(try store.summary().registry == 0)
    }

    @Test func keysFoldNamesTheSameWay() {
        let keys = NameKeys(lexicon: Fixtures.lexicon)
        #expect(keys.canonical("BBPMP Jatim", kind: .organization) == keys.canonical("Balai Besar Penjaminan Mutu Pendidikan (BBPMP) Jawa Timur", kind: .organization))
        #expect(keys.canonical("Dispendik Kota Blitar", kind: .organization) == keys.canonical("Dinas Pendidikan Kota Blitar", kind: .organization))
        #expect(keys.canonical("Jatim", kind: .place) == "jawa timur")
        #expect(keys.canonical("IKM", kind: .program) == keys.canonical("Implementasi Kurikulum Merdeka", kind: .program))
        #expect(keys.canonical("Drs. H. Hartono Wibisono, M.Pd.", kind: .person) == "hartono wibisono")
        #expect(keys.canonical("Sri Wahyuningsíh", kind: .person) == "sri wahyuningsih")
        // A bare acronym names every office of its kind: it is no key beside a full name.
        let entity = Entity(kind: .organization, name: "BBPMP Jawa Timur", acronym: "BBPMP", aliases: ["BBPMP"])
        #expect(keys.keys(for: entity) == [keys.canonical("BBPMP Jawa Timur", kind: .organization)])
        let batu = Entity(kind: .organization, name: "Dinas Pendidikan Kota Batu", aliases: ["Disdik Kota Batu", "Dinas Pendidikan"])
        #expect(keys.keys(for: batu) == [keys.canonical("Dinas Pendidikan Kota Batu", kind: .organization)])
        #expect(keys.canonical("Dinas Pendidikan Provinsi Jawa Timur", kind: .organization) == keys.canonical("Dindik Jatim", kind: .organization))
        let person = Entity(kind: .person, name: "Hartono Wibisono", aliases: ["Hartono", "Pak Hartono Wibisono"])
        #expect(keys.keys(for: person) == ["hartono wibisono"])
    }
}
