import WartaModel

/// What the scorer compares in one document, gold or extracted, reduced to the keys `score.py`
/// matches on.
public struct EvaluationDocument: Sendable, Equatable {
    /// A JSON scalar compared the way Python compares them (`2023 == 2023.0`, `True == 1`).
    public enum Scalar: Hashable, Sendable {
        case null
        case number(Double)
        case string(String)
        /// Arrays and objects, which never equal a scalar; compared by their JSON form.
        case other(String)

        init(_ value: JSONValue?) {
            switch value {
            case nil, .null?: self = .null
            case .bool(let flag)?: self = .number(flag ? 1 : 0)
            case .int(let int)?: self = .number(Double(int))
            case .double(let double)?: self = .number(double)
            case .string(let text)?: self = .string(text)
            case let value?: self = .other(value.pythonJSON(indent: 0))
            }
        }
    }

    /// `pct_key`: a single value, or a range (either end may be missing), each to 0.01.
    public enum PercentageKey: Hashable, Sendable {
        case value(Double?)
        case range(Double?, Double?)
    }

    /// `(num(value), unit_head(unit))`.
    public struct FigureKey: Hashable, Sendable {
        public var value: Double?
        public var unitHead: String
    }

    /// An entity of a scored kind with its folded names (empty names dropped).
    public struct EntityKey: Equatable, Sendable {
        public var kind: String
        public var names: Set<String>
    }

    public struct ActionKey: Equatable, Sendable {
        public var year: Scalar
        public var status: Scalar
        public var words: Set<String>
    }

    public static let scoredKinds: Set<String> = ["person", "organization", "place"]

    public var published: Scalar = .null
    public var dates: [Scalar] = []
    public var percentages: [PercentageKey] = []
    public var figures: [FigureKey] = []
    /// Entities of the scored kinds only, in document order.
    public var entities: [EntityKey] = []
    public var actions: [ActionKey] = []

    public init() {}

    /// A gold annotation (`dev/gold/DOC.json`): dates are plain strings, entities carry `aliases`.
    public init(gold: JSONValue) {
        published = Scalar(gold["published"])
        dates = (gold["dates"]?.items ?? []).map { Scalar($0) }
        readShared(gold)
        entities = (gold["entities"]?.items ?? []).compactMap { entity in
            guard let kind = entity["kind"]?.string, Self.scoredKinds.contains(kind) else { return nil }
            var names = Set((entity["aliases"]?.items ?? []).map { TextFold.fold($0.string ?? "") })
            names.remove("")
            return EntityKey(kind: kind, names: names)
        }
    }

    /// A record as JSON (one line of `warta extract` output, or any tool's in the same schema).
    public init(record: JSONValue) {
        published = Scalar(record["published"])
        dates = (record["dates"]?.items ?? []).map { Scalar($0["value"]) }
        readShared(record)
        entities = (record["entities"]?.items ?? []).compactMap { entity in
            guard let kind = entity["kind"]?.string, Self.scoredKinds.contains(kind) else { return nil }
            var names: Set<String> = [TextFold.fold(entity["name"]?.string ?? ""), TextFold.fold(entity["acronym"]?.string ?? "")]
            for alias in entity["aliases"]?.items ?? [] { names.insert(TextFold.fold(alias.string ?? "")) }
            names.remove("")
            return EntityKey(kind: kind, names: names)
        }
    }

    /// A record straight from the extractor; the same keys its JSON line gives.
    public init(record: Record) {
        published = record.published.map(Scalar.string) ?? .null
        dates = record.dates.map { .string($0.value) }
        percentages = record.percentages.map { Self.percentageKey(value: $0.value, min: $0.min, max: $0.max) }
        figures = record.figures.map { FigureKey(value: Self.round2($0.value), unitHead: TextFold.unitHead($0.unit)) }
        entities = record.entities.compactMap { entity in
            guard Self.scoredKinds.contains(entity.kind.rawValue) else { return nil }
            var names: Set<String> = [TextFold.fold(entity.name), TextFold.fold(entity.acronym ?? "")]
            for alias in entity.aliases { names.insert(TextFold.fold(alias)) }
            names.remove("")
            return EntityKey(kind: entity.kind.rawValue, names: names)
        }
        actions = record.actions.map {
            ActionKey(year: .number(Double($0.year)), status: .string($0.status.rawValue), words: TextFold.words($0.text))
        }
    }

    private mutating func readShared(_ json: JSONValue) {
        percentages = (json["percentages"]?.items ?? []).map {
            Self.percentageKey(value: $0["value"]?.number, min: $0["min"]?.number, max: $0["max"]?.number)
        }
        figures = (json["figures"]?.items ?? []).map {
            FigureKey(value: $0["value"]?.number.map(Self.round2), unitHead: TextFold.unitHead($0["unit"]?.string ?? ""))
        }
        actions = (json["actions"]?.items ?? []).map {
            ActionKey(year: Scalar($0["year"]), status: Scalar($0["status"]), words: TextFold.words($0["text"]?.string ?? ""))
        }
    }

    static func percentageKey(value: Double?, min: Double?, max: Double?) -> PercentageKey {
        if min != nil || max != nil { return .range(min.map(round2), max.map(round2)) }
        return .value(value.map(round2))
    }

    static func round2(_ value: Double) -> Double { PythonRound.round(value, digits: 2) }
}
