import Foundation
import Testing
import WartaModel

/// Encoded records against `schema/warta.record-1.schema.json`, the machine-readable contract.
struct SchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    static func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: root.appendingPathComponent("schema/warta.record-1.schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func json(_ record: Record) throws -> Any {
        try JSONSerialization.jsonObject(with: try record.jsonLine(), options: [.fragmentsAllowed])
    }

    @Test func sampleRecordIsValid() throws {
        let validator = SchemaValidator(root: try Self.schema())
        #expect(validator.errors(in: try Self.json(RecordCodingTests.sample())) == [])
    }

    @Test func corpusExpectedRecordsAreValid() throws {
        let validator = SchemaValidator(root: try Self.schema())
        let folder = Self.root.appendingPathComponent("Corpus/documents")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".expected.json") }
        #expect(!files.isEmpty)
        for file in files {
            let value = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(file)))
            #expect(validator.errors(in: value) == [], "\(file)")
        }
    }

    @Test func validatorRejectsWhatTheSchemaForbids() throws {
        let validator = SchemaValidator(root: try Self.schema())
        var record = RecordCodingTests.sample()
        record.actions = [Action(year: 1200, status: .planned, text: "x", span: Span(0, 1), sentence: 0)]
        record.id = "not-hex"
        let errors = validator.errors(in: try Self.json(record))
        #expect(errors.contains { $0.hasPrefix("$.id") })
        #expect(errors.contains { $0.hasPrefix("$.actions[0].year") })
        var missing = try #require(try Self.json(RecordCodingTests.sample()) as? [String: Any])
        missing.removeValue(forKey: "text")
        #expect(validator.errors(in: missing).contains("$: missing required text"))
    }
}

/// The subset of JSON Schema (2020-12) the record schema uses: type, enum, required, properties,
/// items, $ref to $defs, minimum/maximum, minLength, minItems/maxItems and pattern.
struct SchemaValidator {
    let root: [String: Any]

    func errors(in value: Any) -> [String] {
        var errors: [String] = []
        check(value, against: root, at: "$", into: &errors)
        return errors
    }

    private func check(_ value: Any, against schema: [String: Any], at path: String, into errors: inout [String]) {
        if let reference = schema["$ref"] as? String {
            let name = reference.replacingOccurrences(of: "#/$defs/", with: "")
            if let definitions = root["$defs"] as? [String: Any], let target = definitions[name] as? [String: Any] {
                check(value, against: target, at: path, into: &errors)
            } else {
                errors.append("\(path): unknown $ref \(reference)")
            }
            return
        }
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [type as? String ?? ""]
            guard allowed.contains(where: { matches(value, type: $0) }) else {
                errors.append("\(path): expected \(allowed.joined(separator: "|"))")
                return
            }
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { "\($0)" == "\(value)" }) {
            errors.append("\(path): \(value) not in enum")
        }
        if let number = value as? NSNumber, !isBoolean(value) {
            if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum { errors.append("\(path): below minimum \(minimum)") }
            if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum { errors.append("\(path): above maximum \(maximum)") }
        }
        if let string = value as? String {
            if let minLength = schema["minLength"] as? Int, string.count < minLength { errors.append("\(path): shorter than \(minLength)") }
            if let pattern = schema["pattern"] as? String, string.range(of: pattern, options: .regularExpression) == nil {
                errors.append("\(path): does not match \(pattern)")
            }
        }
        if let object = value as? [String: Any] {
            for key in (schema["required"] as? [String]) ?? [] where object[key] == nil { errors.append("\(path): missing required \(key)") }
            for (key, subschema) in (schema["properties"] as? [String: Any]) ?? [:] {
                if let child = object[key], let subschema = subschema as? [String: Any] {
                    check(child, against: subschema, at: "\(path).\(key)", into: &errors)
                }
            }
        }
        if let array = value as? [Any] {
            if let minItems = schema["minItems"] as? Int, array.count < minItems { errors.append("\(path): fewer than \(minItems) items") }
            if let maxItems = schema["maxItems"] as? Int, array.count > maxItems { errors.append("\(path): more than \(maxItems) items") }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() { check(item, against: items, at: "\(path)[\(index)]", into: &errors) }
            }
        }
    }

    /// Foundation bridges JSON numbers to `NSNumber`, which `is Bool` accepts for 0 and 1; a real
    /// boolean is a Swift `Bool` or an `NSNumber` of ObjC type `c`.
    private func isBoolean(_ value: Any) -> Bool {
        if type(of: value) == Bool.self { return true }
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    private func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "string": return value is String
        case "boolean": return isBoolean(value)
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "number": return value is NSNumber && !isBoolean(value)
        case "integer":
            guard let number = value as? NSNumber, !isBoolean(value) else { return false }
            return number.doubleValue == number.doubleValue.rounded()
        default: return false
        }
    }
}
