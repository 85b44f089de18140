import ArgumentParser
import Foundation
import WartaLexicon

/// `--lexicons DIR`, shared by every command that reads Indonesian word knowledge.
struct LexiconOption: ParsableArguments {
    @Option(name: .customLong("lexicons"), help: ArgumentHelp("Read lexicon files from DIR instead of the bundled Lexicons/ (also: WARTA_LEXICONS).", valueName: "DIR"))
    var directory: String?

    func load() throws -> Lexicon {
        do {
            return try Lexicon.load(from: directory.map { URL(fileURLWithPath: $0) })
        } catch let error as LexiconError {
            throw ValidationError("lexicon: \(error)")
        }
    }
}
