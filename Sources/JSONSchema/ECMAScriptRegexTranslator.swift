/// Rewrites ECMA-262 regular expression syntax (with the `u` flag's reading of `\u{…}` and `\p{…}`) into
/// ICU syntax with the same meaning.
struct ECMAScriptRegexTranslator {
    private static let digits: [ClosedRange<UInt32>] = [0x30...0x39]
    private static let wordCharacters: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]
    /// ECMA-262 WhiteSpace and LineTerminator, which is what its `\s` means.
    private static let whitespace: [ClosedRange<UInt32>] = [
        0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A, 0x2028...0x2029,
        0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
    ]
    /// What ECMA-262's `.` matches: everything but its four line terminators.
    private static let notLineTerminator = complement(of: [0x0A...0x0A, 0x0D...0x0D, 0x2028...0x2029])
    private static let wordBoundaryCharacters = "[A-Za-z0-9_]"

    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var output = ""
    /// Open groups, true for lookbehinds, whose length ICU needs to be bounded.
    private var groups: [Bool] = []

    static func translate(_ pattern: String) throws(ECMAScriptRegexError) -> String {
        var translator = ECMAScriptRegexTranslator(scalars: Array(pattern.unicodeScalars))
        try translator.run()
        return translator.output
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private var next: Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    private func peek(_ offset: Int) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    private mutating func run() throws(ECMAScriptRegexError) {
        while let scalar = next {
            position += 1
            switch scalar {
            case "\\": try translateEscape(inClass: false)
            case "[": try translateClass()
            case "(": try translateGroupOpening()
            case ")": translateGroupClosing()
            case "$": output += "\\z"
            case ".": output += "[" + ECMAScriptRegexTranslator.ranges(ECMAScriptRegexTranslator.notLineTerminator) + "]"
            case "{": try translateBrace()
            case "}", "]": output += "\\" + String(scalar)
            case "*", "+":
                try noteUnboundedRepetition()
                output.unicodeScalars.append(scalar)
            default: output.unicodeScalars.append(scalar)
            }
        }
    }

    private mutating func translateGroupOpening() throws(ECMAScriptRegexError) {
        guard next == "?" else {
            groups.append(false)
            output += "("
            return
        }
        let second = peek(1)
        let third = peek(2)
        switch (second, third) {
        case (":", _), ("=", _), ("!", _):
            groups.append(false)
        case ("<", "="), ("<", "!"):
            groups.append(true)
        case ("<", _):
            groups.append(false)
        default:
            throw ECMAScriptRegexError(reason: "\"(?\(second.map(String.init) ?? "")\" is not ECMA-262 group syntax")
        }
        output += "("
    }

    private mutating func translateGroupClosing() {
        if !groups.isEmpty { groups.removeLast() }
        output += ")"
    }

    private func noteUnboundedRepetition() throws(ECMAScriptRegexError) {
        if groups.contains(true) {
            throw ECMAScriptRegexError(reason: "ICU supports only lookbehinds of bounded length, without *, + or {n,}")
        }
    }

    /// ECMA-262 reads a "{" that does not start a quantifier as a literal brace; ICU rejects it.
    private mutating func translateBrace() throws(ECMAScriptRegexError) {
        var end = position
        var body = ""
        while end < scalars.count, scalars[end] != "}" {
            body.unicodeScalars.append(scalars[end])
            end += 1
        }
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        let isQuantifier = end < scalars.count && (1...2).contains(parts.count)
            && !parts[0].isEmpty && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        guard isQuantifier else {
            output += "\\{"
            return
        }
        if parts.count == 2, parts[1].isEmpty {
            try noteUnboundedRepetition()
        }
        output += "{" + body + "}"
        position = end + 1
    }

    private mutating func translateClass() throws(ECMAScriptRegexError) {
        var negated = false
        if next == "^" {
            negated = true
            position += 1
        }
        if next == "]" {
            position += 1
            // "[]" matches nothing and "[^]" anything, which ICU cannot spell as a bracket expression.
            output += negated ? "[\\x{0}-\\x{10FFFF}]" : "(?!)"
            return
        }
        output += negated ? "[^" : "["
        while let scalar = next {
            position += 1
            switch scalar {
            case "]":
                output += "]"
                return
            case "\\":
                try translateEscape(inClass: true)
            case "-":
                output += "-"
            default:
                output += ECMAScriptRegexTranslator.literal(scalar)
            }
        }
        throw ECMAScriptRegexError(reason: "a character class \"[\" is never closed by \"]\"")
    }

    private mutating func translateEscape(inClass: Bool) throws(ECMAScriptRegexError) {
        guard let letter = next else {
            throw ECMAScriptRegexError(reason: "it ends with a lone backslash")
        }
        position += 1
        switch letter {
        case "d": output += set(ECMAScriptRegexTranslator.digits, negated: false, inClass: inClass)
        case "D": output += set(ECMAScriptRegexTranslator.digits, negated: true, inClass: inClass)
        case "w": output += set(ECMAScriptRegexTranslator.wordCharacters, negated: false, inClass: inClass)
        case "W": output += set(ECMAScriptRegexTranslator.wordCharacters, negated: true, inClass: inClass)
        case "s": output += set(ECMAScriptRegexTranslator.whitespace, negated: false, inClass: inClass)
        case "S": output += set(ECMAScriptRegexTranslator.whitespace, negated: true, inClass: inClass)
        case "b":
            output += inClass ? "\\x{8}" : ECMAScriptRegexTranslator.wordBoundary(negated: false)
        case "B":
            guard !inClass else { throw ECMAScriptRegexError(reason: "\\B cannot appear inside a character class") }
            output += ECMAScriptRegexTranslator.wordBoundary(negated: true)
        case "t", "n", "r", "f":
            output += "\\" + String(letter)
        case "v":
            output += "\\x{B}"
        case "0":
            if let following = next, ("0"..."9").contains(following) {
                throw ECMAScriptRegexError(reason: "octal escapes such as \\0\(following) are not allowed in ECMA-262 Unicode patterns")
            }
            output += "\\x{0}"
        case "c":
            guard let control = next, control.isASCII, control.properties.isAlphabetic else {
                throw ECMAScriptRegexError(reason: "\\c must be followed by a letter")
            }
            position += 1
            output += "\\x{" + String(control.value % 32, radix: 16) + "}"
        case "x":
            output += "\\x{" + (try hexDigits(count: 2, escape: "\\x")) + "}"
        case "u":
            output += "\\x{" + String(try unicodeEscape(), radix: 16) + "}"
        case "p", "P":
            try copyPropertyEscape(letter)
        case "k":
            guard !inClass, next == "<" else { throw ECMAScriptRegexError(reason: "\\k must name a group, as in \\k<name>") }
            output += "\\k"
        case "1"..."9":
            guard !inClass else { throw ECMAScriptRegexError(reason: "backreferences cannot appear inside a character class") }
            output += "\\" + String(letter)
            while let digit = next, ("0"..."9").contains(digit) {
                output.unicodeScalars.append(digit)
                position += 1
            }
        default:
            if letter.isASCII, letter.properties.isAlphabetic || ("0"..."9").contains(letter) {
                throw ECMAScriptRegexError(reason: "\\\(letter) is not an ECMA-262 escape")
            }
            output += ECMAScriptRegexTranslator.literal(letter)
        }
    }

    private mutating func hexDigits(count: Int, escape: String) throws(ECMAScriptRegexError) -> String {
        var digits = ""
        for _ in 0..<count {
            guard let digit = next, digit.isASCII, Character(digit).isHexDigit else {
                throw ECMAScriptRegexError(reason: "\(escape) must be followed by \(count) hexadecimal digits")
            }
            digits.unicodeScalars.append(digit)
            position += 1
        }
        return digits
    }

    /// `\uXXXX`, a surrogate pair of two such escapes, or `\u{X…}`, as a code point.
    private mutating func unicodeEscape() throws(ECMAScriptRegexError) -> UInt32 {
        if next == "{" {
            position += 1
            var digits = ""
            while let digit = next, digit != "}" {
                guard digit.isASCII, Character(digit).isHexDigit else {
                    throw ECMAScriptRegexError(reason: "\\u{…} must hold hexadecimal digits")
                }
                digits.unicodeScalars.append(digit)
                position += 1
            }
            guard next == "}", let value = UInt32(digits, radix: 16), value <= 0x10FFFF else {
                throw ECMAScriptRegexError(reason: "\\u{…} must hold a code point no greater than 10FFFF")
            }
            position += 1
            return value
        }
        guard let first = UInt32(try hexDigits(count: 4, escape: "\\u"), radix: 16) else {
            throw ECMAScriptRegexError(reason: "\\u must be followed by 4 hexadecimal digits")
        }
        if (0xD800...0xDBFF).contains(first), next == "\\", peek(1) == "u" {
            let saved = position
            position += 2
            if let second = try? hexDigits(count: 4, escape: "\\u"), let low = UInt32(second, radix: 16), (0xDC00...0xDFFF).contains(low) {
                return 0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00)
            }
            position = saved
        }
        return first
    }

    private mutating func copyPropertyEscape(_ letter: Unicode.Scalar) throws(ECMAScriptRegexError) {
        guard next == "{" else { throw ECMAScriptRegexError(reason: "\\\(letter) must be followed by a property in braces") }
        output += "\\" + String(letter)
        while let scalar = next {
            output.unicodeScalars.append(scalar)
            position += 1
            if scalar == "}" { return }
        }
        throw ECMAScriptRegexError(reason: "\\\(letter){ is never closed by }")
    }

    private func set(_ ranges: [ClosedRange<UInt32>], negated: Bool, inClass: Bool) -> String {
        if inClass {
            // A negated class escape inside a bracket expression becomes the complement spelled as ranges,
            // since ICU has no way to subtract inside a union here.
            return ECMAScriptRegexTranslator.ranges(negated ? ECMAScriptRegexTranslator.complement(of: ranges) : ranges)
        }
        return (negated ? "[^" : "[") + ECMAScriptRegexTranslator.ranges(ranges) + "]"
    }

    private static func wordBoundary(negated: Bool) -> String {
        let word = wordBoundaryCharacters
        if negated {
            return "(?:(?<=\(word))(?=\(word))|(?<!\(word))(?!\(word)))"
        }
        return "(?:(?<=\(word))(?!\(word))|(?<!\(word))(?=\(word)))"
    }

    private static func complement(of ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var result: [ClosedRange<UInt32>] = []
        var start: UInt32 = 0
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if range.lowerBound > start {
                result.append(start...(range.lowerBound - 1))
            }
            start = max(start, range.upperBound + 1)
        }
        if start <= 0x10FFFF {
            result.append(start...0x10FFFF)
        }
        return result
    }

    private static func ranges(_ ranges: [ClosedRange<UInt32>]) -> String {
        ranges.map { range in
            range.lowerBound == range.upperBound
                ? codePoint(range.lowerBound)
                : codePoint(range.lowerBound) + "-" + codePoint(range.upperBound)
        }.joined()
    }

    private static func codePoint(_ value: UInt32) -> String {
        "\\x{" + String(value, radix: 16) + "}"
    }

    /// A character inside a bracket expression, escaped unless it is a letter or digit, because ICU gives
    /// meaning to "[", "&", "$" and whitespace there.
    private static func literal(_ scalar: Unicode.Scalar) -> String {
        if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            return String(scalar)
        }
        if scalar.isASCII, scalar.value > 0x20, scalar.value < 0x7F {
            return "\\" + String(scalar)
        }
        return codePoint(scalar.value)
    }
}
