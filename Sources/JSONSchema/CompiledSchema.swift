/// Index of a node in `CompiledSchema.nodes`. References between schemas are indices rather than object
/// references, so recursive schemas need no reference cycles and the whole program is a plain value.
typealias NodeID = Int

/// A schema compiled once for many validations: every subschema reachable from the root, keywords parsed
/// and checked, references resolved to nodes.
struct CompiledSchema: Sendable {
    var nodes: [SchemaNode]
    var resources: [CompiledResource]
    var root: NodeID
}

/// A schema resource (a document or a subschema with `$id`), which is what `$dynamicRef` searches.
struct CompiledResource: Sendable {
    let uri: String
    var dynamicAnchors: [String: NodeID] = [:]
}

struct SchemaNode: Sendable {
    enum Body: Sendable {
        case always(Bool)
        case keywords([Keyword])
    }

    var body: Body
    var resource: Int
    /// Whether this node has `unevaluatedItems` or `unevaluatedProperties`, and so must collect what its
    /// other keywords evaluated even when its caller does not ask.
    var usesUnevaluated: Bool
}
