/// Applies confident repairs to a document's blocks (`convert --repair`), and moves every damage's span
/// to where its text now stands.
struct TextRepair {
    let threshold: Double

    func apply(_ damage: [Damage], to blocks: [Block]) -> (blocks: [Block], damage: [Damage]) {
        var repaired = [Block]()
        var moved = [Damage]()
        var pending = damage.sorted { $0.span.start < $1.span.start }[...]
        var offset = 0
        var shift = 0
        for block in blocks {
            guard !block.text.isEmpty else {
                repaired.append(block)
                continue
            }
            var scalars = Array(block.text.unicodeScalars)
            let end = offset + scalars.count
            var rebuilt = [Unicode.Scalar]()
            var cursor = 0
            while let next = pending.first, next.span.start < end {
                pending.removeFirst()
                let start = next.span.start - offset
                let stop = min(next.span.end - offset, scalars.count)
                rebuilt += scalars[cursor..<start]
                var item = next
                if let suggestion = next.suggestion, next.confidence >= threshold {
                    let replacement = Array(suggestion.unicodeScalars)
                    item.span = Span(start: offset + shift + rebuilt.count, end: offset + shift + rebuilt.count + replacement.count)
                    item.message += " Repaired in this record (--repair)."
                    rebuilt += replacement
                } else {
                    item.span = Span(start: offset + shift + rebuilt.count, end: offset + shift + rebuilt.count + (stop - start))
                    rebuilt += scalars[start..<stop]
                }
                moved.append(item)
                cursor = stop
            }
            rebuilt += scalars[cursor...]
            shift += rebuilt.count - scalars.count
            scalars = rebuilt
            repaired.append(Block(String(String.UnicodeScalarView(scalars)), hints: block.hints))
            offset = end + 1
        }
        return (repaired, moved + pending)
    }
}
