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
        var output = ""
        for token in document.tokens {
            let text = String(document.text(of: token))
            switch format {
            case .text:
                output += "\(token.sentence)\t\(token.start)\t\(token.end)\t\(token.kind.rawValue)\t\(text)\n"
            case .jsonl:
                let line = TokenLine(text: text, kind: token.kind.rawValue, start: token.start, end: token.end, sentence: token.sentence)
                output += String(decoding: try JSONLines.encoder.encode(line), as: UTF8.self) + "\n"
            }
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
}
