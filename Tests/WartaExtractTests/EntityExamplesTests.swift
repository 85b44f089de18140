import Testing
import WartaLexicon
import WartaModel
@testable import WartaExtract

/// The entity recognizers against their examples files: every positive found whole, with its
/// expected name and the aliases, acronym, roles, honorifics and degrees the row names, and no
/// other entity of its kind; every negative matched by nothing of its kind.
struct EntityExamplesTests {
    static let people = (try? Fixtures.examples("people.tsv")) ?? []
    static let organizations = (try? Fixtures.examples("organizations.tsv")) ?? []
    static let places = (try? Fixtures.examples("places.tsv")) ?? []
    static let programs = (try? Fixtures.examples("programs.tsv")) ?? []
    static let bylines = (try? Fixtures.examples("bylines.tsv")) ?? []

    /// One expected entity: `Name | field=a, b | field=c`.
    struct Expected {
        var name: String
        var fields: [String: [String]] = [:]

        init(_ cell: String) {
            let parts = cell.components(separatedBy: " | ")
            name = parts[0]
            for part in parts.dropFirst() {
                guard let equals = part.firstIndex(of: "=") else { continue }
                fields[String(part[..<equals])] = part[part.index(after: equals)...].components(separatedBy: ", ")
            }
        }
    }

    @Test func examplesFilesAreThere() {
        for rows in [Self.people, Self.organizations, Self.places, Self.programs] {
            #expect(rows.filter { $0[1] != "-" }.count >= 15)
            #expect(rows.filter { $0[1] == "-" }.count >= 5)
        }
        #expect(Self.bylines.filter { $0.cells.dropFirst().contains { $0 != "-" } }.count >= 15)
        #expect(Self.bylines.filter { $0.cells.dropFirst().allSatisfy { $0 == "-" } }.count >= 5)
    }

    @Test(arguments: people)
    func person(_ row: LexiconFile.Row) throws { try check(row, .person) }

    @Test(arguments: organizations)
    func organization(_ row: LexiconFile.Row) throws { try check(row, .organization) }

    @Test(arguments: places)
    func place(_ row: LexiconFile.Row) throws { try check(row, .place) }

    @Test(arguments: programs)
    func program(_ row: LexiconFile.Row) throws { try check(row, .program) }

    @Test(arguments: bylines)
    func byline(_ row: LexiconFile.Row) throws {
        let record = try Fixtures.extract(row[0].replacingOccurrences(of: "\\n", with: "\n"))
        #expect(record.byline.reporter == row.optional(1), "line \(row.line): reporter")
        #expect(record.byline.originalTitle == row.optional(2), "line \(row.line): original title")
        #expect(record.byline.credit == row.optional(3), "line \(row.line): credit")
        if let reporter = row.optional(1) {
            #expect(record.entities.contains { $0.kind == .person && $0.name == reporter }, "line \(row.line): reporter is a person")
        }
    }

    @Test func mentionsAreSpansOfTheirNames() throws {
        let record = try Fixtures.extract("Kepala Balai Besar Penjaminan Mutu Pendidikan (BBPMP) Jawa Timur, Dr. Budi Hartanto, M.Pd "
            + "membuka acara di Hotel Bumi Surabaya. \"Sekolah siap,\" kata Budi. BBPMP Jatim mengundang 30 sekolah se-Indonesia.")
        let scalars = Array(record.text.unicodeScalars)
        func text(_ span: Span) -> String { String(String.UnicodeScalarView(scalars[span.start..<span.end])) }
        let person = try #require(record.entities.first { $0.kind == .person })
        #expect(person.mentions.map(text) == ["Budi Hartanto", "Budi"])
        let organization = try #require(record.entities.first { $0.kind == .organization })
        #expect(organization.name == "Balai Besar Penjaminan Mutu Pendidikan Jawa Timur")
        #expect(organization.mentions.map(text).last == "BBPMP Jatim")
        #expect(record.entities.map(\.kind) == [.organization, .person, .place, .place])
    }

    private func check(_ row: LexiconFile.Row, _ kind: Entity.Kind) throws {
        let record = try Fixtures.extract(row[0].replacingOccurrences(of: "\\n", with: "\n"))
        let found = record.entities.filter { $0.kind == kind }
        let expected = Fixtures.list(row[1]).map(Expected.init)
        #expect(found.map(\.name) == expected.map(\.name), "line \(row.line): \(row[0]) → \(found.map(\.name))")
        for (entity, want) in zip(found, expected) where entity.name == want.name {
            for alias in want.fields["aliases"] ?? [] {
                #expect(entity.aliases.contains(alias), "line \(row.line): \(entity.name) lacks alias \(alias) in \(entity.aliases)")
            }
            if let acronym = want.fields["acronym"] { #expect(entity.acronym == acronym.first, "line \(row.line): acronym") }
            if let roles = want.fields["roles"] { #expect(entity.roles == roles, "line \(row.line): roles \(entity.roles)") }
            if let honorifics = want.fields["honorifics"] { #expect(entity.honorifics == honorifics, "line \(row.line): honorifics") }
            if let degrees = want.fields["degrees"] { #expect(entity.degrees == degrees, "line \(row.line): degrees \(entity.degrees)") }
        }
    }
}
