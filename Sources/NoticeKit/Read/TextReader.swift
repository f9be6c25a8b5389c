/// Reads plain text: one paragraph per line, with the lines a PDF conversion wrapped joined again and its
/// page-number lines dropped.
public struct TextReader: Sendable {
    public init() {}

    public func read(_ text: String) -> ReadDocument {
        let lines = Self.lines(of: text).filter { !$0.isEmpty && !Self.isPageNumber($0) }
        let width = Self.wrapWidth(of: lines)
        var blocks = [Block]()
        var pending: (text: String, width: Int, wrapped: Bool)?
        for line in lines {
            if let open = pending {
                if let width, open.width >= width - 2, Self.mayContinue(open.text), !SectionMarker.startsSection(line) {
                    pending = (open.text + line, Self.displayWidth(line), true)
                    continue
                }
                blocks.append(Block(open.text, hints: open.wrapped ? .lineWrapped : []))
            }
            pending = (line, Self.displayWidth(line), false)
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

    /// The width a PDF conversion wrapped at, when most long lines share it; nil for unwrapped text.
    static func wrapWidth(of lines: [String]) -> Int? {
        let widths = lines.map(displayWidth).filter { $0 >= 30 }
        guard widths.count >= 3 else { return nil }
        var counts = [Int: Int]()
        for width in widths { counts[width, default: 0] += 1 }
        guard let widest = counts.keys.max() else { return nil }
        let near = widths.filter { $0 >= widest - 2 }.count
        return near * 3 >= widths.count && near >= 3 ? widest : nil
    }

    /// Columns on paper: wide (CJK and full-width) characters take two, others one.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.isWide ? 2 : 1) }
    }

    /// A wrapped line runs on unless it ends a sentence or a label.
    private static func mayContinue(_ line: String) -> Bool {
        guard let last = line.last else { return false }
        return !"。：:！!？?；;".contains(last)
    }
}

extension Character {
    var isASCIIDigitLike: Bool { isNumber && (isASCII || ("０"..."９").contains(self)) }
}

extension Unicode.Scalar {
    /// East Asian wide or full-width: CJK ideographs, kana, hangul, full-width forms and CJK punctuation.
    var isWide: Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD, 0x201C, 0x201D, 0x2018, 0x2019, 0x2014, 0x2026:
            true
        default:
            false
        }
    }
}

extension String {
    /// Without leading and trailing whitespace of any width (ASCII, no-break, ideographic).
    func trimmingLayout() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isLayoutSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isLayoutSpace })!
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    var isLayoutSpace: Bool {
        properties.isWhitespace || value == 0xFEFF || value == 0x200B
    }
}
