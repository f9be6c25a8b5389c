import Foundation

/// Layout that leaks into text: HTML space entities that were escaped twice and survive as text
/// (`&nbsp;`), and no-break spaces used to indent. They become plain spaces, which trimming and the
/// analyzer's name handling then treat as layout.
enum LayoutNoise {
    private static let leftovers = ["&amp;nbsp;", "&nbsp;", "&ensp;", "&emsp;", "&#160;", "&#xa0;", "&#12288;", "&#x3000;"]

    /// Word's "Save as HTML" wraps list numbers and line breaks in downlevel-revealed conditionals
    /// (`<![if !supportLists]>一、 <![endif]>`), which an HTML parser hands on as text.
    static func removingConditionalMarks(_ text: String) -> String {
        guard text.contains(bytes: "<![".utf8) else { return text }
        var cleaned = ""
        var rest = text[...]
        while let open = rest.range(of: "<![") {
            cleaned += rest[..<open.lowerBound]
            let mark = rest[open.upperBound...]
            guard let close = mark.range(of: "]>"), mark[..<close.lowerBound].lowercased().hasPrefix("if") || mark[..<close.lowerBound].lowercased() == "endif" else {
                cleaned += "<!["
                rest = mark
                continue
            }
            rest = mark[close.upperBound...]
        }
        return cleaned + rest
    }

    static func removingEntityLeftovers(_ text: String) -> String {
        guard text.contains(bytes: "&".utf8) else { return text }
        var cleaned = text
        for leftover in leftovers where cleaned.contains(leftover) {
            cleaned = cleaned.replacingOccurrences(of: leftover, with: " ", options: .caseInsensitive)
        }
        return cleaned
    }
}
