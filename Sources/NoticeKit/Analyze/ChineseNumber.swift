/// Numbers written in Chinese numerals, as section labels and older dates print them.
enum ChineseNumber {
    static let digits: [Unicode.Scalar: Int] = [
        "〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
        "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
    ]

    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "〇", "○", "零", "Ｏ", "O", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百",
            "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "拾", "佰":
            true
        default:
            false
        }
    }

    /// `十二` → 12, `二十一` → 21, `一百零五` → 105; nil when the scalars are not one number.
    static func value(_ scalars: some Collection<Unicode.Scalar>) -> Int? {
        guard !scalars.isEmpty else { return nil }
        var total = 0
        var current: Int?
        for scalar in scalars {
            if let digit = digits[scalar] {
                current = digit
            } else if scalar == "十" || scalar == "拾" {
                total += (current ?? 1) * 10
                current = nil
            } else if scalar == "百" || scalar == "佰" {
                total += (current ?? 1) * 100
                current = nil
            } else {
                return nil
            }
        }
        return total + (current ?? 0)
    }

    /// Digit by digit, as years print: `二〇一一` → 2011.
    static func digitString(_ scalars: some Collection<Unicode.Scalar>) -> Int? {
        var value = 0
        for scalar in scalars {
            guard let digit = digits[scalar] else { return nil }
            value = value * 10 + digit
        }
        return scalars.isEmpty ? nil : value
    }
}
