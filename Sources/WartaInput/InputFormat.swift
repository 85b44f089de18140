/// The kind of file a document came from.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Plain text: the decoded file is the document.
    case text
    /// A saved web page: the document is the article's own text, found in the page's markup.
    case html

    /// The format `text` looks like: HTML when it opens (after white space) with a doctype or an
    /// `<html>` tag, or shows `<head>`, `<body>` or `<p>` markup within its first lines.
    static func sniff(_ text: Substring) -> InputFormat {
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        let opening = start.prefix(2048).lowercased()
        if opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html") { return .html }
        if opening.hasPrefix("<?xml"), opening.contains("<html") || opening.contains("<!doctype html") { return .html }
        for tag in ["<html", "<head", "<body", "<p"] {
            var rest = opening[...]
            while let found = rest.range(of: tag) {
                let next = rest[found.upperBound...].first
                if next == ">" || next == " " || next == "\n" || next == "\t" || next == "\r" { return .html }
                rest = rest[found.upperBound...]
            }
        }
        return .text
    }
}
