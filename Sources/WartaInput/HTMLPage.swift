/// What a web page says: its metadata and its article's blocks of text.
struct HTMLPage {
    var title: String?
    var published: String?
    var author: String?
    /// The page header's written date, when no machine-readable date says it and the article does
    /// not hold it already.
    var writtenDate: String?
    /// The article's blocks in order, without the title.
    var article: [String]

    /// Longest heading taken as the title in place of a shorter social title.
    static let maximumTitleLength = 200

    init(_ tree: HTMLTree) {
        let hints = ContentHints.all(in: tree)
        let metadata = HTMLMetadata(tree, hints: hints)
        title = metadata.title
        published = metadata.published
        author = metadata.author
        article = ArticleExtractor(tree, hints: hints, title: title).article()
        // The article's own heading repeats the title, which the document puts first anyway: drop
        // it, whether a block of its own or the first line of one.
        if let shortTitle = title, let first = article.first {
            var lines = first.split(separator: "\n", omittingEmptySubsequences: false)
            let heading = HTMLMetadata.clean(String(lines[0]))
            // A social title may be the heading cut short (`… Larang Tes Calistung` for `… Larang
            // Tes Calistung, 118 Satuan PAUD Ikut Bimtek`): the heading is the whole title.
            if heading.count > shortTitle.count, heading.count <= Self.maximumTitleLength,
               heading.lowercased().hasPrefix(shortTitle.lowercased()) {
                title = heading
            }
            if heading == title {
                lines.removeFirst()
                if lines.isEmpty { article.removeFirst() } else { article[0] = lines.joined(separator: "\n") }
            }
        }
        writtenDate = metadata.writtenDate.flatMap { date in article.contains { $0.contains(date) } ? nil : date }
    }
}
