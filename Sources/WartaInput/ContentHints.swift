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

    /// The hints of an element. `labels` remembers what each class or id says, as the same class
    /// names recur all over a page.
    init(_ node: HTMLTree.Node, labels: inout [String: Label]) {
        switch node.name {
        case "nav", "aside", "footer", "menu": negative = true
        case "article", "main": declaresContent = true
        default: break
        }
        if let role = node.attribute("role")?.lowercased() {
            if ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert"].contains(role) {
                negative = true
            }
            if role == "main" || role == "article" { declaresContent = true }
        }
        if let property = node.attribute("itemprop"), property.containsIgnoringASCIICase("articlebody") || property == "text" {
            declaresContent = true
        }
        for text in [node.attribute("class"), node.attribute("id")] {
            guard let text, !text.isEmpty else { continue }
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
            let words = ContentHints.words(text)
            var strong = false
            for (index, word) in words.enumerated() where !strong {
                // Word pairs, however written: "baca-juga", "bacaJuga", "bacajuga", "read-more".
                let pair = index + 1 < words.count ? word + words[index + 1] : word
                strong = ContentHints.isStronglyNegative(word)
                    || ContentHints.negativePhrases.contains { pair.utf8.starts(with: $0.utf8) }
            }
            let weak = words.contains(where: ContentHints.weaklyNegativeWords.contains) && !words.contains("embed")
            furniture = strong || weak
        }
    }

    /// Lower-case words of a class or id: split at anything not a letter or digit, and at
    /// camel-case humps (`relatedPosts` → `related`, `posts`). Works on ASCII; other bytes count as
    /// letters.
    static func words(_ label: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previousLower = false
        func finish() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in label.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if previousLower { finish() }
                current.append(byte + 32)
                previousLower = false
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                current.append(byte)
                previousLower = true
            default:
                finish()
                previousLower = false
            }
        }
        finish()
        return words
    }

    static func isStronglyNegative(_ word: String) -> Bool {
        negativeWords.contains(word) || negativePrefixes.contains { word.utf8.starts(with: $0.utf8) }
    }

    /// Short words that only count whole.
    private static let negativeWords: Set<String> = [
        "ad", "ads", "adv", "advert", "nav", "menu", "menus", "share", "rss", "ticker", "rail", "iklan", "terkait", "populer",
        "terpopuler", "terkini", "komentar", "bagikan", "sosmed",
    ]

    /// Words that mark furniture unless the label names an embedded post.
    static let weaklyNegativeWords: Set<String> = [
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
    static let negativePhrases: [String] = [
        "bacajuga", "lihatjuga", "simakjuga", "bacapula", "readmore", "readalso", "seealso", "morestories",
        "relatedarticle", "beritalainnya", "artikellainnya", "beritaterkait", "socialshare", "sharebutton",
    ]
}
