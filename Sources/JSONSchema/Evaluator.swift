/// The state of one validation: where evaluation is in the instance and in the schema, the dynamic scope,
/// and the violations found so far. A validator creates a fresh one per call, so validators stay immutable
/// and can be shared between threads.
struct Evaluator {
    enum PathToken {
        case key(String)
        case index(Int)
    }

    private struct ActiveReference: Hashable {
        let node: NodeID
        let instanceDepth: Int
    }

    let schema: CompiledSchema
    private(set) var violations: [Violation] = []
    /// When true only validity matters: evaluation stops at the first failure and builds no messages.
    /// Applicators whose subschemas are allowed to fail (`not`, `if`, `contains`) switch it on.
    var isQuiet: Bool
    private var instanceTokens: [PathToken] = []
    private var schemaTokens: [String] = []
    /// The schema resources entered so far, outermost first, which `$dynamicRef` searches.
    private var dynamicScope: [Int] = []
    private var activeReferences: Set<ActiveReference> = []
    /// The keyword that applied the subschema being evaluated, which explains a `false` schema.
    private var applyingKeyword: String?

    init(schema: CompiledSchema, isQuiet: Bool) {
        self.schema = schema
        self.isQuiet = isQuiet
    }

    /// Evaluates a node against the instance at the current location. When `annotations` is not nil, what
    /// the node evaluated is added to it, but only if the node passes: failed subschemas yield no annotations.
    mutating func evaluate(_ id: NodeID, _ instance: JSONValue, _ annotations: inout Annotations?) -> Bool {
        let node = schema.nodes[id]
        let entersResource = dynamicScope.last != node.resource
        if entersResource { dynamicScope.append(node.resource) }
        defer { if entersResource { dynamicScope.removeLast() } }
        switch node.body {
        case .always(true):
            return true
        case .always(false):
            return reportFalseSchema(instance)
        case .keywords(let keywords):
            var local: Annotations? = annotations != nil || node.usesUnevaluated ? Annotations() : nil
            var valid = true
            for keyword in keywords {
                if !apply(keyword, to: instance, annotations: &local) {
                    if isQuiet { return false }
                    valid = false
                }
            }
            if valid, let local {
                annotations?.merge(local)
            }
            return valid
        }
    }

    private mutating func apply(_ keyword: Keyword, to instance: JSONValue, annotations: inout Annotations?) -> Bool {
        switch keyword.check {
        case .type, .enumeration, .constant, .multipleOf, .bound, .maxLength, .minLength, .pattern, .format:
            return checkValue(keyword, instance)
        case .maxItems, .minItems, .uniqueItems, .prefixItems, .items, .contains, .unevaluatedItems:
            guard case .array(let elements) = instance else { return true }
            return checkArray(keyword, elements, annotations: &annotations)
        case .maxProperties, .minProperties, .required, .dependentRequired, .properties, .patternProperties,
             .additionalProperties, .dependentSchemas, .propertyNames, .unevaluatedProperties:
            guard case .object(let object) = instance else { return true }
            return checkObject(keyword, object, instance, annotations: &annotations)
        case .allOf, .anyOf, .oneOf, .not, .conditional, .reference, .dynamicReference:
            return applySubschemas(keyword, instance, annotations: &annotations)
        }
    }

    // MARK: Moving through the instance and the schema

    /// Evaluates `node` against a member or item of the instance, with no annotations passed up: they
    /// describe another instance location.
    mutating func descend(into node: NodeID, _ value: JSONValue, at token: PathToken,
                          keyword: String, member: String? = nil) -> Bool {
        instanceTokens.append(token)
        defer { instanceTokens.removeLast() }
        var none: Annotations?
        return evaluateSubschema(node, value, keyword: keyword, member: member, annotations: &none)
    }

