import ArgumentParser
import Foundation
import WartaExtract
import WartaInput
import WartaLexicon

/// How release files are read and extracted, shared by `extract`, `index` and `eval`.
struct ReadingOptions: ParsableArguments {
    @Option(help: "How to read inputs: text, html, or auto (by content).")
    var format: InputFormatChoice = .auto

    @Option(help: "Read every input in this encoding instead of detecting it (e.g. windows-1252).")
    var encoding: String?

    @Option(help: "Refuse files larger than this many bytes.")
    var maxBytes: Int = 20_000_000

    @Option(name: [.long, .customShort("j", allowingJoined: true)], help: "Documents extracted in parallel (default: all cores; -j4 or -j 4).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1") }
    }

    /// The batch these options describe, extracting with `lexicon`.
    func batch(lexicon: Lexicon) -> Batch {
        Batch(extractor: Extractor(lexicon: lexicon), reader: DocumentReader(format: format.inputFormat, encoding: encoding, maxBytes: maxBytes), jobs: jobs)
    }
}

enum InputFormatChoice: String, ExpressibleByArgument, CaseIterable {
    case text, html, auto

    var inputFormat: InputFormat? {
        switch self {
        case .text: .text
        case .html: .html
        case .auto: nil
        }
    }
}
