import Foundation
import Testing
import WartaICU

/// ICU's break iterators against Unicode's own test files (Debian's `unicode-data`, Unicode 15.0 =
/// ICU 72). CI installs the package; without it these tests are skipped with a reason.
struct UnicodeConformanceTests {
    static let folder = "/usr/share/unicode/auxiliary"

    /// One test line: the text and the UTF-8 byte offsets where Unicode says it breaks.
    struct Case {
        let line: Int
        let text: String
        let breaks: [Int32]
    }

    static func cases(_ file: String) throws -> [Case] {
        let contents = try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8)
        var result: [Case] = []
        for (number, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let rule = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard rule.contains("÷") else { continue }
            var scalars = String.UnicodeScalarView()
            var breaks: [Int32] = []
            var offset: Int32 = 0
            for field in rule.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                switch field {
                case "÷": if offset > 0 { breaks.append(offset) }
                case "×": break
                default:
                    guard let value = UInt32(field, radix: 16), let scalar = Unicode.Scalar(value) else { continue }
                    scalars.append(scalar)
                    offset += Int32(String(scalar).utf8.count)
                }
            }
            result.append(Case(line: number + 1, text: String(scalars), breaks: breaks))
        }
        return result
    }

    static func failures(_ file: String, _ kind: BreakIterator.Kind) throws -> (total: Int, failing: [Int]) {
        let iterator = try BreakIterator(kind, locale: "en")
        let all = try cases(file)
        let failing = try all.filter { try iterator.boundaries(in: $0.text, withStatus: false).offsets != $0.breaks }.map(\.line)
        return (all.count, failing)
    }

    static var available: Bool { FileManager.default.fileExists(atPath: "\(folder)/WordBreakTest.txt") }

    @Test(.enabled(if: available, "install Debian's unicode-data"))
    func sentenceBreaksAllConform() throws {
        let result = try Self.failures("SentenceBreakTest.txt", .sentence)
        #expect(result.total == 502)
        #expect(result.failing.count == 0, "first failing lines: \(result.failing.prefix(10))")
    }

    /// ICU 72 departs from the Unicode 15.0 file on exactly these lines (1808 of 1823 conform):
    /// it does not treat `:` (MidLetter) as joining letters, and so splits `a:b`-style sequences.
    @Test(.enabled(if: available, "install Debian's unicode-data"))
    func wordBreaksConformExceptKnownLines() throws {
        let result = try Self.failures("WordBreakTest.txt", .word)
        #expect(result.total == 1823)
        #expect(result.failing == Self.knownWordBreakExceptions, "failing lines: \(result.failing.prefix(20)) of \(result.failing.count)")
    }

    static let knownWordBreakExceptions = [1253, 1254, 1267, 1268, 1283, 1284, 1285, 1286, 1287, 1288, 1289, 1290, 1291, 1292, 1712]
}
