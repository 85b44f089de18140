import Foundation
import WartaLexicon
import WartaModel

/// Files that Elasticsearch or OpenSearch load as they are: an index definition (settings with an
/// Indonesian analyzer built from Warta's lexicon, and the record's fields typed) and a bulk
/// NDJSON body (an `index` action line, then the record, for every record).
///
/// The analyzer mirrors Warta's own: lower-case, Warta's stop words, the lexicon's acronyms and
/// place short forms as synonyms (at search time), thousands separators dropped from numbers
/// (`2.791` → `2791`), and the engine's own Indonesian stemmer (Lucene's, after Tala 2003: lighter
/// than Warta's dictionary-based one). See `docs/search.md` for the commands that load them.
public enum ElasticsearchExport {
    /// The index definition, for `PUT /<index>`.
    public static func mapping(lexicon: Lexicon) throws -> Data {
        try JSONSerialization.data(withJSONObject: definition(lexicon: lexicon), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    /// The two bulk lines of one record (action, then document), each ending in a newline.
    public static func bulkLines(for record: Record, index: String) throws -> Data {
        let action = ["index": ["_index": index, "_id": record.id]]
        var data = try JSONSerialization.data(withJSONObject: action, options: [.sortedKeys, .withoutEscapingSlashes])
        data.append(0x0A)
        data.append(try record.jsonLine())
        data.append(0x0A)
        return data
    }

    /// Synonym rules in the Solr format (`ikm, implementasi kurikulum merdeka`), sorted.
    static func synonymRules(lexicon: Lexicon) -> [String] {
        var rules = Set<String>()
        func add(_ short: String, _ long: String) {
            let a = short.lowercased(), b = long.lowercased()
            guard a != b, !a.contains(","), !b.contains(",") else { return }
            rules.insert("\(a), \(b)")
        }
        for (acronym, entry) in lexicon.acronyms { add(acronym, entry.expansion) }
        for (acronym, organization) in lexicon.organizationsByAcronym {
            if let name = organization.name { add(acronym, name) }
        }
        for (alias, name) in lexicon.placeAliases { add(alias, name) }
        return rules.sorted()
    }

    static func definition(lexicon: Lexicon) -> [String: Any] {
        let text: [String: Any] = ["type": "text", "analyzer": "warta_indonesian", "search_analyzer": "warta_indonesian_search"]
        let textAndKeyword: [String: Any] = text.merging(["fields": ["raw": ["type": "keyword", "ignore_above": 512]]]) { a, _ in a }
        let keyword: [String: Any] = ["type": "keyword"]
        let offsets: [String: Any] = ["type": "integer", "index": false]
        let integer: [String: Any] = ["type": "integer"]
        let double: [String: Any] = ["type": "double"]
        let date: [String: Any] = ["type": "date", "format": "strict_date"]
        func nested(_ properties: [String: Any]) -> [String: Any] { ["type": "nested", "properties": properties] }
        func object(_ properties: [String: Any]) -> [String: Any] { ["properties": properties] }

        let properties: [String: Any] = [
            "schema": keyword,
            "id": keyword,
            "source": object(["path": keyword, "sha256": keyword, "format": keyword, "encoding": keyword]),
            "language": keyword,
            "title": textAndKeyword,
            "published": date,
            "byline": object(["reporter": textAndKeyword, "original_title": text, "credit": textAndKeyword]),
            "tags": keyword,
            "text": text,
            "body": text,
            "sentences": offsets,
            "entities": nested([
                "kind": keyword, "name": textAndKeyword, "acronym": keyword, "aliases": textAndKeyword,
                "honorifics": keyword, "degrees": keyword, "roles": textAndKeyword, "mentions": offsets,
            ]),
            "figures": nested(["value": double, "unit": keyword, "text": text, "span": offsets, "sentence": integer]),
            "percentages": nested([
                "value": double, "min": double, "max": double, "text": text, "span": offsets, "sentence": integer, "about": text,
            ]),
            "dates": nested(["value": date, "text": text, "span": offsets, "sentence": integer]),
            "actions": nested(["year": integer, "status": keyword, "text": text, "span": offsets, "sentence": integer]),
        ]
        let analysis: [String: Any] = [
            "char_filter": [
                "warta_numbers": [
                    "type": "pattern_replace",
                    "pattern": "(?<=\\d)\\.(?=\\d{3}(?:\\D|$))",
                    "replacement": "",
                ],
            ],
            "filter": [
                "warta_stop": ["type": "stop", "stopwords": lexicon.stopwords.sorted()],
                "warta_synonyms": ["type": "synonym_graph", "lenient": true, "synonyms": synonymRules(lexicon: lexicon)],
                "warta_stemmer": ["type": "stemmer", "language": "indonesian"],
            ],
            "analyzer": [
                "warta_indonesian": [
                    "type": "custom", "char_filter": ["warta_numbers"], "tokenizer": "standard",
                    "filter": ["lowercase", "warta_stop", "warta_stemmer"],
                ],
                "warta_indonesian_search": [
                    "type": "custom", "char_filter": ["warta_numbers"], "tokenizer": "standard",
                    "filter": ["lowercase", "warta_stop", "warta_synonyms", "warta_stemmer"],
                ],
            ],
        ]
        return [
            "settings": ["analysis": analysis],
            "mappings": [
                // Fields a later version 1 record adds are kept in _source but not indexed.
                "dynamic": false,
                "_meta": ["schema": Record.schemaVersion, "lexicon": lexicon.version, "made_by": "warta export --to elasticsearch"],
                "properties": properties,
            ],
        ]
    }
}
