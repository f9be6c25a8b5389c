import Foundation

/// An ECMA-262 regular expression, as `pattern` and `patternProperties` use them, run by ICU through
/// `NSRegularExpression`.
///
/// The two dialects agree on most syntax but not on meaning: ICU's `\d`, `\w` and `\s` are Unicode-wide,
/// its `$` also matches before a final newline, and it reads `[` and `&&` inside a class as set syntax.
/// `ECMAScriptRegexTranslator` rewrites those; what it cannot express is rejected when the schema is compiled.
struct ECMAScriptRegex: Sendable {
    let source: String
    private let expression: NSRegularExpression

    /// Throws a reason a person can act on when the pattern is not ECMA-262 or ICU cannot run it.
    init(_ source: String) throws(ECMAScriptRegexError) {
        self.source = source
        let translated = try ECMAScriptRegexTranslator.translate(source)
        do {
            expression = try NSRegularExpression(pattern: translated)
        } catch {
            throw ECMAScriptRegexError(reason: "ICU cannot compile it (as translated for ICU: \(translated))")
        }
    }

    /// Whether the expression matches anywhere in `string`: ECMA-262 patterns are not anchored.
    func matches(_ string: String) -> Bool {
        let range = NSRange(location: 0, length: string.utf16.count)
        return expression.firstMatch(in: string, options: [], range: range) != nil
    }
}

struct ECMAScriptRegexError: Error, Sendable {
    let reason: String
}
