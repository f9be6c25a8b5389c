/// Reads plain text: one paragraph per line, with the lines a PDF conversion wrapped joined again and its
/// page-number lines dropped.
public struct TextReader: Sendable {
    public init() {}

    public func read(_ text: String) -> ReadDocument {
        let all = Self.lines(of: LayoutNoise.removingEntityLeftovers(text))
        let (lines, afterBreak) = Self.printedLines(all.lines, indents: all.indents)
        return ReadDocument(blocks: Self.joiningWrappedLines(lines.map { Block($0) }, afterBreak: afterBreak))
    }

    /// The lines with those a fixed width wrapped joined again. Each joined block keeps the hints of its
    /// first line. Lines of no common width are returned as they are.
    static func joiningWrappedLines(_ lines: [Block], afterBreak: [Bool]? = nil) -> [Block] {
        // Blocks of a web page are its paragraphs, save a page laid out line by line, where hardly a line
        // runs past 60 characters (180 bytes); the long paragraphs of any other page tell so at once.
        if afterBreak == nil, lines.count(where: { $0.text.utf8.count > 180 }) * 4 > lines.count { return lines }
        // A page sets half-width digits in half the room, a converter writing to a fixed count of
        // characters in a whole one: a line is full when it is by either measure.
        // A web page's long paragraphs are counted by their bytes, more than their characters: far past
        // any width a line is wrapped at either way, and not worth counting exactly.
        let long = lines.map { afterBreak == nil && $0.text.utf8.count > 180 }
        let measures = [
            zip(lines, long).map { $1 ? $0.text.utf8.count : $0.text.characterCount },
            zip(lines, long).map { $1 ? $0.text.utf8.count : Self.width($0.text) },
        ]
        let widths = measures.map(Self.wrapWidth)
        guard widths.contains(where: { $0 != nil }) || afterBreak != nil else { return lines }
        var blocks = [Block]()
        var pending: (block: Block, last: Int, wrapped: Bool)?
        func flush(_ open: (block: Block, last: Int, wrapped: Bool)) {
            blocks.append(Block(open.block.text, hints: open.wrapped ? open.block.hints.union(.lineWrapped) : open.block.hints))
        }
        for (index, line) in lines.enumerated() {
            if let open = pending {
                let full = zip(measures, widths).contains { measure, width in width.map { measure[open.last] >= $0 - 3 } ?? false }
                let wrapped = full && Self.mayContinue(open.block.text)
                // A line set right or centred (a signature, a date) is never the rest of the line above, and
                // a closing formula (`特此通告。`) always opens a line of its own.
                if afterBreak?[index] != true, wrapped || Self.isWrappedValue(line.text, after: open.block.text),
                    line.hints.isDisjoint(with: [.alignRight, .alignCenter]),
                    !SectionMarker.startsSection(line.text), !Self.opensWithLabel(line.text),
                    !SectionParser.opensClosingFormula(line.text.unicodeScalars), !Self.areRowsOfNumbers(open.block.text, line.text),
                    !Self.signs(line, over: lines.dropFirst(index + 1).first)
                {
                    pending = (Block(open.block.text + line.text, hints: open.block.hints), index, true)
                    continue
                }
                flush(open)
            }
            pending = (line, index, false)
        }
        if let open = pending { flush(open) }
        return blocks
    }

    /// A short line over a line that is a date alone is a signature over its 成文日期, wherever a layout
    /// that gives no positions (a converted PDF's lines) leaves it.
    private static func signs(_ line: Block, over next: Block?) -> Bool {
        guard let next, next.text.unicodeScalars.last(where: { !$0.isLayoutSpace }) == "日", line.text.unicodeScalars.count <= 30 else { return false }
        return DateExtractor.isDateOnly(Paragraph(next, offset: 0))
    }

    /// `沈阳市第六人民医院　024-24123000` over `盛京医院　024-96615`: a line that ends with a number, over one
    /// that names another before its own number, are two rows of a list however full the first. A number
    /// a wrap split goes on with digits or its extension (`转802`).
    private static func areRowsOfNumbers(_ open: String, _ line: String) -> Bool {
        func longestDigitRun(_ scalars: some Sequence<Unicode.Scalar>) -> Int {
            var longest = 0
            var run = 0
            for scalar in scalars {
                run = scalar.isASCIIDigit ? run + 1 : 0
                longest = max(longest, run)
            }
            return longest
        }
        let trailing = open.unicodeScalars.reversed().prefix { $0.isASCIIDigit }.count
        guard trailing >= 5, let first = line.unicodeScalars.first, first.isHan, first != "转", first != "轉", first != "分" else { return false }
        return longestDigitRun(line.unicodeScalars) >= 5
    }

