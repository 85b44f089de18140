import ArgumentParser
import Foundation
import WartaStore

/// `warta search`: releases ranked by relevance, with a snippet of each.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search an archive built by `warta index`: releases ranked by relevance (bm25).",
        discussion: """
            Words are matched by their roots (mendidik finds pendidikan), stop words are ignored, \
            acronyms and place short forms find their expansions and back (IKM, Jatim), and numbers \
            match however they are written (2791, 2.791). Query syntax: words (all must appear), \
            "a phrase", a OR b, -word or NOT word, (groups), prefix*. Matches are marked [like this].
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @Argument(help: "What to look for.")
    var query: String

    @Option(help: ArgumentHelp("The store to search.", valueName: "FILE"))
    var db: String

    @Option(help: "Only releases published in this year.")
    var year: Int?

    @Option(help: "Only releases that name this place (e.g. Lumajang, \"Kota Blitar\").")
    var place: String?

    @Option(help: "Only releases that name this person, organization, place or program.")
    var entity: String?

    @Option(name: .customLong("org"), help: ArgumentHelp("Only releases that name this organization.", valueName: "ACRONYM"))
    var organization: String?

    @Option(help: "At most this many releases.")
    var limit: Int = 10

    @Option(help: "text: readable; jsonl: one JSON object per release.")
    var format: Format = .text

    @Flag(help: "Show the full-text expression the query becomes, and search nothing.")
    var explain = false

    @OptionGroup var lexicon: LexiconOption

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let store = try Store(path: db, lexicon: try lexicon.load())
        if explain {
            print(try store.explain(query))
            return
        }
        var options = SearchOptions(query: query, year: year, place: place, entity: entity, organization: organization, limit: limit)
        if format == .text && isatty(STDOUT_FILENO) != 0 { options.highlight = ("\u{1B}[1m", "\u{1B}[0m") }
        let started = Date()
        let hits = try store.search(options)
        let elapsed = Date().timeIntervalSince(started)
        var output = ""
        switch format {
        case .jsonl:
            output = try JSONLines.lines(hits)
        case .text:
            for (rank, hit) in hits.enumerated() {
                output += "\(rank + 1). \(hit.title ?? "(no title)")\n"
                output += "   \(hit.published ?? "undated")  \(hit.path)  score \(String(format: "%.2f", hit.score))\n"
                output += "   \(hit.snippet)\n\n"
            }
            if hits.isEmpty { output += "no releases match\n" }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if format == .text && Diagnostics.stderrIsTerminal {
            FileHandle.standardError.write(Data(String(format: "%d releases in %.1f ms\n", hits.count, elapsed * 1000).utf8))
        }
    }
}