    /// Evaluates `node` against the same instance location, as `allOf` or `$ref` do.
    mutating func evaluateSubschema(_ node: NodeID, _ instance: JSONValue, keyword: String, member: String? = nil,
                                    annotations: inout Annotations?) -> Bool {
        schemaTokens.append(keyword)
        if let member { schemaTokens.append(member) }
        let outerKeyword = applyingKeyword
        applyingKeyword = keyword
        defer {
            applyingKeyword = outerKeyword
            schemaTokens.removeLast(member == nil ? 1 : 2)
        }
        return evaluate(node, instance, &annotations)
    }

    /// Follows a reference, refusing to enter a node that is already being evaluated at this same instance
    /// location: that would be a schema applying itself to the same value forever.
    mutating func followReference(_ node: NodeID, _ instance: JSONValue, keyword: String,
                                  annotations: inout Annotations?) -> Bool {
        let active = ActiveReference(node: node, instanceDepth: instanceTokens.count)
        guard activeReferences.insert(active).inserted else {
            return fail(keyword, "the schema refers back to itself for the same value without looking inside it, "
                + "so evaluation would never end; check the \(keyword) chain")
        }
        defer { activeReferences.remove(active) }
        return evaluateSubschema(node, instance, keyword: keyword, annotations: &annotations)
    }

    /// The node a `$dynamicRef` lands on: the outermost resource in the dynamic scope that declares the
    /// anchor, or the static target when no resource does.
    func dynamicTarget(named anchor: String) -> NodeID? {
        for resource in dynamicScope {
            if let node = schema.resources[resource].dynamicAnchors[anchor] { return node }
        }
        return nil
    }

    /// Runs `body` with messages off, for subschemas whose failure is an answer rather than a violation.
    mutating func quietly<Result>(_ body: (inout Evaluator) -> Result) -> Result {
        let wasQuiet = isQuiet
        isQuiet = true
        defer { isQuiet = wasQuiet }
        return body(&self)
    }

    /// The violations reported since `mark`, removed: the caller summarizes them in one message of its own.
    mutating func takeViolations(since mark: Int) -> [Violation] {
        let taken = Array(violations[mark...])
        violations.removeSubrange(mark...)
        return taken
    }

    // MARK: Reporting

    /// Records a violation of `keyword` at the current locations and returns false. The message is built
    /// only when someone will read it.
    mutating func fail(_ keyword: String, _ message: @autoclosure () -> String) -> Bool {
        if !isQuiet {
            violations.append(Violation(instancePointer: instancePointer, schemaPointer: JSONPointer.string(from: schemaTokens + [keyword]),
                                        keyword: keyword, message: message()))
        }
        return false
    }

    var instancePointer: String {
        JSONPointer.string(from: instanceTokens.map { token in
            switch token {
            case .key(let key): key
            case .index(let index): String(index)
            }
        })
    }

    /// A `false` schema fails everything; what that means depends on the keyword that applied it.
    private mutating func reportFalseSchema(_ instance: JSONValue) -> Bool {
        guard !isQuiet else { return false }
        let keyword = applyingKeyword ?? "false"
        let message: String
        switch (keyword, instanceTokens.last) {
        case ("properties", .key(let name)?):
            message = "property \(MessageText.quoted(name)) is not allowed"
        case ("patternProperties", .key(let name)?):
            message = "property \(MessageText.quoted(name)) is not allowed by the pattern it matches"
        case ("additionalProperties", .key(let name)?):
            message = "property \(MessageText.quoted(name)) is not allowed: it is not declared in properties and matches no patternProperties"
        case ("unevaluatedProperties", .key(let name)?):
            message = "property \(MessageText.quoted(name)) is not allowed: no subschema declares it"
        case ("prefixItems", .index(let index)?), ("items", .index(let index)?):
            message = "no item is allowed at index \(index), found \(MessageText.describe(instance))"
        case ("unevaluatedItems", .index(let index)?):
            message = "no item is allowed at index \(index): no subschema declares it, found \(MessageText.describe(instance))"
        default:
            message = "no value is allowed here (the schema is false), found \(MessageText.describe(instance))"
        }
        violations.append(Violation(instancePointer: instancePointer, schemaPointer: JSONPointer.string(from: schemaTokens),
                                    keyword: keyword, message: message))
        return false
    }
}
