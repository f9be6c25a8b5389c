import Testing
@testable import NoticeKit

/// The tree built from libxml2's parser events must be the one its own tree builder makes. The expected
/// trees here are what `htmlReadMemory` built for the same markup.
@Suite struct LibXML2HTMLTests {
    private func tree(_ html: String) throws -> MarkupTree {
        try #require(LibXML2.parseHTML(Array(html.utf8))).tree
    }

    /// Each node as one line: kind and name or text, with its parent's index.
    private func outline(_ tree: MarkupTree) -> [String] {
        tree.nodes.map { node in
            let parent = node.parent.map(String.init) ?? "-"
            switch node.kind {
            case .element:
                let attributes = node.attributes.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
                return "\(parent) <\(node.name)\(attributes.isEmpty ? "" : " " + attributes)>"
            case .text: return "\(parent) \"\(node.text)\""
            case .comment: return "\(parent) !\(node.text)"
            }
        }
    }

    @Test func eventsMakeTheTreeLibxml2Would() throws {
        let parsed = try tree(
            #"<!-- top --><p>a<o:p x:y="1" CLASS=Z disabled nowrapx>b</o:p>c<?pi x?>d<script>s1<!-- k -->s2</script>e &amp; &foo; f</p>tail"#)
        #expect(outline(parsed) == [
            "- ! top ",
            "- <html>",
            "1 <body>",
            "2 <p>",
            "3 \"a\"",
            // A prefixed tag keeps its local name; attribute names keep theirs; a boolean attribute
            // without a value holds its name, any other is empty.
            "3 <p x:y=1 class=Z disabled=disabled nowrapx=>",
            "5 \"b\"",
            // A processing instruction parts the text around it, though the tree keeps nothing of it.
            "3 \"c\"",
            "3 \"d\"",
            "3 <script>",
            "9 \"s1<!-- k -->s2\"",
            // Character data around references merges into one text.
            "3 \"e & &foo; f\"",
            "2 \"tail\"",
        ])
        #expect(parsed.nodes.map(\.end) == [1, 13, 13, 12, 5, 7, 7, 8, 9, 11, 11, 12, 13])
    }

    @Test func onlyTheAttributesAReaderConsultsAreKept() throws {
        let page = Array(#"<div id="a" class="b c" data-x="1"><a href="/x" name="n" nameless="y">x</a></div>"#.utf8)
        let parsed = try #require(LibXML2.parseHTML(page, keepingAttributes: ["id", "class", "name"])).tree
        let attributes = parsed.nodes.filter { $0.kind == .element }.map { $0.attributes.map { "\($0.name)=\($0.value)" } }
        #expect(attributes == [[], [], ["id=a", "class=b c"], ["name=n"]])
    }

    @Test func prefixesSplitAtTheFirstColonOnly() throws {
        let names = try tree("<a:>y</a:><a:b:c>z</a:b:c>").nodes.filter { $0.kind == .element }.map(\.name)
        #expect(names == ["html", "body", "a:", "b:c"])
    }

    @Test func textIsReadAsUTF8WhateverThePageDeclares() throws {
        let parsed = try tree(#"<html><head><meta charset="gbk"></head><body><p>中文 café</p></body></html>"#)
        #expect(parsed.nodes.filter { $0.kind == .text }.map(\.text) == ["中文 café"])
    }

    @Test func emptyInputHasNoDocumentAndBlankInputAnEmptyOne() throws {
        #expect(LibXML2.parseHTML([]) == nil)
        #expect(try tree("  \n ").nodes.isEmpty)
    }

    @Test func unclosedElementsEndWithTheDocument() throws {
        let parsed = try tree("<div><table><tr><td>一<td>二")
        #expect(parsed.nodes.allSatisfy { $0.end <= parsed.nodes.count })
        #expect(parsed.nodes.filter { $0.kind == .text }.map(\.text) == ["一", "二"])
        #expect(parsed.nodes[0].end == parsed.nodes.count)
    }
}
