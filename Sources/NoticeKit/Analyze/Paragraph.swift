/// A block as the analyzer sees it: its scalars, its place in the record's `text`, and a folded form for
/// matching keywords in either script.
struct Paragraph {
    /// The block's text as read; the same scalars as `scalars`.
    let text: String
    let scalars: Scalars
    let hints: Block.Hints
    /// Scalar offset of the first scalar in the record's `text`.
    let offset: Int
    /// Simplified script with layout spaces removed: `電 話：` → `电话：`. Same length as `squeezed`.
    /// Folded character by character: keywords and labels are matched here, never printed from here.
    let folded: Scalars
    let squeezed: Scalars
    let scriptCounts: ScriptCounts

    init(_ block: Block, offset: Int) {
        text = block.text
        scalars = Scalars(block.text)
        hints = block.hints
        self.offset = offset
        // One look at each scalar tells whether the other two forms differ from it at all (most
        // paragraphs of a Simplified notice have neither a layout space nor a Traditional character),
        // and counts what the notice's script is judged by.
        let tables = ScriptTables.shared
        var spaced = false
        var counts = ScriptCounts()
        for scalar in scalars {
            if scalar.isLayoutSpace {
                spaced = true
                continue
            }
            if tables.isTraditionalOnly(scalar) { counts.traditionalOnly += 1 }
            if tables.isSimplifiedOnly(scalar) { counts.simplifiedOnly += 1 }
        }
        scriptCounts = counts
        squeezed = spaced ? scalars.filter { !$0.isLayoutSpace } : scalars
        folded = counts.traditionalOnly > 0 ? squeezed.map(tables.simplified) : squeezed
    }

    /// The span of scalars `range` of this paragraph in the record's `text`.
    func span(_ range: Range<Int>) -> Span {
        Span(start: offset + range.lowerBound, end: offset + range.upperBound)
    }
}

/// Keyword tests on folded text, so one Simplified spelling matches both scripts and both widths.
extension Paragraph {
    func foldedStarts(with prefixes: [String]) -> Bool {
        prefixes.contains { folded.starts(with: $0.unicodeScalars) }
    }
}
