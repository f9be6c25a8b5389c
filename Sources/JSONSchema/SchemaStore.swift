/// Schema documents that `$ref`, `$dynamicRef` and `$schema` may name, keyed by absolute URI.
///
/// The validator never fetches anything: a reference to a URI missing here is an error when the
/// validator is created. A document that declares an `$id` is also found under that `$id`, and so are
/// the embedded resources inside it.
public struct SchemaStore: Sendable {
    private var documents: [String: JSONValue] = [:]

    public init() {}

    /// Adds `schema` under `uri`, replacing any document already there.
    public mutating func add(_ schema: JSONValue, at uri: String) throws(JSONSchemaError) {
        documents[try SchemaStore.key(for: uri)] = schema
    }

    /// The document stored under `uri`, if any.
    public func schema(at uri: String) -> JSONValue? {
        guard let key = try? SchemaStore.key(for: uri) else { return nil }
        return documents[key]
    }

    /// Every URI that holds a document, sorted.
    public var uris: [String] {
        documents.keys.sorted()
    }

    /// The one spelling under which a URI is stored: parsed, dot segments removed, scheme in lower case,
    /// an empty fragment dropped.
    static func key(for uri: String) throws(JSONSchemaError) -> String {
        let reference = URIReference(uri)
        guard reference.isAbsolute else {
            throw .invalidStoreURI(uri: uri, reason: "it is relative; give an absolute URI such as https://example.com/schema.json")
        }
        if let fragment = reference.fragment, !fragment.isEmpty {
            throw .invalidStoreURI(uri: uri, reason: "it has the fragment #\(fragment); store whole documents and refer to parts with fragments")
        }
        return reference.resolved(against: reference).withoutFragment.string
    }
}
