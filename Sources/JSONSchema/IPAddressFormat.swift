import Foundation

/// IPv4 and IPv6 address syntax, as e-mail address literals and URI hosts use it.
enum IPAddressFormat {
    /// Dotted decimal with four parts of 0–255 and no leading zeros (RFC 3986 `IPv4address`).
    static func isIPv4(_ text: Substring) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            guard (1...3).contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }),
                  part == "0" || !part.hasPrefix("0"), let value = Int(part)
            else { return false }
            return value <= 255
        }
    }

    /// RFC 4291 text form: eight groups of up to four hex digits, one "::" standing for a run of zero
    /// groups, and optionally an IPv4 address in place of the last two groups.
    static func isIPv6(_ text: Substring) -> Bool {
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return false }
        let compressed = halves.count == 2
        var groupCount = 0
        for (halfIndex, half) in halves.enumerated() where !half.isEmpty {
            let groups = half.split(separator: ":", omittingEmptySubsequences: false)
            for (groupIndex, group) in groups.enumerated() {
                let isLastGroup = halfIndex == halves.count - 1 && groupIndex == groups.count - 1
                if isLastGroup, group.contains(".") {
                    guard isIPv4(group) else { return false }
                    groupCount += 2
                } else {
                    guard (1...4).contains(group.count), group.allSatisfy(\.isHexDigit), group.allSatisfy(\.isASCII) else {
                        return false
                    }
                    groupCount += 1
                }
            }
        }
        return compressed ? groupCount <= 7 : groupCount == 8
    }
}
