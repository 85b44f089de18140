import Foundation
import GRDB
import WartaModel

/// Which facts to list.
public struct FactFilter: Sendable {
    public enum Kind: String, Sendable, CaseIterable, Codable { case action, figure, percentage, date }

    public var kind: Kind
    /// Actions: the action's year; dates: the date's year; figures and percentages: the year the
    /// release was published.
    public var year: Int?
    /// Actions only.
    public var status: Action.Status?
    public var place: String?
    public var entity: String?
    public var limit: Int?

    public init(kind: Kind, year: Int? = nil, status: Action.Status? = nil, place: String? = nil, entity: String? = nil, limit: Int? = nil) {
        self.kind = kind
        self.year = year
        self.status = status
        self.place = place
        self.entity = entity
        self.limit = limit
    }
}

/// One extracted fact with its provenance: the release, the span of its words and its sentence.
public struct Fact: Sendable, Equatable, Encodable {
    public enum Value: Sendable, Equatable {
        case number(Double)
        case date(String)
    }

    public let kind: FactFilter.Kind
    /// Record id and path of the release.
    public let document: String
    public let path: String
    public let title: String?
    public let published: String?
    /// Actions and dates: their own year; others: the release's.
    public let year: Int?
    public let status: Action.Status?
    public let value: Value?
    public let min: Double?
    public let max: Double?
    public let unit: String?
    public let about: String?
    public let text: String
    public let span: Span
    public let sentence: Int
    /// The sentence the fact was read from, as it stands in the release.
    public let sentenceText: String?

    enum CodingKeys: String, CodingKey {
        case kind, document, path, title, published, year, status, value, min, max, unit, about, text, span, sentence
        case sentenceText = "sentence_text"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(document, forKey: .document)
        try container.encode(path, forKey: .path)
        try container.encode(title, forKey: .title)
        try container.encode(published, forKey: .published)
        try container.encode(year, forKey: .year)
        switch kind {
        case .action:
            try container.encode(status, forKey: .status)
        case .figure:
            try container.encode(number, forKey: .value)
            try container.encode(unit, forKey: .unit)
        case .percentage:
            try container.encode(number, forKey: .value)
            try container.encode(min, forKey: .min)
            try container.encode(max, forKey: .max)
            try container.encode(about, forKey: .about)
        case .date:
            if case .date(let date) = value { try container.encode(date, forKey: .value) } else { try container.encodeNil(forKey: .value) }
        }
        try container.encode(text, forKey: .text)
        try container.encode(span, forKey: .span)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(sentenceText, forKey: .sentenceText)
    }

    private var number: Double? {
        if case .number(let number) = value { return number }
        return nil
    }
}

extension Store {
    /// Facts of one kind, in release order (published, then path) and text order.
    public func facts(_ filter: FactFilter) throws(StoreError) -> [Fact] {
        if filter.status != nil && filter.kind != .action {
            throw .invalidFilter("--status applies to actions only (--kind action)")
        }
        let compiler = try QueryCompiler(analyzer: analyzer)
        let table: String, columns: String, yearColumn: String
        switch filter.kind {
        case .action:
            (table, columns, yearColumn) = ("actions", "f.year AS fact_year, f.status, NULL AS value, NULL AS min, NULL AS max, NULL AS unit, NULL AS about, NULL AS date", "f.year")
        case .figure:
            (table, columns, yearColumn) = ("figures", "d.year AS fact_year, NULL AS status, f.value, NULL AS min, NULL AS max, f.unit, NULL AS about, NULL AS date", "d.year")
        case .percentage:
            (table, columns, yearColumn) = ("percentages", "d.year AS fact_year, NULL AS status, f.value, f.min, f.max, NULL AS unit, f.about, NULL AS date", "d.year")
        case .date:
            (table, columns, yearColumn) = ("dates", "f.year AS fact_year, NULL AS status, NULL AS value, NULL AS min, NULL AS max, NULL AS unit, NULL AS about, f.value AS date", "f.year")
        }
        var conditions = ["1"]
        var arguments = StatementArguments()
        if let status = filter.status {
            conditions.append("f.status = ?")
            arguments += [status.rawValue]
        }
        try addFilters(year: filter.year, yearColumn: yearColumn, place: filter.place, entity: filter.entity, organization: nil,
                       compiler: compiler, conditions: &conditions, arguments: &arguments)
        var sql = """
            SELECT d.record_id, d.path, d.title, d.published, \(columns), f.text, f.span_start, f.span_end, f.sentence,
                   substr(d.text, s.span_start + 1, s.span_end - s.span_start) AS sentence_text
              FROM \(table) f
              JOIN documents d ON d.id = f.document_id
              LEFT JOIN sentences s ON s.document_id = f.document_id AND s.ordinal = f.sentence
             WHERE \(conditions.joined(separator: " AND "))
             ORDER BY d.published IS NULL, d.published, d.path_key, f.ordinal
            """
        if let limit = filter.limit {
            sql += " LIMIT ?"
            arguments += [max(0, limit)]
        }
        let kind = filter.kind
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let value: Fact.Value?
                if let date: String = row["date"] {
                    value = .date(date)
                } else if let number: Double = row["value"] {
                    value = .number(number)
                } else {
                    value = nil
                }
                let status: String? = row["status"]
                return Fact(kind: kind, document: row["record_id"], path: row["path"], title: row["title"], published: row["published"],
                            year: row["fact_year"], status: status.flatMap(Action.Status.init(rawValue:)), value: value,
                            min: row["min"], max: row["max"], unit: row["unit"], about: row["about"], text: row["text"],
                            span: Span(row["span_start"], row["span_end"]), sentence: row["sentence"],
                            sentenceText: (row["sentence_text"] as String?)?.trimmingCharacters(in: .whitespacesAndNewlines).replacingNewlines())
            }
        }
    }
}
