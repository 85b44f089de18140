import ArgumentParser
import Foundation
import WartaModel
import WartaStore

/// `warta entities`: the registry of an archive.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people, organizations, places and programs of an archive, merged across releases.",
        discussion: """
            One entry per real-world entity: its names and aliases from every release, its roles \
            over time (with the first and last publication date that gives each) and the releases \
            it appears in. --name matches any name, alias or acronym by its words.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl }

    @Option(help: ArgumentHelp("The store to read.", valueName: "FILE"))
    var db: String

    @Option(help: "person, organization, place or program.")
    var kind: Entity.Kind?

    @Option(help: "Only entities with this name, alias or acronym (e.g. Sujarno, BBPMP, Jatim).")
    var name: String?

    @Option(help: "At most this many entities.")
    var limit: Int?

    @Option(help: "table: readable; jsonl: one JSON object per entity, with its releases and roles.")
    var format: Format = .table

    @OptionGroup var lexicon: LexiconOption

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let store = try Store(path: db, lexicon: try lexicon.load())
        if let warning = try store.requireReadable() { Diagnostics.warning(warning) }
        let entries = try store.entities(kind: kind, name: name, limit: limit)
        var output = ""
        switch format {
        case .jsonl:
            output = try JSONLines.lines(entries)
        case .table:
            for entry in entries {
                output += "\(entry.name)\(entry.acronym.map { " (\($0))" } ?? "")  [\(entry.kind.rawValue)]  "
                    + "\(entry.documents.count) release\(entry.documents.count == 1 ? "" : "s"), \(entry.mentions) mentions\n"
                let others = entry.names.filter { $0 != entry.name && $0 != entry.acronym }
                if !others.isEmpty { output += "  also: \(others.joined(separator: "; "))\n" }
                for role in entry.roles {
                    let when = [role.first, role.last].compactMap { $0 }
                    let span = when.isEmpty ? "undated" : (when.first == when.last ? when[0] : "\(when[0]) – \(when[1])")
                    output += "  role: \(role.role)  (\(span), \(role.documents) release\(role.documents == 1 ? "" : "s"))\n"
                }
                for appearance in entry.documents {
                    let roles = appearance.roles.isEmpty ? "" : "  as \(appearance.roles.joined(separator: ", "))"
                    output += "  \(appearance.published ?? "undated")  \(appearance.path)  \"\(appearance.name)\"\(roles)\n"
                }
                output += "\n"
            }
            if entries.isEmpty { output += "no entities match\n" }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

extension Entity.Kind: ExpressibleByArgument {}
