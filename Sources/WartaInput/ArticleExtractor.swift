/// Finds a web page's article among its navigation, sidebars, teasers, share buttons and footer,
/// and returns the article's blocks of text in order.
///
/// The method, with no rule for any one site:
/// 1. Cut the visible text into blocks (`TextBlock`).
/// 2. Mark the furniture: elements whose tag, role, class or id name it (`nav`, `sidebar`,
///    `baca-juga`… see `ContentHints`), captions, and teaser lists (three or more alike items
///    opening with a link). A mark does not count on an element that holds the title heading or
///    a declared article (`<article>`, `<main>`, `itemprop="articleBody"`).
/// 3. Weigh each block: prose — long, punctuated, few links — weighs for; link lists, short
///    labels, copyright lines and furniture weigh against.
/// 4. Take the element whose blocks weigh most in sum: it holds the article's paragraphs and as
///    little else as it can. A declared body inside it that holds most of its prose narrows it
///    (with the title's heading). When it holds several `<article>` elements, take the one with
///    the title (or the weightiest): the others are teasers.
/// 5. Keep that element's blocks except the furniture inside it, link lists, copyright lines and
///    "Baca juga" lines.
struct ArticleExtractor {
    let tree: HTMLTree
    let blocks: [TextBlock]
    /// The heading that carries the page's title, when one does.
    private let titleHeading: Int?
    /// Per node: an enclosing element's hints mark it as furniture.
    private(set) var furniture: [Bool]
    /// Elements that declare themselves the content, outside any furniture.
    private var declared: [Int] = []
    /// Per node, the characters of running text inside it.
    private var prose: [Int] = []

    /// An extractor for the page in `tree`, whose elements' hints are `hints` and whose title
    /// (from its metadata) is `title`.
    init(_ tree: HTMLTree, hints: [ContentHints], title: String?) {
        self.tree = tree
        self.blocks = tree.textBlocks()
        self.titleHeading = Self.titleHeading(in: tree, title: title)
        self.furniture = Array(repeating: false, count: tree.nodes.count)
        markFurniture(hints: hints)
    }

    /// The article's blocks of text, in page order.
    func article() -> [String] {
        let container = bestContainer()
        let range = container..<tree.nodes[container].end
        var result: [String] = []
        for block in blocks where range.contains(block.owner) {
            guard keep(block, in: container) else { continue }
            // A list item keeps its bullet, so a list still reads as one after its lead-in.
            result.append(block.kind == .listItem ? "• " + block.text : block.text)
        }
        return result
    }

    // MARK: - The title

    /// The `h1` (else `h2`) whose text is the title, or failing a title the first visible `h1`.
    static func titleHeading(in tree: HTMLTree, title: String?) -> Int? {
        let wanted = title.map { HTMLMetadata.clean($0).lowercased() }
        var first: Int?
        for level in [HTMLTree.Tag.h1, .h2] {
            for index in tree.nodes.indices where tree.nodes[index].tag == level {
                let text = HTMLMetadata.clean(tree.text(of: index)).lowercased()
                guard !text.isEmpty else { continue }
                if let wanted, !wanted.isEmpty, text == wanted || (text.count >= 15 && wanted.contains(text)) || (wanted.count >= 15 && text.contains(wanted)) {
                    return index
                }
                if level == .h1, first == nil { first = index }
            }
        }
        return first
    }

    /// Whether node `index` lies inside the subtree of `ancestor` (or is it).
    private func contains(_ ancestor: Int, _ index: Int) -> Bool {
        ancestor <= index && index < tree.nodes[ancestor].end
    }

    // MARK: - Furniture

