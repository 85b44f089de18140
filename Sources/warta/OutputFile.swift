import Foundation

/// Standard output, or a file written through a temporary sibling and renamed into place on
/// `commit()`, so an interrupted run never leaves a half-written file behind.
final class OutputFile {
    private let handle: FileHandle
    private let temporary: URL?
    private let destination: URL?

    init(path: String?) throws {
        guard let path, path != "-" else {
            handle = FileHandle.standardOutput
            temporary = nil
            destination = nil
            return
        }
        let destination = URL(fileURLWithPath: path)
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary.path) else {
            throw Diagnostics.Failure("cannot write \(path)")
        }
        self.handle = handle
        self.temporary = temporary
        self.destination = destination
    }

    func write(_ data: Data) throws {
        try handle.write(contentsOf: data)
    }

    func commit() throws {
        guard let temporary, let destination else { return }
        try handle.close()
        // rename(2) replaces an existing file atomically. (Foundation's replaceItemAt on Linux
        // removed the old file and then failed, losing both.)
        guard rename(temporary.path, destination.path) == 0 else {
            throw Diagnostics.Failure("cannot write \(destination.path): \(String(cString: strerror(errno)))")
        }
    }

    deinit {
        if let temporary, FileManager.default.fileExists(atPath: temporary.path) {
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}
