/// The JSON Schema types, as `type` names them.
struct JSONTypeSet: OptionSet, Sendable {
    let rawValue: UInt8

    static let null = JSONTypeSet(rawValue: 1 << 0)
    static let boolean = JSONTypeSet(rawValue: 1 << 1)
    static let object = JSONTypeSet(rawValue: 1 << 2)
    static let array = JSONTypeSet(rawValue: 1 << 3)
    static let number = JSONTypeSet(rawValue: 1 << 4)
    static let string = JSONTypeSet(rawValue: 1 << 5)
    static let integer = JSONTypeSet(rawValue: 1 << 6)

    /// In the order messages list them.
    private static let names: [(String, JSONTypeSet)] = [
        ("string", .string), ("number", .number), ("integer", .integer), ("boolean", .boolean),
        ("object", .object), ("array", .array), ("null", .null),
    ]

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    init?(name: String) {
        guard let match = JSONTypeSet.names.first(where: { $0.0 == name }) else { return nil }
        self = match.1
    }

    /// Whether `value` has one of these types; an integral number such as 1.0 is an integer.
    func admits(_ value: JSONValue) -> Bool {
        switch value {
        case .null: contains(.null)
        case .bool: contains(.boolean)
        case .object: contains(.object)
        case .array: contains(.array)
        case .string: contains(.string)
        case .integer, .number: contains(.number) || (contains(.integer) && value.isIntegral)
        }
    }

    /// "a string", "a string or null", "an integer, a string or null".
    var phrase: String {
        let parts = JSONTypeSet.names.filter { contains($0.1) }.map { JSONTypeSet.article(for: $0.0) + $0.0 }
        guard parts.count > 1, let last = parts.last else { return parts.first ?? "nothing" }
        return parts.dropLast().joined(separator: ", ") + " or " + last
    }

    private static func article(for name: String) -> String {
        switch name {
        case "null": ""
        case "array", "object", "integer": "an "
        default: "a "
        }
    }
}
