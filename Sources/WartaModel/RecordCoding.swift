import Foundation

extension Record {
    /// Deterministic JSON for one record (sorted keys, no escaped slashes): same record, same bytes.
    /// The bytes are those of `JSONEncoder` with those options, written without its tree.
    public func jsonLine() throws -> Data {
        var json = JSONWriter(capacity: text.utf8.count * 2 + 1024)
        try write(to: &json)
        return Data(json.bytes)
    }

    /// Decodes a record from one JSON line.
    public static func decode(_ data: Data) throws -> Record {
        try JSONDecoder().decode(Record.self, from: data)
    }
}
