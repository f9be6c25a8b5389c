extension Evaluator {
    /// Keywords that look at the instance itself: its type, its value, and number and string constraints.
    mutating func checkValue(_ keyword: Keyword, _ instance: JSONValue) -> Bool {
        let name = keyword.name
        switch keyword.check {
        case .type(let types):
            return types.admits(instance)
                || fail(name, "expected \(types.phrase), found \(MessageText.describe(instance))")
        case .enumeration(let allowed, let lookup):
            return lookup.contains(instance)
                || fail(name, "expected one of \(MessageText.list(allowed.map(MessageText.describe))), found \(MessageText.describe(instance))")
        case .constant(let expected):
            return instance == expected
                || fail(name, "expected exactly \(MessageText.describe(expected)), found \(MessageText.describe(instance))")
        case .multipleOf(let divisor):
            guard instance.doubleValue != nil else { return true }
            return NumberComparison.isMultiple(instance, of: divisor)
                || fail(name, "expected a multiple of \(divisor), found \(instance)")
        case .bound(let limit, let bound):
            return checkBound(name, limit, bound, instance)
        case .maxLength(let maximum):
            guard case .string(let string) = instance else { return true }
            let length = string.unicodeScalars.count
            return length <= maximum
                || fail(name, "expected at most \(MessageText.count(maximum, "character")), found \(length) in \(MessageText.describe(instance))")
        case .minLength(let minimum):
            guard case .string(let string) = instance else { return true }
            let length = string.unicodeScalars.count
            return length >= minimum
                || fail(name, "expected at least \(MessageText.count(minimum, "character")), found \(length) in \(MessageText.describe(instance))")
        case .pattern(let regex):
            guard case .string(let string) = instance else { return true }
            return regex.matches(string)
                || fail(name, "expected a string matching \(regex.source), found \(MessageText.describe(instance))")
        case .format(let format):
            guard case .string(let string) = instance else { return true }
            return format.accepts(string)
                || fail(name, "expected \(format.expectation), found \(MessageText.describe(instance))")
        default:
            return true
        }
    }

    private mutating func checkBound(_ name: String, _ limit: JSONValue, _ bound: NumericBound, _ instance: JSONValue) -> Bool {
        guard let order = NumberComparison.compare(instance, limit) else { return true }
        switch bound {
        case .maximum:
            return order != .orderedDescending || fail(name, "expected at most \(limit), found \(instance)")
        case .exclusiveMaximum:
            return order == .orderedAscending || fail(name, "expected less than \(limit), found \(instance)")
        case .minimum:
            return order != .orderedAscending || fail(name, "expected at least \(limit), found \(instance)")
        case .exclusiveMinimum:
            return order == .orderedDescending || fail(name, "expected more than \(limit), found \(instance)")
        }
    }
}
