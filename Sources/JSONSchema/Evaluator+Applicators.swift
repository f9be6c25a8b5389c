extension Evaluator {
    /// Keywords that combine subschemas applied to the same instance location.
    mutating func applySubschemas(_ keyword: Keyword, _ instance: JSONValue, annotations: inout Annotations?) -> Bool {
        let name = keyword.name
        switch keyword.check {
        case .allOf(let nodes):
            var valid = true
            for (index, node) in nodes.enumerated() {
                if !evaluateSubschema(node, instance, keyword: name, member: String(index), annotations: &annotations) {
                    if isQuiet { return false }
                    valid = false
                }
            }
            return valid
        case .anyOf(let nodes):
            return checkAlternatives(name, nodes, instance, annotations: &annotations)
        case .oneOf(let nodes):
            return checkAlternatives(name, nodes, instance, annotations: &annotations)
        case .not(let node):
            let matched = quietly { evaluator in
                var none: Annotations?
                return evaluator.evaluateSubschema(node, instance, keyword: name, annotations: &none)
            }
            return !matched || fail(name, "expected a value that does not match the schema in not, found \(MessageText.describe(instance))")
        case .conditional(let condition, let then, let otherwise):
            var conditionAnnotations: Annotations? = annotations == nil ? nil : Annotations()
            let holds = quietly { evaluator in
                evaluator.evaluateSubschema(condition, instance, keyword: "if", annotations: &conditionAnnotations)
            }
            if holds, let conditionAnnotations {
                annotations?.merge(conditionAnnotations)
            }
            guard let branch = holds ? then : otherwise else { return true }
            return evaluateSubschema(branch, instance, keyword: holds ? "then" : "else", annotations: &annotations)
        case .reference(let node):
            return followReference(node, instance, keyword: name, annotations: &annotations)
        case .dynamicReference(let node, let anchor):
            let target = anchor.flatMap(dynamicTarget(named:)) ?? node
            return followReference(target, instance, keyword: name, annotations: &annotations)
        default:
            return true
        }
    }

    /// `anyOf` and `oneOf`. Every alternative is evaluated when annotations are wanted, since all that pass
    /// contribute; the violations of alternatives are never reported as such, only summarized.
    private mutating func checkAlternatives(_ name: String, _ nodes: [NodeID], _ instance: JSONValue,
                                            annotations: inout Annotations?) -> Bool {
        let exactlyOne = name == "oneOf"
        var matched: [Int] = []
        var reasons: [String] = []
        for (index, node) in nodes.enumerated() {
            let mark = violations.count
            var alternative: Annotations? = annotations == nil ? nil : Annotations()
            if evaluateSubschema(node, instance, keyword: name, member: String(index), annotations: &alternative) {
                matched.append(index)
                if let alternative { annotations?.merge(alternative) }
                let outcomeSettled = exactlyOne ? matched.count > 1 && isQuiet : annotations == nil
                if outcomeSettled { break }
            } else if !isQuiet, let first = takeViolations(since: mark).first {
                let place = first.instancePointer == instancePointer ? "" : " at \(first.instancePointer)"
                reasons.append("#\(index)\(place): \(first.message)")
            }
        }
        if matched.isEmpty {
            return fail(name, "expected a value matching \(exactlyOne ? "exactly" : "at least") one of the "
                + "\(nodes.count) \(name) subschemas, but it matches none: \(reasons.joined(separator: "; "))")
        }
        if exactlyOne, matched.count > 1 {
            return fail(name, "expected a value matching exactly one of the \(nodes.count) oneOf subschemas, "
                + "but it matches \(matched.count): \(MessageText.list(matched.map { "#\($0)" }, joinedBy: "and"))")
        }
        return true
    }
}
