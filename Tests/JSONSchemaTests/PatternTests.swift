import JSONSchema
import Testing

@Suite("pattern: ECMA-262 regular expressions on ICU")
struct PatternTests {
    private func matches(_ pattern: String, _ string: String) throws -> Bool {
        try JSONSchemaValidator(schema: ["pattern": .string(pattern)]).isValid(.string(string))
    }

    @Test("Patterns are not anchored")
    func unanchored() throws {
        #expect(try matches("b+", "abbc"))
        #expect(try !matches("^b+$", "abbc"))
    }

    @Test(#"\d, \w and \s mean what ECMA-262 says, not ICU's Unicode-wide classes"#)
    func asciiClasses() throws {
        #expect(try matches(#"^\d$"#, "7"))
        #expect(try !matches(#"^\d$"#, "\u{9EA}"), "Bengali digit four")
        #expect(try !matches(#"^\w$"#, "é"))
        #expect(try matches(#"^[\w-]+$"#, "a_b-9"))
        #expect(try matches(#"^\W$"#, "é"))
        #expect(try matches(#"^\s$"#, "\u{FEFF}"))
        #expect(try matches(#"^[^\d]$"#, "x"))
        #expect(try !matches(#"^[\D]$"#, "5"))
    }

    @Test("$ matches only at the very end, not before a final newline")
    func dollar() throws {
        #expect(try matches("^abc$", "abc"))
        #expect(try !matches("^abc$", "abc\n"))
    }

    @Test("Braces that are not quantifiers are literal, as in ECMA-262")
    func literalBraces() throws {
        #expect(try matches("^a{$", "a{"))
        #expect(try matches("^x{2}$", "xx"))
        #expect(try matches("^[[]$", "["))
    }

    @Test("Unicode property escapes and code point escapes work")
    func unicode() throws {
        #expect(try matches(#"^\p{L}+$"#, "公文"))
        #expect(try matches(#"^\u{1F600}$"#, "😀"))
        #expect(try matches(#"^\ud83d\ude00$"#, "😀"))
        #expect(try matches("^.$", "😀"), "one code point is one character")
    }

    @Test("Constructs that cannot be translated are reported when the schema is compiled", arguments: [
        #"(?<=a+)b"#,
        #"(?i)abc"#,
        #"\A"#,
        #"[abc"#,
        #"a\"#,
        #"(unclosed"#,
    ])
    func unsupported(pattern: String) {
        let schema: JSONValue = ["properties": ["code": ["pattern": .string(pattern)]]]
        #expect {
            try JSONSchemaValidator(schema: schema)
        } throws: { error in
            guard case JSONSchemaError.unsupportedPattern(let reported, let location, let reason) = error else { return false }
            return reported == pattern && location.hasSuffix("#/properties/code/pattern") && !reason.isEmpty
        }
    }

    @Test("patternProperties keys are ECMA-262 too")
    func patternProperties() throws {
        let schema: JSONValue = ["patternProperties": [#"^\d+$"#: ["type": "integer"]], "additionalProperties": false]
        let validator = try JSONSchemaValidator(schema: schema)
        #expect(validator.isValid(["12": 1]))
        #expect(!validator.isValid(["\u{9EA}": 1]), "a Bengali digit is additional, and additional properties are banned")
    }
}
