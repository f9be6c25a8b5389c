/// The body's numbered hierarchy: preamble, sections by level, closing.
struct SectionParser {
    struct Result {
        var preamble: [String] = []
        var sections: [Section] = []
        var closing: [String] = []
    }

    /// Openings of a closing paragraph that follows a section with a standalone heading.
    static let closingOpenings = ["特此", "此复", "此函", "专此", "妥否", "当否", "以上", "请予", "现予", "请认真", "请结合"]
    private static let longestOpening = closingOpenings.map(\.unicodeScalars.count).max() ?? 0

    /// True when the paragraph opens with a closing formula, in either script.
    static func opensClosingFormula(_ scalars: some Collection<Unicode.Scalar>) -> Bool {
        let opening = ScriptFolding.matchingKey(scalars.prefix(longestOpening))
        return closingOpenings.contains { opening.starts(with: $0.unicodeScalars) }
    }

    /// An open section while the tree is built: its node, its style's rank, and how its heading was printed.
    private struct Open {
        var section: Section
        var style: SectionMarker.Style
        var runIn: Bool
        /// The item is one sentence, its heading ending at the line's full stop.
        var sentence: Bool
    }

    func parse(_ paragraphs: [Paragraph]) -> Result {
        var result = Result()
        var path = [Open]()
        /// Paragraphs after the newest section that may turn out to be the closing.
        var trailing = [Paragraph]()
        var lastRunIn = false

        func close(downTo depth: Int) {
            while path.count > depth {
                let finished = path.removeLast()
                if path.isEmpty {
                    result.sections.append(finished.section)
                } else {
                    path[path.count - 1].section.children.append(finished.section)
                }
            }
        }

        for paragraph in paragraphs {
            guard let marker = SectionMarker.parse(paragraph.scalars) else {
                if path.isEmpty {
                    result.preamble.append(paragraph.text)
                } else {
                    trailing.append(paragraph)
                }
                continue
            }
            flush(&trailing, into: &path)
            if let depth = path.firstIndex(where: { $0.style == marker.style }) {
                close(downTo: depth)
            } else {
                while let top = path.last, top.style.rank > marker.style.rank { close(downTo: path.count - 1) }
            }
            let (heading, rest, runIn) = Self.heading(after: marker, in: paragraph.scalars)
            var section = Section(
                label: marker.label, style: marker.style.rawValue, ordinal: marker.ordinal,
                level: path.count + 1, heading: heading)
            if let rest { section.paragraphs.append(rest) }
            let sentence = !runIn && paragraph.scalars.trimmed().last.map { $0 == "。" || $0 == "｡" } == true
            path.append(Open(section: section, style: marker.style, runIn: runIn, sentence: sentence))
            lastRunIn = runIn
        }
        if !path.isEmpty {
            // After a run-in item every unnumbered paragraph closes the notice; after a standalone heading
            // its first paragraph is its text and only recognizable closing formulas close the notice. One-
            // sentence items in a row (`一、…予以废止。` `二、…做好衔接工作。`) have no text of their own, so
            // what follows the last of them closes the notice too.
            let last = path[path.count - 1]
            let previous = path.count > 1 ? path[path.count - 2].section.children.last : result.sections.last
            let afterList = last.sentence && previous.map { $0.paragraphs.isEmpty && $0.children.isEmpty } == true
            var keep = [String]()
            var closing = [String]()
            for (position, paragraph) in trailing.enumerated() {
                let isFormula = Self.opensClosingFormula(paragraph.scalars)
                if lastRunIn || afterList || isFormula || (position > 0 && !closing.isEmpty) {
                    closing.append(paragraph.text)
                } else {
                    keep.append(paragraph.text)
                }
            }
            path[path.count - 1].section.paragraphs += keep
            result.closing = closing
        }
        close(downTo: 0)
        return result
    }

    private func flush(_ trailing: inout [Paragraph], into path: inout [Open]) {
        guard !trailing.isEmpty, !path.isEmpty else { return }
        path[path.count - 1].section.paragraphs += trailing.map(\.text)
        trailing.removeAll()
    }

    /// A heading ends at the first `。`; without one the line is the heading, less a trailing colon.
    /// Returns the text after the heading, if any, and whether the heading was run in. A heading spaced
    /// out for layout (`总 体 情 况`) loses the spaces, as a title does.
    static func heading(after marker: SectionMarker, in line: Scalars) -> (String, String?, Bool) {
        let content = Array(line[marker.length...]).trimmed()
        if let stop = content.indices.first(where: { isFullStop(content, at: $0) }) {
            let heading = NoticeAnalyzer.withoutLayoutSpaces(Array(content[..<stop]).trimmed())
            let rest = Array(content[(stop + 1)...]).trimmed()
            return (heading, rest.isEmpty ? nil : rest.string, !rest.isEmpty)
        }
        var heading = content
        while let last = heading.last, last.isColon || last == "；" || last == ";" || last == "." { heading.removeLast() }
        return (NoticeAnalyzer.withoutLayoutSpaces(heading.trimmed()), nil, false)
    }

    /// `。`, its half-width form `｡`, or a `.` between Han characters (or after a closing bracket or
    /// quote, before a Han character or a digit: `情况.2025年…`), as text with half-width punctuation ends
    /// its sentences; a `.` after a digit or a letter is a decimal point or an abbreviation.
    private static func isFullStop(_ scalars: Scalars, at index: Int) -> Bool {
        switch scalars[index] {
        case "。", "｡": true
        case ".":
            index > 0 && index + 1 < scalars.count && (scalars[index + 1].isHan || scalars[index + 1].isASCIIDigit)
                && (scalars[index - 1].isHan || scalars[index - 1].isCloseParen || "”’」』\"".unicodeScalars.contains(scalars[index - 1]))
        default: false
        }
    }
}
