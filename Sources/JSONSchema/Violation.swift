/// One way in which an instance fails its schema.
public struct Violation: Sendable, Equatable, Hashable {
    /// RFC 6901 pointer to the offending part of the instance; "" is the whole instance.
    public var instancePointer: String
    /// Pointer to the keyword that failed, along the path evaluation took from the root schema: a `$ref`
    /// appears as a "$ref" token followed by the keywords of the schema it refers to.
    public var schemaPointer: String
    /// The keyword that failed, such as "type" or "required".
    public var keyword: String
    /// What was expected and what was found.
    public var message: String

    public init(instancePointer: String, schemaPointer: String, keyword: String, message: String) {
        self.instancePointer = instancePointer
        self.schemaPointer = schemaPointer
        self.keyword = keyword
        self.message = message
    }
}

extension Violation: CustomStringConvertible {
    /// For example `/date: expected a string matching …, found "2020/08/14" (schema: /properties/date/pattern)`.
    public var description: String {
        let place = instancePointer.isEmpty ? "the instance" : instancePointer
        return "\(place): \(message) (schema: \(schemaPointer.isEmpty ? "the root" : schemaPointer))"
    }
}
