/// A record as one self-contained HTML page: the notice's text with every extracted element marked in its
/// own color, damaged text struck through with its repair, and the record's fields beside it, each tied to
/// its places in the text. Inline style and script only, so it opens offline and can be attached to an issue.
public struct AnnotatedPage: Sendable {
    public init() {}

    public func render(_ notice: Notice) -> String {
        let elements = PageElement.elements(of: notice)
        let name = notice.source.path ?? "<stdin>"
        var html = """
            <!DOCTYPE html>
            <html lang="zh">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(notice.title ?? name)) · noticekit inspect</title>
            <style>
            \(PageAssets.css)
            </style>
            </head>
            <body>
            <header>
            <h1>\(HTMLText.escape(notice.title ?? name))</h1>

            """
        var source = "\(name) · \(notice.source.format.rawValue) · \(notice.source.encoding) · \(notice.script.rawValue)"
        source += " · \(notice.source.byteCount) bytes · sha256 \(notice.source.sha256)"
        html += "<div class=\"source\">\(HTMLText.escape(source))</div>\n"
        html += legend(elements)
        html += "<div class=\"hint\">Hover a mark or a field to light up both; click one to scroll to the other.</div>\n"
        html += "</header>\n<main>\n<article class=\"text\">\n"
        html += MarkedText.html(notice.text, elements: elements)
        html += "\n</article>\n<aside class=\"record\">\n"
        html += RecordPanel(notice: notice, elements: elements).html
        html += "</aside>\n</main>\n<script>\n\(PageAssets.script)\n</script>\n</body>\n</html>\n"
        return html
    }

    /// Each kind the record has, with how many of its elements the text shows.
    private func legend(_ elements: [PageElement]) -> String {
        let entries = PageElement.Kind.allCases.compactMap { kind -> String? in
            let ofKind = elements.filter { $0.kind == kind }
            guard !ofKind.isEmpty else { return nil }
            let placed = ofKind.filter { !$0.places.isEmpty }.count
            let count = placed == ofKind.count ? "\(placed)" : "\(placed) of \(ofKind.count) marked"
            return "<span class=\"k-\(kind.rawValue)\"><span class=\"swatch\"></span>\(HTMLText.escape(kind.label)) \(count)</span>"
        }
        return "<div class=\"legend\">" + entries.joined(separator: " ") + "</div>\n"
    }
}
