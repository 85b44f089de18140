import Foundation
import GRDB
import WartaModel

/// A full-text search with its filters.
public struct SearchOptions: Sendable {
    public var query: String
    /// Only releases published in this year.
    public var year: Int?
    /// Only releases that name this place (as an extracted place, or in their text).
    public var place: String?
    /// Only releases that name this person, organization, place or program.
    public var entity: String?
    /// Only releases that name this organization (by acronym or name).
    public var organization: String?
    public var limit: Int = 10
    /// Marks put around matched words in snippets.
    public var highlight: (open: String, close: String) = ("[", "]")
    /// About how many words a snippet shows.
    public var snippetWords: Int = 24

    public init(query: String, year: Int? = nil, place: String? = nil, entity: String? = nil, organization: String? = nil, limit: Int = 10) {
        self.query = query
        self.year = year
        self.place = place
        self.entity = entity
        self.organization = organization
        self.limit = limit
    }
}

/// One release found, best first.
public struct SearchHit: Sendable, Equatable, Codable {
    public let path: String
    /// The record's id.
    public let id: String
    public let title: String?
    public let published: String?
    /// Relevance (FTS5 bm25, sign turned so that higher is better).
    public let score: Double
    /// A passage of the text with the matched words marked.
    public let snippet: String
}

extension Store {
    /// Releases matching `options.query`, ranked by bm25 (titles weigh four times the body).
    public func search(_ options: SearchOptions) throws(StoreError) -> [SearchHit] {
        try requireCurrent()
        let compiler = try QueryCompiler(analyzer: analyzer)
        let expression = try compiler.compile(options.query)
        var conditions = ["documents_fts MATCH ?"]
        var arguments: StatementArguments = [options.highlight.open, options.highlight.close, max(1, min(64, options.snippetWords)), expression]
        try addFilters(year: options.year, yearColumn: "d.year", place: options.place, entity: options.entity,
                       organization: options.organization, compiler: compiler, conditions: &conditions, arguments: &arguments)
        arguments += [max(0, options.limit)]
        let sql = """
            SELECT d.path, d.record_id, d.title, d.published, bm25(documents_fts, 4.0, 1.0) AS rank,
                   snippet(documents_fts, 1, ?, ?, '…', ?) AS snippet
              FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
             WHERE \(conditions.joined(separator: " AND "))
             ORDER BY rank, d.published DESC, d.path_key
             LIMIT ?
            """
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let snippet: String = row["snippet"] ?? ""
                return SearchHit(path: row["path"], id: row["record_id"], title: row["title"], published: row["published"],
                                 score: -(row["rank"] as Double), snippet: snippet.replacingNewlines())
            }
        }
    }

    /// The FTS5 expression a query becomes (for `--explain` and tests).
    public func explain(_ query: String) throws(StoreError) -> String {
        try QueryCompiler(analyzer: analyzer).compile(query)
    }

    /// Adds the document filters shared by search and facts. `d` is the documents table.
    func addFilters(year: Int?, yearColumn: String, place: String?, entity: String?, organization: String?,
                    compiler: QueryCompiler, conditions: inout [String], arguments: inout StatementArguments) throws(StoreError) {
        if let year {
            conditions.append("\(yearColumn) = ?")
            arguments += [year]
        }
        if let place {
            try addNaming(place, kinds: [.place], option: "--place", compiler: compiler, conditions: &conditions, arguments: &arguments)
        }
        if let entity {
            try addNaming(entity, kinds: Entity.Kind.allCases, option: "--entity", compiler: compiler, conditions: &conditions, arguments: &arguments)
        }
        if let organization {
            try addNaming(organization, kinds: [.organization], option: "--org", compiler: compiler, conditions: &conditions, arguments: &arguments)
        }
    }

    /// Documents that name `name`: an extracted entity of one of `kinds` whose key holds its words
    /// (or whose acronym it is), or the name as a phrase in the text.
    private func addNaming(_ name: String, kinds: [Entity.Kind], option: String, compiler: QueryCompiler,
                           conditions: inout [String], arguments: inout StatementArguments) throws(StoreError) {
        var alternatives: [String] = []
        for kind in kinds {
            let key = names.canonical(name, kind: kind)
            guard !key.isEmpty else { continue }
            alternatives.append(Self.entityKeyMatch("d.id", selecting: "e.document_id"))
            arguments += Self.entityKeyArguments(kind: kind, key: key)
            if kind == .organization || kind == .program {
                alternatives.append("d.id IN (SELECT document_id FROM entities WHERE kind = ? AND acronym = ?)")
                arguments += [kind.rawValue, name.trimmingCharacters(in: .whitespaces)]
            }
        }
        if let phrase = try compiler.phrase(name) {
            alternatives.append("d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
            arguments += [phrase]
        }
        guard !alternatives.isEmpty else {
            throw .invalidFilter("\(option) '\(name)' has no words to look for")
        }
        conditions.append("(" + alternatives.joined(separator: " OR ") + ")")
    }

    /// SQL that holds when `outer` is among the `selecting` column of entities with a key of the
    /// given kind containing the given words; its arguments come from `entityKeyArguments`.
    static func entityKeyMatch(_ outer: String, selecting: String) -> String {
        """
        \(outer) IN (SELECT \(selecting) FROM entity_keys k JOIN entities e ON e.id = k.entity_id
                  WHERE k.kind = ? AND (' ' || k.key || ' ') LIKE ? ESCAPE '\\')
        """
    }

    /// The arguments of `entityKeyMatch`: the kind, and the key's words as a LIKE pattern.
    static func entityKeyArguments(kind: Entity.Kind, key: String) -> StatementArguments {
        [kind.rawValue, "% " + escapeLike(key) + " %"]
    }

    static func escapeLike(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

extension String {
    /// One line: line breaks become spaces.
    func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
