import Foundation
import Testing
import WartaLexicon

enum LexiconFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Lexicons").standardized
    static let lexicon: Lexicon = {
        do { return try Lexicon.load(from: directory) } catch { fatalError("lexicon: \(error)") }
    }()

    static func words(_ text: String) -> [Substring] { text.split(separator: " ") }
    /// The words lower-cased, as recognizers hand them to phrase tables.
    static func folded(_ text: String) -> [String] { text.split(separator: " ").map { $0.lowercased() } }
}

struct LexiconLintTests {
    @Test func everyFileFollowsTheFormat() {
        let problems = LexiconLint.problems(in: LexiconFixtures.directory)
        #expect(problems.isEmpty, "\(problems.prefix(20).map(\.description))")
    }

    @Test func lintFindsDisorderDuplicatesAndBadHeaders() {
        let header = "# test | source: hand | licence: CC0 | columns: word\tkind\n"
        #expect(LexiconLint.problems(name: "t.tsv", contents: header + "b\tx\na\tx\n").map(\.reason) == ["out of order (rows are sorted by bytes, as LC_ALL=C sort does)"])
        #expect(LexiconLint.problems(name: "t.tsv", contents: header + "a\tx\na\tx\n").map(\.reason) == ["duplicate row"])
        #expect(LexiconLint.problems(name: "t.tsv", contents: header + "a\n").map(\.description) == ["t.tsv:2: expected 2 TAB-separated cells, found 1"])
        #expect(LexiconLint.problems(name: "t.tsv", contents: "a\tx\n").first?.line == 1)
        #expect(LexiconLint.problems(name: "t.tsv", contents: header + "cafe\u{0301}\tx\n").map(\.reason) == ["not in Unicode NFC"])
    }

    @Test func loadErrorsNameFileAndLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("warta-lexicon-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: LexiconFixtures.directory, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let numbers = folder.appendingPathComponent("numbers.tsv")
        var contents = try String(contentsOf: numbers, encoding: .utf8)
        contents += "tiga\tbanyak\tunit\n"
        try contents.write(to: numbers, atomically: true, encoding: .utf8)
        #expect {
            _ = try Lexicon.load(from: folder)
        } throws: { error in
            guard let error = error as? LexiconError else { return false }
            return error.file == "numbers.tsv" && error.reason.contains("'banyak'") && error.line == contents.split(separator: "\n").count
        }
    }
}

struct LexiconLookupTests {
    let lexicon = LexiconFixtures.lexicon

    @Test(arguments: [
        ("tiga puluh dua", 32.0), ("seratus dua puluh lima ribu", 125_000), ("dua ribu tujuh ratus sembilan puluh satu", 2791),
        ("sebelas", 11), ("tujuh belas", 17), ("sejuta", 1_000_000), ("tiga juta lima ratus ribu", 3_500_000), ("setengah", 0.5),
    ])
    func numberWords(_ text: String, _ value: Double) {
        let words = LexiconFixtures.words(text)
        let parsed = lexicon.numberFromWords(words)
        #expect(parsed?.value == value)
        #expect(parsed?.length == words.count)
    }

    @Test func numberWordsStopAtTheFirstNonNumber() {
        #expect(lexicon.numberFromWords(LexiconFixtures.words("tiga sekolah")).map { [$0.value, Double($0.length)] } == [3, 1])
        #expect(lexicon.numberFromWords(LexiconFixtures.words("sekolah tiga")) == nil)
        #expect(lexicon.numberFromWords(LexiconFixtures.words("puluhan guru")) == nil)
    }

    @Test func scalesAfterDigits() {
        #expect(lexicon.scale("juta") == 1_000_000)
        #expect(lexicon.scale("miliar") == 1_000_000_000)
        #expect(lexicon.scale("milyar") == 1_000_000_000)
        #expect(lexicon.scale("M") == 1_000_000_000)
        #expect(lexicon.scale("rb") == 1000)
        #expect(lexicon.scale("sekolah") == nil)
    }

    @Test(arguments: [("Nopember", 11), ("November", 11), ("Okt", 10), ("okt.", 10), ("Pebruari", 2), ("Agustus", 8), ("Des", 12), ("Mei", 5)])
    func months(_ word: String, _ month: Int) {
        #expect(lexicon.month(word) == month)
    }

    @Test func weekdaysIncludeAhad() {
        #expect(lexicon.weekday("Senin") == 1)
        #expect(lexicon.weekday("Minggu") == 7)
        #expect(lexicon.weekday("Ahad") == 7)
        #expect(lexicon.weekday("Jumat") == 5)
    }

    @Test func provinceShortForms() {
        #expect(lexicon.placeName(forAlias: "Jatim") == "Jawa Timur")
        #expect(lexicon.placeName(forAlias: "jateng") == "Jawa Tengah")
        #expect(lexicon.placeName(forAlias: "NTT") == "Nusa Tenggara Timur")
        #expect(lexicon.aliases(ofPlace: "Jawa Timur").contains("jatim"))
    }

    @Test func gazetteerHasEveryProvinceAndBothBlitars() {
        let blitar = lexicon.places.longestMatch(at: 1, in: LexiconFixtures.folded("Kota Blitar"))?.value ?? []
        #expect(Set(blitar.map(\.kind)) == [.city, .regency])
        #expect(blitar.allSatisfy { $0.province == "Jawa Timur" })
        #expect(lexicon.places.longestMatch(at: 1, in: LexiconFixtures.folded("kabupaten Lumajang")) != nil)
        #expect(lexicon.places.value(of: "Papua Pegunungan")?.first?.kind == .province)
    }

