import Foundation
import WartaInput

/// One document to extract: where it came from (as the user named it) and how to get its bytes.
public struct BatchInput: Sendable {
    public enum Content: Sendable {
        case file(URL)
        case bytes([UInt8])
        /// Found while looking for files but unusable (a broken link, a folder loop).
        case failure(String)
    }

    public let path: String
    public let content: Content

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }
}

/// Finding the documents named on a command line and reading their bytes safely.
public enum InputFiles {
    /// File endings picked up inside folders; a file named directly is always read.
    public static let extensions: Set<String> = ["txt", "text", "html", "htm"]

    /// The inputs for `paths`: files as named, folders searched recursively in sorted order,
    /// `-` for standard input. Problems become `.failure` inputs in their place, so they are
    /// reported in order with everything else.
    public static func discover(_ paths: [String], standardInput: () -> [UInt8] = { Array(FileHandle.standardInput.readDataToEndOfFile()) }) -> [BatchInput] {
        var result: [BatchInput] = []
        for path in paths {
            if path == "-" {
                result.append(BatchInput(path: "-", content: .bytes(standardInput())))
                continue
            }
            var visited = Set<String>()
            walk(path, named: true, visited: &visited, into: &result)
        }
        return result
    }

    private static func walk(_ path: String, named: Bool, visited: inout Set<String>, into result: inout [BatchInput]) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            let isLink = (try? manager.destinationOfSymbolicLink(atPath: path)) != nil
            result.append(BatchInput(path: path, content: .failure(isLink ? "broken symbolic link" : "no such file or folder")))
            return
        }
        let url = URL(fileURLWithPath: path)
        guard isDirectory.boolValue else {
            if named || extensions.contains(url.pathExtension.lowercased()) {
                result.append(BatchInput(path: path, content: .file(url)))
            }
            return
        }
        let real = url.resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else {
            result.append(BatchInput(path: path, content: .failure("folder loop: already visited as \(real)")))
            return
        }
        defer { visited.remove(real) }
        let entries: [String]
        do {
            entries = try manager.contentsOfDirectory(atPath: path)
        } catch {
            result.append(BatchInput(path: path, content: .failure("cannot list folder")))
            return
        }
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let child = path.hasSuffix("/") ? path + entry : path + "/" + entry
            walk(child, named: false, visited: &visited, into: &result)
        }
    }

    /// The bytes of `url`, refusing files over `maxBytes` before reading them.
    public static func read(_ url: URL, maxBytes: Int) throws(InputError) -> [UInt8] {
        // open(2), fstat(2) and read(2): FileManager's attributes also look up owner and group
        // names, and FileHandle costs as much again as the read itself on small files. Opened
        // without blocking, so that a named pipe is refused rather than waited on.
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw InputError(errno == EACCES ? "permission denied" : "cannot read file (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw InputError("cannot read file") }
        guard info.st_mode & S_IFMT == S_IFREG else { throw InputError("not a regular file") }
        if Int(info.st_size) > maxBytes { throw InputError.tooLarge(size: Int(info.st_size), limit: maxBytes) }
        // The size may change under us: read until end of file, never past the limit.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= maxBytes else { break }
                bytes.append(contentsOf: repeatElement(0, count: min(max(count, 4096), maxBytes + 1 - count)))
            }
            let read = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if read < 0 {
                if errno == EINTR { continue }
                throw InputError("read failed: \(String(cString: strerror(errno)))")
            }
            if read == 0 { break }
            count += read
        }
        if count > maxBytes { throw InputError.tooLarge(size: count, limit: maxBytes) }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}
