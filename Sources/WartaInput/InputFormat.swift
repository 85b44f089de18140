/// The kind of file a document came from.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Plain text: the decoded file is the document.
    case text
    /// A saved web page: the document is the article's own text, found in the page's markup.
    case html

    /// The format `text` looks like: HTML when it opens (after white space) with a doctype or an
    /// `<html>` tag, or shows `<head>`, `<body>` or `<p>` markup within its first lines.
    static func sniff(_ text: Substring) -> InputFormat {
        // Markup is ASCII: lower-cased bytes answer without a Unicode case map or string search.
        let opening = asciiLowercased(text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).utf8.prefix(2048))
        /// Where `tag` occurs in the opening: the offset just past each occurrence.
        func ends(of tag: String) -> [Int] {
            opening.offsets(of: Array(tag.utf8)).map { $0 + tag.utf8.count }
        }
        if opening.starts(with: "<!doctype html".utf8) || opening.starts(with: "<html".utf8) { return .html }
        if opening.starts(with: "<?xml".utf8), !ends(of: "<html").isEmpty || !ends(of: "<!doctype html").isEmpty { return .html }
        let followers = Set("> \n\t\r".utf8)
        for tag in ["<html", "<head", "<body", "<p"] where ends(of: tag).contains(where: { $0 < opening.count && followers.contains(opening[$0]) }) {
            return .html
        }
        return .text
    }
}
