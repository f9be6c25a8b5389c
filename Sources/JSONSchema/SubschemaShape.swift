/// Where each keyword keeps its subschemas, as far as finding `$id`s and anchors is concerned.
enum SubschemaShape {
    case single
    case list
    case map

    init?(keyword: String) {
        switch keyword {
        case "additionalProperties", "propertyNames", "items", "contains", "unevaluatedItems",
             "unevaluatedProperties", "not", "if", "then", "else":
            self = .single
        case "prefixItems", "allOf", "anyOf", "oneOf":
            self = .list
        case "$defs", "properties", "patternProperties", "dependentSchemas":
            self = .map
        default:
            return nil
        }
    }
}
