/// A stretch of searchable text: Han characters, which are written without spaces and are indexed as
/// overlapping pairs, or a word of letters and digits, indexed whole.
enum SearchRun: Equatable, Sendable {
    case han([Unicode.Scalar])
    case word(String)

    /// The runs of a text, in order. Everything that is neither Han nor a letter or digit separates runs.
    /// Words are lowercased and full-width letters and digits narrowed, so `ＧＢ` and `gb` are one word.
    static func runs(of text: String) -> [SearchRun] {
        var runs = [SearchRun]()
        var han = [Unicode.Scalar]()
        var word = String.UnicodeScalarView()
        func flushHan() {
            if !han.isEmpty { runs.append(.han(han)) }
            han.removeAll(keepingCapacity: true)
        }
        func flushWord() {
            if !word.isEmpty { runs.append(.word(String(word))) }
            word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            switch ScalarClass(scalar) {
            case .han:
                flushWord()
                han.append(scalar)
            case .word(let folded):
                flushHan()
                word.append(folded)
            case .separator:
                flushHan()
                flushWord()
            }
        }
        flushHan()
        flushWord()
        return runs
    }
}

/// How the search tokenizer sees one Unicode scalar.
enum ScalarClass: Equatable {
    case han
    /// A letter or digit, as it is indexed: lowercase, narrow.
    case word(Unicode.Scalar)
    case separator

    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0x30...0x39, 0x61...0x7A:
            self = .word(scalar)
        case 0x41...0x5A:
            self = .word(Unicode.Scalar(UInt8(value + 0x20)))
        case 0x00...0x7F:
            self = .separator
        case 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF:
            self = .han
        // Chinese and general punctuation, answered without a look-up of the scalar's category.
        case 0x2000...0x206F, 0x3000...0x3004, 0x3008...0x3011, 0x3014...0x301F, 0xFF01...0xFF0F, 0xFF1A...0xFF20,
             0xFF3B...0xFF40, 0xFF5B...0xFF65:
            self = .separator
        case 0xFF10...0xFF19, 0xFF41...0xFF5A:
            self = .word(Unicode.Scalar(UInt8(value - 0xFEE0)))
        case 0xFF21...0xFF3A:
            self = .word(Unicode.Scalar(UInt8(value - 0xFEE0 + 0x20)))
        default:
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber:
                let lower = scalar.properties.lowercaseMapping.unicodeScalars
                self = .word(lower.count == 1 ? lower[lower.startIndex] : scalar)
            default:
                self = .separator
            }
        }
    }
}
