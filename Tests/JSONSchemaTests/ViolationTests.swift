import JSONSchema
import Testing

@Suite("Violations: pointers, keywords and messages")
struct ViolationTests {
    @Test("A pattern failure names the member, the keyword and the expected shape")
    func patternMessage() throws {
        let schema: JSONValue = ["properties": ["date": ["type": "string", "pattern": #"^\d{4}-\d{2}-\d{2}$"#]]]
        let violations = try JSONSchemaValidator(schema: schema).validate(["date": "2020/08/14"])
        #expect(violations == [
            Violation(instancePointer: "/date", schemaPointer: "/properties/date/pattern", keyword: "pattern",
                      message: #"expected a string matching ^\d{4}-\d{2}-\d{2}$, found "2020/08/14""#),
        ])
    }

    @Test("The root instance is the empty pointer")
    func rootPointer() throws {
        let violations = try JSONSchemaValidator(schema: ["type": "string"]).validate(5)
        #expect(violations == [Violation(instancePointer: "", schemaPointer: "/type", keyword: "type", message: "expected a string, found 5")])
    }

    @Test("Pointers escape ~ and / and count array indices")
    func escapedPointers() throws {
        let schema: JSONValue = [
            "properties": ["a/b~c": ["items": ["type": "integer"]]],
        ]
        let violations = try JSONSchemaValidator(schema: schema).validate(["a/b~c": [1, 2, "three"]])
        #expect(violations.map(\.instancePointer) == ["/a~1b~0c/2"])
        #expect(violations.map(\.schemaPointer) == ["/properties/a~1b~0c/items/type"])
        #expect(violations.first?.message == #"expected an integer, found "three""#)
    }

    @Test("A schema pointer follows $ref through the schemas it refers to")
    func referencePath() throws {
        let schema: JSONValue = [
            "$defs": ["positive": ["type": "number", "exclusiveMinimum": 0]],
            "properties": ["price": ["$ref": "#/$defs/positive"]],
        ]
        let violations = try JSONSchemaValidator(schema: schema).validate(["price": 0])
        #expect(violations == [
            Violation(instancePointer: "/price", schemaPointer: "/properties/price/$ref/exclusiveMinimum",
                      keyword: "exclusiveMinimum", message: "expected more than 0, found 0"),
        ])
    }

    @Test("Missing required properties are reported at the object, one violation each")
    func required() throws {
        let schema: JSONValue = ["properties": ["notice": ["required": ["title", "date"]]]]
        let violations = try JSONSchemaValidator(schema: schema).validate(["notice": ["date": "2024-01-01"]])
        #expect(violations == [
            Violation(instancePointer: "/notice", schemaPointer: "/properties/notice/required", keyword: "required",
                      message: #"missing required property "title""#),
        ])
    }

    @Test("additionalProperties: false points at the stray property")
    func additionalProperties() throws {
        let schema: JSONValue = ["properties": ["id": true], "additionalProperties": false]
        let violations = try JSONSchemaValidator(schema: schema).validate(["id": 1, "extra": 2])
        #expect(violations.count == 1)
        #expect(violations.first?.instancePointer == "/extra")
        #expect(violations.first?.schemaPointer == "/additionalProperties")
        #expect(violations.first?.keyword == "additionalProperties")
        #expect(violations.first?.message.hasPrefix(#"property "extra" is not allowed"#) == true)
    }

    @Test("unevaluatedProperties sees what allOf and $ref evaluated")
    func unevaluatedProperties() throws {
        let schema: JSONValue = [
            "$defs": ["named": ["properties": ["name": ["type": "string"]]]],
            "allOf": [["$ref": "#/$defs/named"]],
            "properties": ["id": ["type": "integer"]],
            "unevaluatedProperties": false,
        ]
        let validator = try JSONSchemaValidator(schema: schema)
        #expect(validator.validate(["id": 1, "name": "x"]).isEmpty)
        let violations = validator.validate(["id": 1, "name": "x", "other": true])
        #expect(violations.map(\.instancePointer) == ["/other"])
        #expect(violations.map(\.keyword) == ["unevaluatedProperties"])
    }

    @Test("anyOf reports one violation that explains each alternative")
    func anyOfSummary() throws {
        let schema: JSONValue = ["anyOf": [["type": "string"], ["type": "integer", "minimum": 10]]]
        let violations = try JSONSchemaValidator(schema: schema).validate(3)
        #expect(violations == [
            Violation(instancePointer: "", schemaPointer: "/anyOf", keyword: "anyOf",
                      message: "expected a value matching at least one of the 2 anyOf subschemas, but it matches none: "
                          + "#0: expected a string, found 3; #1: expected at least 10, found 3"),
        ])
    }

    @Test("oneOf says which alternatives matched when more than one did")
    func oneOfTooMany() throws {
        let schema: JSONValue = ["oneOf": [["type": "integer"], ["minimum": 0], ["type": "string"]]]
        let violations = try JSONSchemaValidator(schema: schema).validate(5)
        #expect(violations.map(\.message) == ["expected a value matching exactly one of the 3 oneOf subschemas, but it matches 2: #0 and #1"])
    }

    @Test("Messages for lengths count code points, and long values are shortened")
    func lengths() throws {
        let validator = try JSONSchemaValidator(schema: ["maxLength": 2, "minLength": 2])
        #expect(validator.validate("😀😀").isEmpty, "two code points, four UTF-16 units")
        #expect(validator.validate("abc").map(\.message) == [#"expected at most 2 characters, found 3 in "abc""#])
        let long = String(repeating: "x", count: 200)
        let message = try #require(validator.validate(.string(long)).first?.message)
        #expect(message.hasSuffix("…"))
        #expect(message.count < 130)
    }

    @Test("Every failing keyword of a schema is reported, not only the first")
    func allViolations() throws {
        let schema: JSONValue = ["type": "array", "minItems": 3, "uniqueItems": true, "contains": ["type": "string"]]
        let violations = try JSONSchemaValidator(schema: schema).validate([1, 1.0])
        #expect(violations.map(\.keyword) == ["minItems", "uniqueItems", "contains"])
        #expect(violations[1].message == "expected unique items, but items 0 and 1 are both 1.0")
    }

    @Test("isValid agrees with validate")
    func isValidAgrees() throws {
        let validator = try JSONSchemaValidator(schema: ["items": ["type": "integer"], "maxItems": 2])
        for instance: JSONValue in [[1, 2], [1, 2, 3], ["a"], "not an array"] {
            #expect(validator.isValid(instance) == validator.validate(instance).isEmpty)
        }
    }

    @Test("A description reads as one line")
    func description() {
        let violation = Violation(instancePointer: "/a", schemaPointer: "/properties/a/type", keyword: "type", message: "expected a string, found 1")
        #expect(violation.description == "/a: expected a string, found 1 (schema: /properties/a/type)")
    }
}
