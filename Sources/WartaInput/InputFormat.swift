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
        // Markup is ASCII: lower-cased bytes answer without a Unicode case map or string search.
        let opening = start.prefix(2048).utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
        func opens(_ prefix: String) -> Bool { opening.starts(with: prefix.utf8) }
        func shows(_ tag: String) -> Bool { opening.firstRange(of: Array(tag.utf8)) != nil }
        if opens("<!doctype html") || opens("<html") { return .html }
        if opens("<?xml"), shows("<html") || shows("<!doctype html") { return .html }
        let followers: [UInt8] = [UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r")]
        for tag in ["<html", "<head", "<body", "<p"] {
            var rest = opening[...]
            while let found = rest.firstRange(of: Array(tag.utf8)) {
                if let next = rest[found.upperBound...].first, followers.contains(next) { return .html }
                rest = rest[found.upperBound...]
            }
        }
        return .text
    }
}
