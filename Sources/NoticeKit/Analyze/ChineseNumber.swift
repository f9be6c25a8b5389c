/// Numbers written in Chinese numerals, as section labels and older dates print them.
enum ChineseNumber {
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        // OCR reads 〇 as a letter O or a digit 0 as often as not.
        case "〇", "○", "零", "Ｏ", "O", "0", "０": 0
        case "一", "壹": 1
        case "二", "两", "贰": 2
        case "三", "叁": 3
        case "四", "肆": 4
        case "五", "伍": 5
        case "六", "陆": 6
        case "七", "柒": 7
        case "八", "捌": 8
        case "九", "玖": 9
        default: nil
        }
    }

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
            if let digit = digit(scalar) {
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
            guard let digit = digit(scalar) else { return nil }
            value = value * 10 + digit
        }
        return scalars.isEmpty ? nil : value
    }
}
