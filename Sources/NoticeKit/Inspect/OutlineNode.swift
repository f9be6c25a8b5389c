/// One entry of the outline tree and the entries under it.
struct OutlineNode: Sendable {
    enum Content: Sendable {
        /// Cut with `…` at the width: a field stays on one line so the tree stays scannable.
        case line(StyledLine)
        /// Wrapped at the width: a diagnostic's message is prose someone has to read whole.
        case prose(String, TerminalStyle)
        /// A stretch of the notice's text around a span, given as much context as the indentation leaves room for.
        case excerpt(TextExcerpt)
    }

    var content: Content
    var children: [OutlineNode]

    init(_ line: StyledLine, children: [OutlineNode] = []) {
        content = .line(line)
        self.children = children
    }

    init(_ content: Content, children: [OutlineNode] = []) {
        self.content = content
        self.children = children
    }

    /// The node and its subtree as lines of at most `width` columns, drawn with box-drawing branches.
    func lines(width: Int) -> [StyledLine] {
        var lines = [StyledLine]()
        Self.draw(self, first: "", rest: "", width: width, into: &lines)
        return lines
    }

    private static func draw(
        _ node: OutlineNode, first: String, rest: String, width: Int, into lines: inout [StyledLine]
    ) {
        let room = width - DisplayWidth.of(first)
        switch node.content {
        case .line(let line):
            lines.append(branch(first, line, width: width))
        case .excerpt(let excerpt):
            lines.append(branch(first, excerpt.line(room: room), width: width))
        case .prose(let text, let style):
            for (index, piece) in DisplayWidth.wrap(text, to: Swift.max(room, 1)).enumerated() {
                lines.append(branch(index == 0 ? first : rest, StyledLine(piece, style), width: width))
            }
        }
        for (index, child) in node.children.enumerated() {
            let last = index == node.children.count - 1
            draw(child, first: rest + (last ? "└─ " : "├─ "), rest: rest + (last ? "   " : "│  "),
                 width: width, into: &lines)
        }
    }

    private static func branch(_ prefix: String, _ line: StyledLine, width: Int) -> StyledLine {
        var drawn = StyledLine(prefix, .quiet)
        drawn.append(line)
        return drawn.truncated(to: width)
    }
}
