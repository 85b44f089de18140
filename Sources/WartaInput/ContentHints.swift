/// What an element's tag, `class`, `id`, `role` and `itemprop` say about its content: whether
/// it declares itself the article, and whether it names page furniture — the words page authors
/// use for what surrounds an article (`sidebar`, `share-buttons`, `entry-meta`, `baca-juga`).
///
/// Words that name article text (`content`, `entry`, `post`) are deliberately not used: they
/// sit on wrappers of every size, and weighing them changed nothing on the benchmark.
struct ContentHints {
    /// The element's tag, role, class or id names navigation, promotion or other furniture.
    var negative = false
    /// The element declares itself the page's main content (`<article>`, `<main>`, `role="main"`,
    /// schema.org `articleBody`): a claim made for machines, which outweighs any class name.
    var declaresContent = false

    /// No hints either way.
    init() {}

    /// The hints of element `index`. `labels` remembers what each class or id says, as the same
    /// class names recur all over a page.
    init(_ tree: HTMLTree, _ index: Int, labels: inout [String: Label]) {
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
        for name in [HTMLTree.AttributeName.class, .id] {
            guard let text = tree.attribute(name, of: index), !text.isEmpty else { continue }
            let label: Label
            if let known = labels[text] {
                label = known
            } else {
                label = Label(text)
                labels[text] = label
            }
            if label.furniture { negative = true }
        }
    }

    /// What a class or id value says.
    struct Label {
        /// It names furniture: a strong word (`sidebar`, `comments`, `baca-juga`), or a weak one
        /// (`meta`, `social`) unless it names an embedded post (`social-media-embed`).
        var furniture: Bool

        init(_ text: String) {
            let words = Words(text)
            var strong = false
            var weak = false
            var embed = false
            for word in words.indices {
                let bytes = words[word]
                // Word pairs, however written: "baca-juga", "bacaJuga", "bacajuga", "read-more".
                let pair = words.joined(word, word + 1 < words.count ? word + 1 : word)
                for pattern in Pattern.table[Int(bytes[bytes.startIndex])] {
                    switch pattern.kind {
                    case .strongWord: strong = strong || bytes.elementsEqual(pattern.bytes)
                    case .strongPrefix: strong = strong || bytes.starts(with: pattern.bytes)
                    case .phrase: strong = strong || pair.starts(with: pattern.bytes)
                    case .weakWord: weak = weak || bytes.elementsEqual(pattern.bytes)
                    case .embed: embed = embed || bytes.elementsEqual(pattern.bytes)
                    }
                }
            }
            furniture = strong || weak && !embed
        }
    }

    /// The lower-case words of a class or id, back to back in one buffer, so that two words in a
    /// row read as one run (`baca` `juga` → `bacajuga`). Split at anything not a letter or digit,
    /// and at camel-case humps (`relatedPosts` → `related`, `posts`). Works on ASCII; other bytes
    /// count as letters.
    struct Words {
        private var bytes: [UInt8] = []
        /// Where each word ends in `bytes`.
        private var ends: [Int] = []

        init(_ label: String) {
            bytes.reserveCapacity(label.utf8.count)
            var previousLower = false
            func finish() {
                if bytes.count > (ends.last ?? 0) { ends.append(bytes.count) }
            }
            for byte in label.utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if previousLower { finish() }
                    bytes.append(byte + 32)
                    previousLower = false
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                    bytes.append(byte)
                    previousLower = true
                default:
                    finish()
                    previousLower = false
                }
            }
            finish()
        }

        var count: Int { ends.count }
        var indices: Range<Int> { ends.indices }

        /// Word `index`: never empty.
        subscript(index: Int) -> ArraySlice<UInt8> {
            bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
        }

        /// Words `first` through `last` run together.
        func joined(_ first: Int, _ last: Int) -> ArraySlice<UInt8> {
            bytes[(first == 0 ? 0 : ends[first - 1])..<ends[last]]
        }

        /// Whether one of the words is `word`.
        func contains(_ word: String) -> Bool {
            indices.contains { self[$0].elementsEqual(word.utf8) }
        }
    }

    /// A word list entry, filed by its first byte: a label's word is checked against the few
    /// entries that start like it.
    private struct Pattern {
        enum Kind { case strongWord, strongPrefix, phrase, weakWord, embed }
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
