/// A date expression found in the notice, with what it means there.
public struct DateMention: Codable, Sendable, Equatable {
    public enum Role: String, Codable, Sendable {
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

    private enum CodingKeys: String, CodingKey { case text, value, role, span }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(value, forKey: .value)
        try c.encode(role, forKey: .role)
        try c.encode(span, forKey: .span)
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
