/// Chinese telephone numbers as notices print them: `010-82262033`, `(0571)87050000`, `82260120`,
/// `13812345678`, `010-12345678转8001`, `400-810-5000`, and Taiwan's `(02)2775-7711`.
///
/// Mainland area codes have two or three digits after the trunk 0 (`10`, `571`); Taiwan's have one
/// (`2`), which is how a number tells which country code it takes.
struct PhoneParser {
    struct Found {
        var range: Range<Int>
        var phone: Phone
        /// Area code without its leading zero, for the numbers after it.
        var areaCode: String?
    }

    /// What joins an extension to its number: `转`, `轉`, Taiwan's `分機`, `分机`.
    private static let extensionWords: [Scalars] = ["分機", "分机", "转", "轉", "ext.", "Ext.", "EXT.", "ext", "Ext", "EXT"].map { Array($0.unicodeScalars) }

    /// Finds the numbers in `scalars`; a local number inherits `areaCode` or the area code of the number
    /// before it. `label` is the kind the line's label implies.
    static func find(in scalars: Scalars, areaCode inherited: String?, label: Phone.Kind) -> [Found] {
        var found = [Found]()
        var areaCode = inherited
        var index = 0
        while index < scalars.count {
            let first = scalars[index]
            if first.digitValue != nil || first.isOpenParen || first == "+" || first == "＋", index == 0 || scalars[index - 1].digitValue == nil,
                var international = internationalNumber(in: scalars, at: index, label: label)
            {
                if faxSuffix(scalars, after: international.range.upperBound) == .only { international.phone.kind = .fax }
                if let area = international.areaCode { areaCode = area }
                found.append(international)
                index = international.range.upperBound
                continue
            }
            guard scalars[index].digitValue != nil || scalars[index].isOpenParen && index + 1 < scalars.count && scalars[index + 1].digitValue == 0,
                index == 0 || scalars[index - 1].digitValue == nil
            else {
                index += 1
                continue
            }
            guard let number = number(in: scalars, at: index) else {
                // After `(` the digits may still start a number: `（010-68555678）`.
                if !scalars[index].isOpenParen {
                    while index < scalars.count, scalars[index].digitValue != nil { index += 1 }
                }
                index += 1
                continue
            }
            var kind = label
            let digits = number.digits
            var e164: String?
            var area = number.area
            if number.area == nil, digits.count == 11, digits.hasPrefix("1"), digits.dropFirst().first.map({ "3456789".contains($0) }) == true {
                kind = .mobile
                e164 = "+86" + digits
            } else if number.area == nil, digits.count == 10, digits.hasPrefix("09") {
                kind = .mobile
                e164 = "+886" + digits.dropFirst()
            } else if number.area == nil, digits.hasPrefix("400") || digits.hasPrefix("800"), digits.count == 10 {
                e164 = "+86" + digits
            } else if let code = number.area ?? areaCode, (7...8).contains(digits.count) || number.area != nil && Self.isLocalService(digits) {
                area = code
                e164 = (code.count == 1 ? "+886" : "+86") + code + digits
            }
            if let area { areaCode = area }
            let suffix = faxSuffix(scalars, after: number.end)
            if suffix == .only { kind = .fax }
            let raw = scalars[index..<number.end].string
            found.append(Found(range: index..<number.end, phone: Phone(raw: raw, e164: e164, kind: kind), areaCode: areaCode))
            if suffix == .also {
                found.append(Found(range: index..<number.end, phone: Phone(raw: raw, e164: e164, kind: .fax), areaCode: areaCode))
            }
            index = number.end
        }
        return found
    }

    /// The calling codes a notice prints before a number: the mainland's, Hong Kong's, Macau's, Taiwan's.
    private static let callingCodes: Set<String> = ["86", "852", "853", "886"]

    /// A number printed with its calling code: `+86 10 6855 2345`, `0086-10-68552345`, `(853) 8866 3636`,
    /// `+852 2804 2600`, `86-10-68552345`. The raw number keeps the code; E.164 drops a trunk 0 after it.
    private static func internationalNumber(in scalars: Scalars, at start: Int, label: Phone.Kind) -> Found? {
        var position = start
        let bracketed = scalars[position].isOpenParen
        if bracketed { position += 1 }
        let plus = position < scalars.count && (scalars[position] == "+" || scalars[position] == "＋")
        if plus { position += 1 }
        var code = ""
        while position < scalars.count, code.count < 5, let digit = scalars[position].digitValue {
            code += String(digit)
            position += 1
        }
        // Without a `+`, the code stands out by `00`, by brackets, or by the hyphen after it.
        if !plus, !bracketed {
            if code.hasPrefix("00") {
                code.removeFirst(2)
            } else if position >= scalars.count || !["-", "－"].contains(scalars[position]) {
                return nil
            }
        }
        guard callingCodes.contains(code) else { return nil }
        if bracketed {
            guard position < scalars.count, scalars[position].isCloseParen else { return nil }
            position += 1
        }
        var groups = [String]()
        var end = position
        while end < scalars.count {
            var cursor = end
            while cursor < scalars.count, isSeparator(scalars[cursor]) || scalars[cursor].isOpenParen || scalars[cursor].isCloseParen {
                cursor += 1
            }
            var digits = ""
            while cursor < scalars.count, let digit = scalars[cursor].digitValue { digits += String(digit); cursor += 1 }
            guard !digits.isEmpty, groups.joined().count + digits.count <= 12 else { break }
            groups.append(digits)
            end = cursor
        }
        var digits = groups.joined()
        if digits.hasPrefix("0") { digits.removeFirst() }
        var kind = label
        var area: String?
        switch code {
        case "86":
            if digits.count == 11, digits.hasPrefix("1") {
                kind = .mobile
            } else {
                guard (9...11).contains(digits.count), groups.count >= 2 else { return nil }
                area = groups[0].hasPrefix("0") ? String(groups[0].dropFirst()) : groups[0]
                guard (2...3).contains(area?.count ?? 0) else { return nil }
            }
        case "886":
            guard (8...9).contains(digits.count) else { return nil }
            if digits.hasPrefix("9") { kind = .mobile }
        default:
            guard digits.count == 8 else { return nil }
        }
        let rawEnd = extensionEnd(in: scalars, after: end) ?? end
        let raw = scalars[start..<rawEnd].string
        return Found(range: start..<rawEnd, phone: Phone(raw: raw, e164: "+" + code + digits, kind: kind), areaCode: area)
    }

