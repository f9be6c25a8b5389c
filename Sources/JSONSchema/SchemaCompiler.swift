/// Turns a schema and the documents it refers to into a `CompiledSchema`.
///
/// Compilation starts at the root and follows every subschema and reference, each location compiled once:
/// a location is given its node number before its keywords are compiled, so a reference back to it (a
/// recursive schema) finds the number instead of recursing forever.
struct SchemaCompiler {
    var registry: SchemaRegistry
    let options: JSONSchemaValidator.Options
    var regexCache: [String: ECMAScriptRegex] = [:]
    private var nodes: [SchemaNode] = []
    private var nodeIDs: [SchemaLocation: NodeID] = [:]
    private var resources: [CompiledResource] = []
    private var resourceIDs: [String: Int] = [:]
    private var usesDynamicScope = false

    static func compile(_ schema: JSONValue, store: SchemaStore, options: JSONSchemaValidator.Options) throws(JSONSchemaError) -> CompiledSchema {
        let base = URIReference(options.baseURI)
        guard base.isAbsolute else { throw .invalidBaseURI(uri: options.baseURI) }
        var compiler = SchemaCompiler(registry: SchemaRegistry(store: store), options: options)
        let document = try compiler.registry.addDocument(schema, at: base.resolved(against: base).withoutFragment)
        let root = try compiler.compile(SchemaLocation(document: document, tokens: []))
        if compiler.usesDynamicScope {
            try compiler.compileDynamicAnchors()
        }
        return CompiledSchema(nodes: compiler.nodes, resources: compiler.resources, root: root)
    }

    private init(registry: SchemaRegistry, options: JSONSchemaValidator.Options) {
        self.registry = registry
        self.options = options
    }

    mutating func compile(_ location: SchemaLocation) throws(JSONSchemaError) -> NodeID {
        if let known = nodeIDs[location] { return known }
        let scope = try registry.scope(at: location)
        let id = nodes.count
        nodes.append(SchemaNode(body: .always(true), resource: resourceID(for: scope.resourceURI), usesUnevaluated: false))
        nodeIDs[location] = id
        switch registry.value(at: location) {
        case .bool(let verdict)?:
            nodes[id].body = .always(verdict)
        case .object(let object)?:
            let keywords = try compileKeywords(of: object, at: location, scope: scope)
            nodes[id].body = .keywords(keywords)
            nodes[id].usesUnevaluated = keywords.contains { $0.name.hasPrefix("unevaluated") }
        default:
            throw .invalidKeyword(keyword: "the subschema", location: registry.describe(location),
                                  expected: "a schema, which is an object or a boolean")
        }
        return id
    }

    private mutating func resourceID(for uri: String) -> Int {
        if let known = resourceIDs[uri] { return known }
        resources.append(CompiledResource(uri: uri))
        resourceIDs[uri] = resources.count - 1
        return resources.count - 1
    }

    /// Resolves a `$ref` or `$dynamicRef` and compiles its target. For `$dynamicRef`, also says which
    /// dynamic anchor to search for: only when the target itself declares that `$dynamicAnchor` does the
    /// reference become dynamic, as draft 2020-12 requires.
    mutating func compileReference(_ value: JSONValue, keyword: String, at location: SchemaLocation,
                                   scope: SchemaScope) throws(JSONSchemaError) -> KeywordCheck {
        guard case .string(let reference) = value else {
            throw .invalidKeyword(keyword: keyword, location: registry.describe(location), expected: "a URI reference string")
        }
        let uri = URIReference(reference).resolved(against: scope.base)
        guard let target = try registry.locate(uri) else {
            throw .unresolvableReference(reference: reference, resolvedURI: uri.string, location: registry.describe(location))
        }
        let node = try compile(target)
        guard keyword == "$dynamicRef" else { return .reference(node) }
        if let name = uri.fragment, !name.isEmpty, !name.hasPrefix("/"),
           registry.value(at: target)?["$dynamicAnchor"] == .string(name) {
            usesDynamicScope = true
            return .dynamicReference(node, dynamicAnchor: name)
        }
        return .dynamicReference(node, dynamicAnchor: nil)
    }

    /// Compiles every `$dynamicAnchor` of every resource that evaluation can enter, since a `$dynamicRef`
    /// may land on any of them even when nothing refers to them statically. Compiling them can bring in
    /// further resources, hence the loop over a growing list.
    private mutating func compileDynamicAnchors() throws(JSONSchemaError) {
        var next = 0
        while next < resources.count {
            let anchors = registry.dynamicAnchors[resources[next].uri] ?? [:]
            for (name, location) in anchors.sorted(by: { $0.key < $1.key }) {
                let node = try compile(location)
                resources[next].dynamicAnchors[name] = node
            }
            next += 1
        }
    }
}
