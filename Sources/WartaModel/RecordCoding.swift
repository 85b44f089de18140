import Foundation

extension Record {
    /// Deterministic JSON for one record (sorted keys, no escaped slashes): same record, same bytes.
    public func jsonLine() throws -> Data {
        try Record.encoder.encode(self)
    }

    /// Decodes a record from one JSON line.
    public static func decode(_ data: Data) throws -> Record {
        try JSONDecoder().decode(Record.self, from: data)
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
