/// Builds an XML document as text: elements, escaped character data, indentation for elements that
/// hold elements. Characters XML 1.0 cannot carry (C0 controls other than tab, line feed and carriage
/// return) are written as U+FFFD.
struct XMLBuilder {
    private(set) var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var depth = 0

    mutating func open(_ name: String, attributes: [(String, String)] = []) {
        indent()
        output += "<" + name + Self.attributes(attributes) + ">\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        indent()
        output += "</" + name + ">\n"
    }

    /// An element holding text; nothing at all when the value is nil, so absence stands for null.
    mutating func leaf(_ name: String, _ value: String?, attributes: [(String, String)] = []) {
        guard let value else { return }
        indent()
        output += "<" + name + Self.attributes(attributes) + ">" + Self.escape(value, inAttribute: false) + "</" + name + ">\n"
    }

    mutating func empty(_ name: String, attributes: [(String, String)]) {
        indent()
        output += "<" + name + Self.attributes(attributes) + "/>\n"
    }

    private mutating func indent() {
        output += String(repeating: "  ", count: depth)
    }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(escape($0.1, inAttribute: true))\"" }.joined()
    }

    static func escape(_ text: String, inAttribute: Bool) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped.append(contentsOf: "&amp;".unicodeScalars)
            case "<": escaped.append(contentsOf: "&lt;".unicodeScalars)
            case ">": escaped.append(contentsOf: "&gt;".unicodeScalars)
            // A parser folds CR LF into LF and, in attributes, white space into spaces: references keep them.
            case "\r": escaped.append(contentsOf: "&#13;".unicodeScalars)
            case "\"" where inAttribute: escaped.append(contentsOf: "&quot;".unicodeScalars)
            case "\n" where inAttribute: escaped.append(contentsOf: "&#10;".unicodeScalars)
            case "\t" where inAttribute: escaped.append(contentsOf: "&#9;".unicodeScalars)
            case "\t", "\n": escaped.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                escaped.append("\u{FFFD}")
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }
}
