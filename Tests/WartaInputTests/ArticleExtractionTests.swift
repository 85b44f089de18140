import Testing
import WartaInput

/// Main-text extraction on small pages, one behaviour each.
@Suite struct ArticleExtractionTests {
    let paragraphs = [
        "Pemerintah kota membuka pendaftaran beasiswa bagi siswa berprestasi dari keluarga kurang mampu, mulai pekan depan.",
        "Setiap penerima akan mendapat bantuan biaya sekolah selama satu tahun, dan dapat diperpanjang bila nilainya memenuhi syarat.",
        "Formulir pendaftaran tersedia di kantor kelurahan, dan dapat diserahkan paling lambat akhir bulan ini kepada petugas.",
    ]

    func body(_ html: String) throws -> String {
        try DocumentReader(format: .html).read(Array(html.utf8)).body ?? ""
    }

    func page(_ article: String, around: Bool = true) -> String {
        let navigation = "<nav><ul><li><a href='/'>Beranda</a></li><li><a href='/berita'>Berita</a></li><li><a href='/kontak'>Kontak</a></li></ul></nav>"
        let sidebar = "<div class='sidebar'><h3>Berita Terkini</h3><ul><li><a href='/1'>Jadwal ujian semester genap sudah keluar</a></li><li><a href='/2'>Lomba pidato bahasa Inggris tingkat kota</a></li></ul></div>"
        return "<html><head><title>Beasiswa</title><style>p { color: red }</style></head><body>"
            + (around ? navigation : "") + "<div class='konten'>" + article + "</div>" + (around ? sidebar : "")
            + "<footer>Dinas Pendidikan Kota. Jalan Merdeka 1.</footer></body></html>"
    }

    @Test func keepsParagraphsDropsFurniture() throws {
        let html = page(paragraphs.map { "<p>\($0)</p>" }.joined())
        #expect(try body(html) == paragraphs.joined(separator: "\n\n"))
    }

    @Test func dropsScriptsStylesFormsAndFrames() throws {
        let html = page(
            "<p>\(paragraphs[0])</p><script>document.write('iklan');</script><noscript>Aktifkan JavaScript</noscript>"
                + "<form><label>Nama</label><input name='n'><button>Kirim</button></form><iframe src='x'>bingkai</iframe>"
                + "<p>\(paragraphs[1])</p>")
        #expect(try body(html) == paragraphs[0] + "\n\n" + paragraphs[1])
    }

    @Test func dropsBacaJugaLines() throws {
        let html = page(
            "<p>\(paragraphs[0])</p><p><strong>Baca juga:</strong> <a href='/x'>Sekolah Negeri Tambah Rombongan Belajar</a></p>"
                + "<p>BACA JUGA : Guru Honorer Diangkat Tahun Ini</p><p>\(paragraphs[1])</p>")
        #expect(try body(html) == paragraphs[0] + "\n\n" + paragraphs[1])
    }

    @Test func collapsesWhiteSpaceAndDecodesEntities() throws {
        let html = page("<p>  Rapat&nbsp;komite   sekolah\n\t membahas &ldquo;dana&rdquo; &amp; sarana, kata ketua komite kepada wartawan.  </p><p>\(paragraphs[0])</p>")
        #expect(try body(html) == "Rapat komite sekolah membahas “dana” & sarana, kata ketua komite kepada wartawan.\n\n" + paragraphs[0])
    }

    @Test func doubleLineBreaksSeparateBlocks() throws {
        let html = page("<div>\(paragraphs[0])<br><br>\(paragraphs[1])<br>\(paragraphs[2])</div>")
        #expect(try body(html) == paragraphs[0] + "\n\n" + paragraphs[1] + "\n" + paragraphs[2])
    }

    /// A social title cut short of the page's heading gives way to the heading, which the text
    /// then holds once.
    @Test func headingLongerThanTheSocialTitleIsTheTitle() throws {
        let heading = "Disdikbud Larang Tes Calistung, 118 Satuan PAUD Ikut Bimtek"
        let html = "<html><head><meta property='og:title' content='Disdikbud Larang Tes Calistung'></head><body><article><h1>\(heading)</h1>"
            + paragraphs.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
        let document = try DocumentReader(format: .html).read(Array(html.utf8))
        #expect(document.title == heading)
        #expect(document.text == ([heading] + paragraphs).joined(separator: "\n\n"))
    }

