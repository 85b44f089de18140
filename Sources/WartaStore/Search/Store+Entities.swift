import Foundation
import GRDB
import WartaModel

/// One real-world person, organization, place or program of the archive, with every name it goes
/// by, the roles it was given over time and the releases it appears in.
public struct RegistryEntry: Sendable, Equatable, Codable {
    /// A role and when it was seen (publication dates of the releases that give it).
    public struct Role: Sendable, Equatable, Codable {
        public let role: String
        public let first: String?
        public let last: String?
        public let documents: Int
    }

    /// One release the entity appears in, and what it is called and made there.
    public struct Appearance: Sendable, Equatable, Codable {
        public let path: String
        public let document: String
        public let title: String?
        public let published: String?
        public let name: String
        public let roles: [String]
        public let mentions: Int
    }

    public let kind: Entity.Kind
    public let name: String
    public let acronym: String?
    /// Every name and alias seen, sorted.
    public let names: [String]
    public let honorifics: [String]
    public let degrees: [String]
    public let roles: [Role]
    public let documents: [Appearance]
    public let mentions: Int
}

extension Store {
    /// Registry entries, most documents first, then by name. `name` matches any name, alias or
    /// acronym by its words (`Sujarno` finds `Sujarno Hadi`), case and diacritics aside.
    public func entities(kind: Entity.Kind? = nil, name: String? = nil, limit: Int? = nil) throws(StoreError) -> [RegistryEntry] {
        var conditions = ["1"]
        var arguments = StatementArguments()
        if let kind {
            conditions.append("r.kind = ?")
            arguments += [kind.rawValue]
        }
        if let name {
            var alternatives: [String] = []
            for candidateKind in kind.map({ [$0] }) ?? Entity.Kind.allCases {
                let key = names.canonical(name, kind: candidateKind)
                guard !key.isEmpty else { continue }
                alternatives.append(Self.entityKeyMatch("r.id", selecting: "e.registry_id"))
                arguments += Self.entityKeyArguments(kind: candidateKind, key: key)
            }
            alternatives.append("r.id IN (SELECT registry_id FROM entities WHERE acronym = ? COLLATE NOCASE)")
            arguments += [name.trimmingCharacters(in: .whitespaces)]
            conditions.append("(" + alternatives.joined(separator: " OR ") + ")")
        }
        var sql = "SELECT r.id, r.kind, r.name, r.acronym, r.mentions FROM registry r WHERE \(conditions.joined(separator: " AND ")) ORDER BY r.documents DESC, r.name, r.id"
        if let limit {
            sql += " LIMIT ?"
            arguments += [max(0, limit)]
        }
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                try entry(id: row["id"], kind: row["kind"], name: row["name"], acronym: row["acronym"], mentions: row["mentions"], db: db)
            }
        }
    }

    private func entry(id: Int64, kind: String, name: String, acronym: String?, mentions: Int, db: Database) throws -> RegistryEntry {
        let decoder = JSONDecoder()
        func list(_ json: String) -> [String] { (try? decoder.decode([String].self, from: Data(json.utf8))) ?? [] }
        var names = Set<String>(), honorifics = Set<String>(), degrees = Set<String>()
        var roles: [String: (first: String?, last: String?, documents: Set<String>)] = [:]
        var appearances: [RegistryEntry.Appearance] = []
        let rows = try Row.fetchAll(db, sql: """
            SELECT e.name, e.acronym, e.aliases, e.honorifics, e.degrees, e.roles, d.path, d.path_key, d.record_id, d.title, d.published,
                   (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mention_count
              FROM entities e JOIN documents d ON d.id = e.document_id
             WHERE e.registry_id = ?
             ORDER BY d.published IS NULL, d.published, d.path_key, e.ordinal
            """, arguments: [id])
        for row in rows {
            let entityName: String = row["name"]
            let published: String? = row["published"]
            let pathKey: String = row["path_key"]
            names.insert(entityName)
            if let acronym: String = row["acronym"] { names.insert(acronym) }
            names.formUnion(list(row["aliases"]))
            honorifics.formUnion(list(row["honorifics"]))
            degrees.formUnion(list(row["degrees"]))
            let entityRoles = list(row["roles"])
            for role in entityRoles {
                var seen = roles[role] ?? (nil, nil, [])
                if let published {
                    if seen.first.map({ published < $0 }) ?? true { seen.first = published }
                    if seen.last.map({ published > $0 }) ?? true { seen.last = published }
                }
                seen.documents.insert(pathKey)
                roles[role] = seen
            }
            appearances.append(RegistryEntry.Appearance(path: row["path"], document: row["record_id"], title: row["title"], published: published,
                                                        name: entityName, roles: entityRoles, mentions: row["mention_count"]))
        }
        let roleList = roles.map { RegistryEntry.Role(role: $0.key, first: $0.value.first, last: $0.value.last, documents: $0.value.documents.count) }
            .sorted { ($0.first ?? "", $0.role) < ($1.first ?? "", $1.role) }
        return RegistryEntry(kind: Entity.Kind(rawValue: kind) ?? .organization, name: name, acronym: acronym, names: names.sorted(),
                             honorifics: honorifics.sorted(), degrees: degrees.sorted(), roles: roleList, documents: appearances, mentions: mentions)
    }
}
