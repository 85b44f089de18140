import Foundation
import WartaModel

/// Scores records against gold annotations with exactly the rules of `shared/eval/score.py`:
/// multisets for dates, percentages and figures (values to 0.01, a figure's unit by its first
/// folded word), entities by kind and a shared folded name (a second hit on a matched gold entity
/// counts neither way), actions by year and word Jaccard ≥ 0.5, matched greedily in gold order.
public struct Scorer: Sendable {
    public static let categories = ["dates", "percentages", "figures", "entities", "actions"]

    /// Matched, gold and predicted counts.
    public struct Counts: Sendable, Equatable {
        public var matched = 0
        public var gold = 0
        public var predicted = 0

        public init(matched: Int = 0, gold: Int = 0, predicted: Int = 0) {
            self.matched = matched
            self.gold = gold
            self.predicted = predicted
        }

        static func + (a: Counts, b: Counts) -> Counts {
            Counts(matched: a.matched + b.matched, gold: a.gold + b.gold, predicted: a.predicted + b.predicted)
        }
    }

    /// One document's result: counts per category, action statuses right, published date right.
    public struct DocumentScore: Sendable, Equatable {
        public var categories: [String: Counts]
        public var statusCorrect: Int
        public var actionsMatched: Int
        public var publishedCorrect: Bool
    }

    /// Gold documents by name, in the order `score.py` reads them (sorted file names).
    public let gold: [(name: String, document: EvaluationDocument)]

    public init(gold: [(name: String, document: EvaluationDocument)]) {
        self.gold = gold
    }

