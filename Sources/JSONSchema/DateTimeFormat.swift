/// RFC 3339 section 5.6 `full-date` and `date-time`. Digits are ASCII only: Swift's `isNumber` would also
/// accept a Bengali "৪".
enum DateTimeFormat {
    static func isFullDate(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard scalars.count == 10,
              let year = number(scalars, at: 0, digits: 4),
              scalars[scalars.startIndex + 4] == "-",
              let month = number(scalars, at: 5, digits: 2),
              scalars[scalars.startIndex + 7] == "-",
              let day = number(scalars, at: 8, digits: 2),
              (1...12).contains(month)
        else { return false }
        return (1...daysIn(month: month, year: year)).contains(day)
    }

    static func isDateTime(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count >= 20, scalars[10] == "T" || scalars[10] == "t",
              isFullDate(scalars[0..<10])
        else { return false }
        return isTime(scalars[11...])
    }

    /// `full-time`: hh:mm:ss, an optional fraction, then Z or a ±hh:mm offset. A leap second (60) is
    /// allowed only where it can occur, in the last minute of a UTC day.
    private static func isTime(_ time: ArraySlice<Unicode.Scalar>) -> Bool {
        let start = time.startIndex
        guard time.count >= 9,
              let hour = number(time, at: 0, digits: 2), time[start + 2] == ":",
              let minute = number(time, at: 3, digits: 2), time[start + 5] == ":",
              let second = number(time, at: 6, digits: 2),
              hour <= 23, minute <= 59, second <= 60
        else { return false }
        var index = start + 8
        if index < time.endIndex, time[index] == "." {
            index += 1
            let fractionStart = index
            while index < time.endIndex, isDigit(time[index]) { index += 1 }
            guard index > fractionStart else { return false }
        }
        guard index < time.endIndex else { return false }
        var offsetMinutes = 0
        switch time[index] {
        case "Z", "z":
            guard index + 1 == time.endIndex else { return false }
        case "+", "-":
            let offset = time[(index + 1)...]
            guard offset.count == 5,
                  let offsetHour = number(offset, at: 0, digits: 2), offset[offset.startIndex + 2] == ":",
                  let offsetMinute = number(offset, at: 3, digits: 2),
                  offsetHour <= 23, offsetMinute <= 59
            else { return false }
            offsetMinutes = (offsetHour * 60 + offsetMinute) * (time[index] == "+" ? 1 : -1)
        default:
            return false
        }
        if second == 60 {
            let minutesIntoUTCDay = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
            return minutesIntoUTCDay == 23 * 60 + 59
        }
        return true
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// The number spelled by exactly `digits` ASCII digits at `offset` from the slice's start.
    private static func number(_ scalars: ArraySlice<Unicode.Scalar>, at offset: Int, digits: Int) -> Int? {
        let start = scalars.startIndex + offset
        guard start + digits <= scalars.endIndex else { return nil }
        var value = 0
        for scalar in scalars[start..<(start + digits)] {
            guard isDigit(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 0x30)
        }
        return value
    }
}
