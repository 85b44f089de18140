/// One `Lexicons/*.tsv` file: a header line naming source, licence and columns, then rows of
/// TAB-separated cells (`-` for an empty cell).
public struct LexiconFile: Sendable {
    /// A data row with the line it came from, for error messages.
    public struct Row: Sendable {
        public let line: Int
        public let cells: [String]

        public subscript(_ index: Int) -> String { cells[index] }

        /// The cell at `index`, or nil for the `-` placeholder.
        public func optional(_ index: Int) -> String? { cells[index] == "-" ? nil : cells[index] }
    }

    public let name: String
    public let source: String
    public let licence: String
    public let columns: [String]
    public let rows: [Row]

    /// Parses a file's contents; `name` (e.g. `degrees.tsv`) is used in errors as `name:line: reason`.
    public init(name: String, contents: String) throws(LexiconError) {
        self.name = name
        // Split on bytes: TAB and LF are ASCII, and Character-level splitting is ten times slower.
        var lines = contents.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let headerBytes = lines.first, headerBytes.first == UInt8(ascii: "#") else {
            throw LexiconError(file: name, line: 1, reason: "the first line must be a '# … | source: … | licence: … | columns: …' header")
        }
        let header = Substring(headerBytes)
        var fields: [String: String] = [:]
        for part in header.dropFirst().split(separator: "|") {
            let trimmed = part.drop { $0 == " " }
            if let colon = trimmed.firstIndex(of: ":") {
                fields[String(trimmed[..<colon])] = String(trimmed[trimmed.index(after: colon)...]).trimmingSpaces()
            }
        }
        guard let source = fields["source"], !source.isEmpty else { throw LexiconError(file: name, line: 1, reason: "header names no source") }
        guard let licence = fields["licence"], !licence.isEmpty else { throw LexiconError(file: name, line: 1, reason: "header names no licence") }
        guard let columnText = fields["columns"], !columnText.isEmpty else { throw LexiconError(file: name, line: 1, reason: "header names no columns") }
        self.source = source
        self.licence = licence
        self.columns = columnText.split(separator: "\t").map { $0.trimmingSpaces() }
        var rows: [Row] = []
        rows.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated().dropFirst() {
            let cells = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(Substring($0)) }
            guard cells.count == columns.count else {
                throw LexiconError(file: name, line: index + 1, reason: "expected \(columns.count) TAB-separated cells, found \(cells.count)")
            }
            rows.append(Row(line: index + 1, cells: cells))
        }
        self.rows = rows
    }
}

/// A lexicon file that cannot be used, located as `file:line: reason`.
public struct LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(file):\(line): \(reason)" }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
