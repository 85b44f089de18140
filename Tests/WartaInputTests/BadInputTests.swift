import Testing
import WartaInput

/// Files that are not documents get an `InputError` with a reason a user can act on.
@Suite struct BadInputTests {
    func reason(_ bytes: [UInt8], _ reader: DocumentReader = DocumentReader()) -> String? {
        do {
            _ = try reader.read(bytes)
            return nil
        } catch {
            return error.reason
        }
    }

    @Test func emptyFile() {
        #expect(reason([]) == "empty file")
    }

    @Test func onlyWhiteSpace() {
        #expect(reason(Array(" \n\t\r\n ".utf8)) == "empty file (only white space)")
        #expect(reason([0xEF, 0xBB, 0xBF, 0x0A]) == "empty file (only white space)")
    }

    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "binary file (PNG image)"),
        ([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], "binary file (JPEG image)"),
        (Array("GIF89a".utf8) + [0x01, 0x00], "binary file (GIF image)"),
        (Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3], "binary file (PDF document)"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00] + Array("word/document.xml".utf8), "binary file (Word document (DOCX))"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00] + Array("data.csv".utf8), "binary file (ZIP archive)"),
        ([0x1F, 0x8B, 0x08, 0x00], "binary file (gzip archive)"),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01], "binary file (ELF executable)"),
    ] as [([UInt8], String)])
    func knownBinaryFormats(bytes: [UInt8], expected: String) {
        #expect(reason(bytes) == expected)
    }

    @Test func nulBytesOutsideUTF16() {
        #expect(reason(Array("teks".utf8) + [0x00, 0x01, 0x02] + Array("lagi dan lagi".utf8)) == "binary file (contains NUL bytes)")
    }

    @Test func tooLarge() {
        let bytes = [UInt8](repeating: 0x61, count: 25_300_000)
        #expect(reason(bytes) == "file is 25.3 MB, over the 20 MB limit (--max-bytes)")
    }

    @Test func tooLargeForASmallLimit() {
        #expect(reason([UInt8](repeating: 0x61, count: 2_500), DocumentReader(maxBytes: 1_000)) == "file is 2.5 kB, over the 1 kB limit (--max-bytes)")
        #expect(reason([UInt8](repeating: 0x61, count: 1_001), DocumentReader(maxBytes: 1_000)) == "file is 1001 bytes, over the 1 kB limit (--max-bytes)")
    }

    @Test func invalidUTF8ThatIsNoPlausibleLegacyText() throws {
        // Mostly bytes above 0x7F with control characters among them: neither UTF-8 nor any text.
        var bytes: [UInt8] = []
        for index in 0..<600 { bytes.append(index % 7 == 0 ? 0x01 + UInt8(index % 20) : 0x80 + UInt8(index % 100)) }
        let message = try #require(reason(bytes))
        #expect(message.hasPrefix("not valid UTF-8 (bad byte at offset 1) and not plausible as windows-1252 text"))
        #expect(message.hasSuffix("pass --encoding if you know the encoding"))
    }

    @Test func byteOrderMarkThatLies() {
        #expect(reason([0xEF, 0xBB, 0xBF, 0x61, 0xE9, 0x62]) == "not valid UTF-8 at byte 1 (its byte-order mark says so)")
        #expect(reason([0xFF, 0xFE, 0x61, 0x00, 0x62]) == "does not decode as UTF-16LE: U_TRUNCATED_CHAR_FOUND (its byte-order mark says so)")
    }

    @Test func webPageWithoutText() {
        #expect(reason(Array("<html><head><title></title><script>var a = 1;</script></head><body><img src=x></body></html>".utf8))
            == "web page without readable text")
    }

    /// libxml2 compares each attribute of a tag with every earlier one: a tag of 300,000 would
    /// keep it busy for hours, so the page is refused before parsing.
    @Test func tagWithThousandsOfAttributes() {
        let crowded = "<html><body><p " + (0..<300_000).map { "a\($0)=\"x\"" }.joined(separator: " ") + ">Teks berita.</p></body></html>"
        #expect(reason(Array(crowded.utf8)) == "web page with a tag of over 1000 attributes (not a real page, and too costly to parse)")
    }

    /// What only looks like a crowded tag is read: words after a `<` in a script, a comment or
    /// a quoted value, and a script left open at the end.
    @Test func crowdedLookingScriptsAndCommentsAreRead() {
        let words = (0..<1_500).map { "w\($0)" }.joined(separator: " ")
        for page in [
            "<html><body><p>Teks berita SD.</p><script>if (a <b \(words)) {}</script></body></html>",
            "<html><body><!-- <div \(words) --><p>Teks berita SD.</p></body></html>",
            "<html><body><p title=\"<b \(words)\">Teks berita SD.</p></body></html>",
            "<html><body><p>Teks berita SD.</p><script>var a = 1",
        ] {
            #expect(reason(Array(page.utf8), DocumentReader(format: .html)) == nil)
        }
    }

    @Test func neverCrashesOnArbitraryBytes() {
        // A deterministic sweep of odd inputs: every one either reads or fails with a reason.
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for length in [1, 2, 3, 7, 64, 513, 4096] {
            for _ in 0..<20 {
                var bytes: [UInt8] = []
                for _ in 0..<length {
                    state ^= state << 13; state ^= state >> 7; state ^= state << 17
                    bytes.append(UInt8(truncatingIfNeeded: state))
                }
                for reader in [DocumentReader(), DocumentReader(format: .html), DocumentReader(encoding: "UTF-16LE")] {
                    if let message = reason(bytes, reader) { #expect(!message.isEmpty) }
                }
            }
        }
    }
}
