import Testing
import WartaInput

/// Encodings: byte-order marks, UTF-8, legacy single-byte text and forced encodings.
@Suite struct DecodingTests {
    let sentence = "Sekolah “Harapan” menerima 120 siswa baru."

    @Test func utf8WithoutMark() throws {
        let document = try DocumentReader().read(Array(sentence.utf8))
        #expect(document.text == sentence)
        #expect(document.encoding == "UTF-8")
        #expect(document.format == .text)
        #expect(document.title == nil && document.body == nil)
    }

    @Test func utf8MarkIsStripped() throws {
        let document = try DocumentReader().read([0xEF, 0xBB, 0xBF] + Array(sentence.utf8))
        #expect(document.text == sentence)
        #expect(document.encoding == "UTF-8")
    }

    @Test func utf16LittleEndianWithMark() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + sentence.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let document = try DocumentReader().read(bytes)
        #expect(document.text == sentence)
        #expect(document.encoding == "UTF-16LE")
    }

    @Test func utf16BigEndianWithMark() throws {
        let bytes: [UInt8] = [0xFE, 0xFF] + sentence.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let document = try DocumentReader().read(bytes)
        #expect(document.text == sentence)
        #expect(document.encoding == "UTF-16BE")
    }

    @Test func utf16WithoutMarkIsRecognised() throws {
        let bytes: [UInt8] = "Rapat guru dimulai pukul delapan.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let document = try DocumentReader().read(bytes)
        #expect(document.text == "Rapat guru dimulai pukul delapan.")
        #expect(document.encoding == "UTF-16LE")
    }

    /// 0x93 and 0x94 are windows-1252's curly quotes, 0xE9 is é: not UTF-8, so ICU's detector decides.
    @Test func windows1252Text() throws {
        let bytes = Array("Kepala sekolah berkata, ".utf8) + [0x93] + Array("kami siap".utf8) + [0x94]
            + Array(" kepada tamu dari Prancis, Andr".utf8) + [0xE9] + Array(", di aula sekolah pada hari Senin.".utf8)
        let document = try DocumentReader().read(bytes)
        #expect(document.text == "Kepala sekolah berkata, “kami siap” kepada tamu dari Prancis, André, di aula sekolah pada hari Senin.")
        #expect(document.encoding == "windows-1252")
    }

    @Test func forcedEncodingWins() throws {
        // Valid UTF-8 ("Ã©" read as windows-1252 is the mojibake of é), decoded as the user says.
        let document = try DocumentReader(encoding: "windows-1252").read([0x63, 0x61, 0x66, 0xC3, 0xA9])
        #expect(document.text == "cafÃ©")
        #expect(document.encoding == "windows-1252")
    }

    @Test func forcedLatin1MeansWindows1252() throws {
        let document = try DocumentReader(encoding: "ISO-8859-1").read([0x93, 0x61, 0x94])
        #expect(document.text == "“a”")
    }

    @Test func forcedUTF8ThatDoesNotDecode() {
        #expect(throws: InputError("not valid UTF-8 at byte 3 (--encoding utf-8)")) {
            try DocumentReader(encoding: "utf-8").read([0x63, 0x61, 0x66, 0xE9, 0x20, 0x61])
        }
    }

    @Test func forcedUnknownEncoding() throws {
        let error = #expect(throws: InputError.self) { try DocumentReader(encoding: "klingon-8").read(Array("teks".utf8)) }
        #expect(error?.reason == "unknown encoding 'klingon-8' (--encoding klingon-8)")
    }

    @Test func forcedEncodingThatDoesNotDecode() throws {
        // A lone lead byte is no Shift_JIS character.
        let error = #expect(throws: InputError.self) { try DocumentReader(encoding: "Shift_JIS").read([0x61, 0x81]) }
        #expect(error?.reason.hasPrefix("does not decode as Shift_JIS: U_") == true)
    }

    @Test func utf8CutMidCharacterKeepsTheText() throws {
        let bytes = Array("Guru dan murid berdiskusi tentang ".utf8) + [0xE2, 0x80]  // the first two bytes of “
        let document = try DocumentReader().read(bytes)
        #expect(document.encoding == "UTF-8")
        #expect(document.text == "Guru dan murid berdiskusi tentang ")
    }

    @Test func utf8WithAStrayLegacyByte() throws {
        let bytes = Array("Siswa “kelas” é ü ñ membaca".utf8) + [0x96] + Array(" buku".utf8)
        let document = try DocumentReader().read(bytes)
        #expect(document.encoding == "UTF-8")
        #expect(document.text == "Siswa “kelas” é ü ñ membaca– buku")
    }

    @Test func lineEndsBecomeLF() throws {
        let document = try DocumentReader().read(Array("Baris satu\r\nBaris dua\rBaris tiga\n".utf8))
        #expect(document.text == "Baris satu\nBaris dua\nBaris tiga\n")
    }

    @Test func htmlDeclaredCharsetIsHonoured() throws {
        // Declared ISO-8859-1 (read as windows-1252), and the bytes agree: 0xE9 is é.
        let page = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Caf".utf8)
            + [0xE9] + Array(" sekolah dibuka kembali pada hari Senin, kata kepala sekolah.</p></body></html>".utf8)
        let document = try DocumentReader().read(page)
        #expect(document.encoding == "windows-1252")
        #expect(document.text == "Café sekolah dibuka kembali pada hari Senin, kata kepala sekolah.")
    }

    @Test func htmlWrongDeclaredCharsetFallsBackToDetection() throws {
        // Declares UTF-8, but 0x93/0x94 are windows-1252 quotes.
        let page = Array("<html><head><meta charset=\"utf-8\"></head><body><p>Ia berkata ".utf8) + [0x93]
            + Array("kami siap belajar".utf8) + [0x94] + Array(" di depan para guru dan orang tua murid.</p></body></html>".utf8)
        let document = try DocumentReader().read(page)
        #expect(document.encoding == "windows-1252")
        #expect(document.text == "Ia berkata “kami siap belajar” di depan para guru dan orang tua murid.")
    }

    /// A phrase in Arabic script (windows-1256) inside an Indonesian text that is mostly ASCII:
    /// whole words of non-ASCII bytes are not windows-1252, whatever share of the text they are.
    @Test func arabicPhraseInIndonesianText() throws {
        let greeting: [UInt8] = [
            199, 225, 211, 225, 199, 227, 32, 218, 225, 237, 223, 227, 32, 230, 209, 205, 227, 201, 32,
            199, 225, 225, 229, 32, 230, 200, 209, 223, 199, 202, 229, 46, 32, 200, 211, 227, 32, 199, 225,
            225, 229, 32, 199, 225, 209, 205, 227, 228, 32, 199, 225, 209, 205, 237, 227, 46,
        ]
        let bytes = Array("Kepala madrasah membuka acara pelepasan siswa dengan salam: ".utf8) + greeting
            + Array(" Sebanyak 184 siswa dilepas pada tahun ini dan dihadiri oleh para orang tua murid.".utf8)
        let document = try DocumentReader().read(bytes)
        #expect(document.encoding == "windows-1256")
        #expect(document.text.contains("salam: السلام عليكم ورحمة الله وبركاته. بسم الله الرحمن الرحيم. Sebanyak"))
    }

    /// A Greek sentence (ISO-8859-7) between long ASCII paragraphs: the detector is shown the
    /// stretch around the non-ASCII bytes, where the ASCII does not drown it.
    @Test func greekSentenceBetweenLongParagraphs() throws {
        let sentence: [UInt8] = [
            212, 225, 32, 243, 247, 239, 235, 229, 223, 225, 32, 244, 231, 242, 32, 240, 229, 241, 233,
            239, 247, 222, 242, 32, 221, 235, 225, 226, 225, 237, 32, 237, 221, 225, 32, 226, 233, 226,
            235, 223, 225, 32, 227, 233, 225, 32, 244, 239, 245, 242, 32, 236, 225, 232, 231, 244, 221,
            242, 32, 244, 239, 245, 242, 46,
        ]
        let paragraph = String(repeating: "Rapat koordinasi guru penggerak digelar di aula sekolah pada hari Senin pagi. ", count: 40)
        let bytes = Array(paragraph.utf8) + sentence + Array(("\n\n" + paragraph).utf8)
        let document = try DocumentReader().read(bytes)
        #expect(document.encoding == "ISO-8859-7")
        #expect(document.text.contains("Τα σχολεία της περιοχής έλαβαν νέα βιβλία για τους μαθητές τους."))
    }
}
