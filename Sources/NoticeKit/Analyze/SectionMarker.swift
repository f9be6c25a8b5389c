/// The numbering that opens a section paragraph: `一、`, `（一）`, `1.`, `（1）`, `①`, `第一章`, `第一节`, `第一条`.
struct SectionMarker: Equatable {
    enum Style: String, CaseIterable {
        case chapter = "第一章"
        case part = "第一节"
        case article = "第一条"
        case chinese = "一、"
        case chineseParenthesized = "（一）"
        case arabic = "1."
        case arabicParenthesized = "（1）"
        case circled = "①"

        /// Place in the GB/T 9704 hierarchy, outermost first.
        var rank: Int { Style.allCases.firstIndex(of: self)! }
    }

    var style: Style
    var ordinal: Int
    /// The label as printed, such as `（一）` or `1．`.
    var label: String
    /// Scalars the label takes, with the spaces after it.
    var length: Int

    static func startsSection(_ line: String) -> Bool {
        parse(Scalars(line)) != nil
    }

    static func parse(_ line: Scalars) -> SectionMarker? {
        guard let first = line.first else { return nil }
        if first == "第" { return article(line) }
        if first.isOpenParen { return parenthesized(line) }
        if let circled = circledValue(first) {
            return SectionMarker(style: .circled, ordinal: circled, label: String(first), length: 1 + spaces(line, from: 1))
        }
        if ChineseNumber.isNumeral(first) {
            var end = 0
            while end < line.count, end < 4, ChineseNumber.isNumeral(line[end]) { end += 1 }
            guard end < line.count, line[end] == "、" || line[end] == "．" || line[end] == "." && end + 1 < line.count && !line[end + 1].isASCIIDigit,
                let value = ChineseNumber.value(line[0..<end])
            else { return nil }
            return SectionMarker(style: .chinese, ordinal: value, label: line[0...end].string, length: end + 1 + spaces(line, from: end + 1))
        }
        if first.digitValue != nil {
            var end = 0
            var value = 0
            while end < line.count, end < 3, let digit = line[end].digitValue {
                value = value * 10 + digit
                end += 1
            }
            guard end < line.count, end < 3, value > 0 else { return nil }
            // `1）` and `1)` number items as `1.` does, without the opening bracket of `（1）`.
            let dot = line[end]
            guard dot == "." || dot == "．" || dot == "、" || dot == "）" || dot == ")" else { return nil }
            // `1.5亿元` and `2.0版` are numbers, not labels; `1.2025年工作要点` is a label before a year.
            if end + 1 < line.count, line[end + 1].digitValue != nil, !opensYear(line, at: end + 1) { return nil }
            guard end + 1 < line.count else { return nil }
            return SectionMarker(style: .arabic, ordinal: value, label: line[0...end].string, length: end + 1 + spaces(line, from: end + 1))
        }
        return nil
    }

    private static func parenthesized(_ line: Scalars) -> SectionMarker? {
        var end = 1
        while end < line.count, end < 5, !line[end].isCloseParen { end += 1 }
        guard end < line.count, end > 1, line[end].isCloseParen, end + 1 < line.count else { return nil }
        let inner = line[1..<end]
        if let value = ChineseNumber.value(inner) {
            return SectionMarker(style: .chineseParenthesized, ordinal: value, label: line[0...end].string,
                                 length: end + 1 + spaces(line, from: end + 1))
        }
        if inner.allSatisfy({ $0.digitValue != nil }) {
            let value = inner.reduce(0) { $0 * 10 + $1.digitValue! }
            guard value > 0 else { return nil }
            return SectionMarker(style: .arabicParenthesized, ordinal: value, label: line[0...end].string,
                                 length: end + 1 + spaces(line, from: end + 1))
        }
        return nil
    }

    private static func article(_ line: Scalars) -> SectionMarker? {
        var end = 1
        while end < line.count, end < 8, ChineseNumber.isNumeral(line[end]) || line[end].digitValue != nil { end += 1 }
        guard end > 1, end < line.count else { return nil }
        let number = line[1..<end]
        guard let value = ChineseNumber.value(number) ?? Int(number.string) else { return nil }
        let style: Style
        switch line[end] {
        case "章": style = .chapter
        case "节", "節": style = .part
        case "条", "條": style = .article
        default: return nil
        }
        // An article's text follows after a space; `第一条规定` without one is prose citing an article.
        let gap = spaces(line, from: end + 1)
        guard gap > 0 || end + 1 == line.count || style != .article else { return nil }
        return SectionMarker(style: style, ordinal: value, label: line[0...end].string, length: end + 1 + gap)
    }

    /// Four digits and then 年 or a dash (`2025年`, `2025—2027年`): no decimal fraction reads so.
    private static func opensYear(_ line: Scalars, at start: Int) -> Bool {
        guard start + 4 < line.count, (start..<start + 4).allSatisfy({ line[$0].digitValue != nil }) else { return false }
        return "年-－—–~～至".unicodeScalars.contains(line[start + 4])
    }

    private static func circledValue(_ scalar: Unicode.Scalar) -> Int? {
        (0x2460...0x2473).contains(scalar.value) ? Int(scalar.value - 0x2460 + 1) : nil
    }

    private static func spaces(_ line: Scalars, from start: Int) -> Int {
        var count = 0
        while start + count < line.count, line[start + count].isLayoutSpace { count += 1 }
        return count
    }
}
