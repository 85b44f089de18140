import GRDB

/// Keeps the registry in step with the entities of the stored documents.
///
/// A registry row is a connected group of same-kind entities, linked by shared keys (see
/// `NameKeys`). Groups depend only on which entities are stored, not on the order they came in:
/// adding an entity joins every group it shares a key with; removing a document re-forms the
/// groups its entities belonged to, which may split. Names shown for a group are chosen from its
/// members by fixed rules (see `refresh`), so the same archive shows the same registry.
struct Registry {
    let db: Database

    /// Puts a stored entity (with its keys stored) into the group it belongs to; returns the group.
    func attach(entity: Int64, kind: String, name: String) throws -> Int64 {
        let groups = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT e.registry_id FROM entity_keys mine
              JOIN entity_keys other ON other.kind = mine.kind AND other.key = mine.key AND other.entity_id != mine.entity_id
              JOIN entities e ON e.id = other.entity_id
             WHERE mine.entity_id = ? AND e.registry_id IS NOT NULL
             ORDER BY e.registry_id
            """, arguments: [entity])
        let target: Int64
        if let first = groups.first {
            target = first
            for other in groups.dropFirst() {
                try db.execute(sql: "UPDATE entities SET registry_id = ? WHERE registry_id = ?", arguments: [target, other])
                try db.execute(sql: "DELETE FROM registry WHERE id = ?", arguments: [other])
            }
        } else {
            try db.execute(sql: "INSERT INTO registry(kind, name) VALUES (?, ?)", arguments: [kind, name])
            target = db.lastInsertedRowID
        }
        try db.execute(sql: "UPDATE entities SET registry_id = ? WHERE id = ?", arguments: [target, entity])
        return target
    }

    /// Re-forms `groups` after some of their entities were removed: empty groups go, groups whose
    /// remaining entities no longer share keys split. Returns the groups that still exist.
    func reform(_ groups: Set<Int64>) throws -> Set<Int64> {
        var result = Set<Int64>()
        for group in groups.sorted() {
            let kind = try String.fetchOne(db, sql: "SELECT kind FROM registry WHERE id = ?", arguments: [group])
            let members = try Int64.fetchAll(db, sql: "SELECT id FROM entities WHERE registry_id = ? ORDER BY id", arguments: [group])
            guard let kind, !members.isEmpty else {
                try db.execute(sql: "DELETE FROM registry WHERE id = ?", arguments: [group])
                continue
            }
            var sets = UnionFind(members)
            var owner: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT k.entity_id, k.key FROM entity_keys k JOIN entities e ON e.id = k.entity_id
                 WHERE e.registry_id = ? ORDER BY k.entity_id, k.key
                """, arguments: [group]) {
                let entity: Int64 = row["entity_id"], key: String = row["key"]
                if let first = owner[key] { sets.union(first, entity) } else { owner[key] = entity }
            }
            let components = sets.components()  // ordered by smallest member
            result.insert(group)
            for component in components.dropFirst() {
                try db.execute(sql: "INSERT INTO registry(kind, name) VALUES (?, '')", arguments: [kind])
                let split = db.lastInsertedRowID
                for member in component {
                    try db.execute(sql: "UPDATE entities SET registry_id = ? WHERE id = ?", arguments: [split, member])
                }
                result.insert(split)
            }
        }
        return result
    }

    /// Recomputes the shown name, acronym and counts of `groups`.
    ///
    /// Name: the one used by the most documents; then the one with more words; then the longer;
    /// then the first in code-point order. Acronym: the most frequent, then the first in order.
    func refresh(_ groups: Set<Int64>) throws {
        for group in groups.sorted() {
            let rows = try Row.fetchAll(db, sql: "SELECT name, acronym, document_id FROM entities WHERE registry_id = ?", arguments: [group])
            guard !rows.isEmpty else {
                try db.execute(sql: "DELETE FROM registry WHERE id = ?", arguments: [group])
                continue
            }
            var nameDocuments: [String: Set<Int64>] = [:]
            var acronyms: [String: Int] = [:]
            var documents = Set<Int64>()
            for row in rows {
                let name: String = row["name"], document: Int64 = row["document_id"]
                nameDocuments[name, default: []].insert(document)
                documents.insert(document)
                if let acronym: String = row["acronym"], !acronym.isEmpty { acronyms[acronym, default: 0] += 1 }
            }
            let name = nameDocuments.map { (name: $0.key, count: $0.value.count) }.min { a, b in
                let wordsA = a.name.split(separator: " ").count, wordsB = b.name.split(separator: " ").count
                if a.count != b.count { return a.count > b.count }
                if wordsA != wordsB { return wordsA > wordsB }
                if a.name.count != b.name.count { return a.name.count > b.name.count }
                return a.name.unicodeScalars.lexicographicallyPrecedes(b.name.unicodeScalars)
            }!.name
            let acronym = acronyms.min { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }?.key
            let mentions = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.registry_id = ?
                """, arguments: [group]) ?? 0
            try db.execute(sql: "UPDATE registry SET name = ?, acronym = ?, documents = ?, mentions = ? WHERE id = ?",
                           arguments: [name, acronym, documents.count, mentions, group])
        }
    }
}

/// Disjoint sets over entity ids.
private struct UnionFind {
    private var parent: [Int64: Int64] = [:]
    private let order: [Int64]

    init(_ members: [Int64]) {
        order = members
        for member in members { parent[member] = member }
    }

    mutating func find(_ x: Int64) -> Int64 {
        var root = x
        while let next = parent[root], next != root { root = next }
        var node = x
        while let next = parent[node], next != root { parent[node] = root; node = next }
        return root
    }

    mutating func union(_ a: Int64, _ b: Int64) {
        let rootA = find(a), rootB = find(b)
        guard rootA != rootB else { return }
        // The smaller id leads, so components come out the same whatever the union order.
        if rootA < rootB { parent[rootB] = rootA } else { parent[rootA] = rootB }
    }

    /// Components, each sorted, ordered by their smallest member.
    mutating func components() -> [[Int64]] {
        var byRoot: [Int64: [Int64]] = [:]
        for member in order { byRoot[find(member), default: []].append(member) }
        return byRoot.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}
