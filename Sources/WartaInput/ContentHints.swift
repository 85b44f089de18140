/// What an element's tag, `class`, `id`, `role` and `itemprop` say about its content: whether
/// it declares itself the article, whether it names page furniture — the words page authors
/// use for what surrounds an article (`sidebar`, `share-buttons`, `entry-meta`, `baca-juga`) —
/// and whether its class names a byline.
///
/// Words that name article text (`content`, `entry`, `post`) are deliberately not used: they
/// sit on wrappers of every size, and weighing them changed nothing on the benchmark.
///
/// A page's hints are read once (`all(in:)`), for the metadata and the article extractor both.
struct ContentHints {
    /// The element's tag, role, class or id names navigation, promotion or other furniture.
    var negative = false
    /// The element declares itself the page's main content (`<article>`, `<main>`, `role="main"`,
    /// schema.org `articleBody`): a claim made for machines, which outweighs any class name.
    var declaresContent = false
    /// The element's class has the word `byline` or `author` (`post-author`, `entryByline`).
    var namesByline = false

    /// No hints either way.
    init() {}

    /// The hints of every node in `tree`; none for text nodes.
    static func all(in tree: HTMLTree) -> [ContentHints] {
        tree.nodes.indices.map { tree.nodes[$0].isText ? ContentHints() : ContentHints(tree, $0) }
    }

