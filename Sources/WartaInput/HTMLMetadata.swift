import Foundation

/// A web page's title, publication date and author, from the metadata pages carry for search
/// engines and social networks (`<meta>`, Open Graph, schema.org JSON-LD) and, failing that,
/// from its markup (`<title>`, `<h1>`, `<time>`, byline elements).
struct HTMLMetadata {
    var title: String?
    var published: String?
    var author: String?
    /// The date the page header writes for readers (`Senin, 15 Juli 2024`, `Diterbitkan:
    /// 12/09/2023 08:30 WIB`), when no machine-readable date says it: the text recognizers read it.
    var writtenDate: String?

    /// The metadata of the page in `tree`, whose elements' hints are `hints`.
    init(_ tree: HTMLTree, hints: [ContentHints]) {
        var meta: [String: String] = [:]  // lower-case name/property/itemprop → first content
        var titleElement: String?
        var firstHeading: String?
        var entryTitle: String?
        var times: [String] = []
        var bylines: [String] = []
        var writtenDate: String?
        var linkedData: [Any] = []
        // The last heading so far (`h1`, `h2`), and short texts under a heading that read as a date
        // (`04 Desember 2024 08:15`): the date under the title, for pages that name it no other way.
        var lastHeading: Int?
        var datedTexts: [(index: Int, text: String)] = []

        for index in tree.nodes.indices {
            let tag = tree.nodes[index].tag
            if tag == .h1 || tag == .h2 { lastHeading = index }
            switch tag {
            case .text:
                // Only the few nodes under a heading may hold its date.
                guard let lastHeading, index < tree.nodes[lastHeading].end + Self.headerNodes else { continue }
                let text = tree.nodes[index].text
                if text.utf8.count <= Self.maximumWrittenDateLength * 2, Self.readsAsDate(text) {
                    datedTexts.append((index, Self.clean(text)))
                }
            case .document:
                continue
            case .meta:
                guard let content = tree.attribute(.content, of: index).map(Self.clean), !content.isEmpty else { continue }
                for key in [HTMLTree.AttributeName.property, .name, .itemprop] {
                    if let name = tree.attribute(key, of: index)?.lowercased(), meta[name] == nil { meta[name] = content }
                }
            case .title where titleElement == nil:
                titleElement = Self.clean(tree.text(of: index))
            case .h1 where firstHeading == nil && !tree.isInvisible(index):
                let text = Self.clean(tree.text(of: index))
                if !text.isEmpty { firstHeading = text }
            case .time:
                if let value = tree.attribute(.datetime, of: index) {
                    let preferred = tree.attribute(.itemprop, of: index) == "datePublished"
                        || tree.attribute(.class, of: index)?.contains("publish") == true
                    if preferred { times.insert(value, at: 0) } else { times.append(value) }
                }
            case .script where tree.attribute(.type, of: index)?.lowercased() == "application/ld+json":
                let json = tree.text(of: index)
                if let value = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) {
                    linkedData.append(value)
                }
            default:
                guard tree.hasAttributes(index) else { continue }
                let itemprop = tree.attribute(.itemprop, of: index)
                // hAtom's `entry-title` (WordPress, Blogger), a portal's `judulberita`: the post's own
                // title, where the first heading may be the site's name (`<h1 class='title'>DIKPORA
                // DOMPU</h1>`) or there is none.
                if entryTitle == nil, hints[index].namesTitle, !tree.isInvisible(index) {
                    let text = Self.clean(tree.text(of: index))
                    if !text.isEmpty { entryTitle = text }
                }
                if itemprop == "datePublished", let value = tree.attribute(.content, of: index) ?? tree.attribute(.datetime, of: index) {
                    times.insert(value, at: 0)
                }
                if hints[index].namesDate, writtenDate == nil {
                    // `Diterbitkan: 12/09/2023 08:30 WIB | Kategori: … | Penulis: …`: the field with the date.
                    let fields = Self.clean(tree.text(of: index)).split(whereSeparator: { "|•·".contains($0) })
                    if let field = fields.first(where: { $0.contains(where: \.isNumber) }).map({ Self.clean(String($0)) }),
                       field.count <= Self.maximumWrittenDateLength {
                        writtenDate = field
                    }
                }
                if tree.attribute(.rel, of: index) == "author" || itemprop == "author" || hints[index].namesByline {
                    let text = Self.clean(tree.text(of: index))
                    if !text.isEmpty, text.count <= 80 { bylines.append(text) }
                }
            }
        }

