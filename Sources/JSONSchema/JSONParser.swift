import Foundation

extension JSONValue {
    /// Parses UTF-8 JSON text (RFC 8259), accepting any value at the top level and a leading byte order
    /// mark. Object members keep their order; a repeated key keeps its first position and its last value.
    public init(parsing data: Data) throws(JSONParsingError) {
        var parser = JSONParser(bytes: [UInt8](data))
        self = try parser.parseDocument()
    }

    /// Parses JSON text held in a string.
    public init(parsing text: String) throws(JSONParsingError) {
        try self.init(parsing: Data(text.utf8))
    }
}

/// A recursive-descent parser written for this module rather than `JSONSerialization`, which loses
/// member order and reports `true` and `1` as the same `NSNumber` type on some platforms.
struct JSONParser {
    /// Deep enough for any real document, shallow enough that the recursion cannot exhaust a thread's stack.
    static let maximumDepth = 512

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func parseDocument() throws(JSONParsingError) -> JSONValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            position = 3
        }
        let value = try parseValue()
        skipWhitespace()
        if position < bytes.count {
            throw unexpected(expected: "the end of the text after the top-level value")
        }
        return value
    }

    private mutating func parseValue() throws(JSONParsingError) -> JSONValue {
        skipWhitespace()
        guard position < bytes.count else { throw .unexpectedEnd(expected: "a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseLiteral("true", as: .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", as: .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", as: .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw unexpected(expected: "a value")
        }
    }

    private mutating func parseObject() throws(JSONParsingError) -> JSONValue {
        try enterContainer()
        position += 1
        var object = JSONObject()
        skipWhitespace()
        if try consume(UInt8(ascii: "}"), expected: "a member name or '}'") {
            depth -= 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw .unexpectedEnd(expected: "a member name") }
            guard bytes[position] == UInt8(ascii: "\"") else { throw unexpected(expected: "a member name in double quotes") }
            let key = try parseString()
            skipWhitespace()
            guard try consume(UInt8(ascii: ":"), expected: "':' after a member name") else {
                throw unexpected(expected: "':' after a member name")
            }
            object[key] = try parseValue()
            skipWhitespace()
            if try consume(UInt8(ascii: ","), expected: "',' or '}' after an object member") { continue }
            if try consume(UInt8(ascii: "}"), expected: "',' or '}' after an object member") { break }
            throw unexpected(expected: "',' or '}' after an object member")
        }
        depth -= 1
        return .object(object)
    }

    private mutating func parseArray() throws(JSONParsingError) -> JSONValue {
        try enterContainer()
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if try consume(UInt8(ascii: "]"), expected: "a value or ']'") {
            depth -= 1
            return .array(elements)
        }
        while true {
            elements.append(try parseValue())
            skipWhitespace()
            if try consume(UInt8(ascii: ","), expected: "',' or ']' after an array element") { continue }
            if try consume(UInt8(ascii: "]"), expected: "',' or ']' after an array element") { break }
            throw unexpected(expected: "',' or ']' after an array element")
        }
        depth -= 1
        return .array(elements)
    }

    private mutating func enterContainer() throws(JSONParsingError) {
        depth += 1
        if depth > JSONParser.maximumDepth {
            let (line, column) = lineAndColumn(of: position)
            throw .nestedTooDeeply(limit: JSONParser.maximumDepth, line: line, column: column)
        }
    }

    private mutating func parseLiteral(_ word: String, as value: JSONValue) throws(JSONParsingError) -> JSONValue {
        for expectedByte in word.utf8 {
            guard position < bytes.count else { throw .unexpectedEnd(expected: "'\(word)'") }
            guard bytes[position] == expectedByte else { throw unexpected(expected: "'\(word)'") }
            position += 1
        }
        return value
    }

    private mutating func parseNumber() throws(JSONParsingError) -> JSONValue {
        let start = position
        var isInteger = true
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else { throw invalidNumber(from: start) }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else {
            skipDigits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else { throw invalidNumber(from: start) }
            skipDigits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < bytes.count, isDigit(bytes[position]) else { throw invalidNumber(from: start) }
            skipDigits()
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isInteger, let integer = Int64(text) {
            return .integer(integer)
        }
        guard let double = Double(text), double.isFinite else { throw invalidNumber(from: start) }
        return .number(double)
    }

    private mutating func skipDigits() {
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private func invalidNumber(from start: Int) -> JSONParsingError {
        var end = position
        while end < bytes.count, !isDelimiter(bytes[end]) { end += 1 }
        let (line, column) = lineAndColumn(of: start)
        return .invalidNumber(text: String(decoding: bytes[start..<end], as: UTF8.self), line: line, column: column)
    }

    private func isDelimiter(_ byte: UInt8) -> Bool {
        [UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), 0x20, 0x0A, 0x0D, 0x09].contains(byte)
    }

    private mutating func parseString() throws(JSONParsingError) -> String {
        position += 1
        var result = ""
        var runStart = position
        while true {
            guard position < bytes.count else { throw .unexpectedEnd(expected: "'\"' to close a string") }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                try appendRun(from: runStart, to: &result)
                position += 1
                return result
            }
            if byte == UInt8(ascii: "\\") {
                try appendRun(from: runStart, to: &result)
                result.unicodeScalars.append(try parseEscape())
                runStart = position
            } else if byte < 0x20 {
                throw unexpected(expected: "a string character (control characters must be escaped)")
            } else {
                position += 1
            }
        }
    }

    private func appendRun(from start: Int, to result: inout String) throws(JSONParsingError) {
        guard start < position else { return }
        let run = bytes[start..<position]
        if let invalidOffset = UTF8Validation.firstInvalidOffset(in: run) {
            let (line, column) = lineAndColumn(of: invalidOffset)
            throw .invalidUTF8(line: line, column: column)
        }
        result += String(decoding: run, as: UTF8.self)
    }

    private mutating func parseEscape() throws(JSONParsingError) -> Unicode.Scalar {
        let start = position
        position += 1
        guard position < bytes.count else { throw .unexpectedEnd(expected: "an escape sequence") }
        let letter = bytes[position]
        position += 1
        switch letter {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"): return try parseUnicodeEscape(startingAt: start)
        default: throw invalidEscape(from: start)
        }
    }

    private mutating func parseUnicodeEscape(startingAt start: Int) throws(JSONParsingError) -> Unicode.Scalar {
        let first = try parseHexQuad(escapeStart: start)
        if (0xD800...0xDBFF).contains(first) {
            // A high surrogate is only meaningful together with the low surrogate escape that follows it.
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                throw invalidEscape(from: start)
            }
            position += 2
            let second = try parseHexQuad(escapeStart: start)
            guard (0xDC00...0xDFFF).contains(second) else { throw invalidEscape(from: start) }
            let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            guard let scalar = Unicode.Scalar(combined) else { throw invalidEscape(from: start) }
            return scalar
        }
        guard let scalar = Unicode.Scalar(first) else { throw invalidEscape(from: start) }
        return scalar
    }

    private mutating func parseHexQuad(escapeStart: Int) throws(JSONParsingError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw .unexpectedEnd(expected: "four hexadecimal digits after \\u") }
        var value: UInt32 = 0
        for byte in bytes[position..<position + 4] {
            guard let digit = hexDigitValue(byte) else { throw invalidEscape(from: escapeStart) }
            value = value << 4 | digit
        }
        position += 4
        return value
    }

    private func hexDigitValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private func invalidEscape(from start: Int) -> JSONParsingError {
        let end = min(max(position, start + 2), bytes.count)
        let (line, column) = lineAndColumn(of: start)
        return .invalidEscape(text: String(decoding: bytes[start..<end], as: UTF8.self), line: line, column: column)
    }

    /// Consumes `byte` when it is next; at the end of the text there is nothing to decide, so that is an error.
    private mutating func consume(_ byte: UInt8, expected: String) throws(JSONParsingError) -> Bool {
        guard position < bytes.count else { throw .unexpectedEnd(expected: expected) }
        guard bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private func unexpected(expected: String) -> JSONParsingError {
        let (line, column) = lineAndColumn(of: position)
        return .unexpectedCharacter(found: describeByte(at: position), expected: expected, line: line, column: column)
    }

    private func describeByte(at offset: Int) -> String {
        let byte = bytes[offset]
        if (0x21...0x7E).contains(byte) {
            return "'\(Character(Unicode.Scalar(byte)))'"
        }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    private func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}
