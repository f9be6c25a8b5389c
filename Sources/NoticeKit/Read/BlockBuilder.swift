/// Lays out a subtree of a `MarkupTree` as paragraphs, the way a browser would break it into lines.
struct BlockBuilder {
    let tree: MarkupTree
    /// Subtrees to leave out (boilerplate, the info table).
    var skipped: Set<Int> = []

    static let breaking: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead", "h1", "h2", "h3", "h4",
        "h5", "h6", "section", "article", "blockquote", "pre", "center", "dd", "dt", "dl", "hr", "header",
        "footer", "aside", "main", "figure", "figcaption", "caption", "address", "body", "html", "form",
    ]
    static let invisible: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "select", "button",
        "input", "textarea", "head", "title", "meta", "link",
    ]

    func blocks(in root: Int) -> [Block] {
        var blocks = [Block]()
        var line = ""
        var hints = Block.Hints()
        var closing = [(end: Int, breaks: Bool)]()

        func flush() {
            let text = Self.collapse(line)
            if !text.isEmpty { blocks.append(Block(text, hints: hints)) }
            line = ""
            hints = []
        }

        var index = root
        let stop = tree.nodes[root].end
        while index < stop {
            while let last = closing.last, last.end <= index {
                closing.removeLast()
                if last.breaks { flush() }
            }
            let node = tree.nodes[index]
            switch node.kind {
            case .text:
                if line.isEmpty { hints = hintsAt(index, root: root) }
                line += node.text
                index += 1
            case .comment:
                index += 1
            case .element:
                if skipped.contains(index) || Self.invisible.contains(node.name) || isHidden(index) {
                    index = node.end
                    continue
                }
                let breaks = Self.breaking.contains(node.name)
                if breaks { flush() }
                closing.append((node.end, breaks))
                index += 1
            }
        }
        flush()
        return blocks
    }

    private func isHidden(_ index: Int) -> Bool {
        guard let style = tree.attribute("style", of: index)?.lowercased() else { return false }
        let compact = style.filter { $0 != " " }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// Alignment and cell hints from the nearest enclosing elements, up to the root.
    private func hintsAt(_ index: Int, root: Int) -> Block.Hints {
        var hints = Block.Hints()
        var current = tree.nodes[index].parent
        var alignmentKnown = false
        while let node = current, node >= root {
            let element = tree.nodes[node]
            if !alignmentKnown, let alignment = alignment(of: node) {
                hints.insert(alignment)
                alignmentKnown = true
            }
            switch element.name {
            case "td", "th": hints.insert(.tableCell)
            case "h1", "h2", "h3", "h4", "h5", "h6": hints.insert(.heading)
            default: break
            }
            current = element.parent
        }
        return hints
    }

    private func alignment(of index: Int) -> Block.Hints? {
        let style = (tree.attribute("style", of: index) ?? "").lowercased().filter { $0 != " " }
        let align = (tree.attribute("align", of: index) ?? "").lowercased()
        if style.contains("text-align:right") || align == "right" { return .alignRight }
        if style.contains("text-align:center") || align == "center" { return .alignCenter }
        if style.contains("text-align:left") || style.contains("text-align:justify") || align == "left" { return [] }
        return nil
    }

    /// Collapses HTML white space as CSS does: runs become one space, and a run holding a line break
    /// between two wide (CJK) characters disappears.
    static func collapse(_ raw: String) -> String {
        let raw = LayoutNoise.removingEntityLeftovers(raw)
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var pendingBreak = false
        var previous: Unicode.Scalar?
        for scalar in raw.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" || scalar == "\u{A0}" {
                pendingSpace = true
                if scalar == "\n" || scalar == "\r" { pendingBreak = true }
                continue
            }
            if pendingSpace, let before = previous {
                if !(pendingBreak && before.isWide && scalar.isWide) { out.append(" ") }
            }
            pendingSpace = false
            pendingBreak = false
            out.append(scalar)
            previous = scalar
        }
        return String(out).trimmingLayout()
    }
}