    /// Marks every node inside an element whose tag or hints say furniture. A hint does not count
    /// on an element that holds the title heading or an element declaring itself the content, nor
    /// — when the page declares its content nowhere else — on one holding most of the page's prose:
    /// such hints describe the page (`has-sidebar`), not a side box.
    private mutating func markFurniture(hints: [ContentHints]) {
        var isDeclared = Array(repeating: false, count: tree.nodes.count)
        for index in tree.nodes.indices {
            if hints[index].declaresContent, !hints[index].negative {
                isDeclared[index] = true
                declared.append(index)
            }
        }
        var holdsContent = isDeclared
        if let titleHeading { holdsContent[titleHeading] = true }
        for index in tree.nodes.indices.reversed() where holdsContent[index] && tree.nodes[index].parent >= 0 {
            holdsContent[tree.nodes[index].parent] = true
        }
        prose = subtreeSums { Self.isProse($0) ? $0.chars : 0 }
        let totalProse = prose[0]
        let teasers = teaserItems()
        for index in tree.nodes.indices where !tree.nodes[index].isText {
            let parent = tree.nodes[index].parent
            if parent >= 0, furniture[parent], !isDeclared[index] {
                furniture[index] = true
                continue
            }
            let negative = hints[index].negative || teasers.contains(index) || tree.nodes[index].tag.isFurniture
            guard negative, !holdsContent[index] else { continue }
            let declaredElsewhere = declared.contains {
                !contains(index, $0) && !contains($0, index) && prose[$0] * 10 >= totalProse * 3
            }
            if declaredElsewhere || prose[index] * 2 < totalProse { furniture[index] = true }
        }
    }

    /// Items of a teaser list: three or more sibling elements alike in tag and class, most of them
    /// short and opening with a link — a headline pointing to another article. A list set among
    /// the paragraphs of running text (a news round-up's items) is part of that text instead.
    func teaserItems() -> Set<Int> {
        let chars = subtreeSums(\.chars)
        let linkChars = subtreeSums(\.linkChars)
        let starts = blocks.map(\.start)
        func opensWithLink(_ index: Int) -> Bool {
            let first = starts.partitioningIndex { $0 >= index }
            return first < blocks.count && blocks[first].start < tree.nodes[index].end && blocks[first].startsWithLink
        }
        func isItem(_ index: Int) -> Bool {
            chars[index] <= 1000 && linkChars[index] >= 15 && opensWithLink(index)
        }
        var paragraphChars = Array(repeating: 0, count: tree.nodes.count)  // per element: prose in its own <p> children
        for block in blocks where block.kind == .paragraph && Self.isProse(block) {
            let parent = tree.nodes[block.owner].parent
            if parent >= 0 { paragraphChars[parent] += block.chars }
        }
        /// Sibling elements alike in tag and class.
        struct Kin: Hashable {
            var tag: HTMLTree.Tag
            var classes: String
        }
        var teasers = Set<Int>()
        var candidates: [Int] = []
        for parent in tree.nodes.indices where !tree.nodes[parent].isText {
            let isList = tree.nodes[parent].tag == .ul || tree.nodes[parent].tag == .ol
            let surroundings = isList ? max(tree.nodes[parent].parent, 0) : parent
            if paragraphChars[surroundings] >= 150 { continue }
            candidates.removeAll(keepingCapacity: true)
            var itemCount = 0
            for child in tree.children(of: parent) where tree.nodes[child].tag.mayListTeasers {
                candidates.append(child)
                if isItem(child) { itemCount += 1 }
            }
            // Any group of teasers needs three items: most parents have fewer, and need no grouping.
            guard itemCount >= 3 else { continue }
            var groups: [Kin: [Int]] = [:]
            for child in candidates {
                groups[Kin(tag: tree.nodes[child].tag, classes: tree.attribute(.class, of: child) ?? ""), default: []].append(child)
            }
            for members in groups.values where members.count >= 3 {
                let items = members.filter(isItem)
                if items.count >= 3, items.count * 5 >= members.count * 3 { teasers.formUnion(items) }
            }
        }
        return teasers
    }

    /// Per node, the sum of `value` over the blocks inside it.
    private func subtreeSums<Value: AdditiveArithmetic>(_ value: (TextBlock) -> Value) -> [Value] {
        var sums = Array(repeating: Value.zero, count: tree.nodes.count)
        for block in blocks { sums[block.owner] += value(block) }
        for index in tree.nodes.indices.reversed() where tree.nodes[index].parent >= 0 {
            sums[tree.nodes[index].parent] += sums[index]
        }
        return sums
    }

    /// Running text: long enough, punctuated, mostly not links.
    private static func isProse(_ block: TextBlock) -> Bool {
        block.chars >= 60 && block.linkDensity < 0.3 && block.punctuation >= 1
    }

    // MARK: - Choosing the container

