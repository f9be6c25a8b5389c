/// One compiled keyword of a schema object.
struct Keyword: Sendable {
    /// The keyword as spelled in the schema, which is also its token in a schema pointer.
    let name: String
    let check: KeywordCheck
}

struct NamedSubschema: Sendable {
    let name: String
    let node: NodeID
}

struct PatternSubschema: Sendable {
    let pattern: ECMAScriptRegex
    let node: NodeID
}

struct PropertyDependency: Sendable {
    let property: String
    let required: [String]
}

enum NumericBound: Sendable {
    case maximum
    case exclusiveMaximum
    case minimum
    case exclusiveMinimum
}

enum KeywordCheck: Sendable {
    case type(JSONTypeSet)
    case enumeration([JSONValue], Set<JSONValue>)
    case constant(JSONValue)
    case multipleOf(JSONValue)
    case bound(JSONValue, NumericBound)
    case maxLength(Int)
    case minLength(Int)
    case pattern(ECMAScriptRegex)
    case format(AssertedFormat)
    case maxItems(Int)
    case minItems(Int)
    case uniqueItems
    case prefixItems([NodeID])
    /// `items`, which applies from the first index that `prefixItems` does not cover.
    case items(NodeID, firstIndex: Int)
    case contains(NodeID, minimum: Int, maximum: Int?)
    case unevaluatedItems(NodeID)
    case maxProperties(Int)
    case minProperties(Int)
    case required([String])
    case dependentRequired([PropertyDependency])
    case properties([NamedSubschema])
    case patternProperties([PatternSubschema])
    /// `additionalProperties`, with what `properties` and `patternProperties` beside it already cover.
    case additionalProperties(NodeID, declared: Set<ExactString>, patterns: [ECMAScriptRegex])
    case dependentSchemas([NamedSubschema])
    case propertyNames(NodeID)
    case unevaluatedProperties(NodeID)
    case allOf([NodeID])
    case anyOf([NodeID])
    case oneOf([NodeID])
    case not(NodeID)
    case conditional(condition: NodeID, then: NodeID?, else: NodeID?)
    case reference(NodeID)
    /// `$dynamicRef`: the statically resolved target, and the anchor name to look up in the dynamic scope
    /// when that target declares it as a `$dynamicAnchor`.
    case dynamicReference(NodeID, dynamicAnchor: String?)
}
