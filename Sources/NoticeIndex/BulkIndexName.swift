/// OpenSearch's and Elasticsearch's rules for an index name, checked before any line is written, since
/// the cluster refuses a whole `_bulk` request over a bad name.
public enum BulkIndexName {
    public enum Problem: Error, Equatable, CustomStringConvertible, Sendable {
        case invalid(name: String, reason: String)

        public var description: String {
            switch self {
            case .invalid(let name, let reason):
                "\"\(name)\" cannot name an index: \(reason); use lowercase letters, digits, - and _, such as notices-2020."
            }
        }
    }

    public static func check(_ name: String) throws(Problem) {
        if name.isEmpty { throw .invalid(name: name, reason: "it is empty") }
        if name == "." || name == ".." { throw .invalid(name: name, reason: "it is . or ..") }
        if name.utf8.count > 255 { throw .invalid(name: name, reason: "it is longer than 255 bytes") }
        if let first = name.first, "-_+".contains(first) {
            throw .invalid(name: name, reason: "it starts with \(first)")
        }
        if name != name.lowercased() { throw .invalid(name: name, reason: "it has uppercase letters") }
        if let bad = name.first(where: { "\\/*?\"<>| ,#:".contains($0) }) {
            throw .invalid(name: name, reason: bad == " " ? "it has a space" : "it has \(bad)")
        }
    }
}
