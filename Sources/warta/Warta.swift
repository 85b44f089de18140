import ArgumentParser
import Foundation

/// The `warta` command: Indonesian press releases in, structured records out.
@main
struct Warta: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warta",
        abstract: "Read Indonesian education press releases and turn them into structured, searchable records.",
        version: WartaVersion.string,
        subcommands: [
            Extract.self,
            Tokenize.self,
            Stem.self,
            LexiconCommand.self,
            Eval.self,
            Bench.self,
            Index.self, Search.self, Facts.self, Entities.self, Export.self,
        ]
    )

    /// Exit status: 0 success, 1 when some input failed, 2 for usage errors.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            var message = fullMessage(for: error)
            if message.hasPrefix("Error: ") { message.removeFirst(7) }
            Diagnostics.error(message)
            Foundation.exit(code == .validationFailure || error is ValidationError ? 2 : 1)
        }
    }
}

enum WartaVersion {
    static let string = "0.1.0"
}
