import Foundation
import JSONSchema
import Testing

@Suite("Parsing JSON into JSONValue")
struct JSONValueParsingTests {
    @Test("true and false stay booleans and 1 and 0 stay numbers, side by side")
    func booleansAreNotNumbers() throws {
        let value = try JSONValue(parsing: "[true, 1, false, 0, 1.0]")
        #expect(value == [.bool(true), .integer(1), .bool(false), .integer(0), .number(1.0)])
        #expect(JSONValue.bool(true) != .integer(1))
        #expect(JSONValue.bool(false) != .integer(0))
        let schema: JSONValue = ["type": "boolean"]
        let validator = try JSONSchemaValidator(schema: schema)
        #expect(validator.isValid(try JSONValue(parsing: "true")))
        #expect(!validator.isValid(try JSONValue(parsing: "1")))
        #expect(!validator.isValid(try JSONValue(parsing: "0")))
    }

    @Test("A boolean is neither a number nor an integer to the validator")
    func booleanFailsNumericTypes() throws {
        let validator = try JSONSchemaValidator(schema: ["type": ["number", "integer"]])
        #expect(!validator.isValid(try JSONValue(parsing: "false")))
        #expect(validator.isValid(try JSONValue(parsing: "0")))
    }

    @Test("1 equals 1.0, in comparisons and in hashing")
    func integerAndDoubleEquality() throws {
        #expect(JSONValue.integer(1) == .number(1.0))
        #expect(JSONValue.number(-0.0) == .integer(0))
        #expect(JSONValue.integer(1) != .number(1.5))
        #expect(Set<JSONValue>([.integer(1), .number(1.0), .number(2.5)]).count == 2)
        let nested = try JSONValue(parsing: #"{"a": [1, {"b": 2.0}]}"#)
        #expect(nested == ["a": [1.0, ["b": 2]]])
    }

    @Test("Integers beyond 2^53 keep their exact value; numbers beyond Double's range are rejected")
    func largeIntegers() throws {
        let value = try JSONValue(parsing: "[9007199254740993, 9007199254740992]")
        guard case .array(let numbers) = value else { Issue.record("not an array"); return }
        #expect(numbers[0] == .integer(9_007_199_254_740_993))
        #expect(numbers[0] != numbers[1])
        #expect(throws: JSONParsingError.self, "a Double cannot hold it") { try JSONValue(parsing: "1e400") }
    }

    @Test("Object members keep document order; a repeated key keeps its place and takes the last value")
    func orderedKeys() throws {
        let value = try JSONValue(parsing: #"{"zeta": 1, "alpha": 2, "mid": 3, "alpha": 4}"#)
        let object = try #require(value.objectValue)
        #expect(object.keys == ["zeta", "alpha", "mid"])
        #expect(object["alpha"] == 4)
        #expect(value.description == #"{"zeta":1,"alpha":4,"mid":3}"#)
        #expect(value == ["mid": 3, "alpha": 4, "zeta": 1], "order does not matter to equality")
    }

    @Test("Strings compare by code points, not by Swift's canonical equivalence")
    func codePointEquality() throws {
        let precomposed = JSONValue.string("\u{E4}")
        let decomposed = JSONValue.string("a\u{308}")
        #expect(precomposed != decomposed)
        #expect(Set([precomposed, decomposed]).count == 2)
        let object = try JSONValue(parsing: "{\"\u{E4}\": 1, \"a\u{308}\": 2}")
        #expect(object.objectValue?.count == 2)
    }

    @Test("Escapes decode, surrogate pairs included")
    func escapes() throws {
        let value = try JSONValue(parsing: #"["a\"b\\c\/d\n\t", "\u00e9\ud83d\ude00"]"#)
        #expect(value == ["a\"b\\c/d\n\t", "é😀"])
    }

    @Test("Scalars at the top level and a byte order mark are accepted")
    func fragments() throws {
        #expect(try JSONValue(parsing: " 42 ") == 42)
        #expect(try JSONValue(parsing: "\"x\"") == "x")
        #expect(try JSONValue(parsing: "null") == nil)
        #expect(try JSONValue(parsing: Data([0xEF, 0xBB, 0xBF]) + Data("[]".utf8)) == [])
    }

    @Test("Malformed text is rejected with the place and what was expected")
    func errors() {
        #expect(throws: JSONParsingError.unexpectedCharacter(found: "']'", expected: "a value", line: 2, column: 5)) {
            try JSONValue(parsing: "[1,\n  2,]")
        }
        #expect(throws: JSONParsingError.unexpectedEnd(expected: "a value")) {
            try JSONValue(parsing: "")
        }
        #expect(throws: JSONParsingError.invalidUTF8(line: 1, column: 3)) {
            try JSONValue(parsing: Data([0x22, 0x61, 0xFF, 0x22]))
        }
        #expect(throws: JSONParsingError.self) { try JSONValue(parsing: #""\ud800""#) }
        #expect(throws: JSONParsingError.self) { try JSONValue(parsing: "01") }
        #expect(throws: JSONParsingError.self) { try JSONValue(parsing: "[1] [2]") }
        #expect(throws: JSONParsingError.self) { try JSONValue(parsing: "\"tab\there\"") }
        #expect(throws: JSONParsingError.self) { try JSONValue(parsing: "True") }
    }

    @Test("Error descriptions say where and what")
    func errorDescriptions() {
        let error = JSONParsingError.unexpectedCharacter(found: "'}'", expected: "a member name in double quotes", line: 3, column: 7)
        #expect(error.description == "line 3, column 7: expected a member name in double quotes, found '}'")
    }

    @Test("Nesting deeper than the limit is an error, not a crash")
    func depthLimit() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONParsingError.nestedTooDeeply(limit: 512, line: 1, column: 513)) {
            try JSONValue(parsing: deep)
        }
    }
}
