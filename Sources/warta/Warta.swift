import ArgumentParser

/// The `warta` command: Indonesian press releases in, structured records out.
@main
struct Warta: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warta",
        abstract: "Read Indonesian education press releases and turn them into structured, searchable records.",
        version: WartaVersion.string,
        subcommands: [
            Extract.self,
            Tokenize.self,
        ]
    )
}

enum WartaVersion {
    static let string = "0.1.0"
}
