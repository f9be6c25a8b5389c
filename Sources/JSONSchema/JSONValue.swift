/// A JSON document held as a value.
///
/// Integers that fit in 64 bits keep their exact value in `.integer`, because a `Double` cannot tell
/// 9007199254740993 from 9007199254740992; every other number is a `.number`. Equality follows JSON
/// Schema rather than Swift: `.integer(1) == .number(1.0)`, objects are equal whatever their key order, and
/// strings are equal only when their code points are (Swift's `==` would equate "ä" with "a" + U+0308).
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

extension JSONValue {
    /// The value as a `Double` when it is a number of either form.
    public var doubleValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    public var stringValue: String? {
        if case .string(let value) = self { value } else { nil }
    }

    public var boolValue: Bool? {
        if case .bool(let value) = self { value } else { nil }
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { value } else { nil }
    }

    public var objectValue: JSONObject? {
        if case .object(let value) = self { value } else { nil }
    }

    /// The member named `key` when this is an object.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// True for numbers with no fractional part, whichever form holds them: JSON Schema counts 1.0 as
    /// an integer.
    var isIntegral: Bool {
        switch self {
        case .integer: true
        case .number(let value): value.isFinite && value.rounded(.towardZero) == value
        default: false
        }
    }

    /// The integer this number equals exactly, when it has one that fits in 64 bits.
    var exactInteger: Int64? {
        switch self {
        case .integer(let value):
            return value
        case .number(let value):
            // Double(Int64.max) rounds up to 2^63, which Int64 cannot hold, hence the strict bound.
            guard value.rounded(.towardZero) == value, value >= -0x1p63, value < 0x1p63 else { return nil }
            return Int64(value)
        default:
            return nil
        }
    }
}

extension JSONValue: Equatable {
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null):
            true
        case (.bool(let left), .bool(let right)):
            left == right
        case (.integer(let left), .integer(let right)):
            left == right
        case (.number(let left), .number(let right)):
            left == right
        case (.integer(let integer), .number(let double)), (.number(let double), .integer(let integer)):
            JSONValue.number(double).exactInteger == integer
        case (.string(let left), .string(let right)):
            ExactString(left) == ExactString(right)
        case (.array(let left), .array(let right)):
            left == right
        case (.object(let left), .object(let right)):
            left == right
        default:
            false
        }
    }
}

extension JSONValue: Hashable {
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null:
            hasher.combine(0)
        case .bool(let value):
            hasher.combine(1)
            hasher.combine(value)
        case .integer, .number:
            // Numbers that compare equal across the two forms must hash alike, so an integral value
            // hashes as its integer whichever case holds it.
            hasher.combine(2)
            if let integer = exactInteger {
                hasher.combine(integer)
            } else if let double = doubleValue {
                hasher.combine(double)
            }
        case .string(let value):
            hasher.combine(3)
            hasher.combine(ExactString(value))
        case .array(let value):
            hasher.combine(4)
            hasher.combine(value)
        case .object(let value):
            hasher.combine(5)
            hasher.combine(value)
        }
    }
}