    /// How much a block speaks for the element holding it being the article.
    func weight(_ block: TextBlock) -> Double {
        let chars = Double(block.chars)
        let density = block.linkDensity
        if furniture[block.owner] { return -chars * 0.5 }
        if Self.isSiteNotice(block) { return -chars }
        if density > 0.5 { return -chars * density * 0.5 }
        if block.chars < 25 { return block.punctuation > 0 ? 0 : -3 }
        var weight = chars * (1 - 1.5 * density)
        if block.kind == .paragraph { weight *= 1.25 }
        if block.punctuation == 0 { weight *= block.chars >= 100 ? 0.5 : 0 }
        return weight
    }

    /// The element whose blocks weigh most in sum (the document when nothing weighs for).
    /// Among several `<article>` elements, the one holding the title, else the weightiest: a page
    /// that lists several articles is one article followed by teasers for others.
    private func bestContainer() -> Int {
        let score = subtreeSums(weight)
        func best(in range: Range<Int>) -> Int? {
            var best: Int?
            var bestScore = 0.0
            for index in range where !tree.nodes[index].isText && score[index] > bestScore {
                best = index
                bestScore = score[index]
            }
            return best
        }
        // A page too short to weigh anything: all of it, less its furniture.
        guard var container = best(in: tree.nodes.indices) else { return 0 }
        // A declared body holding most of the container's prose narrows it, with the title's
        // heading if that stands outside: a table-layout portal's `td.isiberita` among its columns.
        if let body = declared.filter({ $0 != container && contains(container, $0) && prose[$0] * 10 >= prose[container] * 6 }).first {
            var narrowed = body
            if let heading = titleHeading, contains(container, heading) {
                while !contains(narrowed, heading) { narrowed = tree.nodes[narrowed].parent }
            }
            container = narrowed
        }
        // Outermost <article> elements inside the container.
        var articles: [Int] = []
        var index = container + 1
        while index < tree.nodes[container].end {
            if tree.nodes[index].tag == .article, score[index] > 0 {
                articles.append(index)
                index = tree.nodes[index].end
            } else {
                index += 1
            }
        }
        guard articles.count >= 2 else { return container }
        let holdingTitle = articles.first { article in titleHeading.map { contains(article, $0) } ?? false }
        let chosen = holdingTitle ?? articles.max { score[$0] < score[$1] }!
        return best(in: chosen..<tree.nodes[chosen].end) ?? container
    }

    // MARK: - Keeping blocks

    private func keep(_ block: TextBlock, in container: Int) -> Bool {
        if furniture[block.owner], !furniture[container] { return false }
        if block.linkDensity > (block.kind == .quote ? 0.9 : 0.5) { return false }
        if Self.isCrossReference(block.text) || Self.isSiteNotice(block) { return false }
        return true
    }

    /// A copyright line: the site's, not the article's.
    static func isSiteNotice(_ block: TextBlock) -> Bool {
        guard block.chars < 300 else { return false }
        return block.text.containsIgnoringASCIICase(anyOf: siteNoticeWords)
    }

    private static let siteNoticeWords = ["©", "copyright", "hak cipta", "all rights reserved"].map { Array($0.utf8) }

    /// "Baca juga: …" and its kin: a pointer to another article, not part of this one.
    static func isCrossReference(_ text: String) -> Bool {
        let opening = text.prefix(24).lowercased()
        return [
            "baca juga", "baca pula", "lihat juga", "simak juga", "berita terkait", "artikel terkait", "read also", "read more",
            "see also", "related:",
        ]
            .contains { opening.hasPrefix($0) }
    }
}

extension HTMLTree.Tag {
    /// Elements that are page furniture whatever their content: navigation, asides, footers and
    /// captions.
    fileprivate var isFurniture: Bool {
        switch self {
        case .nav, .aside, .footer, .figcaption: true
        default: false
        }
    }

    /// Block elements that can be the items of a teaser list: not paragraphs, headings, table
    /// rows, quotes or preformatted text, which run in series in any article.
    fileprivate var mayListTeasers: Bool {
        switch self {
        case .p, .h1, .h2, .h3, .h4, .h5, .h6, .tr, .blockquote, .pre: false
        default: isBlock
        }
    }
}

extension Array {
    /// The first index whose element satisfies `predicate`, for an array partitioned so that all
    /// elements failing it come first (binary search).
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
