import Foundation

/// Checks every `Lexicons/*.tsv` file against the format: a header naming source, licence and
/// columns; exact cell counts; no empty cells (`-` stands for none) nor stray spaces; NFC; rows
/// sorted in byte order and unique; and a section for the file in `SOURCES.md`.
public enum LexiconLint {
    /// Every problem found in `directory`, as `file:line: reason`; empty when all is well.
    public static func problems(in directory: URL) -> [LexiconError] {
        let manager = FileManager.default
        let names = ((try? manager.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".tsv") }.sorted()
        let sources = (try? String(contentsOf: directory.appendingPathComponent("SOURCES.md"), encoding: .utf8)) ?? ""
        var problems: [LexiconError] = []
        for name in names {
            guard let data = manager.contents(atPath: directory.appendingPathComponent(name).path),
                  let contents = String(data: data, encoding: .utf8) else {
                problems.append(LexiconError(file: name, line: 0, reason: "not readable as UTF-8"))
                continue
            }
            problems += self.problems(name: name, contents: contents)
            if !sources.contains(name) {
                problems.append(LexiconError(file: name, line: 0, reason: "SOURCES.md has no section for this file"))
            }
        }
        for name in Lexicon.fileNames where !names.contains(name) {
            problems.append(LexiconError(file: name, line: 0, reason: "missing: the lexicon loads this file"))
        }
        return problems
    }

    /// Problems in one file's contents.
    public static func problems(name: String, contents: String) -> [LexiconError] {
        let file: LexiconFile
        do {
            file = try LexiconFile(name: name, contents: contents)
        } catch {
            return [error]
        }
        var problems: [LexiconError] = []
        if !contents.hasSuffix("\n") { problems.append(LexiconError(file: name, line: file.rows.count + 1, reason: "no newline at the end")) }
        if !contents.precomposedStringWithCanonicalMapping.utf8.elementsEqual(contents.utf8) {
            problems.append(LexiconError(file: name, line: 0, reason: "not in Unicode NFC"))
        }
        var previous: [UInt8]?
        for row in file.rows {
            for cell in row.cells {
                if cell.isEmpty { problems.append(LexiconError(file: name, line: row.line, reason: "empty cell (write - for none)")) }
                if cell != cell.trimmingCharacters(in: .whitespaces) { problems.append(LexiconError(file: name, line: row.line, reason: "space at the start or end of '\(cell)'")) }
            }
            let bytes = Array(row.cells.joined(separator: "\t").utf8)
            if let previous {
                if previous == bytes {
                    problems.append(LexiconError(file: name, line: row.line, reason: "duplicate row"))
                } else if !previous.lexicographicallyPrecedes(bytes) {
                    problems.append(LexiconError(file: name, line: row.line, reason: "out of order (rows are sorted by bytes, as LC_ALL=C sort does)"))
                }
            }
            previous = bytes
        }
        return problems
    }
}