    /// A line's width in full-width characters, as a page sets it: half-width letters and digits take
    /// half as much room, so a full line that holds a date is still a full line.
    static func width(_ line: String) -> Int {
        // Counted on the UTF-8 lead bytes: one column up to U+07FF, two from U+0800, where CJK and the
        // full-width forms lie.
        var line = line
        let columns = line.withUTF8 { bytes in
            var columns = 0
            for byte in bytes where byte < 0x80 || byte >= 0xC0 { columns += byte < 0xE0 ? 1 : 2 }
            return columns
        }
        return (columns + 1) / 2
    }

    /// The lines that carry text, without page numbers, running heads and rules, and for each whether a
    /// blank line or a rule stands before it: a wrap never crosses either, as they end a paragraph. Blank
    /// lines around a page break are the break's, and text that leaves a blank line after every line
    /// breaks nothing by it. A line indented past the text's margin opens a paragraph too, as a wrapped
    /// line never is: unless most lines are indented, when the indent tells nothing.
    static func printedLines(_ all: [String], indents: [Int]) -> (lines: [String], afterBreak: [Bool]) {
        let doubleSpaced = !zip(all, all.dropFirst()).contains { !$0.isEmpty && !$1.isEmpty }
        var margin = Int.max
        var atMargin = 0
        var printed = 0
        for index in all.indices where !all[index].isEmpty {
            printed += 1
            if indents[index] < margin {
                margin = indents[index]
                atMargin = 0
            }
            if indents[index] == margin { atMargin += 1 }
        }
        let indentOpens = atMargin * 2 >= printed
        let pageNumbers = all.indices.filter { !all[$0].isEmpty && isPageNumber(all[$0]) }
        let heads = pageNumbers.isEmpty ? [] : runningHeads(all, pageNumbers: Set(pageNumbers))
        var lines = [String]()
        var afterBreak = [Bool]()
        var blank = false
        var pageBreak = false
        for (index, line) in all.enumerated() {
            if line.isEmpty || isRule(line) {
                blank = true
            } else if pageNumbers.contains(index) || heads.contains(line) {
                pageBreak = true
            } else {
                lines.append(line)
                afterBreak.append(blank && !pageBreak && !doubleSpaced || indentOpens && indents[index] > margin)
                blank = false
                pageBreak = false
            }
        }
        return (lines, afterBreak)
    }

    /// `━━━━━━`, `————————`: a rule drawn across the page, as the 版记 is ruled off.
    static func isRule(_ line: String) -> Bool {
        var count = 0
        for scalar in line.unicodeScalars where !scalar.isLayoutSpace {
            guard "━─—－-=＝_＿═".unicodeScalars.contains(scalar) else { return false }
            count += 1
        }
        return count >= 6
    }

    /// Lines a PDF repeats at the top or bottom of its pages (`XX省人民政府公报  2024年第5期`): the same
    /// line twice or more, each time first in the text or next to a page number.
    static func runningHeads(_ all: [String], pageNumbers: Set<Int>) -> Set<String> {
        let printed = all.indices.filter { !all[$0].isEmpty && !isRule(all[$0]) }
        var nearBreak = [String: Int]()
        for (position, index) in printed.enumerated() where !pageNumbers.contains(index) && all[index].characterCount <= 40 {
            let next = position + 1 < printed.count ? printed[position + 1] : nil
            let previous = position > 0 ? printed[position - 1] : nil
            if position == 0 || previous.map(pageNumbers.contains) == true || next.map(pageNumbers.contains) == true {
                nearBreak[all[index], default: 0] += 1
            }
        }
        let candidates = nearBreak.filter { $0.value >= 2 }
        guard !candidates.isEmpty else { return [] }
        var everywhere = [String: Int]()
        for index in printed where candidates[all[index]] != nil { everywhere[all[index], default: 0] += 1 }
        return Set(candidates.filter { everywhere[$0.key] == $0.value }.keys)
    }

    /// Lines split at LF, CRLF, a lone CR, U+2028 or U+2029, with indentation and trailing blanks trimmed,
    /// and each line's indentation in half-width columns (a full-width space is two, a tab four).
    /// Split on the contiguous bytes: every break starts a scalar, so each line is whole UTF-8. U+2028
    /// and U+2029 are E2 80 A8 and E2 80 A9, which no other scalar's bytes contain.
    static func lines(of text: String) -> (lines: [String], indents: [Int]) {
        var text = text
        var indents = [Int]()
        let lines = text.withUTF8 { bytes in
            // Trimmed while still bytes, so that each line becomes a `String` once.
            func line(_ range: Range<Int>) -> String {
                let trimmed = ValidUTF8.trimming(range, in: bytes, where: \.isLayoutSpace)
                var indent = 0
                for byte in bytes[range.lowerBound..<trimmed.lowerBound] {
                    switch byte {
                    case 0x09: indent += 4
                    case 0x00..<0x80: indent += 1
                    case 0xE0...0xEF: indent += 2
                    case 0xC0...0xDF: indent += 1
                    default: break
                    }
                }
                indents.append(indent)
                return String(decoding: bytes[trimmed], as: UTF8.self)
            }
            var lines = [String]()
            var start = 0
            var index = 0
            while index < bytes.count {
                let width: Int
                switch bytes[index] {
                case 0x0A: width = 1
                case 0x0D: width = index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    width = 3
                default:
                    index += 1
                    continue
                }
                lines.append(line(start..<index))
                index += width
                start = index
            }
            lines.append(line(start..<bytes.count))
            return lines
        }
        return (lines, indents)
    }

