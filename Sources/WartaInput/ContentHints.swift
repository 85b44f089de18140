/// What an element's tag, `class`, `id` and `role` suggest about its content: the words page
/// authors use for article text (`article-body`, `entry-content`, `isi-berita`) and for the page
/// furniture around it (`sidebar`, `share-buttons`, `baca-juga`).
struct ContentHints {
    /// The element's own name and attributes suggest article text.
    var positive = false
    /// The element's own name and attributes suggest navigation, promotion or other furniture:
    /// a word such as `comment`, `related` or `sidebar`, or a weaker one such as `meta` or
    /// `byline` that no word for article text offsets (`entry-meta` is furniture, `post-body
    /// field-label-meta` is not).
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
        case "article", "main": positive = true; declaresContent = true
        default: break
        }
        if let role = node.attribute("role")?.lowercased() {
            if ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert"].contains(role) {
                negative = true
            }
            if role == "main" || role == "article" { positive = true; declaresContent = true }
        }
        if let property = node.attribute("itemprop")?.lowercased(), property.contains("articlebody") || property == "text" {
            positive = true
            declaresContent = true
        }
        var strong = false, weak = false
        for label in [node.attribute("class"), node.attribute("id")] {
            guard let label else { continue }
            let words = Self.words(label)
            if words.contains(where: Self.isPositive) { positive = true }
            if words.contains(where: Self.isStronglyNegative) { strong = true }
            if words.contains(where: Self.weaklyNegativeWords.contains) { weak = true }
            // Word pairs written as one label: "baca-juga", "berita-terkait", "read-more".
            let joined = words.joined()
            if Self.negativePhrases.contains(where: { joined.contains($0) }) { strong = true }
        }
        if strong || weak && !positive { negative = true }
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

    private static func isPositive(_ word: String) -> Bool {
        positiveWords.contains(word) || positivePrefixes.contains { word.hasPrefix($0) }
    }

    /// Short words that only count whole.
    private static let negativeWords: Set<String> = [
        "ad", "ads", "adv", "advert", "nav", "menu", "menus", "share", "rss", "ticker", "rail", "iklan", "terkait", "populer",
        "terpopuler", "terkini", "komentar", "bagikan", "sosmed",
    ]

    /// Words that mark furniture only when no word for article text stands beside them.
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

    private static let positiveWords: Set<String> = [
        "article", "content", "entry", "post", "body", "main", "story", "text", "blog", "hentry", "isi", "konten",
        "berita", "artikel", "detail", "single", "prose", "embed",
    ]

    private static let positivePrefixes: [String] = ["articlebody", "article", "storybody", "postcontent", "entrycontent"]
}