        let articles = Self.articleObjects(linkedData)

        // Title: Open Graph first (no site-name suffix), then the post's or the main heading when
        // <title> agrees.
        let social = meta["og:title"] ?? meta["twitter:title"]
        if let social, !social.isEmpty {
            title = social
        } else if let entry = entryTitle, titleElement?.contains(entry) ?? true || firstHeading == nil {
            title = entry
        } else if let heading = firstHeading, titleElement?.contains(heading) ?? true {
            title = heading
        } else if let titleElement, !titleElement.isEmpty {
            title = Self.withoutSiteName(titleElement)
        } else {
            title = articles.lazy.compactMap { $0["headline"] as? String }.first.map(Self.clean)
        }

        let dateCandidates =
            ["article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
             "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date"]
            .compactMap { meta[$0] } + articles.compactMap { $0["datePublished"] as? String } + times
        published = dateCandidates.lazy.compactMap(Self.isoDate).first
        if writtenDate == nil, published == nil, !datedTexts.isEmpty, let heading = ArticleExtractor.titleHeading(in: tree, title: title) {
            // The first date-like text in the few nodes under the title (a top bar's date stands
            // above it, a sidebar's far below).
            let end = tree.nodes[heading].end
            writtenDate = datedTexts.first { $0.index >= end && $0.index < end + Self.headerNodes }?.text
        }
        self.writtenDate = published == nil ? writtenDate : nil

