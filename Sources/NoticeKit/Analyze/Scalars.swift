/// Analysis works on arrays of Unicode scalars: the record's offsets count scalars, and Chinese text is
/// scanned character by character without index arithmetic on `String`.
typealias Scalars = [Unicode.Scalar]

extension Array where Element == Unicode.Scalar {
    init(_ text: some StringProtocol) {
        self = Array(text.unicodeScalars)
    }

    /// Built through UTF-8 bytes: appending scalars to a `String.UnicodeScalarView` one by one is
    /// several times slower.
    var string: String {
        var utf8 = [UInt8]()
        utf8.reserveCapacity(count * 3)
        for scalar in self { UTF8.encode(scalar) { utf8.append($0) } }
        return String(decoding: utf8, as: UTF8.self)
    }

    func begins(with text: String) -> Bool {
        starts(with: text.unicodeScalars)
    }

    func finishes(with text: String) -> Bool {
        let suffix = Array(text.unicodeScalars)
        return count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }

    func find(_ text: String, from start: Int = 0) -> Int? {
        let needle = Array(text.unicodeScalars)
        guard !needle.isEmpty, count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= count {
            if self[index] == needle[0], Array(self[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }

    func includes(_ text: String) -> Bool { find(text) != nil }

    /// Without layout spaces anywhere (`科 技 部` → `科技部`).
    var squeezed: Scalars { filter { !$0.isLayoutSpace } }

    /// Non-empty trimmed pieces between separators that stand outside parentheses:
    /// `科技厅（局）、公安厅（局、委）` splits at the first `、` only.
    func pieces(separatedBy isSeparator: (Unicode.Scalar) -> Bool) -> [Scalars] {
        var pieces = [Scalars]()
        var current = Scalars()
        var depth = 0
        for scalar in self {
            if scalar.isOpenParen { depth += 1 }
            if scalar.isCloseParen { depth = Swift.max(0, depth - 1) }
            if depth == 0, isSeparator(scalar) {
                pieces.append(current.trimmed())
                current = []
                continue
            }
            current.append(scalar)
        }
        pieces.append(current.trimmed())
        return pieces.filter { !$0.isEmpty }
    }

    func trimmed() -> Scalars {
        guard let first = firstIndex(where: { !$0.isLayoutSpace }), let last = lastIndex(where: { !$0.isLayoutSpace }) else {
            return []
        }
        return Array(self[first...last])
    }
}

extension ArraySlice where Element == Unicode.Scalar {
    var string: String { Array(self).string }
}

extension Unicode.Scalar {
    var isHan: Bool { CommonHanzi.isHan(self) }
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    /// ASCII or full-width digit.
    var digitValue: Int? {
        switch value {
        case 0x30...0x39: Int(value - 0x30)
        case 0xFF10...0xFF19: Int(value - 0xFF10)
        default: nil
        }
    }
    var isColon: Bool { self == "：" || self == ":" }
    var isOpenParen: Bool { self == "（" || self == "(" }
    var isCloseParen: Bool { self == "）" || self == ")" }
    /// Commas and enumeration marks that separate items in a list of names.
    var separatesNames: Bool { "，,、；;".unicodeScalars.contains(self) }
}
