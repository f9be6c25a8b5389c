/// A span of the notice's text between `⟦` and `⟧`, with as much of its line on either side as fits: the
/// damaged characters alone rarely say where they are.
struct TextExcerpt: Sendable {
    /// What comes before the excerpt on its line, such as a key.
    var lead: StyledLine
    var scalars: [Unicode.Scalar]
    var span: Span

    func line(room: Int) -> StyledLine {
        let start = Swift.min(Swift.max(span.start, 0), scalars.count)
        let end = Swift.min(Swift.max(span.end, start), scalars.count)
        let marked = Self.string(scalars[start..<end])
        let lineStart = scalars[..<start].lastIndex(of: "\n").map { $0 + 1 } ?? 0
        let lineEnd = scalars[end...].firstIndex(of: "\n") ?? scalars.count
        let before = scalars[lineStart..<start]
        let after = scalars[end..<lineEnd]

        // Context goes to the side that has it: a span at the start of a line gets it all after.
        let context = Swift.max(0, room - lead.width - DisplayWidth.of(marked) - 2)
        let beforeWidth = Self.width(before)
        let afterWidth = Self.width(after)
        let afterRoom = Swift.min(afterWidth, context - Swift.min(beforeWidth, context / 2))
        let beforeRoom = Swift.min(beforeWidth, context - afterRoom)

        var line = lead
        line.append(Self.tail(of: before, fitting: beforeRoom), .quiet)
        line.append("⟦", .quiet)
        line.append(marked, .excerpt)
        line.append("⟧", .quiet)
        line.append(Self.head(of: after, fitting: afterRoom), .quiet)
        return line
    }

    private static func width(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        scalars.reduce(0) { $0 + DisplayWidth.of($1) }
    }

    private static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }

    private static func head(of scalars: ArraySlice<Unicode.Scalar>, fitting room: Int) -> String {
        if width(scalars) <= room { return string(scalars) }
        guard room > 0 else { return "" }
        var used = 0
        var kept = [Unicode.Scalar]()
        for scalar in scalars {
            used += DisplayWidth.of(scalar)
            if used > room - 1 { break }
            kept.append(scalar)
        }
        return string(kept) + "…"
    }

    private static func tail(of scalars: ArraySlice<Unicode.Scalar>, fitting room: Int) -> String {
        if width(scalars) <= room { return string(scalars) }
        guard room > 0 else { return "" }
        var used = 0
        var kept = [Unicode.Scalar]()
        for scalar in scalars.reversed() {
            used += DisplayWidth.of(scalar)
            if used > room - 1 { break }
            kept.append(scalar)
        }
        return "…" + string(kept.reversed())
    }
}
