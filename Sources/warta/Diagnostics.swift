import Foundation

/// Every message to the user goes through here: `warta: error: …` on standard error.
enum Diagnostics {
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("warta: error: \(message)\n".utf8))
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}

/// Files done, files per second and time left, on one line of a terminal's standard error.
/// Written here rather than with console-kit: its `Terminal` draws on standard output, which
/// carries the records, and its bar shows neither the rate nor the time left.
struct Progress {
    let total: Int
    let enabled: Bool
    private var done = 0
    private let started = Date()
    private var lastDraw = Date.distantPast

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled && Diagnostics.stderrIsTerminal && total > 1
    }

    mutating func advance() {
        done += 1
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = Date()
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let line = String(format: "\r%d/%d files  %.0f files/s  ETA %.0fs ", done, total, rate, left)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
