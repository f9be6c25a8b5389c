import NoticeKit

/// A stretch of a notice's printed text around the first place a query matches, and where it matches.
///
/// The FTS5 column holds tokens, not text, so the match is found again here, in the stored text: both
/// it and the query are folded character by character (`ScriptFolding.matchingKey`), which keeps every
/// offset in the folded text an offset in the printed one.
struct Snippet: Sendable, Equatable {
    var text: String
    /// In Unicode scalars of `text`, in order, not overlapping.
    var highlights: [Span]

    static let before = 20
    static let length = 90

    init(of printed: String, query: String) {
        let scalars = Array(printed.unicodeScalars)
        let haystack = Self.comparable(printed, count: scalars.count)
        let needles: [[Unicode.Scalar]] = SearchRun.runs(of: ScriptFolding.matchingKey(query)).map {
            switch $0 {
            case .han(let characters): characters
            case .word(let word): Array(word.unicodeScalars)
            }
        }
        var matches = [Span]()
        for needle in needles {
            var start = 0
            while let found = Self.find(needle, in: haystack, from: start) {
                matches.append(Span(start: found, end: found + needle.count))
                start = found + 1
            }
        }
        matches.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        let first = matches.first?.start ?? 0
        let start = max(0, min(first - Self.before, scalars.count - Self.length))
        let end = min(scalars.count, start + Self.length)
        let lead = start > 0 ? "…" : ""
        var view = String.UnicodeScalarView(lead.unicodeScalars)
        for scalar in scalars[start..<end] {
            view.append(scalar == "\n" || scalar == "\r" ? " " : scalar)
        }
        if end < scalars.count { view.append("…") }
        text = String(view)
        let shift = lead.unicodeScalars.count - start
        var merged = [Span]()
        for match in matches where match.start >= start && match.end <= end {
            let span = Span(start: match.start + shift, end: match.end + shift)
            if let last = merged.last, span.start <= last.end {
                merged[merged.count - 1].end = max(last.end, span.end)
            } else {
                merged.append(span)
            }
        }
        highlights = merged
    }

    /// The text with each scalar as the query side writes it: Simplified, lowercase, narrow.
    private static func comparable(_ printed: String, count: Int) -> [Unicode.Scalar] {
        let folded = Array(ScriptFolding.matchingKey(printed).unicodeScalars)
        let source = folded.count == count ? folded : Array(printed.unicodeScalars)
        return source.map { scalar in
            if case .word(let narrow) = ScalarClass(scalar) { return narrow }
            return scalar
        }
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int? {
        guard let head = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == head, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
