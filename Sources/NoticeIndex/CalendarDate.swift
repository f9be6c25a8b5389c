/// A day of the Gregorian calendar, written `YYYY-MM-DD`.
public struct CalendarDate: Sendable, Equatable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Nil when there is no such day (`2021-02-29`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Exactly `YYYY-MM-DD`, as the command line takes dates.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date a timestamp starts with, as pages print them: `2020-08-20 16:30`,
    /// `2020-08-20T16:30:00+08:00`, `2020/8/20`, `2020.08.20`, `2020年8月20日`. The day is the one printed,
    /// whatever the time zone.
    public init?(leadingDateOf text: String) {
        let scalars = Array(text.unicodeScalars.drop { $0.properties.isWhitespace })
        var position = 0
        func number(digits allowed: ClosedRange<Int>) -> Int? {
            var value = 0
            var count = 0
            while position < scalars.count, count < allowed.upperBound, let digit = Self.digit(scalars[position]) {
                value = value * 10 + digit
                count += 1
                position += 1
            }
            return allowed.contains(count) ? value : nil
        }
        func separator() -> Bool {
            guard position < scalars.count, ["-", "/", ".", "年", "月"].contains(scalars[position]) else { return false }
            position += 1
            return true
        }
        guard let year = number(digits: 4...4), separator(), let month = number(digits: 1...2), separator(),
            let day = number(digits: 1...2)
        else { return nil }
        // `2020-08-201` is no date.
        if position < scalars.count, Self.digit(scalars[position]) != nil { return nil }
        self.init(year: year, month: month, day: day)
    }

    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        (0x30...0x39).contains(scalar.value) ? Int(scalar.value - 0x30) : nil
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
