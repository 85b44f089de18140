import Foundation

/// Runs the built `warta` binary (beside the test bundle in the build folder) and collects what it
/// wrote. `WARTA_BINARY` names another binary.
struct CLIRunner {
    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String
        var output: String { String(decoding: stdout, as: UTF8.self) }
        /// Standard error's lines.
        var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
        /// Standard output's JSON lines, parsed.
        func records() throws -> [[String: Any]] {
            try output.split(separator: "\n").map { line in
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    throw CLITestError("not a JSON object: \(line.prefix(80))")
                }
                return object
            }
        }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static let corpus = root.appendingPathComponent("Corpus")

    static let binary: URL? = {
        if let given = ProcessInfo.processInfo.environment["WARTA_BINARY"], !given.isEmpty { return URL(fileURLWithPath: given) }
        // The test bundle runs from the build folder (…/debug/WartaPackageTests.xctest); warta is beside it.
        let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidates = [
            bundle.deletingLastPathComponent().appendingPathComponent("warta"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("warta"),
            Bundle.main.bundleURL.appendingPathComponent("warta"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `warta arguments…` in `directory`, with `input` on standard input.
    static func run(_ arguments: [String], in directory: URL? = nil, input: Data? = nil) throws -> Run {
        guard let binary else { throw CLITestError("no warta binary beside the test bundle; build it first (swift build)") }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["WARTA_LEXICONS"] = root.appendingPathComponent("Lexicons").path
        process.environment = environment
        let stdout = Pipe(), stderr = Pipe(), stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        // Read both pipes while the process runs, so a full pipe cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        DispatchQueue.global().async(group: group) { errorData = stderr.fileHandleForReading.readDataToEndOfFile() }
        if let input { try stdin.fileHandleForWriting.write(contentsOf: input) }
        try stdin.fileHandleForWriting.close()
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: outputData, stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// A fresh temporary folder, removed by `cleanUp`.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("warta-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func cleanUp(_ folder: URL) {
        // Give locked files back their permissions so they can be removed.
        if let enumerator = FileManager.default.enumerator(atPath: folder.path) {
            for case let path as String in enumerator {
                chmod(folder.appendingPathComponent(path).path, 0o755)
            }
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// The project's own releases: text files and web pages from `Corpus/`.
    static func corpusReleases() throws -> [URL] {
        let manager = FileManager.default
        var urls: [URL] = []
        for (folder, ending) in [("documents", ".txt"), ("html", ".html")] {
            let directory = corpus.appendingPathComponent(folder)
            for name in try manager.contentsOfDirectory(atPath: directory.path).sorted() where name.hasSuffix(ending) && !name.hasSuffix(".expected.txt") {
                urls.append(directory.appendingPathComponent(name))
            }
        }
        return urls
    }

    static var isRoot: Bool { getuid() == 0 }
}

struct CLITestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
