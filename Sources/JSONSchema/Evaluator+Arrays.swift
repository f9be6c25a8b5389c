extension Evaluator {
    /// Keywords about arrays; `elements` is the instance.
    mutating func checkArray(_ keyword: Keyword, _ elements: [JSONValue], annotations: inout Annotations?) -> Bool {
        let name = keyword.name
        switch keyword.check {
        case .maxItems(let maximum):
            return elements.count <= maximum
                || fail(name, "expected at most \(MessageText.count(maximum, "item")), found \(elements.count)")
        case .minItems(let minimum):
            return elements.count >= minimum
                || fail(name, "expected at least \(MessageText.count(minimum, "item")), found \(elements.count)")
        case .uniqueItems:
            return checkUnique(name, elements)
        case .prefixItems(let nodes):
            let covered = min(nodes.count, elements.count)
            annotations?.coverItems(upTo: covered)
            return applyToItems(0..<covered, of: elements, keyword: name) { index in nodes[index] }
        case .items(let node, let firstIndex):
            guard firstIndex < elements.count else { return true }
            annotations?.allItems = true
            return applyToItems(firstIndex..<elements.count, of: elements, keyword: name) { _ in node }
        case .contains(let node, let minimum, let maximum):
            return checkContains(node, minimum: minimum, maximum: maximum, elements, annotations: &annotations)
        case .unevaluatedItems(let node):
            let remaining = elements.indices.filter { !(annotations?.coversItem(at: $0) ?? false) }
            annotations?.allItems = true
            return applyToItems(remaining, of: elements, keyword: name) { _ in node }
        default:
            return true
        }
    }

    /// Evaluates each listed item with the node `schemaFor` gives it; `prefixItems` has one node per index,
    /// the others one node for all.
    private mutating func applyToItems(_ indices: some Sequence<Int>, of elements: [JSONValue], keyword: String,
                                       schemaFor: (Int) -> NodeID) -> Bool {
        var valid = true
        for index in indices {
            let node = schemaFor(index)
            let member = keyword == "prefixItems" ? String(index) : nil
            if !descend(into: node, elements[index], at: .index(index), keyword: keyword, member: member) {
                valid = false
                if isQuiet { return false }
            }
        }
        return valid
    }

    private mutating func checkUnique(_ name: String, _ elements: [JSONValue]) -> Bool {
        var firstIndex: [JSONValue: Int] = [:]
        for (index, element) in elements.enumerated() {
            if let earlier = firstIndex[element] {
                return fail(name, "expected unique items, but items \(earlier) and \(index) are both \(MessageText.describe(element))")
            }
            firstIndex[element] = index
        }
        return true
    }

    /// `contains` with its `minContains` and `maxContains`. Every item is tried when annotations are wanted,
    /// since `unevaluatedItems` must know all the matches; otherwise counting stops once the answer is known.
    private mutating func checkContains(_ node: NodeID, minimum: Int, maximum: Int?, _ elements: [JSONValue],
                                        annotations: inout Annotations?) -> Bool {
        var matches: [Int] = []
        let needsEveryMatch = annotations != nil || maximum != nil || !isQuiet
        for (index, element) in elements.enumerated() {
            let matched = quietly { evaluator in
                evaluator.descend(into: node, element, at: .index(index), keyword: "contains")
            }
            if matched {
                matches.append(index)
                if !needsEveryMatch, matches.count >= minimum { break }
            }
        }
        annotations?.items.formUnion(matches)
        if matches.count < minimum {
            let keyword = minimum == 1 ? "contains" : "minContains"
            return fail(keyword, "expected at least \(MessageText.count(minimum, "item")) matching the contains schema, found \(matches.count)")
        }
        if let maximum, matches.count > maximum {
            return fail("maxContains", "expected at most \(MessageText.count(maximum, "item")) matching the contains schema, "
                + "found \(matches.count) (at \(matches.map(String.init).joined(separator: ", ")))")
        }
        return true
    }
}
