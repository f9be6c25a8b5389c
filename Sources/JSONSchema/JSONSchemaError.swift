import Foundation

/// Why a schema cannot be turned into a validator, or a schema cannot join a `SchemaStore`.
///
/// A `location` names a place in a schema document as a URI with a JSON Pointer fragment, such as
/// `urn:x-jsonschema:root#/properties/date/pattern` for the schema given to the validator when it has no `$id`.
public enum JSONSchemaError: Error, Sendable, Equatable {
    /// A keyword's value has the wrong shape, such as a negative `minLength` or a `required` that is not an
    /// array of strings.
    case invalidKeyword(keyword: String, location: String, expected: String)
    /// A `$ref` or `$dynamicRef` names a schema that is neither in this document nor in the store.
    case unresolvableReference(reference: String, resolvedURI: String, location: String)
    /// A `pattern` or `patternProperties` regular expression is not ECMA-262 or uses something that the
    /// ICU engine behind `NSRegularExpression` cannot do.
    case unsupportedPattern(pattern: String, location: String, reason: String)
    /// The meta-schema named by `$schema` requires a vocabulary this validator does not implement.
    case unsupportedVocabulary(vocabulary: String, metaSchema: String)
    /// A URI given to `SchemaStore` is relative or has a fragment.
    case invalidStoreURI(uri: String, reason: String)
    /// `Options.baseURI` is not an absolute URI.
    case invalidBaseURI(uri: String)
}

extension JSONSchemaError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .invalidKeyword(let keyword, let location, let expected):
            "\(keyword) at \(location) must be \(expected)"
        case .unresolvableReference(let reference, let resolvedURI, let location):
            "the reference \"\(reference)\" at \(location) resolves to \(resolvedURI), which is neither in this "
                + "schema nor in the SchemaStore; add the document holding it to the store under its absolute URI "
                + "(nothing is fetched from the network)"
        case .unsupportedPattern(let pattern, let location, let reason):
            "the regular expression \(pattern) at \(location) cannot be used: \(reason)"
        case .unsupportedVocabulary(let vocabulary, let metaSchema):
            "the meta-schema \(metaSchema) requires the vocabulary \(vocabulary), which this validator does not "
                + "implement; mark it false in $vocabulary if it is optional"
        case .invalidStoreURI(let uri, let reason):
            "\"\(uri)\" cannot key a schema in the store: \(reason)"
        case .invalidBaseURI(let uri):
            "the base URI \"\(uri)\" must be absolute, with a scheme, such as file:///schemas/main.json"
        }
    }
}

/// Foundation's `localizedDescription` would otherwise say only that "the operation could not be completed".
extension JSONSchemaError: LocalizedError {
    public var errorDescription: String? { description }
}
