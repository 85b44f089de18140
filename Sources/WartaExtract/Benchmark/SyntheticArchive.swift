import Foundation

/// A folder of synthetic releases made from the corpus, for the extraction benchmark: the same
/// count gives the same files, byte for byte.
///
/// Release `i` is corpus file `i mod n`, varied: years moved by up to two, other numbers changed in
/// their last digit, and for text releases a paragraph borrowed from another release and one of
/// their own dropped. Files go into subfolders of 500, as archives are usually kept.
public struct SyntheticArchive {
    public let root: URL
    public let count: Int
    /// Total bytes written.
    public private(set) var bytes = 0
    public static let perFolder = 500

    /// Writes `count` releases under `root` (created if needed).
    public init(root: URL, count: Int, corpus: BenchmarkCorpus) throws {
        self.root = root
        self.count = count
        let manager = FileManager.default
        let paragraphs = corpus.files.filter { !$0.isHTML }.map { Self.paragraphs(of: $0.bytes) }
        for index in 0..<count {
            let folder = root.appendingPathComponent(String(format: "%04d", index / Self.perFolder))
            if index % Self.perFolder == 0 { try manager.createDirectory(at: folder, withIntermediateDirectories: true) }
            let base = corpus.files[index % corpus.files.count]
            var random = SplitMix64(seed: UInt64(index))
            var content = base.bytes
            if !base.isHTML, paragraphs.count > 1 {
                var own = Self.paragraphs(of: content)
                if own.count > 3 { own.remove(at: 1 + Int(random.next() % UInt64(own.count - 2))) }
                let donor = paragraphs[(index / corpus.files.count + 1 + index) % paragraphs.count]
                if donor.count > 1 { own.insert(donor[1 + Int(random.next() % UInt64(donor.count - 1))], at: own.count) }
                content = Array(own.joined(separator: Array("\n\n".utf8)))
            }
            content = Self.varyNumbers(content, random: &random)
            let name = String(format: "release-%06d.%@", index, base.isHTML ? "html" : "txt")
            try Data(content).write(to: folder.appendingPathComponent(name))
            bytes += content.count
        }
    }

    /// Paragraphs: the text between blank lines.
    static func paragraphs(of bytes: [UInt8]) -> [[UInt8]] {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n\n")
            .filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            .map { Array($0.utf8) }
    }

    /// ASCII digit runs changed in place (lengths kept, so every encoding stays valid): a year
    /// 19xx/20xx moves by -2…+2, any other run of two or more digits gets a new last digit.
    static func varyNumbers(_ bytes: [UInt8], random: inout SplitMix64) -> [UInt8] {
        var out = bytes
        let shift = Int(random.next() % 5) - 2
        var index = 0
        while index < out.count {
            guard isDigit(out[index]) else { index += 1; continue }
            var end = index
            while end < out.count, isDigit(out[end]) { end += 1 }
            let length = end - index
            if length == 4, let year = Int(String(decoding: out[index..<end], as: UTF8.self)), (1900...2099).contains(year) {
                out.replaceSubrange(index..<end, with: Array(String(year + shift).utf8))
            } else if length >= 2 {
                out[end - 1] = UInt8(ascii: "0") + UInt8(random.next() % 10)
            }
            index = end
        }
        return out
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

/// A small, fast, seedable generator (Steele, Lea & Flood's SplitMix64): same seed, same numbers.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
