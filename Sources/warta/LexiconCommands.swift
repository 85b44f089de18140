import ArgumentParser
import Foundation
import WartaLexicon

/// `warta lexicon`: check and query the Indonesian word knowledge.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check the lexicon files or look a word up in them.",
        subcommands: [Lint.self, Lookup.self])

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check every Lexicons/*.tsv file: header, columns, NFC, order, uniqueness, SOURCES.md.")

        @OptionGroup var lexicon: LexiconOption

        func run() throws {
            guard let directory = lexicon.directory.map({ URL(fileURLWithPath: $0) }) ?? Lexicon.defaultDirectory() else {
                throw ValidationError("no lexicon folder found; pass --lexicons DIR")
            }
            let problems = LexiconLint.problems(in: directory)
            for problem in problems { Diagnostics.error("\(problem)") }
            guard problems.isEmpty else { throw ExitCode(1) }
            let loaded = try lexicon.load()
            print("\(Lexicon.fileNames.count) files in \(directory.path): all well (version \(loaded.version))")
        }
    }

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show everything the lexicon knows about a word or phrase.")

        @Argument(help: "A word or phrase, e.g. Jatim, M.Pd, 'Wali Kota', Nopember, sebelas.")
        var words: [String]

        @OptionGroup var lexicon: LexiconOption

        func run() throws {
            let lexicon = try lexicon.load()
            let phrase = words.joined(separator: " ")
            let facts = LexiconFacts(lexicon: lexicon).describe(phrase)
            if facts.isEmpty {
                print("\(phrase): not in the lexicon (stem: \(lexicon.stemmer.stem(phrase)))")
                throw ExitCode(1)
            }
            for fact in facts { print("\(phrase)\t\(fact)") }
        }
    }
}

/// `warta stem`: the search index's stemmer, on words given or read from standard input.
struct Stem: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the root of each word (word<TAB>root), as the search index stems it.")

    @Argument(help: "Words to stem, or - to read one word per line from standard input.")
    var words: [String] = ["-"]

    @OptionGroup var lexicon: LexiconOption

    func run() throws {
        let stemmer = try lexicon.load().stemmer
        var output = ""
        func stem(_ word: Substring) {
            let trimmed = word.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return }
            output += "\(trimmed)\t\(stemmer.stem(trimmed))\n"
            if output.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(output.utf8))
                output = ""
            }
        }
        if words == ["-"] {
            while let line = readLine() { stem(Substring(line)) }
        } else {
            for word in words { stem(Substring(word)) }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
