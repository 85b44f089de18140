import Foundation
import Testing
import WartaExtract
import WartaInput

/// The reading ceiling `warta bench extract` reports: every byte of every release under a folder
/// is read and segmented, and files that cannot be read are skipped, not fatal.
@Suite struct ReadingBenchmarkTests {
    @Test func readsEveryReleaseOfAFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("warta-reading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = Data("KUPANG – Sebanyak 40 guru SD mengikuti pelatihan literasi.\n".utf8)
        let page = try Data(contentsOf: Fixtures.corpus.appendingPathComponent("html/sekolah-terpotong.html"))
        try text.write(to: folder.appendingPathComponent("a.txt"))
        try page.write(to: folder.appendingPathComponent("b.html"))
        try Data([0x00, 0xFF, 0x00]).write(to: folder.appendingPathComponent("c.txt"))
        let reading = try ExtractBenchmark.readingOnly([folder.path], reader: DocumentReader(), lexicon: Fixtures.lexicon)
        #expect(reading.bytes == text.count + page.count + 3)
        #expect(reading.cpuSeconds > 0)
    }
}
