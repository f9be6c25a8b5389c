/// The columns text takes in a terminal. Chinese characters and full-width forms take two and combining
/// marks none, so counting characters would misalign every tree that mixes Chinese and Latin text.
enum DisplayWidth {
    /// Characters of East Asian Width W or F (UAX #11) outside the emoji, which the scalar properties cover.
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo leading consonants
        0x2329...0x232A,  // angle brackets
        0x2E80...0x303E,  // CJK and Kangxi radicals, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,  // kana, Bopomofo, Hangul compatibility Jamo, Kanbun, strokes, enclosed and compatibility CJK
        0x3400...0x4DBF,  // CJK extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // full-width ASCII and brackets
        0xFFE0...0xFFE6,  // full-width signs
        0x16FE0...0x16FE4,  // ideographic symbols
        0x17000...0x18CFF,  // Tangut, Khitan
        0x1AFF0...0x1B2FF,  // kana supplements, Nüshu
        0x1F200...0x1F265,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extensions B to F, compatibility supplement
        0x30000...0x3FFFD,  // CJK extensions G and H
    ]

    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        // Hangul vowels and final consonants join the syllable before them.
        if (0x1160...0x11FF).contains(value) { return 0 }
        if scalar.properties.isEmojiPresentation || wide.contains(where: { $0.contains(value) }) { return 2 }
        return 1
    }

    /// A grapheme cluster is drawn as one glyph: a base with combining marks, or an emoji sequence joined by
    /// ZWJ, takes the columns of its widest part rather than their sum.
    static func of(_ character: Character) -> Int {
        character.unicodeScalars.reduce(0) { Swift.max($0, of($1)) }
    }

    static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The longest run of whole characters from the start of `text` that fits `width` columns.
    static func prefix(of text: String, fitting width: Int) -> (text: String, width: Int) {
        var kept = ""
        var used = 0
        for character in text {
            let columns = of(character)
            if used + columns > width { break }
            kept.append(character)
            used += columns
        }
        return (kept, used)
    }

    /// `text` cut to `width` columns, ending in `…` when something was cut; a wide character that would
    /// straddle the edge is dropped whole.
    static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 0 else { return "" }
        return prefix(of: text, fitting: width - 1).text + "…"
    }

    /// `text` followed by spaces up to `width` columns, for aligning a column of values after it.
    static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: Swift.max(0, width - of(text)))
    }

    /// Lines of at most `width` columns: Latin words break at spaces, Chinese between any two characters
    /// (it has no spaces to break at), and a word longer than a line is cut.
    static func wrap(_ text: String, to width: Int) -> [String] {
        var lines = [String]()
        var line = ""
        var used = 0
        var spaceBefore = false
        for token in tokens(of: text) {
            if token.allSatisfy(\.isWhitespace) {
                spaceBefore = used > 0
                continue
            }
            let columns = of(token)
            let gap = spaceBefore ? 1 : 0
            spaceBefore = false
            if used + gap + columns <= width {
                line += (gap == 1 ? " " : "") + token
                used += gap + columns
                continue
            }
            if columns <= width {
                lines.append(line)
                (line, used) = (token, columns)
                continue
            }
            if gap == 1, used + gap < width {
                line += " "
                used += 1
            }
            for character in token {
                let characterColumns = of(character)
                if used > 0, used + characterColumns > width {
                    lines.append(line)
                    (line, used) = ("", 0)
                }
                line.append(character)
                used += characterColumns
            }
        }
        if used > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Runs of narrow non-space characters (a word), single wide characters, and runs of spaces.
    private static func tokens(of text: String) -> [String] {
        var tokens = [String]()
        var word = ""
        for character in text {
            if character.isWhitespace || of(character) == 2 {
                if !word.isEmpty { tokens.append(word) }
                word = ""
                tokens.append(String(character))
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }
}
