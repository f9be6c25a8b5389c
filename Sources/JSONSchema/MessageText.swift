/// Pieces of violation messages.
enum MessageText {
    /// Longer instances are cut, so that one huge value does not bury the message.
    private static let maximumLength = 80

    /// A value as JSON, shortened with "…" past `maximumLength` characters.
    static func describe(_ value: JSONValue) -> String {
        let text = value.description
        guard text.count > maximumLength else { return text }
        return String(text.prefix(maximumLength - 1)) + "…"
    }

    /// A string in JSON quotes, shortened like `describe`.
    static func quoted(_ string: String) -> String {
        describe(.string(string))
    }

    /// "1 item", "3 items".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// "a", "a or b", "a, b or c" (or with another joining word).
    static func list(_ parts: [String], joinedBy word: String = "or") -> String {
        guard parts.count > 1, let last = parts.last else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " \(word) " + last
    }
}
