import Foundation

/// RFC 6901 JSON Pointers, as the reference tokens they are made of.
enum JSONPointer {
    /// Joins reference tokens into a pointer; no tokens is the whole document, "".
    static func string(from tokens: some Sequence<String>) -> String {
        var pointer = ""
        for token in tokens {
            pointer += "/" + escape(token)
        }
        return pointer
    }

    static func escape(_ token: String) -> String {
        guard token.contains(where: { $0 == "~" || $0 == "/" }) else { return token }
        return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// The tokens of `pointer`, or nil when it is not a pointer (it must be empty or start with "/", and
    /// "~" must be followed by 0 or 1).
    static func tokens(of pointer: String) -> [String]? {
        if pointer.isEmpty { return [] }
        guard pointer.hasPrefix("/") else { return nil }
        var tokens: [String] = []
        for rawToken in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let token = unescape(rawToken) else { return nil }
            tokens.append(token)
        }
        return tokens
    }

    private static func unescape(_ raw: Substring) -> String? {
        guard raw.contains("~") else { return String(raw) }
        var token = ""
        var iterator = raw.makeIterator()
        while let character = iterator.next() {
            guard character == "~" else {
                token.append(character)
                continue
            }
            switch iterator.next() {
            case "0": token.append("~")
            case "1": token.append("/")
            default: return nil
            }
        }
        return token
    }

    /// The value `tokens` lead to inside `document`. An array token must be a decimal index without
    /// leading zeros.
    static func resolve(_ tokens: [String], in document: JSONValue) -> JSONValue? {
        var current = document
        for token in tokens {
            switch current {
            case .object(let object):
                guard let member = object[token] else { return nil }
                current = member
            case .array(let elements):
                guard let index = arrayIndex(token), index < elements.count else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    private static func arrayIndex(_ token: String) -> Int? {
        guard !token.isEmpty, token.allSatisfy(\.isASCII), token.allSatisfy(\.isNumber),
              token == "0" || !token.hasPrefix("0")
        else { return nil }
        return Int(token)
    }
}
