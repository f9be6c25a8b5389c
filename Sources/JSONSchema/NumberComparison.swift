import Foundation

/// Arithmetic on JSON numbers that stays exact where the two forms (`Int64` and `Double`) meet.
enum NumberComparison {
    /// The order of two numbers, exact even for integers beyond 2^53 that a `Double` would round.
    static func compare(_ lhs: JSONValue, _ rhs: JSONValue) -> ComparisonResult? {
        switch (lhs, rhs) {
        case (.integer(let left), .integer(let right)):
            return order(left, right)
        case (.integer(let left), .number(let right)):
            return compare(left, right)
        case (.number(let left), .integer(let right)):
            return compare(right, left).reversed
        case (.number(let left), .number(let right)):
            return left < right ? .orderedAscending : left > right ? .orderedDescending : .orderedSame
        default:
            return nil
        }
    }

    private static func order(_ left: Int64, _ right: Int64) -> ComparisonResult {
        left < right ? .orderedAscending : left > right ? .orderedDescending : .orderedSame
    }

    private static func compare(_ integer: Int64, _ double: Double) -> ComparisonResult {
        if double >= 0x1p63 { return .orderedAscending }
        if double < -0x1p63 { return .orderedDescending }
        let whole = double.rounded(.towardZero)
        let integral = order(integer, Int64(whole))
        if integral != .orderedSame { return integral }
        if double > whole { return .orderedAscending }
        if double < whole { return .orderedDescending }
        return .orderedSame
    }

    /// Whether `value` is an integer multiple of `divisor` (which is positive).
    ///
    /// Decimal fractions such as 0.0001 have no exact binary form, so 0.0075 / 0.0001 comes out as
    /// 74.99999999999999; a quotient within a few units in the last place of a whole number counts as
    /// whole. When the quotient overflows (1e308 / 0.5), the remainder, which a `Double` computes exactly,
    /// decides instead.
    static func isMultiple(_ value: JSONValue, of divisor: JSONValue) -> Bool {
        if case .integer(let integer) = value, case .integer(let step) = divisor {
            return integer % step == 0
        }
        guard let dividend = value.doubleValue, let step = divisor.doubleValue else { return false }
        let quotient = dividend / step
        guard quotient.isFinite else { return dividend.truncatingRemainder(dividingBy: step) == 0 }
        let whole = quotient.rounded()
        return abs(quotient - whole) <= 4 * whole.ulp
    }
}

extension ComparisonResult {
    fileprivate var reversed: ComparisonResult {
        switch self {
        case .orderedAscending: .orderedDescending
        case .orderedDescending: .orderedAscending
        case .orderedSame: .orderedSame
        }
    }
}