    /// `— 2 —`, `- 12 -`, `－3－`, `第2页`, `第 2 页 共 5 页`.
    static func isPageNumber(_ line: String) -> Bool {
        // Page numbers are short, and hold a dash or 页; most lines are not, and need no closer look.
        guard line.utf8.count <= 48, line.unicodeScalars.contains(where: isDashOrPage) else { return false }
        let compact = line.filter { !$0.isWhitespace }
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

    private static let dashes: Set<Character> = ["—", "－", "-", "–", "‐", "─"]

    /// The dashes and 页 as scalars: no other scalar or cluster equals one of these characters, so a line
    /// without these scalars has none of them.
    private static func isDashOrPage(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "—", "－", "-", "–", "‐", "─", "页": true
        default: false
        }
    }

    /// The line length a PDF conversion wrapped at, when many lines share it; nil for unwrapped text.
    ///
    /// Lengths count characters: GB/T 9704 sets 28 to a line, and half-width digits make a full line
    /// only a little longer, hence the tolerance.
    static func wrapWidth(of lineLengths: [Int]) -> Int? {
        let lengths = lineLengths.filter { $0 >= 12 }.sorted()
        guard lengths.count >= 3 else { return nil }
        let typical = lengths[lengths.count * 9 / 10]
        let near = lengths.filter { $0 >= typical - 3 && $0 <= typical + 3 }.count
        // GB/T 9704 sets 28 characters to a line; lines that agree at a much narrower width are short
        // lines of a title or a signature block, not a wrapped page.
        return near * 5 >= lengths.count * 2 && near >= 3 && typical >= 20 ? typical : nil
    }

    /// Labels that start a line of their own in a notice, Simplified: a wrap never ends just before one.
    private static let lineLabels = [
        "主旨", "说明", "办法", "附件", "抄送", "抄报", "分送", "正本", "副本", "主送", "受文者", "联系人", "联络人", "承办人",
        "联系电话", "电话", "传真", "电子邮箱", "电子信箱", "邮箱", "地址", "发文日期", "发文字号", "签发人", "印发",
    ].map { Array($0.unicodeScalars) }

    /// `主旨：…`, `電話：…`: a line that opens with one of the labels and its colon.
    private static func opensWithLabel(_ line: String) -> Bool {
        // `【发文字号】…`: a database's or an OA system's export labels its header fields in brackets.
        if line.unicodeScalars.first == "【", line.unicodeScalars.prefix(10).contains("】") { return true }
        let head = ScriptFolding.matchingKey(line.unicodeScalars.prefix(6))
        return lineLabels.contains { label in
            head.starts(with: label) && head.count > label.count && (head[label.count] == "：" || head[label.count] == ":")
        }
    }

    /// `电话：` at the end of a line and the number alone on the next: a label's value that a wrap carried
    /// over, whatever the line's length (an indented first line is shorter by its indent, which is gone).
    /// A line with any Han character after a colon is a paragraph of its own (`各单位：`, then the body).
    /// The value may have more after it on its line (`010-63203541，邮箱：…`): what counts is the value,
    /// up to the first comma or full stop.
    private static func isWrappedValue(_ line: String, after open: String) -> Bool {
        guard let last = open.last, last == "：" || last == ":", let first = line.unicodeScalars.first,
            first.isASCIIDigit || first.isASCII && first.properties.isAlphabetic
        else { return false }
        let value = line.unicodeScalars.prefix { !"，,；;。".unicodeScalars.contains($0) }
        return value.count <= 64 && !value.contains(where: \.isHan)
    }

    /// A wrapped line runs on unless it ends a sentence or a label, is a parenthesized remark, or is
    /// laid out with runs of spaces (a number beside 签发人, a signature beside its date).
    private static func mayContinue(_ line: String) -> Bool {
        guard let last = line.last, !"。：:！!？?；;".contains(last) else { return false }
        if (line.first == "（" || line.first == "(") && (last == "）" || last == ")") { return false }
        return !line.contains(bytes: "　　".utf8) && !line.contains(bytes: "  ".utf8)
    }
}