        let authorCandidates =
            [meta["author"], meta["article:author"], meta["dc.creator"], meta["parsely-author"], meta["sailthru.author"]]
            .compactMap { $0 } + articles.compactMap { Self.name(of: $0["author"]) } + bylines
        author = authorCandidates.lazy.map(Self.withoutBylineWord).first { !$0.isEmpty && !$0.contains("://") }
    }

    /// Longest written date kept: a weekday, a date, a time and a zone, perhaps a label and a
    /// name (as long as a dateline may be).
    static let maximumWrittenDateLength = 80
    /// How many nodes after the title may hold its date.
    static let headerNodes = 24

    /// Whether a short text reads as a date: a day of one or two digits, then within two words a
    /// year of four (`04 Desember 2024 08:15`, `12/09/2023`), and no longer than a date line.
    /// Read in one pass without copying: a page has thousands of text nodes.
    static func readsAsDate(_ text: String) -> Bool {
        var numbers = NumberRun()
        for byte in text.utf8 { numbers.read(byte) }
        numbers.read(0x20)
        return numbers.found && clean(text).count <= maximumWrittenDateLength
    }

    /// The numbers of a text read byte by byte, and whether a day came a few words before a year.
    private struct NumberRun {
        var found = false
        private var dayWord = -100  // no day yet: far before any word
        private var word = 0
        private var digits = 0
        private var value = 0

        mutating func read(_ byte: UInt8) {
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                value = value &* 10 &+ Int(byte - 0x30)
                return
            }
            if digits == 4, (1990...2100).contains(value), word - dayWord <= 2 { found = true }
            if (1...2).contains(digits), (1...31).contains(value) { dayWord = word }
            digits = 0
            value = 0
            if byte == 0x20 { word += 1 }
        }
    }

    /// The schema.org objects (at any depth, in `@graph` too) that describe an article.
    private static func articleObjects(_ values: [Any]) -> [[String: Any]] {
        var found: [[String: Any]] = []
        var queue = values
        while let value = queue.popLast() {
            if let array = value as? [Any] {
                queue.append(contentsOf: array)
            } else if let object = value as? [String: Any] {
                if object["datePublished"] != nil || object["headline"] != nil || object["articleBody"] != nil {
                    found.append(object)
                }
                if let graph = object["@graph"] { queue.append(graph) }
            }
        }
        return found
    }

    /// A JSON-LD author: a string, a `{"name": …}` object, or a list of them.
    private static func name(of value: Any?) -> String? {
        if let text = value as? String { return clean(text) }
        if let object = value as? [String: Any] { return (object["name"] as? String).map(clean) }
        if let list = value as? [Any] {
            let names = list.compactMap { name(of: $0) }.filter { !$0.isEmpty }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }

    /// `YYYY-MM-DD` from a date that starts with one (`2024-03-05T09:00:00+07:00`, `2024/03/05`).
    static func isoDate(_ value: String) -> String? {
        // Trimming white space (through Foundation, slow) changes nothing for a date that opens
        // with a digit: trailing white space within ten scalars fails the date either way.
        let opensWithDigit = value.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false
        let trimmed = opensWithDigit ? value : value.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.unicodeScalars.prefix(10).map { $0 }
        guard digits.count == 10 else { return nil }
        let separator = digits[4]
        guard separator == "-" || separator == "/", digits[7] == separator else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var result = 0
            for scalar in digits[range] {
                guard ("0"..."9").contains(scalar) else { return nil }
                result = result * 10 + Int(scalar.value - 0x30)
            }
            return result
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            (1900...2200).contains(year), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// `Judul berita - Nama Situs` or `Nama Situs :: Judul berita` → `Judul berita`: the longest
    /// part between separators, site names being shorter than headlines.
    private static func withoutSiteName(_ title: String) -> String {
        var parts = [Substring(title)]
        for separator in [" | ", " - ", " – ", " — ", " :: ", " » "] {
            parts = parts.flatMap { pieces(of: $0, between: Array(separator.utf8)) }
        }
        return parts.max { $0.count < $1.count }.map { clean(String($0)) } ?? title
    }

    /// `text` split at every `separator`, found in its UTF-8 bytes (separators open and close with
    /// a space, so the cuts fall between characters).
    private static func pieces(of text: Substring, between separator: [UInt8]) -> [Substring] {
        let utf8 = text.utf8
        var pieces: [Substring] = []
        var start = utf8.startIndex
        var cursor = start
        while cursor != utf8.endIndex {
            if utf8[cursor] == separator[0], utf8[cursor...].starts(with: separator) {
                pieces.append(text[start..<cursor])
                cursor = utf8.index(cursor, offsetBy: separator.count)
                start = cursor
            } else {
                cursor = utf8.index(after: cursor)
            }
        }
        pieces.append(text[start..<utf8.endIndex])
        return pieces
    }

    /// "Oleh: Nama", "Penulis: Nama", "By Name" → the name.
    private static func withoutBylineWord(_ text: String) -> String {
        let lower = text.lowercased()
        for word in ["ditulis oleh", "oleh:", "oleh", "penulis:", "penulis", "reporter:", "by:", "by", "author:"] where lower.hasPrefix(word + " ") || lower.hasPrefix(word) && word.hasSuffix(":") {
            return clean(String(text.dropFirst(word.count)))
        }
        return text
    }

    /// White space collapsed and trimmed.
    static func clean(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return cleanScalars(text) ?? text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        // ASCII, most of any page: bytes, where white space is tab to carriage return and space.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `clean` beyond ASCII, by scalars rather than characters — several times faster, and the
    /// same as long as each white-space scalar is a character of its own (a character is white
    /// space when its first scalar is). That holds unless a white-space scalar follows a prepended
    /// mark or precedes a combining one; nil when one has a neighbour outside ASCII, Latin and
    /// common punctuation, which could be such a mark.
    private static func cleanScalars(_ text: String) -> String? {
        var result = ""
        var pendingSpace = false
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            let white = isWhiteSpace(scalar)
            if let previous, white || isWhiteSpace(previous), !isPlain(previous) || !isPlain(scalar) { return nil }
            previous = scalar
            if white {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Unicode's White_Space scalars, which `Unicode.Scalar.Properties.isWhitespace` tests.
    private static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Scalars that always form a character boundary with white space: controls, Latin letters,
    /// spacing modifiers, general punctuation and the white space itself (no combining marks, no
    /// zero-width joiners, no prepended marks).
    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x1680, 0x2000...0x200A, 0x2010...0x2029, 0x202F...0x205F, 0x3000: true
        default: false
        }
    }
}

extension HTMLTree {
    /// All text under node `index`, concatenated as it stands (script text included).
    func text(of index: Int) -> String {
        var result = ""
        for inner in index..<nodes[index].end where nodes[inner].isText {
            result += nodes[inner].text
        }
        return result
    }
}
