/// 发文字号: `机关代字〔年份〕序号号`, printed with 〔〕, [], (), （） or 【】, always written with 〔〕.
enum DocumentNumber {
    struct Match {
        var range: Range<Int>
        var normalized: String
    }

    private static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "〔", "［", "[", "(", "（", "【", "﹝", "〖": true
        default: false
        }
    }

    private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "〕", "］", "]", ")", "）", "】", "﹞", "〗": true
        default: false
        }
    }

    /// Every document number in the scalars, in order.
    static func all(in scalars: Scalars) -> [Match] {
        var matches = [Match]()
        var index = 0
        while index < scalars.count {
            if isOpening(scalars[index]), let match = match(in: scalars, bracket: index) {
                matches.append(match)
                index = match.range.upperBound
            } else {
                index += 1
            }
        }
        return matches
    }

    private static func match(in scalars: Scalars, bracket: Int) -> Match? {
        var start = bracket
        // `绮垫?(2025)18號`, `璨℃?(2025)47號`: damage may leave a lost byte's mark, or a symbol GBK decodes
        // stray bytes into, among the agency's characters.
        while start > 0, scalars[start - 1].isHan || scalars[start - 1].isDamageSign, bracket - start < 16 {
            start -= 1
        }
        while start < bracket, !scalars[start].isHan { start += 1 }
        guard start < bracket else { return nil }
        var position = bracket + 1
        var year = 0
        while position < scalars.count, let digit = scalars[position].digitValue, position - bracket <= 4 {
            year = year * 10 + digit
            position += 1
        }
        guard position - bracket == 5, (1949...2100).contains(year), position < scalars.count,
            isClosing(scalars[position])
        else { return nil }
        position += 1
        var serial = ""
        while position < scalars.count, let digit = scalars[position].digitValue, serial.count < 6 {
            serial += String(digit)
            position += 1
        }
        guard !serial.isEmpty, position < scalars.count, scalars[position] == "号" || scalars[position] == "號" else {
            return nil
        }
        let agency = scalars[start..<bracket].string
        return Match(range: start..<(position + 1), normalized: "\(agency)〔\(year)〕\(serial)\(Character(scalars[position]))")
    }

    /// `台內營字第1000808632號`, `府授法字第11000012345号`: the 字第…号 form, printed as it is.
    static func serialForm(in scalars: Scalars) -> Match? {
        guard let mark = scalars.find("字第"), mark > 0, mark <= 12, scalars[..<mark].allSatisfy(\.isHan) else { return nil }
        var end = mark + 2
        while end < scalars.count, scalars[end].digitValue != nil { end += 1 }
        guard end > mark + 2, end < scalars.count, scalars[end] == "号" || scalars[end] == "號" else { return nil }
        return Match(range: 0..<(end + 1), normalized: scalars[0...end].string)
    }

    /// The number when a line consists of it alone, bracketed, or beside 签发人: the notice's own number.
    static func standalone(in scalars: Scalars) -> String? {
        standalone(squeezed: scalars.squeezed)
    }

    /// `standalone(in:)` for a line without its layout spaces.
    static func standalone(squeezed: Scalars) -> String? {
        if let match = serialForm(in: squeezed), match.range.upperBound == squeezed.count { return match.normalized }
        guard let match = all(in: squeezed).first else { return nil }
        var rest = squeezed
        rest.removeSubrange(match.range)
        let remainder = rest.filter { !$0.isOpenParen && !$0.isCloseParen }
        if remainder.isEmpty { return match.normalized }
        let text = ScriptFolding.matchingKey(remainder)
        return text.starts(with: "签发人".unicodeScalars) || text.starts(with: "签发:".unicodeScalars) || text.starts(with: "签发：".unicodeScalars) ? match.normalized : nil
    }

    /// `苏发改投资报〔2024〕15号陈刚` (layout spaces removed): a number opening a line and a signer's name
    /// after it, as GB/T 9704 prints the number on the row of the last of several signers.
    static func besideSignerNames(_ squeezed: Scalars) -> String? {
        guard let match = all(in: squeezed).first, match.range.lowerBound == 0 else { return nil }
        let names = squeezed[match.range.upperBound...]
        guard (2...12).contains(names.count), names.allSatisfy(\.isHan) else { return nil }
        return match.normalized
    }
}
