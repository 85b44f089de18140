/// Writes records as JSON directly into bytes: exactly what `JSONEncoder` gives with sorted keys
/// and unescaped slashes (a test holds the two to the same bytes on every corpus record), without
/// its intermediate tree and key sorting, which cost a tenth of a batch's time.
///
/// Each type lists its fields in byte order of their keys, as `.sortedKeys` would sort them.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the next value is the first of its object or array (no comma before it).
    private var first = true

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func object(_ fields: (inout JSONWriter) throws -> Void) rethrows {
        bytes.append(UInt8(ascii: "{"))
        first = true
        try fields(&self)
        bytes.append(UInt8(ascii: "}"))
        first = false
    }

    mutating func field(_ key: String, _ value: some JSONWritable) throws {
        if !first { bytes.append(UInt8(ascii: ",")) }
        string(key)
        bytes.append(UInt8(ascii: ":"))
        try value.write(to: &self)
        first = false
    }

    mutating func array(_ elements: [some JSONWritable]) throws {
        bytes.append(UInt8(ascii: "["))
        first = true
        for element in elements {
            if !first { bytes.append(UInt8(ascii: ",")) }
            try element.write(to: &self)
            first = false
        }
        bytes.append(UInt8(ascii: "]"))
        first = false
    }

    mutating func null() {
        bytes.append(contentsOf: "null".utf8)
    }

    mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Shortest round-trip digits, without a trailing `.0` (`46`, `31.18`, `1e+16`), as `JSONEncoder` writes.
    mutating func number(_ value: Double) throws {
        guard value.isFinite else { throw JSONWriterError.nonFiniteNumber(value) }
        let text = value.description
        bytes.append(contentsOf: text.hasSuffix(".0") ? text.utf8.dropLast(2) : text.utf8[...])
    }

    /// Quotes and escapes as `JSONEncoder` does: `"`, `\` and control characters; nothing else.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        let utf8 = value.utf8
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: utf8)
        } else {
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
                case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
                case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
                case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
                case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
                case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
                case ..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: #"\u00"#.utf8)
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0x0F)])
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

enum JSONWriterError: Error, CustomStringConvertible {
    case nonFiniteNumber(Double)

    var description: String {
        switch self {
        case .nonFiniteNumber(let value): "cannot write \(value) as a JSON number"
        }
    }
}

/// A value `JSONWriter` can write.
protocol JSONWritable {
    func write(to json: inout JSONWriter) throws
}

extension String: JSONWritable {
    func write(to json: inout JSONWriter) { json.string(self) }
}

extension Int: JSONWritable {
    func write(to json: inout JSONWriter) { json.integer(self) }
}

extension Double: JSONWritable {
    func write(to json: inout JSONWriter) throws { try json.number(self) }
}

extension Optional: JSONWritable where Wrapped: JSONWritable {
    func write(to json: inout JSONWriter) throws {
        if let value = self { try value.write(to: &json) } else { json.null() }
    }
}

extension Array: JSONWritable where Element: JSONWritable {
    func write(to json: inout JSONWriter) throws { try json.array(self) }
}

extension RawRepresentable where RawValue == String {
    func write(to json: inout JSONWriter) { json.string(rawValue) }
}

extension Entity.Kind: JSONWritable {}
extension Action.Status: JSONWritable {}

extension Span: JSONWritable {
    func write(to json: inout JSONWriter) throws { try json.array([start, end]) }
}

extension Record: JSONWritable {
    func write(to json: inout JSONWriter) throws {
        try json.object { json in
            try json.field("actions", actions)
            if let body { try json.field("body", body) }
            try json.field("byline", byline)
            try json.field("dates", dates)
            try json.field("entities", entities)
            try json.field("figures", figures)
            try json.field("id", id)
            try json.field("language", language)
            try json.field("percentages", percentages)
            try json.field("published", published)
            try json.field("schema", schema)
            try json.field("sentences", sentences)
            try json.field("source", source)
            try json.field("tags", tags)
            try json.field("text", text)
            try json.field("title", title)
        }
    }
}

extension Source: JSONWritable {
    func write(to json: inout JSONWriter) throws {
        try json.object { json in
            if let encoding { try json.field("encoding", encoding) }
            try json.field("format", format)
            try json.field("path", path)
            try json.field("sha256", sha256)
        }
    }
}

extension Byline: JSONWritable {
    func write(to json: inout JSONWriter) throws {
        try json.object { json in
            try json.field("credit", credit)
            try json.field("original_title", originalTitle)
            try json.field("reporter", reporter)
        }
    }
}

extension Entity: JSONWritable {
    func write(to json: inout JSONWriter) throws {
        try json.object { json in
            try json.field("acronym", acronym)
            try json.field("aliases", aliases)
            try json.field("degrees", degrees)
            try json.field("honorifics", honorifics)
            try json.field("kind", kind)
            try json.field("mentions", mentions)
            try json.field("name", name)
            try json.field("roles", roles)
        }
    }
}

extension Figure: JSONWritable {
    func write(to json: inout JSONWriter) throws {
        try json.object { json in
            try json.field("sentence", sentence)
            try json.field("span", span)
            try json.field("text", text)
            try json.field("unit", unit)
            try json.field("value", value)
        }
    }
}

extension Percentage: JSONWritable {
    func write(to json: inout JSONWriter) throws {
        try json.object { json in
            try json.field("about", about)
            try json.field("max", max)
            try json.field("min", min)
            try json.field("sentence", sentence)
            try json.field("span", span)
            try json.field("text", text)
            try json.field("value", value)
        }
    }
}

extension DateMention: JSONWritable {
    func write(to json: inout JSONWriter) throws {
        try json.object { json in
            try json.field("sentence", sentence)
            try json.field("span", span)
            try json.field("text", text)
            try json.field("value", value)
        }
    }
}

extension Action: JSONWritable {
    func write(to json: inout JSONWriter) throws {
        try json.object { json in
            try json.field("sentence", sentence)
            try json.field("span", span)
            try json.field("status", status)
            try json.field("text", text)
            try json.field("year", year)
        }
    }
}
