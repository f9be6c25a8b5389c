/// Every schema document in play and what their identifiers point at.
///
/// The root schema is added first, store documents only when a reference or `$schema` needs them, so a
/// large store costs nothing until used. Only subschemas under known applicator keywords are searched for
/// `$id` and anchors: an `$id` inside `const` or an unknown keyword is data, not an identifier.
struct SchemaRegistry {
    private let store: SchemaStore
    private var documents: [JSONValue] = []
    private var documentURIs: [String] = []
    private var scopes: [SchemaLocation: SchemaScope] = [:]
    /// Absolute URIs of resources (without fragment) and of anchors (with the anchor as fragment).
    private var identifiers: [String: SchemaLocation] = [:]
    /// For each resource URI, its `$dynamicAnchor` names.
    private(set) var dynamicAnchors: [String: [String: SchemaLocation]] = [:]
    private var storeKeysAdded: Set<String> = []
    private var wholeStoreAdded = false

    init(store: SchemaStore) {
        self.store = store
    }

    /// Adds a document retrieved from (or, for the root, assumed to live at) `uri`.
    @discardableResult
    mutating func addDocument(_ document: JSONValue, at uri: URIReference) throws(JSONSchemaError) -> Int {
        let documentIndex = documents.count
        documents.append(document)
        // Locations in messages name the document by its own $id when it has one: that is the name its
        // author knows it by.
        if case .string(let id)? = document["$id"] {
            documentURIs.append(URIReference(id).resolved(against: uri).withoutFragment.string)
        } else {
            documentURIs.append(uri.string)
        }
        let root = SchemaLocation(document: documentIndex, tokens: [])
        register(uri.string, at: root)
        var vocabularies = Vocabularies.standard
        if let object = document.objectValue {
            vocabularies = try self.vocabularies(declaredBy: object, at: root, inheriting: vocabularies)
        }
        try index(document, at: root, scope: SchemaScope(base: uri, vocabularies: vocabularies))
        return documentIndex
    }

    func value(at location: SchemaLocation) -> JSONValue? {
        JSONPointer.resolve(location.tokens, in: documents[location.document])
    }

    /// A location as a person can look it up: the document's URI with a JSON Pointer fragment.
    func describe(_ location: SchemaLocation) -> String {
        documentURIs[location.document] + "#" + JSONPointer.string(from: location.tokens)
    }

    /// The scope at `location`. A location reached by a JSON Pointer into a place that is not a known
    /// subschema, such as a member of an unknown keyword, takes the scope of its nearest known ancestor.
    mutating func scope(at location: SchemaLocation) throws(JSONSchemaError) -> SchemaScope {
        if let scope = scopes[location] { return scope }
        var ancestor = location
        while !ancestor.tokens.isEmpty {
            ancestor.tokens.removeLast()
            if let inherited = scopes[ancestor] {
                if let value = value(at: location) {
                    try index(value, at: location, scope: inherited)
                }
                return scopes[location] ?? inherited
            }
        }
        return scopes[ancestor] ?? SchemaScope(base: URIReference(documentURIs[location.document]), vocabularies: .standard)
    }

    /// The location an absolute URI names: a resource, an anchor in one, or a JSON Pointer into one.
    /// Store documents are brought in on demand.
    mutating func locate(_ uri: URIReference) throws(JSONSchemaError) -> SchemaLocation? {
        if let found = locateKnown(uri) { return found }
        let documentKey = uri.withoutFragment.string
        if !storeKeysAdded.contains(documentKey), let document = store.schema(at: documentKey) {
            storeKeysAdded.insert(documentKey)
            try addDocument(document, at: uri.withoutFragment)
            if let found = locateKnown(uri) { return found }
        }
        // The URI may be the `$id` of a store document filed under another key, or of a resource
        // embedded in one; only reading every store document can tell.
        if !wholeStoreAdded {
            wholeStoreAdded = true
            for key in store.uris where !storeKeysAdded.contains(key) {
                storeKeysAdded.insert(key)
                if let document = store.schema(at: key) {
                    try addDocument(document, at: URIReference(key))
                }
            }
            return locateKnown(uri)
        }
        return nil
    }

