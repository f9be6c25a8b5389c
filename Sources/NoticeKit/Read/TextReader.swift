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
    /// White space of any width, and the invisible marks Word and web editors leave in text.
    var isLayoutSpace: Bool {
        switch value {
        case 0x20, 0x09...0x0D, 0xA0, 0x3000, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0xFEFF, 0x1680, 0x85: true
        default: false
        }
    }
}
