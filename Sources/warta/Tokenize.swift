import ArgumentParser
import Foundation
import WartaText

/// `warta tokenize`: show how Warta splits a text into tokens and sentences.
struct Tokenize: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Split a text into tokens and sentences.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @Argument(help: "A UTF-8 text file, or - for standard input.")
    var file: String = "-"

    @Option(help: "text: one token per line; jsonl: one JSON object per token.")
    var format: Format = .text

    @OptionGroup var lexicon: LexiconOption

    func run() throws {
        let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
        guard let raw = String(data: data, encoding: .utf8) else { throw ValidationError("\(file): not valid UTF-8") }
        let document = try Segmenter(lexicon: try lexicon.load()).segment(Normalizer.normalize(raw))
        let lines = document.tokens.map {
            TokenLine(text: String(document.text(of: $0)), kind: $0.kind.rawValue, start: $0.start, end: $0.end, sentence: $0.sentence)
        }
        let output = switch format {
        case .text: lines.map { "\($0.sentence)\t\($0.start)\t\($0.end)\t\($0.kind)\t\($0.text)\n" }.joined()
        case .jsonl: try JSONLines.lines(lines)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    private struct TokenLine: Encodable {
        let text: String, kind: String, start: Int, end: Int, sentence: Int
    }
}

enum JSONLines {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// `values` as JSON Lines, each ended by a newline, with one encoder for them all.
    static func lines(_ values: [some Encodable]) throws -> String {
        let encoder = encoder
        return try values.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
    }
}
