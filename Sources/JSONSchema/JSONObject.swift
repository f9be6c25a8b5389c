/// A JSON object that keeps its members in document order.
///
/// Keys are unique by code points; setting an existing key replaces its value in place, which is also
/// what the parser does with a duplicated key (the last value wins, the first position stays).
public struct JSONObject: Sendable {
    public private(set) var keys: [String] = []
    public private(set) var values: [JSONValue] = []
    private var positions: [ExactString: Int] = [:]

    public init() {}

    public init(_ members: [(String, JSONValue)]) {
        for (key, value) in members {
            self[key] = value
        }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    public subscript(key: String) -> JSONValue? {
        get { index(of: key).map { values[$0] } }
        set {
            if let position = index(of: key) {
                if let newValue {
                    values[position] = newValue
                } else {
                    remove(at: position)
                }
            } else if let newValue {
                positions[ExactString(key)] = keys.count
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// The position of `key` in document order.
    public func index(of key: String) -> Int? {
        positions[ExactString(key)]
    }

    private mutating func remove(at position: Int) {
        positions[ExactString(keys[position])] = nil
        keys.remove(at: position)
        values.remove(at: position)
        for later in position..<keys.count {
            positions[ExactString(keys[later])] = later
        }
    }
}

extension JSONObject: RandomAccessCollection {
    public typealias Element = (key: String, value: JSONValue)

    public var startIndex: Int { 0 }
    public var endIndex: Int { keys.count }

    public subscript(position: Int) -> (key: String, value: JSONValue) {
        (keys[position], values[position])
    }
}

extension JSONObject: Equatable {
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.indices.allSatisfy { position in
            rhs[lhs.keys[position]] == lhs.values[position]
        }
    }
}

extension JSONObject: Hashable {
    public func hash(into hasher: inout Hasher) {
        // Equal objects may list their members in different orders, so the members' hashes are summed,
        // which does not depend on order.
        var sum = 0
        for position in indices {
            var member = Hasher()
            member.combine(ExactString(keys[position]))
            member.combine(values[position])
            sum &+= member.finalize()
        }
        hasher.combine(count)
        hasher.combine(sum)
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }
}
