/// Text decoded from an input's bytes, with how it was decoded and what could not be.
public struct DecodedText: Sendable {
    public var text: String
    public var encoding: TextEncoding
    /// The label the input declared (BOM, XML declaration, `<meta charset>`), if any.
    public var declaredLabel: String?
    public var diagnostics: [Diagnostic]
    /// How many undecodable byte sequences the decoder replaced with U+FFFD.
    public var replacedSequences = 0
}
