import Testing
import WartaInput

/// Automatic format detection looks at the content, not at a file name.
@Suite struct FormatDetectionTests {
    func format(_ text: String, _ reader: DocumentReader = DocumentReader()) throws -> InputFormat {
        try reader.read(Array(text.utf8)).format
    }

    @Test(arguments: [
        "<!DOCTYPE html><html><body><p>Rapat dinas pendidikan digelar hari ini.</p></body></html>",
        "  \n<!doctype HTML>\n<title>Rapat</title><p>Rapat dinas pendidikan digelar hari ini.</p>",
        "<html lang=\"id\"><p>Rapat dinas pendidikan digelar hari ini.</p></html>",
        "\u{FEFF}<html><body>Rapat dinas pendidikan digelar hari ini.</body></html>",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Rapat dinas digelar.</p></body></html>",
        "<!-- disimpan dari peramban -->\n<head><title>Rapat</title></head><body>Rapat dinas pendidikan digelar hari ini.</body>",
        "<div class=\"isi\">\n<p>Rapat dinas pendidikan digelar hari ini.</p>\n</div>",
    ])
    func html(_ text: String) throws {
        #expect(try format(text) == .html)
    }

    @Test(arguments: [
        "Jakarta, 3 Mei 2024 – Rapat dinas pendidikan digelar hari ini.",
        "Nilai rata-rata < 70 dan > 50 harus diperbaiki; lihat <lampiran> untuk rinciannya.",
        "Kirim berkas ke <humas@sekolah.example> paling lambat Jumat.\n",
    ])
    func text(_ text: String) throws {
        #expect(try format(text) == .text)
    }

    @Test func forcedFormatWins() throws {
        let page = "<html><body><p>Rapat dinas pendidikan digelar hari ini.</p></body></html>"
        let asText = try DocumentReader(format: .text).read(Array(page.utf8))
        #expect(asText.format == .text)
        #expect(asText.text == page)
        let asHTML = try DocumentReader(format: .html).read(Array("Rapat <b>dinas</b> digelar.".utf8))
        #expect(asHTML.format == .html)
        #expect(asHTML.text == "Rapat dinas digelar.")
    }
}
