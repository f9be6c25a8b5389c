/// A stretch of text damaged before NoticeKit read it, and what it most likely said.
public struct Damage: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// GBK bytes decoded one byte out of step after a lost byte.
        case byteShift
        /// UTF-8 bytes decoded as GBK (`鍙戞枃`, `锟斤拷`).
        case utf8ReadAsGBK
        /// Multi-byte text decoded as Latin-1 or Windows-1252 (`Ã`, `Â` runs).
        case readAsLatin1
        /// Characters an earlier conversion lost (`??`, U+FFFD).
        case lost
    }

    public var kind: Kind
    /// Scalar offsets into the text the damage was found in.
    public var span: Span
    public var printed: String
    /// The repaired text for the span, when one can be computed.
    public var suggestion: String?
    /// How far the best repair stands above the next one, from 0 to 1.
    public var confidence: Double
    public var message: String

    public var diagnostic: Diagnostic {
        Diagnostic(code: "mojibake", severity: .warning, message: message, span: span, suggestion: suggestion)
    }
}
