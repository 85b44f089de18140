/// What a web page says: its metadata and its article's blocks of text.
struct HTMLPage {
    var title: String?
    var published: String?
    var author: String?
    /// The article's blocks in order, without the title.
    var article: [String]

    init(_ tree: HTMLTree) {
        let metadata = HTMLMetadata(tree)
        title = metadata.title
        published = metadata.published
        author = metadata.author
        article = ArticleExtractor(tree, title: title).article()
        // The article's own heading repeats the title, which the document puts first anyway.
        if let title, let first = article.first, HTMLMetadata.clean(first) == title { article.removeFirst() }
    }
}
