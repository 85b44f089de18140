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

    /// The hints of an element.
    init(_ node: HTMLTree.Node) {
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
        if let property = node.attribute("itemprop")?.lowercased(), property.contains("articlebody") || property == "text" {
            declaresContent = true
        }
        var strong = false, weak = false, embedded = false
        for label in [node.attribute("class"), node.attribute("id")] {
            guard let label else { continue }
            let words = Self.words(label)
            if words.contains(where: Self.isStronglyNegative) { strong = true }
            if words.contains(where: Self.weaklyNegativeWords.contains) { weak = true }
            if words.contains("embed") { embedded = true }
            // Word pairs written as one label: "baca-juga", "berita-terkait", "read-more".
            let joined = words.joined()
            if Self.negativePhrases.contains(where: { joined.contains($0) }) { strong = true }
        }
        // `social-media-embed` holds a quoted post, not share buttons.
        if strong || weak && !embedded { negative = true }
    }

    /// Lower-case words of a class or id: split at anything not a letter or digit, and at
    /// camel-case humps (`relatedPosts` → `related`, `posts`).
    static func words(_ label: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousLower = false
        for character in label {
            if character.isLetter || character.isNumber {
                if character.isUppercase, previousLower, !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                current += character.lowercased()
                previousLower = character.isLowercase || character.isNumber
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousLower = false
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func isStronglyNegative(_ word: String) -> Bool {
        negativeWords.contains(word) || negativePrefixes.contains { word.hasPrefix($0) }
    }

    /// Short words that only count whole.
    private static let negativeWords: Set<String> = [
        "ad", "ads", "adv", "advert", "nav", "menu", "menus", "share", "rss", "ticker", "rail", "iklan", "terkait", "populer",
        "terpopuler", "terkini", "komentar", "bagikan", "sosmed",
    ]

    /// Words that mark furniture unless the label names an embedded post.
    private static let weaklyNegativeWords: Set<String> = [
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

    /// Negative word pairs, looked for in the label with its separators removed.
    private static let negativePhrases: [String] = [
        "bacajuga", "lihatjuga", "simakjuga", "bacapula", "readmore", "readalso", "seealso", "morestories",
        "relatedarticle", "beritalainnya", "artikellainnya", "beritaterkait", "socialshare", "sharebutton",
    ]
}
