import Foundation
import WartaModel

/// Writes records as JSON Lines, one JSON array, or CSV with one row per extracted fact.
public struct RecordWriter {
    public enum Format: String, Sendable, CaseIterable { case jsonl, json, csv }

    public let format: Format
    private var written = 0
    private let write: (Data) throws -> Void

    /// `excelBOM` starts CSV output with a UTF-8 byte-order mark so spreadsheets read it as UTF-8.
    public init(format: Format, excelBOM: Bool = false, write: @escaping (Data) throws -> Void) {
        self.format = format
        self.write = write
        self.excelBOM = excelBOM
    }

    private let excelBOM: Bool

    public mutating func append(_ record: Record) throws {
        try append(encoded: try Self.encode(record, as: format))
    }

    /// `record` as `format` writes it, without what goes between records: made anywhere (in
    /// parallel, say), then handed to `append(encoded:)` in order.
    public static func encode(_ record: Record, as format: Format) throws -> Data {
        switch format {
        case .jsonl: try record.jsonLine() + Data("\n".utf8)
        case .json: try record.jsonLine()
        case .csv: Data(CSVRows.rows(of: record).map(\.csvLine).joined().utf8)
        }
    }

    /// Writes a record made by `encode(_:as:)` with this writer's format.
    public mutating func append(encoded: Data) throws {
        defer { written += 1 }
        switch format {
        case .jsonl:
            try write(encoded)
        case .json:
            try write(Data((written == 0 ? "[\n" : ",\n").utf8) + encoded)
        case .csv:
            if written == 0 {
                try write(Data(((excelBOM ? "\u{FEFF}" : "") + CSVRows.header.csvLine).utf8))
            }
            try write(encoded)
        }
    }

    /// Closes the JSON array (and writes the CSV header when there were no records).
    public mutating func finish() throws {
        switch format {
        case .jsonl: break
        case .json: try write(Data((written == 0 ? "[]\n" : "\n]\n").utf8))
        case .csv where written == 0: try write(Data(((excelBOM ? "\u{FEFF}" : "") + CSVRows.header.csvLine).utf8))
        case .csv: break
        }
    }
}

/// The CSV view of a record: one row per fact, with the columns a spreadsheet user filters on.
enum CSVRows {
    static let header = ["document_id", "source", "kind", "value", "unit_status_year", "text", "start", "end"]

    static func rows(of record: Record) -> [[String]] {
        var rows: [(span: Span, cells: [String])] = []
        func add(_ kind: String, _ value: String, _ qualifier: String, _ text: String, _ span: Span) {
            rows.append((span, [record.id, record.source.path, kind, value, qualifier, text, String(span.start), String(span.end)]))
        }
        for entity in record.entities {
            for mention in entity.mentions {
                add(entity.kind.rawValue, entity.name, entity.acronym ?? entity.roles.first ?? "", slice(record.text, mention), mention)
            }
        }
        for figure in record.figures { add("figure", number(figure.value), figure.unit, figure.text, figure.span) }
        for percentage in record.percentages {
            let value = percentage.value.map(number) ?? "\(percentage.min.map(number) ?? "")-\(percentage.max.map(number) ?? "")"
            add("percentage", value, percentage.about ?? "", percentage.text, percentage.span)
        }
        for date in record.dates { add("date", date.value, "", date.text, date.span) }
        for action in record.actions { add("action", action.status.rawValue, String(action.year), action.text, action.span) }
        // Text order; facts at the same span keep a fixed kind order, so output is deterministic.
        return rows.sorted { ($0.span, $0.cells[2], $0.cells[3]) < ($1.span, $1.cells[2], $1.cells[3]) }.map(\.cells)
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    static func slice(_ text: String, _ span: Span) -> String {
        let scalars = text.unicodeScalars
        guard span.start >= 0, span.end <= scalars.count, span.start <= span.end else { return "" }
        let start = scalars.index(scalars.startIndex, offsetBy: span.start)
        let end = scalars.index(start, offsetBy: span.end - span.start)
        return String(scalars[start..<end])
    }
}

extension Array where Element == String {
    /// RFC 4180: quote fields holding a comma, quote or line break; double inner quotes.
    var csvLine: String {
        map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                : field
        }.joined(separator: ",") + "\r\n"
    }
}
