/// The `format` values this validator can assert, when asked to.
enum AssertedFormat: String, Sendable {
    case date
    case dateTime = "date-time"
    case email
    case uri

    /// What a conforming string looks like, for messages.
    var expectation: String {
        switch self {
        case .date: "a date in RFC 3339 full-date form (YYYY-MM-DD)"
        case .dateTime: "a date-time in RFC 3339 form (YYYY-MM-DDThh:mm:ss with a Z or ±hh:mm offset)"
        case .email: "an e-mail address (RFC 5321 mailbox, such as name@example.com)"
        case .uri: "an absolute URI (RFC 3986, with a scheme, such as https://example.com/path)"
        }
    }

    func accepts(_ string: String) -> Bool {
        let scalars = Array(string.unicodeScalars)
        switch self {
        case .date: return DateTimeFormat.isFullDate(scalars[...])
        case .dateTime: return DateTimeFormat.isDateTime(scalars)
        case .email: return EmailFormat.isMailbox(scalars)
        case .uri: return URIFormat.isAbsoluteURI(scalars)
        }
    }
}
