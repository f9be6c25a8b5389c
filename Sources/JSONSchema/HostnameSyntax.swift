/// DNS host names as RFC 1123 allows them: labels of ASCII letters, digits and inner hyphens.
enum HostnameSyntax {
    static func isDomainName(_ name: Substring) -> Bool {
        let trimmed = name.hasSuffix(".") ? name.dropLast() : name
        guard !trimmed.isEmpty, trimmed.utf8.count <= 253 else { return false }
        return trimmed.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            guard (1...63).contains(label.count), label.first != "-", label.last != "-" else { return false }
            return label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }
}
