import ArgumentParser
import Foundation
import WartaStore

/// `warta export`: an archive's records out, for other tools and bigger search engines.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an archive's records as JSON Lines, CSV, or files that Elasticsearch/OpenSearch load.",
        discussion: """
            jsonl and csv go to standard output or --output. elasticsearch writes two files into \
            --output-dir: NAME.mapping.json (the index: an Indonesian analyzer and the record's \
            fields typed) and NAME.bulk.ndjson (the _bulk body); docs/search.md gives the two \
            commands that load them.
            """)

    enum Target: String, ExpressibleByArgument, CaseIterable { case jsonl, csv, elasticsearch }

    @Option(help: ArgumentHelp("The store to read.", valueName: "FILE"))
    var db: String

    @Option(help: "jsonl, csv (one row per fact) or elasticsearch.")
    var to: Target

    @Option(name: .shortAndLong, help: "jsonl/csv: write to FILE (atomically) instead of standard output.")
    var output: String?

    @Option(help: ArgumentHelp("elasticsearch: the folder to write the two files into.", valueName: "DIR"))
    var outputDir: String = "."

    @Option(help: "elasticsearch: the index name (also the files' name).")
    var index: String = "warta"

    @Flag(help: "csv: start with a byte-order mark, for spreadsheet programs.")
    var excelBOM = false

    @OptionGroup var lexicon: LexiconOption

    func validate() throws {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_.")
        if index.isEmpty || !index.allSatisfy({ allowed.contains($0) }) || index.hasPrefix("-") || index.hasPrefix("_") {
            throw ValidationError("--index must be lower-case letters, digits, -, _ or . (an Elasticsearch index name)")
        }
        if to == .elasticsearch && output != nil { throw ValidationError("--to elasticsearch writes two files: use --output-dir") }
    }

    func run() throws {
        let store = try Store(path: db, lexicon: try lexicon.load())
        if let warning = try store.requireReadable() { Diagnostics.warning(warning) }
        switch to {
        case .jsonl, .csv:
            let sink = try OutputFile(path: output)
            var writer = RecordWriter(format: to == .jsonl ? .jsonl : .csv, excelBOM: excelBOM, write: sink.write)
            try store.records { try writer.append($0) }
            try writer.finish()
            try sink.commit()
        case .elasticsearch:
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: outputDir, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--output-dir \(outputDir): no such folder")
            }
            let folder = URL(fileURLWithPath: outputDir)
            let mapping = try OutputFile(path: folder.appendingPathComponent("\(index).mapping.json").path)
            try mapping.write(try ElasticsearchExport.mapping(lexicon: store.lexicon) + Data("\n".utf8))
            let bulk = try OutputFile(path: folder.appendingPathComponent("\(index).bulk.ndjson").path)
            var count = 0
            try store.records { record in
                try bulk.write(try ElasticsearchExport.bulkLines(for: record, index: index))
                count += 1
            }
            try mapping.commit()
            try bulk.commit()
            FileHandle.standardError.write(Data("wrote \(index).mapping.json and \(index).bulk.ndjson (\(count) records) in \(outputDir)\n".utf8))
        }
    }
}
