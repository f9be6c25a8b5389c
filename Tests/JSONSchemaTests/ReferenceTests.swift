import JSONSchema
import Testing

@Suite("References, the schema store and schema errors")
struct ReferenceTests {
    @Test("A $ref to another document is found in the store under its absolute URI")
    func remoteReference() throws {
        var store = SchemaStore()
        try store.add(["$defs": ["code": ["type": "string", "pattern": "^[A-Z]{2}$"]]], at: "https://example.com/common.json")
        let schema: JSONValue = ["$id": "https://example.com/notice.json", "properties": ["region": ["$ref": "common.json#/$defs/code"]]]
        let validator = try JSONSchemaValidator(schema: schema, store: store)
        #expect(validator.isValid(["region": "CN"]))
        #expect(validator.validate(["region": "cn"]).map(\.schemaPointer) == ["/properties/region/$ref/pattern"])
    }

    @Test("Options.baseURI lets a schema without $id use relative references")
    func baseURI() throws {
        var store = SchemaStore()
        try store.add(["type": "integer"], at: "file:///schemas/count.json")
        let options = JSONSchemaValidator.Options(baseURI: "file:///schemas/main.json")
        let validator = try JSONSchemaValidator(schema: ["$ref": "count.json"], store: store, options: options)
        #expect(validator.isValid(3))
        #expect(!validator.isValid("3"))
        #expect(throws: JSONSchemaError.invalidBaseURI(uri: "relative/main.json")) {
            try JSONSchemaValidator(schema: true, options: .init(baseURI: "relative/main.json"))
        }
    }

    @Test("A reference to something missing fails at creation and says what to add")
    func unresolvable() {
        #expect(throws: JSONSchemaError.unresolvableReference(reference: "other.json", resolvedURI: "https://example.com/other.json",
                                                               location: "https://example.com/main.json#/properties/a/$ref")) {
            try JSONSchemaValidator(schema: ["$id": "https://example.com/main.json", "properties": ["a": ["$ref": "other.json"]]])
        }
        let error = JSONSchemaError.unresolvableReference(reference: "other.json", resolvedURI: "https://example.com/other.json", location: "x")
        #expect(error.description.contains("add the document holding it to the store"))
    }

    @Test("The store takes absolute URIs only, without fragments")
    func storeKeys() throws {
        var store = SchemaStore()
        #expect(throws: JSONSchemaError.self) { try store.add(true, at: "relative.json") }
        #expect(throws: JSONSchemaError.self) { try store.add(true, at: "https://example.com/a.json#/x") }
        try store.add(true, at: "HTTPS://example.com/a/../b.json#")
        #expect(store.uris == ["https://example.com/b.json"])
        #expect(store.schema(at: "https://example.com/b.json") == true)
    }

    @Test("An unknown $schema does not get in the way")
    func unknownMetaSchema() throws {
        let validator = try JSONSchemaValidator(schema: ["$schema": "https://example.com/my-dialect", "type": "string"])
        #expect(!validator.isValid(1))
    }

    @Test("Recursive schemas validate recursive data")
    func recursion() throws {
        let schema: JSONValue = [
            "$defs": ["node": ["type": "object", "properties": ["children": ["type": "array", "items": ["$ref": "#/$defs/node"]]]]],
            "$ref": "#/$defs/node",
        ]
        let validator = try JSONSchemaValidator(schema: schema)
        #expect(validator.isValid(["children": [["children": []], ["children": [["children": []]]]]]))
        #expect(validator.validate(["children": [["children": [5]]]]).map(\.instancePointer) == ["/children/0/children/0"])
    }

    @Test("A schema that refers to itself without consuming the instance fails instead of looping")
    func selfReference() throws {
        let validator = try JSONSchemaValidator(schema: ["$defs": ["a": ["$ref": "#/$defs/b"], "b": ["$ref": "#/$defs/a"]], "$ref": "#/$defs/a"])
        let violations = validator.validate(1)
        #expect(violations.count == 1)
        #expect(violations.first?.keyword == "$ref")
        #expect(!validator.isValid(1))
    }

    @Test("Malformed keywords are rejected with their location", arguments: [
        (#"{"minLength": -1}"#, "minLength"),
        (#"{"type": "text"}"#, "type"),
        (#"{"required": [1]}"#, "required"),
        (#"{"properties": {"a": 5}}"#, "the subschema"),
        (#"{"$id": "https://example.com/a.json#frag"}"#, "$id"),
    ])
    func invalidKeywords(schemaText: String, keyword: String) throws {
        let schema = try JSONValue(parsing: schemaText)
        #expect {
            try JSONSchemaValidator(schema: schema)
        } throws: { error in
            guard case JSONSchemaError.invalidKeyword(let reported, let location, _) = error else { return false }
            return reported == keyword && location.contains("#/")
        }
    }

    @Test("A validator can be shared between concurrent tasks")
    func concurrentUse() async throws {
        let validator = try JSONSchemaValidator(schema: ["type": "integer", "minimum": 0])
        let results = await withTaskGroup(of: Bool.self) { group in
            for value in -50..<50 {
                group.addTask { validator.isValid(.integer(Int64(value))) }
            }
            var valid = 0
            for await result in group where result { valid += 1 }
            return valid
        }
        #expect(results == 50)
    }
}
