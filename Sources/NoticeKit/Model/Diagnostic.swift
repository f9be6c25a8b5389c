/// Something missing, inconsistent or damaged in the input, said so a person can act on it.
public struct Diagnostic: Decodable, Sendable, Equatable {
    public enum Severity: String, Decodable, Sendable {
        case error, warning, info
    }

    /// Stable kebab-case code such as `missing-title` or `mojibake`.
    public var code: String
    public var severity: Severity
    public var message: String
    public var span: Span?
    public var suggestion: String?

    public init(code: String, severity: Severity, message: String, span: Span? = nil, suggestion: String? = nil) {
        self.code = code
        self.severity = severity
        self.message = message
        self.span = span
        self.suggestion = suggestion
    }
}
