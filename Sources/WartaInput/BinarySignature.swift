/// Recognises files that are not text by their first bytes ("magic numbers").
enum BinarySignature {
    /// What kind of binary file `bytes` is, e.g. `PNG image`; nil when it does not start like one.
    static func kind(of bytes: [UInt8]) -> String? {
        func starts(_ signature: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + signature.count && bytes[offset..<offset + signature.count].elementsEqual(signature)
        }
        func starts(_ signature: String, at offset: Int = 0) -> Bool { starts(Array(signature.utf8), at: offset) }

        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "PNG image" }
        if starts([0xFF, 0xD8, 0xFF]) { return "JPEG image" }
        if starts("GIF87a") || starts("GIF89a") { return "GIF image" }
        if starts("RIFF"), starts("WEBP", at: 8) { return "WebP image" }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return "TIFF image" }
        if starts("%PDF-") { return "PDF document" }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) { return zipKind(bytes) }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return "Microsoft Office document (DOC, XLS or PPT)" }
        if starts([0x1F, 0x8B]) { return "gzip archive" }
        if starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return "7-Zip archive" }
        if starts("Rar!\u{1A}\u{07}") { return "RAR archive" }
        if starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return "xz archive" }
        if starts([0x7F, 0x45, 0x4C, 0x46]) { return "ELF executable" }
        if starts("SQLite format 3\u{0}") { return "SQLite database" }
        if starts("ftyp", at: 4) { return "MP4 or QuickTime media" }
        if starts("ID3") || starts([0xFF, 0xFB]) { return "MP3 audio" }
        if starts("OggS") { return "Ogg media" }
        return nil
    }

    /// Word, Excel, PowerPoint and EPUB files are ZIP archives; their first entry names tell them apart.
    private static func zipKind(_ bytes: [UInt8]) -> String {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        if head.contains("application/epub+zip") { return "EPUB book" }
        if head.contains("word/") { return "Word document (DOCX)" }
        if head.contains("xl/") { return "Excel workbook (XLSX)" }
        if head.contains("ppt/") { return "PowerPoint presentation (PPTX)" }
        if head.contains("opendocument") { return "OpenDocument file" }
        return "ZIP archive"
    }
}
