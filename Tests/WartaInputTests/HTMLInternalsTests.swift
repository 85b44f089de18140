import Testing

@testable import WartaInput

/// The HTML path's fast internals against plain definitions of what they compute.
@Suite struct HTMLInternalsTests {
    @Test func treeInternsTagsAndKeepsOtherNames() {
        let tree = HTMLTree.parse(utf8: Array(
            "<html><body><DIV Class='a' data-x='1'>Satu<my-widget ROLE='menu'>dua</my-widget></DIV><p>tiga</p></body></html>".utf8))
        let names = tree.nodes.indices.map { tree.name(of: $0) }
        #expect(names == ["#document", "html", "body", "div", "", "my-widget", "", "p", ""])
        let div = names.firstIndex(of: "div")!
        #expect(tree.nodes[div].tag == .div)
        #expect(tree.attribute(.class, of: div) == "a")
        #expect(tree.nodes[names.firstIndex(of: "my-widget")!].tag == .other)
        #expect(tree.attribute(.role, of: names.firstIndex(of: "my-widget")!) == "menu")
        #expect(Array(tree.children(of: div)).map { tree.name(of: $0) } == ["", "my-widget"])
        #expect(tree.nodes[div].end == names.firstIndex(of: "p")!)
        #expect(tree.text(of: div) == "Satudua")
    }

    @Test func cleanMatchesCharacterWhiteSpace() {
        // White space beside combining, prepended and joining marks, emoji, CR LF, Latin and CJK.
        let alphabet: [String] = [
            " ", "\t", "\r", "\n", "\r\n", "\u{A0}", "\u{2003}", "\u{3000}", "\u{85}", "a", "Z", ".", "é", "\u{301}", "\u{600}",
            "\u{200D}", "\u{FE0F}", "\u{1F44D}", "\u{1F3FD}", "\u{201C}", "\u{2026}", "\u{94B}", "\u{915}", "中", "\u{AD}",
        ]
        var generator = SystemRandomNumberGenerator()
        var samples = alphabet.flatMap { first in alphabet.map { first + $0 } }
        for _ in 0..<3000 {
            samples.append((0..<Int.random(in: 1...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined())
        }
        for text in samples {
            #expect(HTMLMetadata.clean(text) == text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func labelsMatchWordLists() {
        let examples: [(String, furniture: Bool, byline: Bool)] = [
            ("relatedPosts", true, false), ("baca-juga", true, false), ("bacaJuga", true, false), ("bacajuga-box", true, false),
            ("read more", true, false), ("social", true, false), ("social-media-embed", false, false), ("post-author", true, true),
            ("entryByline", true, true), ("authorName", true, true), ("authors", false, false), ("content", false, false),
            ("URLShare", false, false), ("comments-area", true, false), ("nav2", false, false), ("NAV", true, false),
            ("iklan_atas", true, false), ("berita-terkait", true, false), ("", false, false), ("--", false, false),
            ("tégal-menu", true, false),
        ]
        for (text, furniture, byline) in examples {
            let label = ContentHints.label(text)
            #expect(label.furniture == furniture, "\(text)")
            #expect(label.byline == byline, "\(text)")
        }
    }
}
