import Foundation
import Testing
import WartaLexicon
import WartaModel
@testable import WartaExtract

/// The numeric recognizers against their examples files: every positive found whole with its
/// value, every negative matched by nothing.
struct NumericExamplesTests {
    static let figures = (try? Fixtures.examples("figures.tsv")) ?? []
    static let percentages = (try? Fixtures.examples("percentages.tsv")) ?? []
    static let dates = (try? Fixtures.examples("dates.tsv")) ?? []
    static let datelines = (try? Fixtures.examples("datelines.tsv")) ?? []

    @Test func examplesFilesAreThere() {
        #expect(Self.figures.count >= 30)
        #expect(Self.percentages.count >= 12)
        #expect(Self.dates.count >= 16)
        #expect(Self.datelines.filter { $0[1] != "-" }.count >= 5)
        #expect(Self.datelines.filter { $0[1] == "-" }.count >= 3)
    }

    @Test(arguments: figures)
    func figure(_ row: LexiconFile.Row) throws {
        let record = try Fixtures.extract(row[0].replacingOccurrences(of: "\\n", with: "\n"))
        let found = record.figures.map { "\(Fixtures.number($0.value))=\($0.unit)" }
        let expected = Fixtures.list(row[1])
        #expect(found.count == expected.count, "line \(row.line): \(row[0]) → \(found)")
        for (got, want) in zip(found, expected) {
            // The unit may run on past the listed head (`lulusan SMP`), never past its line.
            #expect(got == want || got.hasPrefix(want + " "), "line \(row.line): \(got) ≠ \(want)")
            #expect(!got.contains("\n"), "line \(row.line): \(got)")
        }
        for figure in record.figures {
            #expect(Substring(record.text.unicodeScalars.dropFirst(figure.span.start).prefix(figure.span.end - figure.span.start)) == Substring(figure.text))
        }
    }

    @Test(arguments: percentages)
    func percentage(_ row: LexiconFile.Row) throws {
        let record = try Fixtures.extract(row[0])
        let found = record.percentages.map { p in
            p.value.map(Fixtures.number) ?? "\(Fixtures.number(p.min ?? -1))..\(Fixtures.number(p.max ?? -1))"
        }
        #expect(found == Fixtures.list(row[1]), "line \(row.line): \(row[0])")
    }

    @Test(arguments: dates)
    func date(_ row: LexiconFile.Row) throws {
        let record = try Fixtures.extract(row[0], published: row.optional(1))
        #expect(record.dates.map(\.value) == Fixtures.list(row[2]), "line \(row.line): \(row[0])")
    }

    /// The release's own date, read from its opening lines with no date given.
    @Test(arguments: datelines)
    func dateline(_ row: LexiconFile.Row) throws {
        let record = try Fixtures.extract(row[0].replacingOccurrences(of: "\\n", with: "\n"))
        #expect(record.published == row.optional(1), "line \(row.line): \(row[0])")
    }

    @Test func numeralsReadTheIndonesianWay() {
        #expect(NumberReader.value(ofNumeral: "2.754") == 2754)
        #expect(NumberReader.value(ofNumeral: "1.234.567,89") == 1_234_567.89)
        #expect(NumberReader.value(ofNumeral: "31,18") == 31.18)
        #expect(NumberReader.value(ofNumeral: "0,5") == 0.5)
        #expect(NumberReader.value(ofNumeral: "150-an") == 150)
        #expect(NumberReader.value(ofNumeral: "09.00") == nil)
        #expect(NumberReader.value(ofNumeral: "101.7.1") == nil)
        #expect(NumberReader.value(ofNumeral: "12.500,75") == 12_500.75)
        #expect(NumberReader.value(ofNumeral: "1.500-AN") == 1500)
        for malformed in ["1.23", "1,2,3", ",5", "5,", "1.234.", ".5", "1,5.0", "-an", "1-a", "12a"] {
            #expect(NumberReader.value(ofNumeral: malformed[...]) == nil, "\(malformed)")
        }
    }
}

extension LexiconFile.Row: CustomTestStringConvertible {
    public var testDescription: String { "line \(line): \(cells[0])" }
}

/// The action recognizer against `Corpus/examples/actions.tsv`.
struct ActionExamplesTests {
    static let rows = (try? Fixtures.examples("actions.tsv")) ?? []

    @Test func examplesFileIsThere() {
        #expect(Self.rows.count >= 10)
    }

    @Test(arguments: rows)
    func actions(_ row: LexiconFile.Row) throws {
        let record = try Fixtures.extract(row[0].replacingOccurrences(of: "\\n", with: "\n"), published: row.optional(1))
        let found = record.actions.map { "\($0.year) \($0.status.rawValue) \($0.text)" }
        #expect(found == Fixtures.list(row[2]), "line \(row.line): \(row[0])")
    }
}
