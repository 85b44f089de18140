import Foundation
import Testing
import WartaLexicon
import WartaText

enum TextFixtures {
    static let lexicon: Lexicon = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Lexicons").standardized
        do { return try Lexicon.load(from: root) } catch { fatalError("lexicon: \(error)") }
    }()

    static func segment(_ text: String) throws -> TextDocument {
        try Segmenter(lexicon: lexicon).segment(Normalizer.normalize(text))
    }

    /// `text|kind` for every token.
    static func tokens(_ text: String) throws -> [String] {
        let document = try segment(text)
        return document.tokens.map { "\(document.text(of: $0))|\($0.kind.rawValue)" }
    }
}

/// Indonesian token rules over ICU's word breaks, one row per rule, negatives included.
struct TokenizerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let tokens: [String]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Numbers: dot thousands and decimal comma are one token; a final dot is punctuation.
        Case(text: "ada 2.754 sekolah", tokens: ["ada|word", "2.754|number", "sekolah|word"]),
        Case(text: "1.234.567,89", tokens: ["1.234.567,89|number"]),
        Case(text: "naik 31,18 persen", tokens: ["naik|word", "31,18|number", "persen|word"]),
        Case(text: "total 46.", tokens: ["total|word", "46|number", ".|punctuation"]),
        // Currency split from the amount; percent its own token; ranges not glued.
        Case(text: "Rp1,5 miliar", tokens: ["Rp|currency", "1,5|number", "miliar|word"]),
        Case(text: "Rp.15.000", tokens: ["Rp.|currency", "15.000|number"]),
        Case(text: "Rp 15.000,00", tokens: ["Rp|currency", "15.000,00|number"]),
        Case(text: "36-40%", tokens: ["36|number", "-|punctuation", "40|number", "%|symbol"]),
        Case(text: "RPP disusun", tokens: ["RPP|word", "disusun|word"]),
        // Abbreviations keep their dots; glued forms split.
        Case(text: "Drs. H. Santoso, M.Pd", tokens: ["Drs.|abbreviation", "H.|abbreviation", "Santoso|word", ",|punctuation", "M.Pd|abbreviation"]),
        Case(text: "Sujarno, M.Pd.", tokens: ["Sujarno|word", ",|punctuation", "M.Pd.|abbreviation"]),
        Case(text: "Hj. Ratna, S.Pd.I.", tokens: ["Hj.|abbreviation", "Ratna|word", ",|punctuation", "S.Pd.I.|abbreviation"]),
        Case(text: "Dr.Toto Basuki,M.Pd", tokens: ["Dr.|abbreviation", "Toto|word", "Basuki|word", ",|punctuation", "M.Pd|abbreviation"]),
        Case(text: "buku, alat tulis, dll.", tokens: ["buku|word", ",|punctuation", "alat|word", "tulis|word", ",|punctuation", "dll.|abbreviation"]),
        Case(text: "kelas A.", tokens: ["kelas|word", "A|word", ".|punctuation"]),
        // Reduplication and clitic hyphens stay whole.
        Case(text: "anak-anak se-Indonesia", tokens: ["anak-anak|word", "se-Indonesia|word"]),
        Case(text: "sekolah-sekolah ke-25", tokens: ["sekolah-sekolah|word", "ke-25|word"]),
        Case(text: "150-an peserta", tokens: ["150-an|number", "peserta|word"]),
        Case(text: "2022-2023", tokens: ["2022|number", "-|punctuation", "2023|number"]),
        // Slashes split; URLs, e-mail addresses and handles stay whole without a final dot.
        Case(text: "PAUD/TK", tokens: ["PAUD|word", "/|punctuation", "TK|word"]),
        Case(text: "lihat https://bbpmp.kemdikbud.go.id/berita/7.", tokens: ["lihat|word", "https://bbpmp.kemdikbud.go.id/berita/7|url", ".|punctuation"]),
        Case(text: "di www.disdik.go.id,", tokens: ["di|word", "www.disdik.go.id|url", ",|punctuation"]),
        Case(text: "surel humas@disdik.go.id.", tokens: ["surel|word", "humas@disdik.go.id|email", ".|punctuation"]),
        Case(text: "ikuti @bbpmpjatim", tokens: ["ikuti|word", "@bbpmpjatim|handle"]),
    ]

    @Test(arguments: cases)
    func tokens(_ example: Case) throws {
        #expect(try TextFixtures.tokens(example.text) == example.tokens)
    }

    @Test func offsetsAreUnicodeScalarsIntoTheNormalizedText() throws {
        let document = try TextFixtures.segment("Ibu Siti—guru “hebat” di Kota Batu; é café 2.754")
        let scalars = Array(document.text.unicodeScalars)
        for token in document.tokens {
            #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == String(document.text(of: token)))
        }
    }
}

