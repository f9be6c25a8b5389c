/// A URI reference split into its RFC 3986 components, with reference resolution (section 5.2).
///
/// Parsing never fails: like the regular expression of RFC 3986 appendix B, it only splits. Whether a
/// reference is usable is decided by whoever needs it, for example `isAbsolute` for a base URI.
struct URIReference: Equatable, Sendable {
    var scheme: String?
    var authority: String?
    var path: String
    var query: String?
    var fragment: String?

    init(_ text: String) {
        var rest = Substring(text)
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: question)...])
            rest = rest[..<question]
        }
        if let colon = rest.firstIndex(of: ":"), URIReference.isScheme(rest[..<colon]) {
            scheme = rest[..<colon].lowercased()
            rest = rest[rest.index(after: colon)...]
        }
        if rest.hasPrefix("//") {
            let afterSlashes = rest.dropFirst(2)
            let end = afterSlashes.firstIndex(of: "/") ?? afterSlashes.endIndex
            authority = String(afterSlashes[..<end])
            rest = afterSlashes[end...]
        }
        path = String(rest)
    }

    private init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    private static func isScheme(_ candidate: Substring) -> Bool {
        guard let first = candidate.first, first.isASCII, first.isLetter else { return false }
        return candidate.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    var isAbsolute: Bool { scheme != nil }

    var string: String {
        var text = ""
        if let scheme { text += scheme + ":" }
        if let authority { text += "//" + authority }
        text += path
        if let query { text += "?" + query }
        if let fragment { text += "#" + fragment }
        return text
    }

    var withoutFragment: URIReference {
        var copy = self
        copy.fragment = nil
        return copy
    }

    /// This reference resolved against `base`, which should be absolute (RFC 3986 section 5.2.2).
    func resolved(against base: URIReference) -> URIReference {
        if scheme != nil {
            return URIReference(scheme: scheme, authority: authority, path: URIReference.removingDotSegments(path),
                                query: query, fragment: fragment)
        }
        if authority != nil {
            return URIReference(scheme: base.scheme, authority: authority, path: URIReference.removingDotSegments(path),
                                query: query, fragment: fragment)
        }
        if path.isEmpty {
            return URIReference(scheme: base.scheme, authority: base.authority, path: base.path,
                                query: query ?? base.query, fragment: fragment)
        }
        let mergedPath = path.hasPrefix("/") ? path : merging(path, into: base)
        return URIReference(scheme: base.scheme, authority: base.authority,
                            path: URIReference.removingDotSegments(mergedPath), query: query, fragment: fragment)
    }

    private func merging(_ relativePath: String, into base: URIReference) -> String {
        if base.authority != nil, base.path.isEmpty {
            return "/" + relativePath
        }
        guard let lastSlash = base.path.lastIndex(of: "/") else { return relativePath }
        return String(base.path[...lastSlash]) + relativePath
    }

    /// RFC 3986 section 5.2.4, working on whole segments.
    static func removingDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        let isAbsolutePath = path.hasPrefix("/")
        var segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if isAbsolutePath { segments.removeFirst() }
        var output: [String] = []
        var endsInDirectory = false
        for segment in segments {
            switch segment {
            case ".":
                endsInDirectory = true
            case "..":
                if !output.isEmpty { output.removeLast() }
                endsInDirectory = true
            default:
                output.append(segment)
                endsInDirectory = false
            }
        }
        var result = (isAbsolutePath ? "/" : "") + output.joined(separator: "/")
        if endsInDirectory, !result.hasSuffix("/") {
            result += "/"
        }
        return result
    }

    /// Decodes %XX escapes as UTF-8; nil when an escape is malformed or the bytes are not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard utf8.count >= 2, utf8.prefix(2).allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit }),
                  let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            else { return nil }
            bytes.append(value)
            utf8 = utf8.dropFirst(2)
        }
        guard UTF8Validation.firstInvalidOffset(in: bytes[...]) == nil else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
