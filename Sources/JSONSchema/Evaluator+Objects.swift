extension Evaluator {
    /// Keywords about objects; `object` is the instance, also passed whole as `instance` for the keywords
    /// that apply a subschema to it in place.
    mutating func checkObject(_ keyword: Keyword, _ object: JSONObject, _ instance: JSONValue,
                              annotations: inout Annotations?) -> Bool {
        let name = keyword.name
        switch keyword.check {
        case .maxProperties(let maximum):
            return object.count <= maximum
                || fail(name, "expected at most \(MessageText.count(maximum, "property")), found \(object.count)")
        case .minProperties(let minimum):
            return object.count >= minimum
                || fail(name, "expected at least \(MessageText.count(minimum, "property")), found \(object.count)")
        case .required(let required):
            return checkRequired(name, required, in: object, because: nil)
        case .dependentRequired(let dependencies):
            var valid = true
            for dependency in dependencies where object.index(of: dependency.property) != nil {
                if !checkRequired(name, dependency.required, in: object, because: dependency.property) {
                    valid = false
                    if isQuiet { return false }
                }
            }
            return valid
        case .properties(let subschemas):
            var valid = true
            for subschema in subschemas {
                guard let position = object.index(of: subschema.name) else { continue }
                annotations?.properties.insert(position)
                if !descend(into: subschema.node, object.values[position], at: .key(subschema.name), keyword: name, member: subschema.name) {
                    valid = false
                    if isQuiet { return false }
                }
            }
            return valid
        case .patternProperties(let subschemas):
            var valid = true
            for (position, key) in object.keys.enumerated() {
                for subschema in subschemas where subschema.pattern.matches(key) {
                    annotations?.properties.insert(position)
                    if !descend(into: subschema.node, object.values[position], at: .key(key), keyword: name, member: subschema.pattern.source) {
                        valid = false
                        if isQuiet { return false }
                    }
                }
            }
            return valid
        case .additionalProperties(let node, let declared, let patterns):
            let additional = object.indices.filter { position in
                let key = object.keys[position]
                return !declared.contains(ExactString(key)) && !patterns.contains { $0.matches(key) }
            }
            return applyToMembers(additional, of: object, node: node, keyword: name, annotations: &annotations)
        case .unevaluatedProperties(let node):
            let unevaluated = object.indices.filter { !(annotations?.properties.contains($0) ?? false) }
            return applyToMembers(unevaluated, of: object, node: node, keyword: name, annotations: &annotations)
        case .dependentSchemas(let subschemas):
            var valid = true
            for subschema in subschemas where object.index(of: subschema.name) != nil {
                if !evaluateSubschema(subschema.node, instance, keyword: name, member: subschema.name, annotations: &annotations) {
                    valid = false
                    if isQuiet { return false }
                }
            }
            return valid
        case .propertyNames(let node):
            return checkPropertyNames(name, node, object)
        default:
            return true
        }
    }

    private mutating func applyToMembers(_ positions: [Int], of object: JSONObject, node: NodeID, keyword: String,
                                         annotations: inout Annotations?) -> Bool {
        var valid = true
        for position in positions {
            annotations?.properties.insert(position)
            if !descend(into: node, object.values[position], at: .key(object.keys[position]), keyword: keyword) {
                valid = false
                if isQuiet { return false }
            }
        }
        return valid
    }

    private mutating func checkRequired(_ keyword: String, _ required: [String], in object: JSONObject, because trigger: String?) -> Bool {
        var valid = true
        for property in required where object.index(of: property) == nil {
            valid = false
            let reason = trigger.map { " when \(MessageText.quoted($0)) is present" } ?? ""
            _ = fail(keyword, "missing required property \(MessageText.quoted(property))\(reason)")
            if isQuiet { return false }
        }
        return valid
    }

    /// Each name is evaluated as a string instance. A failure is reported at the object, since a name has no
    /// pointer of its own, with the first reason the name schema gave.
    private mutating func checkPropertyNames(_ keyword: String, _ node: NodeID, _ object: JSONObject) -> Bool {
        var valid = true
        for key in object.keys {
            let mark = violations.count
            var none: Annotations?
            if evaluateSubschema(node, .string(key), keyword: keyword, annotations: &none) { continue }
            valid = false
            if isQuiet { return false }
            let reason = takeViolations(since: mark).first.map { ": " + $0.message } ?? ""
            _ = fail(keyword, "property name \(MessageText.quoted(key)) is not allowed\(reason)")
        }
        return valid
    }
}