    @Test func placePrefixesAndEntityCues() {
        #expect(lexicon.placePrefixes["kab."] == .regency)
        #expect(lexicon.placePrefixes["kota"] == .city)
        #expect(lexicon.placePrefixes["provinsi"] == .province)
        #expect(lexicon.entityCues[.nameAbbreviation]?.contains("moh.") == true)
        #expect(lexicon.entityCues[.timeZone] == ["wib", "wita", "wit"])
        #expect(lexicon.entityCues[.domainEnding]?.isSuperset(of: [".com", ".id", ".co.id"]) == true)
        #expect(lexicon.entityCues[.initialsSkip]?.isSuperset(of: ["dan", "&", "of", "the"]) == true)
        #expect(lexicon.entityCues[.programWord]?.isSuperset(of: ["program", "gerakan", "kurikulum", "kartu"]) == true)
    }

    @Test func actionCuesLoadEverySet() {
        let cues = lexicon.actionCues
        #expect(cues[.moneyWord].words == ["anggaran", "dana"])
        #expect(cues[.phraseStop].words.isSuperset(of: ["pada", "dengan", "mulai", "padahal"]))
        #expect(cues[.relativeStop].words == ["yang"])
        #expect(cues[.completion].words.isSuperset(of: ["selesai", "rampung"]))
        #expect(cues[.partnerWord].words.isSuperset(of: ["sama", "kerjasama"]))
        #expect(cues[.planNoun].words.isSuperset(of: ["program", "kegiatan"]))
        #expect(cues[.startVerb].words == ["mulai", "dimulai", "memulai"])
        #expect(cues[.startAuxiliary].words == ["mulai"])
        #expect(cues[.scheduleWord].words == ["pada", "mulai", "tanggal"])
        #expect(cues[.itemFiller].words.isSuperset(of: ["dan", "serta", "maupun", "juga", "pula", "pertama", "kedua", "terakhir"]))
        #expect(cues[.subjectTrailer].words == ["yang", "baru", "juga", "pun"])
        #expect(cues[.clauseOpener].words == ["nanti", "mulai"])
    }

    @Test func longestPhraseMatchOverTokens() {
        let match = lexicon.organizations.longestMatch(at: 0, in: LexiconFixtures.folded("Balai Besar Penjaminan Mutu Pendidikan Jawa Timur"))
        #expect(match?.length == 5)
        #expect(match?.value.acronym == "BBPMP")
        #expect(lexicon.roles.longestMatch(at: 0, in: LexiconFixtures.folded("Wali Kota Blitar"))?.length == 2)
    }

    @Test func abbreviationsHonorificsAndDegrees() {
        #expect(lexicon.abbreviationKind("Drs.") == .honorific)
        #expect(lexicon.abbreviationKind("M.Pd") == .degree)
        #expect(lexicon.abbreviationKind("M.Pd.") == .degree)
        #expect(lexicon.degrees["S.Pd.I."] == "S.Pd.I")
        #expect(lexicon.abbreviationKind("dll.") == .other(endsSentence: true))
        #expect(lexicon.abbreviationKind("Santoso") == nil)
        #expect(Set(lexicon.degrees.values).count >= 120)
    }

    @Test func stopWordsAreForSearchOnly() {
        #expect(lexicon.stopwords.contains("yang"))
        #expect(!lexicon.stopwords.contains("sekolah"))
    }
}

/// `warta lexicon lookup`: every list a word is in, cue files included.
@Suite struct LexiconFactsTests {
    @Test(arguments: [
        ("gerakan", "entity cue: program-word"),
        ("anggaran", "action cue: money-word"),
        ("anggaran", "number blocker: year"),
        ("Kab.", "place prefix: regency"),
        ("memperoleh", "outcome verb"),
        ("Zulhijah", "Hijri month"),
        ("kidul", "entity cue: place-name-end"),
        ("M.Pd", "degree: M.Pd"),
    ])
    func lookupSaysWhatTheListsSay(word: String, fact: String) {
        #expect(LexiconFacts(lexicon: LexiconFixtures.lexicon).describe(word).contains(fact))
    }
}

struct WordFilterTests {
    /// Every word of the lexicon's lists, and every word of the corpus releases: the filter never
    /// refuses a listed word, and the filtered tables answer exactly as their dictionaries do.
    @Test func filteredListsAnswerAsTheirDictionaries() throws {
        let lexicon = LexiconFixtures.lexicon
        let corpus = LexiconFixtures.directory.deletingLastPathComponent().appendingPathComponent("Corpus/documents")
        var probes = Set(lexicon.numberWords.keys).union(lexicon.functionWords.keys).union(["", "é", "ribuan", "duaa", String(repeating: "a", count: 80)])
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            probes.formUnion(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        }
        #expect(probes.count > 500)
        var refused = 0
        for word in probes {
            #expect(lexicon.numberWords[word] == lexicon.numberWords.entries[word], "\(word)")
            #expect(lexicon.functionWords[word] == lexicon.functionWords.entries[word], "\(word)")
            if !WordFilter(lexicon.numberWords.keys).mayContain(word) { refused += 1 }
        }
        // Most words are ruled out without hashing: the point of the filter.
        #expect(refused * 10 > probes.count * 6)
    }

    @Test func longWordsAndTheEmptyWordAreKept() {
        let long = String(repeating: "panjang", count: 12)
        let filter = WordFilter([long, ""])
        #expect(filter.mayContain(long) && filter.mayContain(""))
        #expect(!filter.mayContain("pendek"))
        #expect(!WordFilter(["kata"]).mayContain(""))
        #expect(WordSet(["desa", "dusun"]).contains("dusun") && !WordSet(["desa"]).contains("dusun"))
    }
}
