/// The record's text as HTML paragraphs with every place of every element wrapped in a mark. Places overlap
/// (a date inside a heading, a diagnostic inside a recipient list) and HTML elements only nest, so a mark
/// that crosses another, or a line break, is cut into fragments that share its `data-ref`.
enum MarkedText {
    private struct Mark {
        var element: PageElement
        var start: Int
        var end: Int
        /// Position in the element list, so marks that start and end together keep a fixed order.
        var order: Int
    }

    static func html(_ text: String, elements: [PageElement]) -> String {
        let scalars = Array(text.unicodeScalars)
        var marks = [Mark]()
        for element in elements {
            for place in element.places where place.start >= 0 && place.start < place.end && place.end <= scalars.count {
                marks.append(Mark(element: element, start: place.start, end: place.end, order: marks.count))
            }
        }
        // Outermost first: a mark that starts earlier, or as early and ends later, holds the others.
        marks.sort { ($0.start, -$0.end, $0.order) < ($1.start, -$1.end, $1.order) }

        var cuts: Set = [0, scalars.count]
        for mark in marks {
            cuts.insert(mark.start)
            cuts.insert(mark.end)
        }
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" {
            cuts.insert(offset)
            cuts.insert(offset + 1)
        }
        let points = cuts.sorted()

        var html = "<p>"
        var open = [Int]()
        var labelled = Set<Int>()
        for (start, end) in zip(points, points.dropFirst()) {
            let isBreak = scalars[start] == "\n"
            let wanted = isBreak ? [] : marks.indices.filter { marks[$0].start <= start && marks[$0].end >= end }
            let kept = zip(open, wanted).prefix { $0 == $1 }.count
            for index in open[kept...].reversed() { html += closing(marks[index], at: start) }
            open.removeLast(open.count - kept)
            for index in wanted[kept...] {
                html += opening(marks[index], labelled: labelled.insert(index).inserted)
                open.append(index)
            }
            html += isBreak ? "</p>\n<p>" : HTMLText.escape(string(scalars[start..<end]))
        }
        for index in open.reversed() { html += closing(marks[index], at: scalars.count) }
        return html + "</p>"
    }

    private static func tag(_ mark: Mark) -> String {
        mark.element.kind == .damage ? "del" : "mark"
    }

    /// The label goes on a place's first fragment only: a heading cut in three by dates is one heading.
    private static func opening(_ mark: Mark, labelled first: Bool) -> String {
        let element = mark.element
        var tag = "<\(tag(mark)) class=\"mk k-\(element.kind.rawValue)\" data-ref=\"\(HTMLText.escape(element.id))\""
        tag += " title=\"\(HTMLText.escape(element.summary))\""
        if first { tag += " data-label=\"\(HTMLText.escape(element.kind.label))\"" }
        return tag + ">"
    }

    /// Damaged text is followed by its repair once its last fragment closes.
    private static func closing(_ mark: Mark, at offset: Int) -> String {
        var html = "</\(tag(mark))>"
        if mark.end <= offset, let repair = mark.element.repair {
            html += "<ins class=\"repair k-damage\" data-ref=\"\(HTMLText.escape(mark.element.id))\" title=\"suggested repair\">"
            html += HTMLText.escape(repair) + "</ins>"
        }
        return html
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }
}