    private func locateKnown(_ uri: URIReference) -> SchemaLocation? {
        let fragment = uri.fragment ?? ""
        if fragment.isEmpty || fragment.hasPrefix("/") {
            guard let resource = identifiers[uri.withoutFragment.string] else { return nil }
            guard let decoded = URIReference.percentDecoded(fragment), let tokens = JSONPointer.tokens(of: decoded) else {
                return nil
            }
            let target = SchemaLocation(document: resource.document, tokens: resource.tokens + tokens)
            return value(at: target) == nil ? nil : target
        }
        return identifiers[uri.string]
    }

    private mutating func register(_ uri: String, at location: SchemaLocation) {
        if identifiers[uri] == nil {
            identifiers[uri] = location
        }
    }

    private mutating func index(_ value: JSONValue, at location: SchemaLocation, scope inherited: SchemaScope) throws(JSONSchemaError) {
        guard case .object(let object) = value else {
            scopes[location] = inherited
            return
        }
        var scope = inherited
        if let id = object["$id"] {
            guard case .string(let text) = id else {
                throw .invalidKeyword(keyword: "$id", location: describe(location.appending("$id")), expected: "a string")
            }
            let reference = URIReference(text)
            if let fragment = reference.fragment, !fragment.isEmpty {
                throw .invalidKeyword(keyword: "$id", location: describe(location.appending("$id")),
                                      expected: "a URI without a fragment (name a subschema with $anchor instead)")
            }
            scope.base = reference.resolved(against: inherited.base).withoutFragment
            register(scope.resourceURI, at: location)
            if !location.tokens.isEmpty {
                scope.vocabularies = try vocabularies(declaredBy: object, at: location, inheriting: scope.vocabularies)
            }
        }
        scopes[location] = scope
        for keyword in ["$anchor", "$dynamicAnchor"] {
            guard let anchor = object[keyword] else { continue }
            guard case .string(let name) = anchor, !name.isEmpty else {
                throw .invalidKeyword(keyword: keyword, location: describe(location.appending(keyword)), expected: "a non-empty string")
            }
            register(scope.resourceURI + "#" + name, at: location)
            if keyword == "$dynamicAnchor", dynamicAnchors[scope.resourceURI]?[name] == nil {
                dynamicAnchors[scope.resourceURI, default: [:]][name] = location
            }
        }
        for (keyword, member) in object {
            switch SubschemaShape(keyword: keyword) {
            case .single:
                try index(member, at: location.appending(keyword), scope: scope)
            case .list:
                for (position, element) in (member.arrayValue ?? []).enumerated() {
                    try index(element, at: location.appending(keyword, String(position)), scope: scope)
                }
            case .map:
                for (name, subschema) in member.objectValue ?? JSONObject() {
                    try index(subschema, at: location.appending(keyword, name), scope: scope)
                }
            case nil:
                continue
            }
        }
    }

    /// The vocabularies in force under a schema that may name a meta-schema with `$schema`. Only a
    /// meta-schema found in the store can change them, through its `$vocabulary`; any other `$schema`,
    /// including the standard 2020-12 URI, leaves the standard set.
    private func vocabularies(declaredBy object: JSONObject, at location: SchemaLocation,
                              inheriting inherited: Vocabularies) throws(JSONSchemaError) -> Vocabularies {
        guard let declared = object["$schema"] else { return inherited }
        guard case .string(let metaSchema) = declared, URIReference(metaSchema).isAbsolute else {
            throw .invalidKeyword(keyword: "$schema", location: describe(location.appending("$schema")), expected: "an absolute URI")
        }
        guard let vocabulary = store.schema(at: URIReference(metaSchema).withoutFragment.string)?["$vocabulary"]?.objectValue else {
            return Vocabularies.standard
        }
        return try Vocabularies(declaredBy: vocabulary, metaSchema: metaSchema)
    }
}
