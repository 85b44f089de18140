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
    /// The element's class has the word `byline`, `author` or `createdby` (`post-author`,
    /// `entryByline`, Joomla's `createdby`).
    var namesByline = false
    /// The element's class names a date (`post-date`, `tanggal`, `published`): the page header's
    /// written date, when the page has no machine-readable one.
    var namesDate = false
    /// The element's class names the post's title (hAtom's `entry-title`, `post-title`,
    /// Indonesian portals' `judulberita`).
    var namesTitle = false

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
            namesDate = label.date
            namesTitle = label.title
            // `isiberita`, `detail-berita`: old Indonesian portals name the article's cell so.
            declaresContent = declaresContent || label.content
        }
        if let text = tree.attribute(.id, of: index), Self.label(text).furniture { negative = true }
    }

    /// What a class or id value says. `furniture`: it has a strong word (`sidebar`, `comments`,
    /// `baca-juga`), or a weak one (`meta`, `social`) unless it names an embedded post
    /// (`social-media-embed`). `byline`: it has the word `byline`, `author` or `createdby`.
    /// `date`: a word for a date (`date`, `tanggal`, `published`, Joomla's `create`, `tglberita`).
    /// `title` and `content`: it names the post's title or its body.
    static func label(_ text: String) -> (furniture: Bool, byline: Bool, date: Bool, title: Bool, content: Bool) {
        var text = text
        let patterns = Patterns.shared
        return text.withUTF8 { bytes in
            patterns.bytes.withUnsafeBufferPointer { patternBytes in
                let words = Words(bytes)
                var strong = false
                var weak = false
                var embed = false
                var byline = false
                var date = false
                var title = false
                var content = false
                var word = words.first
                while let current = word {
                    word = words.word(after: current)
                    let first = Int(words.lowered(current.lowerBound))
                    for entry in patterns.buckets[first]..<patterns.buckets[first + 1] {
                        let pattern = UnsafeBufferPointer(rebasing: patternBytes[patterns.entries[entry].bytes])
                        switch patterns.entries[entry].kind {
                        case .strongWord: strong = strong || words.word(current, is: pattern)
                        case .strongPrefix: strong = strong || words.word(current, startsWith: pattern)
                        // Word pairs, however written: "baca-juga", "bacaJuga", "bacajuga", "read-more".
                        case .phrase: strong = strong || words.word(current, startsWith: pattern, runningInto: word)
                        case .weakWord: weak = weak || words.word(current, is: pattern)
                        case .embed: embed = embed || words.word(current, is: pattern)
                        case .byline: byline = byline || words.word(current, is: pattern)
                        case .date: date = date || words.word(current, is: pattern)
                        case .datePhrase: date = date || words.word(current, startsWith: pattern, runningInto: word)
                        case .titlePhrase: title = title || words.word(current, startsWith: pattern, runningInto: word)
                        case .contentPhrase: content = content || words.word(current, startsWith: pattern, runningInto: word)
                        }
                    }
                }
                return (strong || weak && !embed, byline, date, title, content)
            }
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
        func word(_ word: Range<Int>, is text: UnsafeBufferPointer<UInt8>) -> Bool {
            word.count == text.count && word.indices.allSatisfy { lowered($0) == text[$0 - word.lowerBound] }
        }

        /// Whether `word`, run together with the word `next` if any, starts with `text`.
        func word(_ word: Range<Int>, startsWith text: UnsafeBufferPointer<UInt8>, runningInto next: Range<Int>? = nil) -> Bool {
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

    /// The word lists, filed by first byte: a label's word is checked only against the few
    /// entries that start like it. The entries' bytes lie back to back in one buffer.
    private struct Patterns {
        enum Kind { case strongWord, strongPrefix, phrase, weakWord, embed, byline, date, datePhrase, titlePhrase, contentPhrase }
        struct Entry {
            /// The entry's range of `bytes`.
            var bytes: Range<Int>
            var kind: Kind
        }

        private(set) var bytes: [UInt8] = []
        /// In order of first byte.
        private(set) var entries: [Entry] = []
        /// The entries starting with byte `b` are `buckets[b] ..< buckets[b + 1]`.
        private(set) var buckets: [Int] = []

        static let shared = Patterns()

        private init() {
            let lists: [(words: [String], kind: Kind)] = [
                (negativeWords, .strongWord), (negativePrefixes, .strongPrefix), (negativePhrases, .phrase),
                (weaklyNegativeWords, .weakWord), (["embed"], .embed), (["byline", "author", "createdby"], .byline), (dateWords, .date),
                (datePhrases, .datePhrase), (titlePhrases, .titlePhrase), (contentPhrases, .contentPhrase),
            ]
            let all = lists.flatMap { list in list.words.map { (word: Array($0.utf8), kind: list.kind) } }
            for first in 0..<256 {
                buckets.append(entries.count)
                for (word, kind) in all where word[0] == first {
                    entries.append(Entry(bytes: bytes.count..<bytes.count + word.count, kind: kind))
                    bytes.append(contentsOf: word)
                }
            }
            buckets.append(entries.count)
        }
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

    /// Word pairs, however written, for the post's date (`tglberita`), title (`entry-title`,
    /// `judul-berita`) and article body (`isiberita`, `detail-berita`): the words old Indonesian
    /// portals and hAtom themes use where no `<article>` says so.
    private static let datePhrases: [String] = ["tglberita", "tanggalberita", "tglposting", "tglartikel"]
    private static let titlePhrases: [String] = ["entrytitle", "posttitle", "judulberita", "judulartikel"]
    private static let contentPhrases: [String] = ["isiberita", "isiartikel", "kontenberita", "detailberita", "beritadetail"]

    /// Words for an element that holds the page's written date.
    private static let dateWords: [String] = ["date", "tanggal", "published", "posted", "pubdate", "waktu", "create", "created"]

    /// Longer word beginnings: `comment` covers `comments`, `commentlist`.
    private static let negativePrefixes: [String] = [
        "comment", "sidebar", "footer", "sharing", "sharer", "related", "newsletter", "subscri", "promo",
        "advertis", "sponsor", "breadcrumb", "cookie", "widget", "popular", "trending", "recommend", "navigation",
        "navbar", "masthead", "banner", "disqus", "outbrain", "taboola", "pagination", "pager", "popup", "modal",
        "signup", "tagcloud", "copyright", "adsense", "adsbygoogle", "gdpr", "consent", "caption", "credit",
        "sharedaddy", "sharethis", "addtoany", "shareaholic",
    ]

    /// Negative word pairs, looked for as the start of a word or of two words run together.
    private static let negativePhrases: [String] = [
        "bacajuga", "lihatjuga", "simakjuga", "bacapula", "readmore", "readalso", "seealso", "morestories",
        "relatedarticle", "beritalainnya", "artikellainnya", "beritaterkait", "socialshare", "sharebutton",
    ]
}