    /// A blog's name in its header `<h1>` is no post's title: hAtom's `entry-title` is.
    @Test func entryTitleOverTheSiteHeading() throws {
        let post = "Hasil Asesmen Dibahas, 40 Sekolah Siapkan Gerakan Numerasi"
        let html = "<html><head><title>DIKDAS BIMA: \(post)</title></head><body><div id='header-inner'><h1 class='title'><a href='/'>DIKDAS BIMA</a></h1></div>"
            + "<div class='post'><h3 class='post-title entry-title'>\(post)</h3><div class='post-body'>" + paragraphs.map { "<p>\($0)</p>" }.joined()
            + "</div></div></body></html>"
        let document = try DocumentReader(format: .html).read(Array(html.utf8))
        #expect(document.title == post)
        #expect(document.text.hasPrefix(post + "\n\n"))
    }

    /// An old table-layout portal: its columns are plain cells, but the article's cell, title and
    /// date are named in Indonesian (`isiberita`, `judulberita`, `tglberita`).
    @Test func tableLayoutPortal() throws {
        let post = "Disdik Buka 12 Kelas Jauh di Pegunungan"
        let html = "<html><head><title>:: Portal Resmi Kabupaten :: Berita</title></head><body><table><tr>"
            + "<td class='kiri'><table><tr><td>AGENDA</td></tr><tr><td>Rapat Paripurna DPRD &ndash; 15 Januari 2024<br>Musrenbang &ndash; 22 Januari 2024</td></tr></table></td>"
            + "<td class='tengah'><table><tr><td class='judulberita'>\(post)</td></tr><tr><td class='tglberita'>Kamis, 11 Januari 2024 | Dibaca: 120 kali</td></tr>"
            + "<tr><td class='isiberita'>" + paragraphs.map { "<p>\($0)</p>" }.joined() + "</td></tr></table></td>"
            + "<td class='kanan'>Pengunjung hari ini: 317</td></tr></table></body></html>"
        let document = try DocumentReader(format: .html).read(Array(html.utf8))
        #expect(document.title == post)
        #expect(document.text == ([post, "Kamis, 11 Januari 2024"] + paragraphs).joined(separator: "\n\n"))
    }

    /// List items keep a bullet, so that a list still reads as one after its lead-in.
    @Test func headingsListsAndQuotesInOrder() throws {
        let html = page(
            "<p>\(paragraphs[0])</p><h2>Syarat pendaftaran</h2><ul><li>rapor dua semester terakhir;</li><li>surat keterangan dari kelurahan.</li></ul>"
                + "<blockquote>Kami ingin tidak ada anak yang putus sekolah karena biaya, ujar wali kota.</blockquote><p>\(paragraphs[1])</p>")
        #expect(
            try body(html) == [
                paragraphs[0], "Syarat pendaftaran", "• rapor dua semester terakhir;", "• surat keterangan dari kelurahan.",
                "Kami ingin tidak ada anak yang putus sekolah karena biaya, ujar wali kota.", paragraphs[1],
            ].joined(separator: "\n\n"))
    }

    @Test func shareButtonsAndCommentsAreFurniture() throws {
        let html = page(
            "<article><h1>Beasiswa</h1><div class='share-buttons'><a href='#'>Bagikan ke Facebook</a> <a href='#'>Salin tautan</a></div>"
                + paragraphs.map { "<p>\($0)</p>" }.joined() + "</article>"
                + "<div id='comments'><p>Terima kasih atas informasinya, semoga anak kami bisa ikut mendaftar tahun ini, karena sangat membantu.</p></div>")
        #expect(try body(html) == paragraphs.joined(separator: "\n\n"))
    }

    @Test func titleIsFirstAndNotRepeated() throws {
        let html = "<html><head><title>Beasiswa Dibuka - Portal Kota</title><meta property='og:title' content='Beasiswa Dibuka'></head>"
            + "<body><article><h1>Beasiswa Dibuka</h1>" + paragraphs.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
        let document = try DocumentReader().read(Array(html.utf8))
        #expect(document.title == "Beasiswa Dibuka")
        #expect(document.body == paragraphs.joined(separator: "\n\n"))
        #expect(document.text == "Beasiswa Dibuka\n\n" + paragraphs.joined(separator: "\n\n"))
    }

    @Test func unclosedAndMisnestedTags() throws {
        let html = "<html><body><div class='isi'><p>\(paragraphs[0])<p><b>\(paragraphs[1])</i><p>\(paragraphs[2])"
        #expect(try body(html) == paragraphs.joined(separator: "\n\n"))
    }

    @Test func deeplyNestedMarkupDoesNotHang() throws {
        let html = "<html><body>" + String(repeating: "<div><span>", count: 5_000) + paragraphs[0] + "</body></html>"
        _ = try? body(html)  // libxml2 caps the depth; what matters is that this returns
    }
}
