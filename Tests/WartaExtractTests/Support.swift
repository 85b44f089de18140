import Foundation
import WartaExtract
import WartaLexicon
import WartaModel

/// Shared by the tests: the repository's folders, the lexicon loaded once, and extraction of a
/// text as a record.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static let corpus = root.appendingPathComponent("Corpus")

    static let lexicon: Lexicon = {
        do { return try Lexicon.load(from: root.appendingPathComponent("Lexicons")) } catch { fatalError("lexicon: \(error)") }
    }()

    static func extract(_ text: String, path: String = "example.txt", published: String? = nil, author: String? = nil) throws -> Record {
        let session = try Extractor(lexicon: lexicon).makeSession()
        let source = Source(path: path, sha256: sha256Hex(Array(text.utf8)), format: "text", encoding: "UTF-8")
        return try session.extract(text, source: source, metadata: Extractor.Metadata(published: published, author: author))
    }

    /// The rows of an examples file in `Corpus/examples/` (the lexicon file format).
    static func examples(_ name: String) throws -> [LexiconFile.Row] {
        let url = corpus.appendingPathComponent("examples/\(name)")
        return try LexiconFile(name: name, contents: String(contentsOf: url, encoding: .utf8)).rows
    }

    /// `"a; b"` → `["a", "b"]`, `"-"` → `[]`.
    static func list(_ cell: String) -> [String] {
        cell == "-" ? [] : cell.components(separatedBy: "; ")
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int64(value)) : String(value)
    }
}
