/// RFC 5321 `Mailbox`: a dot-atom or quoted local part, "@", then a domain name or an address literal.
enum EmailFormat {
    /// RFC 5322 `atext`: the characters a dot-atom may use besides letters and digits.
    private static let atextSymbols = Set("!#$%&'*+-/=?^_`{|}~".unicodeScalars)

    static func isMailbox(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let at = endOfLocalPart(scalars), at < scalars.count, scalars[at] == "@" else { return false }
        let domain = String(String.UnicodeScalarView(scalars[(at + 1)...]))
        if domain.hasPrefix("[") {
            guard domain.hasSuffix("]"), domain.count > 2 else { return false }
            let literal = domain.dropFirst().dropLast()
            if literal.hasPrefix("IPv6:") {
                return IPAddressFormat.isIPv6(literal.dropFirst(5))
            }
            return IPAddressFormat.isIPv4(literal)
        }
        return HostnameSyntax.isDomainName(Substring(domain))
    }

    /// The index just past a well-formed local part, which must not be empty.
    private static func endOfLocalPart(_ scalars: [Unicode.Scalar]) -> Int? {
        guard let first = scalars.first else { return nil }
        if first == "\"" {
            var index = 1
            while index < scalars.count {
                switch scalars[index] {
                case "\"":
                    return index > 1 ? index + 1 : nil
                case "\\":
                    guard index + 1 < scalars.count, (0x20...0x7E).contains(scalars[index + 1].value) else { return nil }
                    index += 2
                default:
                    guard (0x20...0x7E).contains(scalars[index].value) else { return nil }
                    index += 1
                }
            }
            return nil
        }
        var index = 0
        var previousWasDot = true
        while index < scalars.count, scalars[index] != "@" {
            let scalar = scalars[index]
            if scalar == "." {
                guard !previousWasDot else { return nil }
                previousWasDot = true
            } else {
                guard isAtext(scalar) else { return nil }
                previousWasDot = false
            }
            index += 1
        }
        return previousWasDot ? nil : index
    }

    private static func isAtext(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || atextSymbols.contains(scalar))
    }
}