    /// The hints of element `index`.
    init(_ tree: HTMLTree, _ index: Int) {
        switch tree.nodes[index].tag {
        case .nav, .aside, .footer, .menu: negative = true
        case .article, .main: declaresContent = true
        default: break
        }
        guard tree.hasAttributes(index) else { return }
        if let role = tree.attribute(.role, of: index)?.lowercased() {
            if ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert"].contains(role) {
                negative = true
            }
            if role == "main" || role == "article" { declaresContent = true }
        }
        if let property = tree.attribute(.itemprop, of: index), property.containsIgnoringASCIICase("articlebody") || property == "text" {
            declaresContent = true
        }
        if let text = tree.attribute(.class, of: index) {
            let label = Self.label(text)
            negative = negative || label.furniture
            namesByline = label.byline
        }
        if let text = tree.attribute(.id, of: index), Self.label(text).furniture { negative = true }
    }

    /// What a class or id value says. `furniture`: it has a strong word (`sidebar`, `comments`,
    /// `baca-juga`), or a weak one (`meta`, `social`) unless it names an embedded post
    /// (`social-media-embed`). `byline`: it has the word `byline` or `author`.
    static func label(_ text: String) -> (furniture: Bool, byline: Bool) {
        var text = text
        return text.withUTF8 { bytes in
            let words = Words(bytes)
            var strong = false
            var weak = false
            var embed = false
            var byline = false
            var word = words.first
            while let current = word {
                word = words.word(after: current)
                // Word pairs, however written: "baca-juga", "bacaJuga", "bacajuga", "read-more".
                for pattern in Pattern.table[Int(words.lowered(current.lowerBound))] {
                    switch pattern.kind {
                    case .strongWord: strong = strong || words.word(current, is: pattern.bytes)
                    case .strongPrefix: strong = strong || words.word(current, startsWith: pattern.bytes)
                    case .phrase: strong = strong || words.word(current, startsWith: pattern.bytes, runningInto: word)
                    case .weakWord: weak = weak || words.word(current, is: pattern.bytes)
                    case .embed: embed = embed || words.word(current, is: pattern.bytes)
                    case .byline: byline = byline || words.word(current, is: pattern.bytes)
                    }
                }
            }
            return (strong || weak && !embed, byline)
        }
    }

    /// The words of a class or id, read in place: split at anything not a letter or digit, and at
    /// camel-case humps (`relatedPosts` → `related`, `posts`), compared lower-case. Works on
    /// ASCII; other bytes count as letters. A page has thousands of class names, so nothing is
    /// copied.
    private struct Words {
        let bytes: UnsafeBufferPointer<UInt8>

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The first word.
        var first: Range<Int>? { word(from: 0) }

        /// The word after `word`.
        func word(after word: Range<Int>) -> Range<Int>? { self.word(from: word.upperBound) }

        /// The first word at or after `position`.
        private func word(from position: Int) -> Range<Int>? {
            var position = position
            while position < bytes.count, !Self.isWordByte(bytes[position]) { position += 1 }
            guard position < bytes.count else { return nil }
            let start = position
            var previousLower = false
            while position < bytes.count, Self.isWordByte(bytes[position]) {
                let isUpper = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[position])
                if isUpper, previousLower { break }  // a camel-case hump
                previousLower = !isUpper
                position += 1
            }
            return start..<position
        }

        /// The byte at `position`, lower-case.
        func lowered(_ position: Int) -> UInt8 {
            let byte = bytes[position]
            return (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
        }

        /// Whether `word` is `text`.
        func word(_ word: Range<Int>, is text: [UInt8]) -> Bool {
            word.count == text.count && word.indices.allSatisfy { lowered($0) == text[$0 - word.lowerBound] }
        }

        /// Whether `word`, run together with the word `next` if any, starts with `text`.
        func word(_ word: Range<Int>, startsWith text: [UInt8], runningInto next: Range<Int>? = nil) -> Bool {
            var matched = 0
            for position in word {
                guard matched < text.count else { return true }
                guard lowered(position) == text[matched] else { return false }
                matched += 1
            }
            for position in next ?? 0..<0 {
                guard matched < text.count else { return true }
                guard lowered(position) == text[matched] else { return false }
                matched += 1
            }
            return matched == text.count
        }

        private static func isWordByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                true
            default: false
            }
        }
    }

    /// A word list entry, filed by its first byte: a label's word is checked against the few
    /// entries that start like it.
    private struct Pattern {
        enum Kind { case strongWord, strongPrefix, phrase, weakWord, embed, byline }
        var bytes: [UInt8]
        var kind: Kind

        static let table: [[Pattern]] = {
            var table = Array(repeating: [Pattern](), count: 256)
            func file(_ words: some Sequence<String>, as kind: Kind) {
                for word in words { table[Int(word.utf8.first!)].append(Pattern(bytes: Array(word.utf8), kind: kind)) }
            }
            file(negativeWords, as: .strongWord)
            file(negativePrefixes, as: .strongPrefix)
            file(negativePhrases, as: .phrase)
            file(weaklyNegativeWords, as: .weakWord)
            file(["embed"], as: .embed)
            file(["byline", "author"], as: .byline)
            return table
        }()
    }

    /// Short words that only count whole.
    private static let negativeWords: [String] = [
        "ad", "ads", "adv", "advert", "nav", "menu", "menus", "share", "rss", "ticker", "rail", "iklan", "terkait", "populer",
        "terpopuler", "terkini", "komentar", "bagikan", "sosmed",
    ]

    /// Words that mark furniture unless the label names an embedded post.
    private static let weaklyNegativeWords: [String] = [
        "meta", "byline", "author", "tags", "toolbar", "tools", "print", "rating", "login", "skip", "jump", "topik",
        "info", "date", "time", "social",
    ]

    /// Longer word beginnings: `comment` covers `comments`, `commentlist`.
    private static let negativePrefixes: [String] = [
        "comment", "sidebar", "footer", "sharing", "sharer", "related", "newsletter", "subscri", "promo",
        "advertis", "sponsor", "breadcrumb", "cookie", "widget", "popular", "trending", "recommend", "navigation",
        "navbar", "masthead", "banner", "disqus", "outbrain", "taboola", "pagination", "pager", "popup", "modal",
        "signup", "tagcloud", "copyright", "adsense", "adsbygoogle", "gdpr", "consent", "caption", "credit",
    ]

    /// Negative word pairs, looked for as the start of a word or of two words run together.
    private static let negativePhrases: [String] = [
        "bacajuga", "lihatjuga", "simakjuga", "bacapula", "readmore", "readalso", "seealso", "morestories",
        "relatedarticle", "beritalainnya", "artikellainnya", "beritaterkait", "socialshare", "sharebutton",
    ]
}
