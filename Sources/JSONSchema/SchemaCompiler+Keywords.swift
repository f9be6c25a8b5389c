extension SchemaCompiler {
    /// The checks of one schema object, in document order except that `unevaluatedItems` and
    /// `unevaluatedProperties` come last: they depend on what every other keyword evaluated.
    mutating func compileKeywords(of object: JSONObject, at location: SchemaLocation,
                                  scope: SchemaScope) throws(JSONSchemaError) -> [Keyword] {
        var keywords: [Keyword] = []
        var unevaluated: [Keyword] = []
        for (name, value) in object {
            guard let check = try compileKeyword(name, value, in: object, at: location, scope: scope) else { continue }
            if name.hasPrefix("unevaluated") {
                unevaluated.append(Keyword(name: name, check: check))
            } else {
                keywords.append(Keyword(name: name, check: check))
            }
        }
        return keywords + unevaluated
    }

    private mutating func compileKeyword(_ name: String, _ value: JSONValue, in object: JSONObject,
                                         at parent: SchemaLocation, scope: SchemaScope) throws(JSONSchemaError) -> KeywordCheck? {
        let location = parent.appending(name)
        if name == "format" {
            return try compileFormat(value, at: location, scope: scope)
        }
        guard let vocabulary = Vocabularies.of(keyword: name), scope.vocabularies.contains(vocabulary) else { return nil }
        switch name {
        case "$ref", "$dynamicRef":
            return try compileReference(value, keyword: name, at: location, scope: scope)
        case "type":
            return .type(try typeSet(value, at: location))
        case "enum":
            guard case .array(let allowed) = value else { throw invalid(name, location, "an array of values") }
            return .enumeration(allowed, Set(allowed))
        case "const":
            return .constant(value)
        case "multipleOf":
            guard let divisor = value.doubleValue, divisor > 0 else { throw invalid(name, location, "a number greater than 0") }
            return .multipleOf(value)
        case "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum":
            guard value.doubleValue != nil else { throw invalid(name, location, "a number") }
            let bounds: [String: NumericBound] = [
                "maximum": .maximum, "exclusiveMaximum": .exclusiveMaximum,
                "minimum": .minimum, "exclusiveMinimum": .exclusiveMinimum,
            ]
            return .bound(value, bounds[name] ?? .maximum)
        case "maxLength":
            return .maxLength(try count(value, at: location))
        case "minLength":
            return .minLength(try count(value, at: location))
        case "pattern":
            guard case .string(let source) = value else { throw invalid(name, location, "a string holding a regular expression") }
            return .pattern(try regex(source, at: location))
        case "maxItems":
            return .maxItems(try count(value, at: location))
        case "minItems":
            return .minItems(try count(value, at: location))
        case "uniqueItems":
            guard case .bool(let unique) = value else { throw invalid(name, location, "true or false") }
            return unique ? .uniqueItems : nil
        case "prefixItems":
            return .prefixItems(try subschemaList(value, at: location))
        case "items":
            let covered = object["prefixItems"]?.arrayValue?.count ?? 0
            return .items(try compile(location), firstIndex: covered)
        case "contains":
            return try compileContains(in: object, at: parent)
        case "unevaluatedItems":
            return .unevaluatedItems(try compile(location))
        case "maxProperties":
            return .maxProperties(try count(value, at: location))
        case "minProperties":
            return .minProperties(try count(value, at: location))
        case "required":
            return .required(try strings(value, at: location))
        case "dependentRequired":
            return .dependentRequired(try dependencies(value, at: location))
        case "properties":
            return .properties(try namedSubschemas(value, at: location))
        case "patternProperties":
            return .patternProperties(try patternSubschemas(value, at: location))
        case "additionalProperties":
            return try compileAdditionalProperties(in: object, at: parent)
        case "dependentSchemas":
            return .dependentSchemas(try namedSubschemas(value, at: location))
        case "propertyNames":
            return .propertyNames(try compile(location))
        case "unevaluatedProperties":
            return .unevaluatedProperties(try compile(location))
        case "allOf":
            return .allOf(try subschemaList(value, at: location, nonEmpty: true))
        case "anyOf":
            return .anyOf(try subschemaList(value, at: location, nonEmpty: true))
        case "oneOf":
            return .oneOf(try subschemaList(value, at: location, nonEmpty: true))
        case "not":
            return .not(try compile(location))
        case "if":
            let condition = try compile(location)
            var then: NodeID?
            if object["then"] != nil {
                then = try compile(parent.appending("then"))
            }
            var otherwise: NodeID?
            if object["else"] != nil {
                otherwise = try compile(parent.appending("else"))
            }
            return .conditional(condition: condition, then: then, else: otherwise)
        default:
            // `then` and `else` do nothing without `if`, and `minContains`/`maxContains` are read by `contains`.
            return nil
        }
    }

    private mutating func compileFormat(_ value: JSONValue, at location: SchemaLocation,
                                        scope: SchemaScope) throws(JSONSchemaError) -> KeywordCheck? {
        guard case .string(let name) = value else { throw invalid("format", location, "a string") }
        guard options.assertsFormats || scope.vocabularies.contains(.formatAssertion),
              let format = AssertedFormat(rawValue: name)
        else { return nil }
        return .format(format)
    }

    private mutating func compileContains(in object: JSONObject, at parent: SchemaLocation) throws(JSONSchemaError) -> KeywordCheck {
        var minimum = 1
        if let value = object["minContains"] {
            minimum = try count(value, at: parent.appending("minContains"))
        }
        var maximum: Int?
        if let value = object["maxContains"] {
            maximum = try count(value, at: parent.appending("maxContains"))
        }
        return .contains(try compile(parent.appending("contains")), minimum: minimum, maximum: maximum)
    }

    private mutating func compileAdditionalProperties(in object: JSONObject,
                                                      at parent: SchemaLocation) throws(JSONSchemaError) -> KeywordCheck {
        let declared = Set((object["properties"]?.objectValue?.keys ?? []).map(ExactString.init))
        var patterns: [ECMAScriptRegex] = []
        for (source, _) in object["patternProperties"]?.objectValue ?? JSONObject() {
            patterns.append(try regex(source, at: parent.appending("patternProperties", source)))
        }
        return .additionalProperties(try compile(parent.appending("additionalProperties")), declared: declared, patterns: patterns)
    }

    private func typeSet(_ value: JSONValue, at location: SchemaLocation) throws(JSONSchemaError) -> JSONTypeSet {
        let expected = "a type name (null, boolean, object, array, number, string, integer) or an array of them"
        let names: [JSONValue]
        switch value {
        case .string: names = [value]
        case .array(let elements): names = elements
        default: throw invalid("type", location, expected)
        }
        var types: JSONTypeSet = []
        for name in names {
            guard case .string(let text) = name, let type = JSONTypeSet(name: text) else {
                throw invalid("type", location, expected)
            }
            types.insert(type)
        }
        return types
    }

    /// A non-negative integer; 2020-12 allows it to be written as 2.0.
    private func count(_ value: JSONValue, at location: SchemaLocation) throws(JSONSchemaError) -> Int {
        guard let integer = value.exactInteger, integer >= 0 else {
            throw invalid(location.tokens.last ?? "", location, "a non-negative integer")
        }
        return Int(clamping: integer)
    }

    private func strings(_ value: JSONValue, at location: SchemaLocation) throws(JSONSchemaError) -> [String] {
        guard case .array(let elements) = value else { throw invalid(location.tokens.last ?? "", location, "an array of strings") }
        var result: [String] = []
        for element in elements {
            guard case .string(let text) = element else { throw invalid(location.tokens.last ?? "", location, "an array of strings") }
            result.append(text)
        }
        return result
    }

    private func dependencies(_ value: JSONValue, at location: SchemaLocation) throws(JSONSchemaError) -> [PropertyDependency] {
        guard case .object(let object) = value else {
            throw invalid("dependentRequired", location, "an object whose values are arrays of property names")
        }
        var result: [PropertyDependency] = []
        for (property, required) in object {
            result.append(PropertyDependency(property: property, required: try strings(required, at: location.appending(property))))
        }
        return result
    }

    private mutating func subschemaList(_ value: JSONValue, at location: SchemaLocation,
                                        nonEmpty: Bool = false) throws(JSONSchemaError) -> [NodeID] {
        guard case .array(let elements) = value, !(nonEmpty && elements.isEmpty) else {
            throw invalid(location.tokens.last ?? "", location, nonEmpty ? "a non-empty array of schemas" : "an array of schemas")
        }
        var nodes: [NodeID] = []
        for position in elements.indices {
            nodes.append(try compile(location.appending(String(position))))
        }
        return nodes
    }

    private mutating func namedSubschemas(_ value: JSONValue, at location: SchemaLocation) throws(JSONSchemaError) -> [NamedSubschema] {
        guard case .object(let object) = value else {
            throw invalid(location.tokens.last ?? "", location, "an object whose values are schemas")
        }
        var result: [NamedSubschema] = []
        for name in object.keys {
            result.append(NamedSubschema(name: name, node: try compile(location.appending(name))))
        }
        return result
    }

    private mutating func patternSubschemas(_ value: JSONValue, at location: SchemaLocation) throws(JSONSchemaError) -> [PatternSubschema] {
        guard case .object(let object) = value else {
            throw invalid("patternProperties", location, "an object whose keys are regular expressions and values schemas")
        }
        var result: [PatternSubschema] = []
        for source in object.keys {
            let member = location.appending(source)
            result.append(PatternSubschema(pattern: try regex(source, at: member), node: try compile(member)))
        }
        return result
    }

    /// The same pattern often appears in `patternProperties` and, through it, in `additionalProperties`;
    /// ICU compiles it once.
    private mutating func regex(_ source: String, at location: SchemaLocation) throws(JSONSchemaError) -> ECMAScriptRegex {
        if let known = regexCache[source] { return known }
        do {
            let compiled = try ECMAScriptRegex(source)
            regexCache[source] = compiled
            return compiled
        } catch {
            throw .unsupportedPattern(pattern: source, location: registry.describe(location), reason: error.reason)
        }
    }

    private func invalid(_ keyword: String, _ location: SchemaLocation, _ expected: String) -> JSONSchemaError {
        .invalidKeyword(keyword: keyword, location: registry.describe(location), expected: expected)
    }
}
