import Foundation

/// Precision, recall and F1 per category over a set of documents, with published-date and
/// action-status accuracy: the numbers `score.py` prints, rounded the same way (4 places).
public struct EvaluationReport: Sendable {
    public struct Category: Sendable, Equatable {
        public var name: String
        public var counts: Scorer.Counts
        public var precision: Double
        public var recall: Double
        public var f1: Double
    }

    public var documents: Int
    /// Gold documents no record was found for, in gold order.
    public var missing: [String]
    public var categories: [Category]
    /// The mean of the (rounded) category F1s, rounded.
    public var macroF1: Double
    /// Matched actions whose status is right; nil when no action matched.
    public var actionStatusAccuracy: Double?
    public var publishedAccuracy: Double
    public var perDocument: [(name: String, counts: [String: Scorer.Counts])]

    public func category(_ name: String) -> Category? {
        categories.first { $0.name == name }
    }

    /// A floor's F1: a category's, or `macro` for the macro F1; nil for an unknown name.
    public func f1(for name: String) -> Double? {
        name == "macro" ? macroF1 : category(name)?.f1
    }

    /// The result as `score.py --json` prints it (same keys, order and number forms).
    public func json(perDocument includePerDocument: Bool = false) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("documents", .int(documents)),
            ("missing", .array(missing.map(JSONValue.string))),
            ("categories", .object(categories.map { category in
                (category.name, .object([
                    ("gold", .int(category.counts.gold)),
                    ("predicted", .int(category.counts.predicted)),
                    ("matched", .int(category.counts.matched)),
                    ("precision", .double(category.precision)),
                    ("recall", .double(category.recall)),
                    ("f1", .double(category.f1)),
                ]))
            })),
            ("macro_f1", .double(macroF1)),
            ("action_status_accuracy", actionStatusAccuracy.map(JSONValue.double) ?? .null),
            ("published_accuracy", .double(publishedAccuracy)),
        ]
        if includePerDocument {
            members.append(("per_doc", .object(perDocument.map { document in
                (document.name, .object(Scorer.categories.map { name in
                    let counts = document.counts[name]!
                    return (name, .array([.int(counts.matched), .int(counts.gold), .int(counts.predicted)]))
                }))
            })))
        }
        return .object(members)
    }

    /// The table `score.py` prints without `--json`.
    public func table(perDocument includePerDocument: Bool = false) -> String {
        func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, width - text.count))
            return left ? text + fill : fill + text
        }
        func fixed(_ value: Double) -> String { String(format: "%.3f", value) }
        var lines = ["\(pad("category", 12, left: true)) \(pad("gold", 5)) \(pad("pred", 5)) \(pad("match", 5)) \(pad("P", 6)) \(pad("R", 6)) \(pad("F1", 6))"]
        for category in categories {
            lines.append("\(pad(category.name, 12, left: true)) \(pad(String(category.counts.gold), 5)) \(pad(String(category.counts.predicted), 5)) "
                + "\(pad(String(category.counts.matched), 5)) \(pad(fixed(category.precision), 6)) \(pad(fixed(category.recall), 6)) \(pad(fixed(category.f1), 6))")
        }
        if includePerDocument {
            for document in perDocument {
                let cells = Scorer.categories.map { name in
                    let counts = document.counts[name]!
                    return "\(name)=\(counts.matched)/\(counts.gold)/\(counts.predicted)"
                }
                lines.append(([document.name] + cells).joined(separator: " "))
            }
        }
        let status = actionStatusAccuracy.map(JSONValue.pythonRepr) ?? "None"
        lines.append("published date accuracy \(fixed(publishedAccuracy)); action status accuracy \(status); missing records: \(missing.count)")
        lines.append("macro F1 \(fixed(macroF1)) over \(documents) documents")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `--min CATEGORY=F1` floors not met, as `score.py` words them (`figures F1 0.812 < 0.9`).
    public func unmetFloors(_ floors: [EvaluationFloor]) -> [String] {
        floors.compactMap { floor in
            guard let got = f1(for: floor.category), got < floor.minimum else { return nil }
            return "\(floor.category) F1 \(String(format: "%.3f", got)) < \(floor.text)"
        }
    }
}

/// One `--min CATEGORY=F1` floor (`macro` for the macro F1).
public struct EvaluationFloor: Sendable, Equatable {
    public var category: String
    public var minimum: Double
    /// The value as written, for messages.
    public var text: String

    /// Parses `CATEGORY=F1`; throws for an unknown category or a value that is not a number.
    public init(parsing argument: String) throws(EvaluationError) {
        let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let category = String(parts[0])
        guard category == "macro" || Scorer.categories.contains(category) else {
            throw EvaluationError("unknown category \(category) (one of \((Scorer.categories + ["macro"]).joined(separator: ", ")))")
        }
        guard parts.count == 2, let minimum = Double(parts[1].trimmingCharacters(in: .whitespaces)) else {
            throw EvaluationError("--min \(argument): expected CATEGORY=F1, e.g. figures=0.9")
        }
        self.category = category
        self.minimum = minimum
        self.text = String(parts[1])
    }
}
