/// A strict reader of the markup the annotated page is made of: every element closed in the order opened,
/// every attribute quoted, no bare `<`, `>` or `&` in text, only the entities the page writes. It reads the
/// page's own output, so anything unexpected is an error rather than something to recover from.
struct PageMarkup {
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    struct Element {
        var name: String
        var attributes: [String: String]
    }

    static let voidElements: Set = ["meta", "br", "hr", "img", "input", "link"]
    static let rawTextElements: Set = ["script", "style"]
    static let entities = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "#39": "'"]

    /// Every element, in the order opened.
    private(set) var elements = [Element]()
    /// The text of each paragraph of the text column, without the repairs inserted after damaged text.
    private(set) var paragraphs = [String]()
    /// The text inside the marks of each `data-ref`, fragments joined.
    private(set) var marked = [String: String]()

    init(_ html: String) throws {
        let scalars = Array(html.unicodeScalars)
        var index = 0
        var open = [Element]()
        var paragraph: String?

        func fail(_ message: String) -> Problem {
            Problem(description: "\(message) at scalar \(index)")
        }
        func read(while accepts: (Unicode.Scalar) -> Bool) -> String {
            var text = String.UnicodeScalarView()
            while index < scalars.count, accepts(scalars[index]) {
                text.append(scalars[index])
                index += 1
            }
            return String(text)
        }
        func expect(_ literal: String) throws {
            for scalar in literal.unicodeScalars {
                guard index < scalars.count, scalars[index] == scalar else { throw fail("expected \(literal)") }
                index += 1
            }
        }
        func entity() throws -> String {
            try expect("&")
            let name = read { $0 != ";" && $0 != "<" && $0 != " " }
            try expect(";")
            guard let value = Self.entities[name] else { throw fail("unexpected entity &\(name);") }
            return value
        }
        func isName(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
        }

        if html.hasPrefix("<!DOCTYPE html>") { index = "<!DOCTYPE html>".unicodeScalars.count }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", index + 1 < scalars.count, scalars[index + 1] == "/" {
                index += 2
                let name = read(while: isName)
                try expect(">")
                guard let top = open.popLast(), top.name == name else { throw fail("</\(name)> closes nothing open") }
                if name == "p", let text = paragraph {
                    paragraphs.append(text)
                    paragraph = nil
                }
            } else if scalar == "<" {
                index += 1
                let name = read(while: isName)
                guard !name.isEmpty else { throw fail("a bare <") }
                var attributes = [String: String]()
                while true {
                    _ = read { $0 == " " }
                    if index < scalars.count, scalars[index] == ">" { break }
                    let attribute = read(while: isName)
                    guard !attribute.isEmpty, attributes[attribute] == nil else { throw fail("a bad or repeated attribute in <\(name)>") }
                    try expect("=\"")
                    var value = ""
                    while index < scalars.count, scalars[index] != "\"" {
                        guard scalars[index] != "<", scalars[index] != ">" else { throw fail("a bare < or > in an attribute") }
                        if scalars[index] == "&" {
                            value += try entity()
                        } else {
                            value.unicodeScalars.append(scalars[index])
                            index += 1
                        }
                    }
                    try expect("\"")
                    attributes[attribute] = value
                }
                try expect(">")
                let element = Element(name: name, attributes: attributes)
                elements.append(element)
                if Self.rawTextElements.contains(name) {
                    let close = Array("</\(name)>".unicodeScalars)
                    while index < scalars.count, Array(scalars[index..<Swift.min(index + close.count, scalars.count)]) != close { index += 1 }
                    try expect("</\(name)>")
                } else if !Self.voidElements.contains(name) {
                    open.append(element)
                    if name == "p", open.contains(where: { $0.name == "article" }) { paragraph = "" }
                }
            } else {
                guard scalar != ">" else { throw fail("a bare >") }
                let text = scalar == "&" ? try entity() : String(scalar)
                if scalar != "&" { index += 1 }
                let inRepair = open.contains { $0.name == "ins" }
                if !inRepair { paragraph? += text }
                guard !inRepair else { continue }
                let refs = Set(open.filter { $0.name == "mark" || $0.name == "del" }.compactMap { $0.attributes["data-ref"] })
                for ref in refs { marked[ref, default: ""] += text }
            }
        }
        guard open.isEmpty else { throw Problem(description: "left open: \(open.map(\.name))") }
    }
}