struct NormalizerTests {
    @Test func cleansSpacesLineEndsAndInvisibleCharacters() {
        let raw = "\u{FEFF}Judul\u{00A0}Berita\r\n\u{00A0}\r\nBaris\u{200B} satu\u{202F}dua  \rBaris tiga\n\n\n\nAkhir"
        #expect(Normalizer.normalize(raw) == "Judul Berita\n\nBaris satu dua\nBaris tiga\n\nAkhir")
    }

    @Test func composesToNFC() {
        #expect(Normalizer.normalize("cafe\u{0301}").unicodeScalars.count == 4)
    }
}

struct SentenceTests {
    static func sentences(_ text: String) throws -> [String] {
        let document = try TextFixtures.segment(text)
        let scalars = Array(document.text.unicodeScalars)
        return document.sentences.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    @Test func noBreakAfterHonorificsOrAbbreviations() throws {
        #expect(try Self.sentences("Acara dibuka Drs. H. Santoso, M.Pd. di aula. Peserta senang.")
            == ["Acara dibuka Drs. H. Santoso, M.Pd. di aula.", "Peserta senang."])
        #expect(try Self.sentences("Menurut Dr. Rina, jumlahnya naik. Kab. Kudus juga.")
            == ["Menurut Dr. Rina, jumlahnya naik.", "Kab. Kudus juga."])
    }

    /// Glued abbreviations split one listed form at a time, however long the run (each split
    /// used to search the whole rest of it, which took minutes on 30 kB).
    @Test func longGluedRunOfAbbreviations() throws {
        let tokens = try TextFixtures.tokens(String(repeating: "Dr.", count: 10_000))
        #expect(tokens.count == 10_000)
        #expect(Set(tokens) == ["Dr.|abbreviation"])
    }

    /// A capital and its dot between two capitalised words is a middle initial.
    @Test func middleInitialDoesNotEndASentence() throws {
        #expect(try Self.sentences("Acara dibuka Drs. Johny F. Lumintang, M.Si di aula. Peserta senang.")
            == ["Acara dibuka Drs. Johny F. Lumintang, M.Si di aula.", "Peserta senang."])
        #expect(try Self.sentences("Nilai rata-rata kelas itu C. Tahun depan naik.") == ["Nilai rata-rata kelas itu C.", "Tahun depan naik."])
    }

    @Test func degreeAtTheEndOfASentenceEndsIt() throws {
        #expect(try Self.sentences("Hal itu disampaikan Rina, M.Pd. Selanjutnya peserta berdiskusi.")
            == ["Hal itu disampaikan Rina, M.Pd.", "Selanjutnya peserta berdiskusi."])
    }

    @Test func linesAndBlankLinesEndSentences() throws {
        #expect(try Self.sentences("Judul Tanpa Titik\n12 Oktober 2022\n\nIsi berita pertama. Isi kedua")
            == ["Judul Tanpa Titik", "12 Oktober 2022", "Isi berita pertama.", "Isi kedua"])
    }

    @Test func tokensKnowTheirSentence() throws {
        let document = try TextFixtures.segment("Satu dua. Tiga empat.")
        #expect(document.tokens.map(\.sentence) == [0, 0, 0, 1, 1, 1])
    }
}
