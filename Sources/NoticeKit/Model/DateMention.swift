/// A date expression found in the notice, with what it means there.
public struct DateMention: Decodable, Sendable, Equatable {
    public enum Role: String, Decodable, Sendable {
        case issued, printed, published, effective, deadline, mentioned
    }

    /// As printed.
    public var text: String
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var value: String
    public var role: Role
    public var span: Span?

    public init(text: String, value: String, role: Role, span: Span?) {
        self.text = text
        self.value = value
        self.role = role
        self.span = span
    }
}

/// A half-open range of Unicode scalar offsets into the record's `text`.
public struct Span: Codable, Sendable, Equatable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}