    /// Reads every `DOC.json` in `directory`.
    public init(goldDirectory directory: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".json") }
            .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        var gold: [(String, EvaluationDocument)] = []
        for name in names {
            let url = directory.appendingPathComponent(name)
            let json: JSONValue
            do {
                json = try JSONValue.parse(try Data(contentsOf: url))
            } catch {
                throw EvaluationError("\(url.path): not a JSON gold file")
            }
            gold.append((String(name.dropLast(5)), EvaluationDocument(gold: json)))
        }
        guard !gold.isEmpty else { throw EvaluationError("\(directory.path): no gold files (*.json)") }
        self.init(gold: gold)
    }

    /// The document a record is scored as: the stem of its `source.path` (`os.path.splitext` of
    /// the base name).
    public static func documentName(forSourcePath path: String) -> String {
        let base = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = base.lastIndex(of: "."), base[..<dot].contains(where: { $0 != "." }) else { return base }
        return String(base[..<dot])
    }

    /// Records from JSON Lines, by document name; a later record for the same name replaces an
    /// earlier one.
    public static func records(jsonLines data: Data) throws -> [String: EvaluationDocument] {
        var records: [String: EvaluationDocument] = [:]
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { continue }
            let json: JSONValue
            do {
                json = try JSONValue.parse(Data(text.utf8))
            } catch {
                throw EvaluationError("records line \(lineNumber) is not JSON")
            }
            let path = json["source"]?["path"]?.string ?? ""
            records[documentName(forSourcePath: path)] = EvaluationDocument(record: json)
        }
        return records
    }

    /// Scores `records` (by document name) against the gold; a gold document without a record is
    /// scored against an empty one and listed as missing.
    public func score(_ records: [String: EvaluationDocument]) -> EvaluationReport {
        var totals = Dictionary(uniqueKeysWithValues: Self.categories.map { ($0, Counts()) })
        var statusCorrect = 0, statusTotal = 0, published = 0
        var missing: [String] = []
        var perDocument: [(name: String, counts: [String: Counts])] = []
        for (name, goldDocument) in gold {
            let record: EvaluationDocument
            if let found = records[name] {
                record = found
            } else {
                missing.append(name)
                record = EvaluationDocument()
            }
            let score = Self.score(gold: goldDocument, record: record)
            perDocument.append((name, score.categories))
            for category in Self.categories { totals[category] = totals[category]! + score.categories[category]! }
            statusCorrect += score.statusCorrect
            statusTotal += score.actionsMatched
            published += score.publishedCorrect ? 1 : 0
        }
        var categories: [EvaluationReport.Category] = []
        for name in Self.categories {
            let counts = totals[name]!
            let (precision, recall, f1) = Self.prf(counts)
            categories.append(EvaluationReport.Category(
                name: name, counts: counts, precision: PythonRound.round(precision, digits: 4),
                recall: PythonRound.round(recall, digits: 4), f1: PythonRound.round(f1, digits: 4)))
        }
        let f1Sum = categories.reduce(0.0) { $0 + $1.f1 }
        return EvaluationReport(
            documents: gold.count,
            missing: missing,
            categories: categories,
            macroF1: PythonRound.round(f1Sum / Double(Self.categories.count), digits: 4),
            actionStatusAccuracy: statusTotal > 0 ? PythonRound.round(Double(statusCorrect) / Double(statusTotal), digits: 4) : nil,
            publishedAccuracy: PythonRound.round(Double(published) / Double(gold.count), digits: 4),
            perDocument: perDocument)
    }

    /// `score_doc`.
    public static func score(gold: EvaluationDocument, record: EvaluationDocument) -> DocumentScore {
        var categories: [String: Counts] = [:]
        categories["dates"] = Counts(matched: multisetMatch(gold.dates, record.dates), gold: gold.dates.count, predicted: record.dates.count)
        categories["percentages"] = Counts(
            matched: multisetMatch(gold.percentages, record.percentages), gold: gold.percentages.count, predicted: record.percentages.count)
        categories["figures"] = Counts(matched: multisetMatch(gold.figures, record.figures), gold: gold.figures.count, predicted: record.figures.count)
        categories["entities"] = matchEntities(gold: gold.entities, predicted: record.entities)
        let actions = matchActions(gold: gold.actions, predicted: record.actions)
        categories["actions"] = actions.counts
        return DocumentScore(
            categories: categories, statusCorrect: actions.statusCorrect, actionsMatched: actions.counts.matched,
            publishedCorrect: gold.published == record.published)
    }

    /// The size of the multiset intersection.
    static func multisetMatch<Key: Hashable>(_ gold: [Key], _ predicted: [Key]) -> Int {
        var counts: [Key: Int] = [:]
        for key in gold { counts[key, default: 0] += 1 }
        var matched = 0
        for key in predicted where counts[key, default: 0] > 0 {
            counts[key]! -= 1
            matched += 1
        }
        return matched
    }

    /// `match_entities`: each prediction takes the first unmatched gold entity of its kind that
    /// shares a name; one whose hits are all taken is a duplicate and counts neither way.
    static func matchEntities(gold: [EvaluationDocument.EntityKey], predicted: [EvaluationDocument.EntityKey]) -> Counts {
        var matched = Set<Int>()
        var truePositives = 0, falsePositives = 0
        for prediction in predicted {
            let hits = gold.indices.filter { gold[$0].kind == prediction.kind && !gold[$0].names.isDisjoint(with: prediction.names) }
            if let free = hits.first(where: { !matched.contains($0) }) {
                matched.insert(free)
                truePositives += 1
            } else if hits.isEmpty {
                falsePositives += 1
            }
        }
        return Counts(matched: truePositives, gold: gold.count, predicted: truePositives + falsePositives)
    }

    /// `match_actions`: for each gold action in order, the unused prediction of the same year with
    /// the highest word Jaccard (the first of equals), matched when that is at least 0.5.
    static func matchActions(gold: [EvaluationDocument.ActionKey], predicted: [EvaluationDocument.ActionKey]) -> (counts: Counts, statusCorrect: Int) {
        var used = Set<Int>()
        var truePositives = 0, statusCorrect = 0
        for action in gold {
            var best: Int?
            var bestJaccard = 0.0
            for (index, prediction) in predicted.enumerated() where !used.contains(index) && prediction.year == action.year {
                let union = action.words.union(prediction.words).count
                let jaccard = union > 0 ? Double(action.words.intersection(prediction.words).count) / Double(union) : 0.0
                if jaccard > bestJaccard {
                    best = index
                    bestJaccard = jaccard
                }
            }
            if let best, bestJaccard >= 0.5 {
                used.insert(best)
                truePositives += 1
                if predicted[best].status == action.status { statusCorrect += 1 }
            }
        }
        return (Counts(matched: truePositives, gold: gold.count, predicted: predicted.count), statusCorrect)
    }

    /// `prf`: an empty side scores 1 only when the other is empty too.
    static func prf(_ counts: Counts) -> (precision: Double, recall: Double, f1: Double) {
        let tp = Double(counts.matched)
        let precision = counts.predicted > 0 ? tp / Double(counts.predicted) : (counts.gold == 0 ? 1.0 : 0.0)
        let recall = counts.gold > 0 ? tp / Double(counts.gold) : (counts.predicted == 0 ? 1.0 : 0.0)
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0
        return (precision, recall, f1)
    }
}

/// Why an evaluation could not run: unusable gold or records.
public struct EvaluationError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
