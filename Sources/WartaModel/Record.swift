import Foundation

/// One press release as structured data: the shared `warta.record/1` model (`../shared/SCHEMA.md`).
///
/// Every span is a half-open `[start, end)` range of Unicode scalar offsets into `text`.
public struct Record: Codable, Sendable, Equatable {
    /// The schema identifier every record carries.
    public static let schemaVersion = "warta.record/1"

    public var schema: String = Record.schemaVersion
    /// Stable identifier derived from the normalized text.
    public var id: String
    public var source: Source
    public var language: String = "id"
    public var title: String?
    /// The release's own date (ISO 8601 `YYYY-MM-DD`), or nil.
    public var published: String?
    public var byline: Byline = Byline()
    public var tags: [String] = []
    /// The normalized body text every span indexes into.
    public var text: String
    public var sentences: [Span] = []
    public var entities: [Entity] = []
    public var figures: [Figure] = []
    public var percentages: [Percentage] = []
    public var dates: [DateMention] = []
    public var actions: [Action] = []
    /// For web pages: the article body alone, without the title (what article benchmarks score).
    public var body: String?

    public init(id: String, source: Source, title: String? = nil, published: String? = nil, text: String) {
        self.id = id
        self.source = source
        self.title = title
        self.published = published
        self.text = text
    }

    // Written out so that absent values appear as null, as the schema shows them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(language, forKey: .language)
        try container.encode(title, forKey: .title)
        try container.encode(published, forKey: .published)
        try container.encode(byline, forKey: .byline)
        try container.encode(tags, forKey: .tags)
        try container.encode(text, forKey: .text)
        try container.encode(sentences, forKey: .sentences)
        try container.encode(entities, forKey: .entities)
        try container.encode(figures, forKey: .figures)
        try container.encode(percentages, forKey: .percentages)
        try container.encode(dates, forKey: .dates)
        try container.encode(actions, forKey: .actions)
        try container.encodeIfPresent(body, forKey: .body)
    }
}

/// A half-open range of Unicode scalar offsets, encoded as `[start, end]`.
public struct Span: Codable, Sendable, Hashable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        start = try container.decode(Int.self)
        end = try container.decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
    }

    public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

public struct Source: Codable, Sendable, Equatable {
    /// The path as given on the command line.
    public var path: String
    /// SHA-256 of the input bytes, lower-case hex.
    public var sha256: String
    /// `text` or `html`.
    public var format: String
    /// The character encoding the input was read as (e.g. `UTF-8`, `windows-1252`).
    public var encoding: String?

    public init(path: String, sha256: String, format: String, encoding: String? = nil) {
        self.path = path
        self.sha256 = sha256
        self.format = format
        self.encoding = encoding
    }
}

public struct Byline: Codable, Sendable, Equatable {
    public var reporter: String?
    public var originalTitle: String?
    public var credit: String?

    public init(reporter: String? = nil, originalTitle: String? = nil, credit: String? = nil) {
        self.reporter = reporter
        self.originalTitle = originalTitle
        self.credit = credit
    }

    enum CodingKeys: String, CodingKey {
        case reporter, credit
        case originalTitle = "original_title"
    }

    // Absent fields are written as null, as the schema shows them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reporter, forKey: .reporter)
        try container.encode(originalTitle, forKey: .originalTitle)
        try container.encode(credit, forKey: .credit)
    }
}

/// A real-world person, organization, place or program, with every mention in the document.
public struct Entity: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable { case person, organization, place, program }

    public var kind: Kind
    /// Canonical name: no honorifics, degrees or role words.
    public var name: String
    public var acronym: String?
    /// Every other surface form in the document, cleaned the same way.
    public var aliases: [String]
    public var honorifics: [String]
    public var degrees: [String]
    public var roles: [String]
    public var mentions: [Span]

    public init(kind: Kind, name: String, acronym: String? = nil, aliases: [String] = [], honorifics: [String] = [],
                degrees: [String] = [], roles: [String] = [], mentions: [Span] = []) {
        self.kind = kind
        self.name = name
        self.acronym = acronym
        self.aliases = aliases
        self.honorifics = honorifics
        self.degrees = degrees
        self.roles = roles
        self.mentions = mentions
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(name, forKey: .name)
        try container.encode(acronym, forKey: .acronym)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(honorifics, forKey: .honorifics)
        try container.encode(degrees, forKey: .degrees)
        try container.encode(roles, forKey: .roles)
        try container.encode(mentions, forKey: .mentions)
    }
}

/// A cardinal count or amount and what it counts.
public struct Figure: Codable, Sendable, Equatable {
    public var value: Double
    /// The head noun phrase counted, lower-cased; `rupiah` for money.
    public var unit: String
    public var text: String
    public var span: Span
    public var sentence: Int

    public init(value: Double, unit: String, text: String, span: Span, sentence: Int) {
        self.value = value
        self.unit = unit
        self.text = text
        self.span = span
        self.sentence = sentence
    }
}

/// A percentage: a single `value`, or a range `min`...`max`.
public struct Percentage: Codable, Sendable, Equatable {
    public var value: Double?
    public var min: Double?
    public var max: Double?
    public var text: String
    public var span: Span
    public var sentence: Int
    /// What the percentage is of, when the sentence says it plainly.
    public var about: String?

    public init(value: Double? = nil, min: Double? = nil, max: Double? = nil, text: String, span: Span, sentence: Int, about: String? = nil) {
        self.value = value
        self.min = min
        self.max = max
        self.text = text
        self.span = span
        self.sentence = sentence
        self.about = about
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(min, forKey: .min)
        try container.encode(max, forKey: .max)
        try container.encode(text, forKey: .text)
        try container.encode(span, forKey: .span)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(about, forKey: .about)
    }
}

/// A calendar date mentioned in the text, as ISO `YYYY-MM-DD`.
public struct DateMention: Codable, Sendable, Equatable {
    public var value: String
    public var text: String
    public var span: Span
    public var sentence: Int

    public init(value: String, text: String, span: Span, sentence: Int) {
        self.value = value
        self.text = text
        self.span = span
        self.sentence = sentence
    }
}

/// An activity tied to a year: done, under way, or planned.
public struct Action: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable, CaseIterable { case done, ongoing, planned }

    public var year: Int
    public var status: Status
    /// The item as written, without its lead-in.
    public var text: String
    public var span: Span
    public var sentence: Int

    public init(year: Int, status: Status, text: String, span: Span, sentence: Int) {
        self.year = year
        self.status = status
        self.text = text
        self.span = span
        self.sentence = sentence
    }
}
