/// What every stage asks of characters on a page: whether they are spaces of any width, how wide they
/// print, whether they are digits, and trimming by those rules.
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
        let trimmed = self[...].trimmingLayout()
        // Most text needs no trimming, and then needs no copy either.
        return trimmed.startIndex == startIndex && trimmed.endIndex == endIndex ? self : String(trimmed)
    }
}

extension Substring {
    /// Without leading and trailing whitespace of any width (ASCII, no-break, ideographic).
    func trimmingLayout() -> Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isLayoutSpace }) else { return self[endIndex...] }
        let last = scalars.lastIndex(where: { !$0.isLayoutSpace })!
        return Substring(scalars[first...last])
    }
}

extension String {
    /// The number of characters, as `count` has it, without breaking grapheme clusters when the text
    /// is made only of scalars that always stand alone as a character, as nearly every line of a notice is.
    /// Stepped through as UTF-8, whose validity the string guarantees, without the checks of the scalar view.
    var characterCount: Int {
        var text = self
        let scalars = text.withUTF8 { bytes -> Int? in
            var scalars = 0
            var index = 0
            while index < bytes.count {
                let (scalar, length) = ValidUTF8.scalar(in: bytes, at: index)
                guard scalar.standsAlone else { return nil }
                scalars += 1
                index += length
            }
            return scalars
        }
        return scalars ?? count
    }
}

extension Unicode.Scalar {
    /// Printable ASCII and Latin-1, the tab, general punctuation, symbols and circled numbers, CJK
    /// punctuation, kana, ideographs and full-width forms: their grapheme cluster break property is Other
    /// or Control, so they neither join nor are joined by a neighbour. The combining kana marks
    /// (U+3099, U+309A) and the ideographic tone marks (U+302A–U+302F) extend the character before them.
    var standsAlone: Bool {
        switch value {
        case 0x09, 0x20...0x7E, 0xA0...0xFF, 0x2010...0x2027, 0x2030...0x205F, 0x2100...0x27BF, 0x3000...0x3029,
            0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF, 0x3200...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E,
            0xFFE0...0xFFE6: true
        default: false
        }
    }

    /// White space of any width, and the invisible marks Word and web editors leave in text.
    var isLayoutSpace: Bool {
        switch value {
        case 0x20, 0x09...0x0D, 0xA0, 0x3000, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0xFEFF, 0x1680, 0x85: true
        default: false
        }
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, set.contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
