/// Analysis works on arrays of Unicode scalars: the record's offsets count scalars, and Chinese text is
/// scanned character by character without index arithmetic on `String`.
typealias Scalars = [Unicode.Scalar]

extension Array where Element == Unicode.Scalar {
    /// Counted on the UTF-8 bytes first, which costs less than decoding twice, so that the array is
    /// allocated once instead of grown. A string's bytes are valid UTF-8, so they are stepped through
    /// without the checks of its scalar view, which cost more than the rest of the copy.
    init(_ text: some StringProtocol) {
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes in
            let count = bytes.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
            return Scalars(unsafeUninitializedCapacity: count) { buffer, initialized in
                var index = 0
                while index < bytes.count {
                    let (scalar, length) = ValidUTF8.scalar(in: bytes, at: index)
                    buffer[initialized] = scalar
                    initialized += 1
                    index += length
                }
            }
        }
        self = copied ?? text.unicodeScalars.map { $0 }
    }

    var string: String { String(scalars: self) }

    func find(_ text: String, from start: Int = 0) -> Int? {
        let needle = text.unicodeScalars
        guard let first = needle.first else { return nil }
        var index = start
        while index < count {
            if self[index] == first, self[index...].starts(with: needle) { return index }
            index += 1
        }
        return nil
    }

    func includes(_ text: String) -> Bool { find(text) != nil }

    /// Without layout spaces anywhere (`科 技 部` → `科技部`).
    var squeezed: Scalars {
        guard contains(where: \.isLayoutSpace) else { return self }
        var squeezed = Scalars()
        squeezed.reserveCapacity(count)
        for scalar in self where !scalar.isLayoutSpace { squeezed.append(scalar) }
        return squeezed
    }

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
        return first == 0 && last == count - 1 ? self : Array(self[first...last])
    }
}

extension ArraySlice where Element == Unicode.Scalar {
    var string: String { String(scalars: self) }
}

extension BidirectionalCollection where Element == Unicode.Scalar {
    func ends(with suffix: some BidirectionalCollection<Unicode.Scalar>) -> Bool {
        reversed().starts(with: suffix.reversed())
    }
}

extension String {
    /// Sized exactly and written straight into the string's UTF-8 storage: appending scalars one by one,
    /// or going through a byte array, is several times slower.
    init(scalars: some Collection<Unicode.Scalar>) {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var position = 0
            for scalar in scalars {
                UTF8.encode(scalar) { unit in
                    buffer[position] = unit
                    position += 1
                }
            }
            return position
        }
    }
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
    /// What a lost byte or an undecodable sequence prints as: `?` in the reference notice's damage, U+FFFD.
    var marksLostByte: Bool { self == "?" || self == "\u{FFFD}" }
    var isOpenParen: Bool { self == "（" || self == "(" }
    var isCloseParen: Bool { self == "）" || self == ")" }
    /// The dot between the parts of a transliterated name, in the forms it is typed: `·`, `•`, `・`, `‧`.
    var isNameDot: Bool { self == "·" || self == "•" || self == "・" || self == "‧" }
    /// Commas and enumeration marks that separate items in a list of names.
    var separatesNames: Bool {
        switch self {
        case "，", ",", "、", "；", ";": true
        default: false
        }
    }
}
