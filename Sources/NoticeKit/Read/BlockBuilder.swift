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
        // A line's text is gathered as UTF-8 and collapsed from there: joining `String`s piece by piece
        // and then walking their scalars cost more than the rest of laying out the page.
        var line = [UInt8]()
        var hints = Block.Hints()
        var closing = [(end: Int, breaks: Bool, preformatted: Bool)]()
        // Inside `<pre>` (or an element styled `white-space: pre…`) a line break in the text breaks the line.
        var preformatted = 0
        var inherited = [Inherited?](repeating: nil, count: tree.nodes[root].end - root)

        func flush() {
            let text = Self.collapse(utf8: line)
            if !text.isEmpty { blocks.append(Block(text, hints: hints)) }
            line.removeAll(keepingCapacity: true)
            hints = []
        }

        // A row of short cells (`单位 | 联系人 | 电话`, `1. | 附件名称`) is one line, its cells parted by
        // wide spaces, as a typed table prints it; the row ends where this is set.
        var joinedRowEnd = -1
        // A cell that spans rows (`<td rowspan="2">` for an office shared by two people) is printed again in
        // each row it spans, at its column, as a typed table repeats it; one that holds a date is not.
        var spanning = SpannedCells()
        var column = 0
        func addCell(_ text: [UInt8]) {
            if !line.isEmpty { line.append(contentsOf: "　　".utf8) }
            line.append(contentsOf: text)
        }
        var index = root
        let stop = tree.nodes[root].end
        while index < stop {
            while let last = closing.last, last.end <= index {
                closing.removeLast()
                if last.preformatted { preformatted -= 1 }
                if last.end == joinedRowEnd { for text in spanning.take(from: column) { addCell(text) } }
                if last.breaks { flush() }
            }
            let node = tree.nodes[index]
            switch node.kind {
            case .text:
                if line.isEmpty { hints = inheritedHints(inside: node.parent, root: root, inherited: &inherited) }
                if preformatted > 0 {
                    for (number, piece) in node.text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
                        if number > 0 {
                            flush()
                            hints = inheritedHints(inside: node.parent, root: root, inherited: &inherited)
                        }
                        line.append(contentsOf: piece)
                    }
                } else {
                    line.append(contentsOf: node.text.utf8)
                }
                index += 1
            case .comment:
                index += 1
            case .element:
                // The root was chosen for its text: WeChat styles its article `visibility: hidden` until
                // a script shows it.
                if index != root && (skipped.contains(index) || Self.invisible.contains(node.name)) {
                    index = node.end
                    continue
                }
                let style = StyleFacts(node)
                if index != root && style.hidden {
                    index = node.end
                    continue
                }
                if node.name == "table" { spanning = SpannedCells() }
                if node.name == "tr", index >= joinedRowEnd {
                    if isRowOfShortCells(index) {
                        joinedRowEnd = node.end
                        column = 0
                    } else {
                        spanning = SpannedCells()
                    }
                }
                let inJoinedRow = index < joinedRowEnd && (node.name == "td" || node.name == "th")
                if inJoinedRow {
                    let carried = spanning.take(at: column)
                    for text in carried { addCell(text) }
                    column += carried.count
                    let width = node.attributes["colspan"].flatMap { Int($0) }.map { max(1, min($0, 50)) } ?? 1
                    if let rows = node.attributes["rowspan"].flatMap({ Int($0) }), rows > 1 {
                        let text = Self.collapse(utf8: tree.utf8Content(of: index))
                        // A day of a schedule spanning its sessions is printed once: its date is one date.
                        if !text.unicodeScalars.contains("月") { spanning.hold(Array(text.utf8), at: column, rows: min(rows, 200) - 1) }
                    }
                    column += width
                    if !line.isEmpty { line.append(contentsOf: "　　".utf8) }
                }
                let breaks = Self.breaking.contains(node.name) && !inJoinedRow
                    && !(index < joinedRowEnd && Self.cellParagraphs.contains(node.name))
                if breaks { flush() }
                let keepsLines = style.preformatted
                if keepsLines { preformatted += 1 }
                closing.append((node.end, breaks, keepsLines))
                index += 1
            }
        }
        flush()
        return blocks
    }

    /// Cells of earlier rows that span into the rows below, by column.
    private struct SpannedCells {
        private var held = [Int: (text: [UInt8], rows: Int)]()

        mutating func hold(_ text: [UInt8], at column: Int, rows: Int) {
            held[column] = (text, rows)
        }

        /// The texts of held cells at `column` and the columns after it that are held in turn, each
        /// counted as printed once more.
        mutating func take(at column: Int) -> [[UInt8]] {
            var texts = [[UInt8]]()
            var current = column
            while held[current] != nil {
                texts.append(printOnce(current))
                current += 1
            }
            return texts
        }

        /// The held cells from `column` to the row's end, as its last cells.
        mutating func take(from column: Int) -> [[UInt8]] {
            held.keys.sorted().filter { $0 >= column }.map { printOnce($0) }
        }

        private mutating func printOnce(_ column: Int) -> [UInt8] {
            let cell = held[column]!
            held[column] = cell.rows > 1 ? (cell.text, cell.rows - 1) : nil
            return cell.text
        }
    }

    /// The one paragraph a word processor wraps each cell's text in (`<td><p class=MsoNormal>…</p></td>`).
    private static let cellParagraphs: Set<String> = ["p", "div"]

    /// Two cells or more, each holding one short line of text and nothing that breaks it but the one
    /// paragraph it may be wrapped in.
    private func isRowOfShortCells(_ row: Int) -> Bool {
        var cells = 0
        var index = row + 1
        while index < tree.nodes[row].end {
            let node = tree.nodes[index]
            guard node.kind == .element, node.name == "td" || node.name == "th" else {
                index = node.end
                continue
            }
            let inner = (index + 1)..<node.end
            let breaking = tree.nodes[inner].filter { $0.kind == .element && Self.breaking.contains($0.name) }
            guard breaking.count <= 1, breaking.allSatisfy({ Self.cellParagraphs.contains($0.name) }),
                tree.utf8Content(of: index).count <= 120
            else { return false }
            cells += 1
            index = node.end
        }
        return cells >= 2
    }

    /// What an element's own `style` (and tag) says of the text inside it, its style read once.
    private struct StyleFacts {
        var hidden = false
        /// Line breaks in the text break lines: `<pre>`, or `white-space: pre…`.
        var preformatted: Bool

        init(_ node: MarkupTree.Node) {
            preformatted = node.name == "pre"
            guard !node.attributes.isEmpty, let style = node.attributes["style"] else { return }
            let compact = BlockBuilder.compactStyle(style)
            hidden = compact.contains(bytes: "display:none".utf8) || compact.contains(bytes: "visibility:hidden".utf8)
            preformatted = preformatted || compact.contains(bytes: "white-space:pre".utf8)
        }
    }

    /// What an element passes on to the text inside it: the alignment its nearest aligned ancestor (or
    /// itself) sets, and whether it is inside a table cell or a heading.
    private struct Inherited {
        var alignment: Block.Hints?
        var flags: Block.Hints
    }

    /// Alignment and cell hints from the nearest enclosing elements, up to the root. Each element's are
    /// worked out once, from its parent's, and kept in `inherited` (indexed from the root) for all the
    /// text inside it.
    private func inheritedHints(inside element: Int?, root: Int, inherited: inout [Inherited?]) -> Block.Hints {
        var path = [Int]()
        var current = element
        while let node = current, node >= root, inherited[node - root] == nil {
            path.append(node)
            current = tree.nodes[node].parent
        }
        var passed = current.flatMap { $0 >= root ? inherited[$0 - root] : nil } ?? Inherited(alignment: nil, flags: [])
        for node in path.reversed() {
            passed = Inherited(alignment: alignment(of: node) ?? passed.alignment, flags: passed.flags.union(flags(of: node)))
            inherited[node - root] = passed
        }
        return passed.flags.union(passed.alignment ?? [])
    }

    private func flags(of index: Int) -> Block.Hints {
        switch tree.nodes[index].name {
        case "td", "th": .tableCell
        case "h1", "h2", "h3", "h4", "h5", "h6": .heading
        default: []
        }
    }

    private func alignment(of index: Int) -> Block.Hints? {
        let attributes = tree.nodes[index].attributes
        guard !attributes.isEmpty else { return nil }
        let style = attributes["style"].map(Self.compactStyle) ?? []
        let align = attributes["align"]?.lowercased()
        if style.contains(bytes: "text-align:right".utf8) || align == "right" { return .alignRight }
        if style.contains(bytes: "text-align:center".utf8) || align == "center" { return .alignCenter }
        if style.contains(bytes: "text-align:left".utf8) || style.contains(bytes: "text-align:justify".utf8) || align == "left" {
            return []
        }
        return nil
    }

    /// A `style` attribute lowercased and without spaces, so that `Text-Align: Right` reads as `text-align:right`.
    static func compactStyle(_ style: String) -> [UInt8] {
        var style = style
        return style.withUTF8 { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count) { compact, count in
                for byte in bytes where byte != 0x20 {
                    compact[count] = byte.asciiLowercased
                    count += 1
                }
            }
        }
    }

    /// Collapses HTML white space as CSS does: runs become one space, and a run holding a line break
    /// between two wide (CJK) characters disappears.
    static func collapse(_ raw: String) -> String {
        collapse(utf8: Array(raw.utf8))
    }

    /// `collapse` on UTF-8 bytes, which must be valid. Spaces and breaks are ASCII and are told by their
    /// byte; other scalars are decoded only to ask whether they are wide or layout space.
    static func collapse(utf8 raw: [UInt8]) -> String {
        guard raw.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") }) else { return collapsed(raw) }
        let text = String(decoding: raw, as: UTF8.self)
        return collapsed(Array(LayoutNoise.removingEntityLeftovers(LayoutNoise.removingConditionalMarks(text)).utf8))
    }

    private static func collapsed(_ raw: [UInt8]) -> String {
        raw.withUnsafeBufferPointer { input in
            // The result is never longer than the input: a run of space becomes at most one.
            String(unsafeUninitializedCapacity: input.count) { out in
                var count = 0
                // Where the result trimmed of layout space lies, followed as it is written so that
                // trimming takes no second pass.
                var keptStart = -1
                var keptEnd = 0
                var pendingSpace = false
                var pendingBreak = false
                var hasPrevious = false
                var previousIsWide = false
                var index = 0
                while index < input.count {
                    let lead = input[index]
                    switch lead {
                    case 0x20, 0x09, 0x0C:
                        pendingSpace = true
                        index += 1
                        continue
                    case 0x0A, 0x0D:
                        pendingSpace = true
                        pendingBreak = true
                        index += 1
                        continue
                    default:
                        break
                    }
                    let length: Int
                    let isWide: Bool
                    let isLayoutSpace: Bool
                    if (0xE5...0xE9).contains(lead), index + 3 <= input.count {
                        // U+5000–U+9FFF, most of a notice's text: ideographs, wide and never layout
                        // space, so they need no decoding.
                        (length, isWide, isLayoutSpace) = (3, true, false)
                    } else {
                        let decoded = ValidUTF8.scalar(in: input, at: index)
                        if decoded.scalar == "\u{A0}" {
                            pendingSpace = true
                            index += decoded.length
                            continue
                        }
                        (length, isWide, isLayoutSpace) = (decoded.length, decoded.scalar.isWide, decoded.scalar.isLayoutSpace)
                    }
                    if pendingSpace, hasPrevious, !(pendingBreak && previousIsWide && isWide) {
                        out[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    pendingBreak = false
                    let start = count
                    for offset in 0..<length { out[count + offset] = input[index + offset] }
                    count += length
                    if !isLayoutSpace {
                        if keptStart < 0 { keptStart = start }
                        keptEnd = count
                    }
                    hasPrevious = true
                    previousIsWide = isWide
                    index += length
                }
                guard keptStart >= 0 else { return 0 }
                if keptStart > 0 {
                    for offset in 0..<(keptEnd - keptStart) { out[offset] = out[keptStart + offset] }
                }
                return keptEnd - keptStart
            }
        }
    }
}
