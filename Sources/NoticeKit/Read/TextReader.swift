/// Reads plain text: one paragraph per line, with the lines a PDF conversion wrapped joined again and its
/// page-number lines dropped.
public struct TextReader: Sendable {
    public init() {}

    public func read(_ text: String) -> ReadDocument {
        let lines = Self.lines(of: LayoutNoise.removingEntityLeftovers(text)).filter { !$0.isEmpty && !Self.isPageNumber($0) }
        let width = Self.wrapWidth(of: lines)
        var blocks = [Block]()
        var pending: (text: String, length: Int, wrapped: Bool)?
        for line in lines {
            if let open = pending {
                if let width, open.length >= width - 3, Self.mayContinue(open.text), !SectionMarker.startsSection(line) {
                    pending = (open.text + line, line.count, true)
                    continue
                }
                blocks.append(Block(open.text, hints: open.wrapped ? .lineWrapped : []))
            }
            pending = (line, line.count, false)
        }
        if let open = pending { blocks.append(Block(open.text, hints: open.wrapped ? .lineWrapped : [])) }
        return ReadDocument(blocks: blocks)
    }

    /// Lines split at LF, CRLF or a lone CR, with indentation and trailing blanks trimmed.
    static func lines(of text: String) -> [String] {
        var lines = [String]()
        var current = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                lines.append(String(current).trimmingLayout())
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(scalar)
            }
        }
        lines.append(String(current).trimmingLayout())
        return lines
    }

    /// `— 2 —`, `- 12 -`, `－3－`, `第2页`, `第 2 页 共 5 页`.
    static func isPageNumber(_ line: String) -> Bool {
        // Page numbers are short; most lines are not, and need no closer look.
        guard line.utf8.count <= 48 else { return false }
        let compact = line.filter { !$0.isWhitespace }
        let dashes: Set<Character> = ["—", "－", "-", "–", "‐", "─"]
        let core = compact.drop { dashes.contains($0) }.reversed().drop { dashes.contains($0) }.reversed()
        if core.count < compact.count, !core.isEmpty, core.count <= 4, core.allSatisfy(\.isASCIIDigitLike) {
            return true
        }
        guard compact.hasPrefix("第"), let page = compact.firstIndex(of: "页") else { return false }
        let number = compact[compact.index(after: compact.startIndex)..<page]
        guard !number.isEmpty, number.allSatisfy(\.isASCIIDigitLike) else { return false }
        let rest = compact[compact.index(after: page)...]
        return rest.isEmpty || (rest.hasPrefix("共") && rest.hasSuffix("页") && rest.dropFirst().dropLast().allSatisfy(\.isASCIIDigitLike))
    }

    /// The line length a PDF conversion wrapped at, when many lines share it; nil for unwrapped text.
    ///
    /// Lengths count characters: GB/T 9704 sets 28 to a line, and half-width digits make a full line
    /// only a little longer, hence the tolerance.
    static func wrapWidth(of lines: [String]) -> Int? {
        let lengths = lines.map(\.count).filter { $0 >= 12 }.sorted()
        guard lengths.count >= 3 else { return nil }
        let typical = lengths[lengths.count * 9 / 10]
        let near = lengths.filter { $0 >= typical - 3 && $0 <= typical + 3 }.count
        return near * 5 >= lengths.count * 2 && near >= 3 ? typical : nil
    }

    /// A wrapped line runs on unless it ends a sentence or a label, is a parenthesized remark, or is
    /// laid out with runs of spaces (a number beside 签发人, a signature beside its date).
    private static func mayContinue(_ line: String) -> Bool {
        guard let last = line.last, !"。：:！!？?；;".contains(last) else { return false }
        if (line.first == "（" || line.first == "(") && (last == "）" || last == ")") { return false }
        return !line.contains("　　") && !line.contains("  ")
    }
}