    /// Where an extension printed after a number ends (`转8001`, Taiwan's `分機54321`, ` ext. 215`), or nil.
    private static func extensionEnd(in scalars: Scalars, after end: Int) -> Int? {
        var position = end
        while position < scalars.count, scalars[position] == " " { position += 1 }
        guard let word = extensionWords.first(where: { word in
            position + word.count < scalars.count && scalars[position..<(position + word.count)].elementsEqual(word)
        }) else { return nil }
        position += word.count
        while position < scalars.count, scalars[position] == " " { position += 1 }
        guard position < scalars.count, scalars[position].digitValue != nil else { return nil }
        while position < scalars.count, scalars[position].digitValue != nil { position += 1 }
        return position
    }

    private struct Number {
        var area: String?
        var digits: String
        var end: Int
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "－", "—", "–", " ", "‐": true
        default: false
        }
    }

    private static func number(in scalars: Scalars, at start: Int) -> Number? {
        var position = start
        var groups = [String]()
        var parenthesizedArea: String?
        if scalars[position].isOpenParen {
            var digits = ""
            position += 1
            while position < scalars.count, let digit = scalars[position].digitValue { digits += String(digit); position += 1 }
            guard position < scalars.count, scalars[position].isCloseParen, (2...4).contains(digits.count), digits.hasPrefix("0") else {
                return nil
            }
            parenthesizedArea = String(digits.dropFirst())
            position += 1
            while position < scalars.count, isSeparator(scalars[position]) { position += 1 }
        }
        var end = position
        while true {
            var digits = ""
            var cursor = end
            while cursor < scalars.count, let digit = scalars[cursor].digitValue { digits += String(digit); cursor += 1 }
            guard !digits.isEmpty, groups.joined().count + digits.count <= 12 || groups.isEmpty else { break }
            groups.append(digits)
            end = cursor
            guard cursor + 1 < scalars.count, isSeparator(scalars[cursor]), scalars[cursor + 1].digitValue != nil else { break }
            var next = cursor + 1
            while next < scalars.count, scalars[next].digitValue != nil { next += 1 }
            guard groups.joined().count + (next - cursor - 1) <= 12 else { break }
            end = cursor + 1
        }
        guard !groups.isEmpty else { return nil }
        // An extension (`转8001`, Taiwan's `分機54321`, `-8001` after a full number) belongs to the raw
        // number but not to E.164.
        let rawEnd = extensionEnd(in: scalars, after: end) ?? end
        var area = parenthesizedArea
        var local = groups
        if area == nil, groups.count >= 2, groups[0].hasPrefix("0"), (2...4).contains(groups[0].count) {
            area = String(groups[0].dropFirst())
            local = Array(groups.dropFirst())
        }
        var digits = local.joined()
        if area != nil, local.count >= 2, (7...8).contains(local[0].count) {
            digits = local[0]
        }
        if area == nil, digits.count >= 10, digits.hasPrefix("0"), !digits.hasPrefix("00") {
            let areaLength = ["010", "02"].contains(where: { digits.hasPrefix($0) }) ? 3 : 4
            let code = String(digits.prefix(areaLength))
            let rest = String(digits.dropFirst(areaLength))
            if (7...8).contains(rest.count) {
                area = String(code.dropFirst())
                digits = rest
            }
        }
        let plausible = (7...8).contains(digits.count) || digits.count == 11 && digits.hasPrefix("1") || digits.count == 10 && (digits.hasPrefix("400") || digits.hasPrefix("800"))
            || area != nil && isLocalService(digits)
        guard plausible else { return nil }
        // A year or an amount is not a phone number: `2020年`, `500万元`, `1234.5`. A half-width full stop
        // after the number ends a sentence, as text with half-width punctuation prints it.
        if rawEnd < scalars.count {
            let next = scalars[rawEnd]
            let decimal = (next == "." || next == "．") && rawEnd + 1 < scalars.count && scalars[rawEnd + 1].digitValue != nil
            if decimal || "年月日号万元亿个件次人家项条%".unicodeScalars.contains(next) { return nil }
        }
        return Number(area: area, digits: digits, end: rawEnd)
    }

    /// `024-96615`, `0574-12380`: a city's five-digit service number (96…, 95…, and the public hotlines
    /// 12345, 12380, 12315 …), dialled after its area code.
    private static func isLocalService(_ digits: String) -> Bool {
        digits.count == 5 && (digits.hasPrefix("9") || digits.hasPrefix("12"))
    }

    private enum FaxSuffix { case none, only, also }

    /// `（传真）` or `(傳真)` right after a number makes it a fax; `（兼传真）` makes it a fax as well.
    private static func faxSuffix(_ scalars: Scalars, after end: Int) -> FaxSuffix {
        guard end < scalars.count, scalars[end].isOpenParen else { return .none }
        let window = ScriptFolding.matchingKey(scalars[end..<min(scalars.count, end + 6)])
        if window.includes("兼传真") || window.includes("同传真") || window.includes("传真同号") { return .also }
        return window.includes("传真") ? .only : .none
    }
}
