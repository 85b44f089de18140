import ArgumentParser
import Foundation
import WartaModel
import WartaStore

/// `warta facts`: the structured side of an archive — actions, figures, percentages, dates.
struct Facts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the facts of an archive: actions, figures, percentages or dates, each with its release and sentence.",
        discussion: """
            --year is the action's or date's own year, and the publication year for figures and \
            percentages. --place and --entity keep releases that name them (as extracted entities \
            or in their text).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl }

    @Option(help: ArgumentHelp("The store to read.", valueName: "FILE"))
    var db: String

    @Option(help: "action, figure, percentage or date.")
    var kind: FactFilter.Kind

    @Option(help: "Only this year.")
    var year: Int?

    @Option(help: "Actions only: done, ongoing or planned.")
    var status: Action.Status?

    @Option(help: "Only releases that name this place.")
    var place: String?

    @Option(help: "Only releases that name this person, organization, place or program.")
    var entity: String?

    @Option(help: "At most this many facts.")
    var limit: Int?

    @Option(help: "table: readable columns; jsonl: one JSON object per fact, with its sentence.")
    var format: Format = .table

    @OptionGroup var lexicon: LexiconOption

    func validate() throws {
        if status != nil && kind != .action { throw ValidationError("--status applies to actions only (--kind action)") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let store = try Store(path: db, lexicon: try lexicon.load())
        if let warning = try store.requireReadable() { Diagnostics.warning(warning) }
        let facts = try store.facts(FactFilter(kind: kind, year: year, status: status, place: place, entity: entity, limit: limit))
        var output = ""
        switch format {
        case .jsonl:
            output = try JSONLines.lines(facts)
        case .table:
            let header: [String]
            var rows: [[String]] = []
            switch kind {
            case .action: header = ["year", "status", "action", "published", "path"]
            case .figure: header = ["value", "unit", "as written", "published", "path"]
            case .percentage: header = ["value", "about", "as written", "published", "path"]
            case .date: header = ["date", "as written", "published", "path"]
            }
            for fact in facts {
                let published = fact.published ?? "-"
                switch kind {
                case .action:
                    rows.append([fact.year.map(String.init) ?? "-", fact.status?.rawValue ?? "-", fact.text, published, fact.path])
                case .figure:
                    rows.append([Table.number(fact.value), fact.unit ?? "-", fact.text, published, fact.path])
                case .percentage:
                    let value = fact.min != nil || fact.max != nil
                        ? "\(fact.min.map(Table.number) ?? "?")–\(fact.max.map(Table.number) ?? "?")" : Table.number(fact.value)
                    rows.append([value, fact.about ?? "-", fact.text, published, fact.path])
                case .date:
                    rows.append([Table.number(fact.value), fact.text, published, fact.path])
                }
            }
            output = Table.render(header: header, rows: rows)
            if facts.isEmpty { output += "no facts match\n" }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// Plain columns for the readable outputs of `facts` and `entities`.
enum Table {
    static let widest = 60

    static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in min(widest, all.map { $0[column].count }.max() ?? 0) }
        return all.map { row in
            row.enumerated().map { column, cell in
                let cut = cell.count > widest ? String(cell.prefix(widest - 1)) + "…" : cell
                return column == row.count - 1 ? cut : cut.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    static func number(_ value: Fact.Value?) -> String {
        switch value {
        case .number(let amount): number(amount)
        case .date(let date): date
        case nil: "-"
        }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    }
}

extension Diagnostics {
    /// `warta: warning: …` on standard error: worth knowing, not a failure.
    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("warta: warning: \(message)\n".utf8))
    }
}

extension FactFilter.Kind: ExpressibleByArgument {}
extension Action.Status: ExpressibleByArgument {}
