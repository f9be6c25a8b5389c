/// RFC 3986 `URI`: an absolute URI, with a scheme, optional authority, path, query and fragment, each
/// restricted to the characters the grammar allows there (non-ASCII must be percent-encoded).
enum URIFormat {
    private static let unreserved = Set("-._~".unicodeScalars)
    private static let subDelimiters = Set("!$&'()*+,;=".unicodeScalars)

    static func isAbsoluteURI(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let colon = scalars.firstIndex(of: ":"), isScheme(scalars[..<colon]) else { return false }
        var rest = scalars[(colon + 1)...]
        if let hash = rest.firstIndex(of: "#") {
            guard isValid(rest[(hash + 1)...], extra: "/?:@") else { return false }
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            guard isValid(rest[(question + 1)...], extra: "/?:@") else { return false }
            rest = rest[..<question]
        }
        if rest.starts(with: ["/", "/"]) {
            let afterSlashes = rest.dropFirst(2)
            let pathStart = afterSlashes.firstIndex(of: "/") ?? afterSlashes.endIndex
            guard isAuthority(afterSlashes[..<pathStart]) else { return false }
            rest = afterSlashes[pathStart...]
        }
        return isValid(rest, extra: "/:@")
    }

    private static func isScheme(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return scalars.allSatisfy { isAlphanumeric($0) || "+-.".unicodeScalars.contains($0) }
    }

    private static func isAuthority(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var hostAndPort = scalars
        if let at = scalars.lastIndex(of: "@") {
            guard isValid(scalars[..<at], extra: ":") else { return false }
            hostAndPort = scalars[(at + 1)...]
        }
        var port: ArraySlice<Unicode.Scalar> = []
        var host = hostAndPort
        if hostAndPort.first == "[" {
            guard let close = hostAndPort.firstIndex(of: "]") else { return false }
            host = hostAndPort[...close]
            let afterHost = hostAndPort[(close + 1)...]
            if !afterHost.isEmpty {
                guard afterHost.first == ":" else { return false }
                port = afterHost.dropFirst()
            }
            let literal = Substring(String(String.UnicodeScalarView(host.dropFirst().dropLast())))
            guard IPAddressFormat.isIPv6(literal) || isIPvFuture(literal) else { return false }
        } else {
            if let colon = hostAndPort.lastIndex(of: ":") {
                host = hostAndPort[..<colon]
                port = hostAndPort[(colon + 1)...]
            }
            guard isValid(host, extra: "") else { return false }
        }
        return port.allSatisfy { ("0"..."9").contains($0) }
    }

    /// "v" hex-digits "." then unreserved, sub-delimiter or ":" characters.
    private static func isIPvFuture(_ literal: Substring) -> Bool {
        guard literal.first == "v" || literal.first == "V", let dot = literal.firstIndex(of: ".") else { return false }
        let version = literal[literal.index(after: literal.startIndex)..<dot]
        let rest = literal[literal.index(after: dot)...]
        return !version.isEmpty && version.allSatisfy(\.isHexDigit) && !rest.isEmpty
            && rest.unicodeScalars.allSatisfy { isAlphanumeric($0) || unreserved.contains($0) || subDelimiters.contains($0) || $0 == ":" }
    }

    /// Whether every character is unreserved, a sub-delimiter, one of `extra`, or part of a %XX escape.
    private static func isValid(_ scalars: ArraySlice<Unicode.Scalar>, extra: String) -> Bool {
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "%" {
                guard index + 2 < scalars.endIndex,
                      isHexDigit(scalars[index + 1]), isHexDigit(scalars[index + 2])
                else { return false }
                index += 3
                continue
            }
            guard isAlphanumeric(scalar) || unreserved.contains(scalar) || subDelimiters.contains(scalar)
                || extra.unicodeScalars.contains(scalar)
            else { return false }
            index += 1
        }
        return true
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static func isHexDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("a"..."f").contains(scalar) || ("A"..."F").contains(scalar)
    }
}
