import Foundation

/// Why a byte sequence is not a JSON document. Lines and columns count from 1; columns count bytes.
public enum JSONParsingError: Error, Sendable, Equatable {
    case unexpectedEnd(expected: String)
    case unexpectedCharacter(found: String, expected: String, line: Int, column: Int)
    case invalidNumber(text: String, line: Int, column: Int)
    case invalidEscape(text: String, line: Int, column: Int)
    case invalidUTF8(line: Int, column: Int)
    case nestedTooDeeply(limit: Int, line: Int, column: Int)
}

extension JSONParsingError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unexpectedEnd(let expected):
            "the JSON text ends too early: expected \(expected)"
        case .unexpectedCharacter(let found, let expected, let line, let column):
            "line \(line), column \(column): expected \(expected), found \(found)"
        case .invalidNumber(let text, let line, let column):
            "line \(line), column \(column): \(text) is not a JSON number that a 64-bit double can hold"
        case .invalidEscape(let text, let line, let column):
            "line \(line), column \(column): \(text) is not a valid escape in a JSON string"
        case .invalidUTF8(let line, let column):
            "line \(line), column \(column): the bytes are not valid UTF-8; JSON text must be UTF-8"
        case .nestedTooDeeply(let limit, let line, let column):
            "line \(line), column \(column): arrays and objects nest deeper than \(limit) levels"
        }
    }
}

/// Foundation's `localizedDescription` would otherwise say only that "the operation could not be completed".
extension JSONParsingError: LocalizedError {
    public var errorDescription: String? { description }
}
