/// The draft 2020-12 vocabularies that change what this validator checks.
struct Vocabularies: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    static let core = Vocabularies(rawValue: 1 << 0)
    static let applicator = Vocabularies(rawValue: 1 << 1)
    static let unevaluated = Vocabularies(rawValue: 1 << 2)
    static let validation = Vocabularies(rawValue: 1 << 3)
    static let formatAssertion = Vocabularies(rawValue: 1 << 4)

    /// What the standard 2020-12 meta-schema declares; format assertion is not part of it.
    static let standard: Vocabularies = [.core, .applicator, .unevaluated, .validation]

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    private static let prefix = "https://json-schema.org/draft/2020-12/vocab/"

    /// Vocabularies that only produce annotations: known, so a meta-schema may require them, but they change
    /// nothing here.
    private static let annotationOnly: Set<String> = ["meta-data", "format-annotation", "content"]

    /// The vocabularies a meta-schema's `$vocabulary` enables. Core is always on, since nothing works
    /// without `$ref` and `$id`; an unknown vocabulary marked required is an error, as the specification asks.
    init(declaredBy vocabulary: JSONObject, metaSchema: String) throws(JSONSchemaError) {
        var enabled: Vocabularies = .core
        for (uri, required) in vocabulary {
            let name = uri.hasPrefix(Vocabularies.prefix) ? String(uri.dropFirst(Vocabularies.prefix.count)) : nil
            switch name {
            case "core": break
            case "applicator": enabled.insert(.applicator)
            case "unevaluated": enabled.insert(.unevaluated)
            case "validation": enabled.insert(.validation)
            case "format-assertion": enabled.insert(.formatAssertion)
            case let name? where Vocabularies.annotationOnly.contains(name): break
            default:
                if required == .bool(true) {
                    throw .unsupportedVocabulary(vocabulary: uri, metaSchema: metaSchema)
                }
            }
        }
        self = enabled
    }

    /// The vocabulary a keyword belongs to, for the keywords that do something.
    static func of(keyword: String) -> Vocabularies? {
        switch keyword {
        case "$ref", "$dynamicRef":
            .core
        case "prefixItems", "items", "contains", "additionalProperties", "properties", "patternProperties",
             "dependentSchemas", "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf", "not":
            .applicator
        case "unevaluatedItems", "unevaluatedProperties":
            .unevaluated
        case "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
             "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains",
             "minContains", "maxProperties", "minProperties", "required", "dependentRequired":
            .validation
        default:
            nil
        }
    }
}
