import Foundation
import Testing
@testable import NoticeKit

/// What the open web sends: XML that asks to read files or expand without bound, markup nested or
/// repeated to extremes, bytes that are not text. Nothing may crash, hang, read a local file or vanish
/// without a diagnostic.
@Suite struct HostileInputTests {
    func convert(_ text: String, path: String) throws -> Notice {
        try NoticeConverter().convert(Array(text.utf8), path: path)
    }

    func codes(_ notice: Notice) -> Set<String> { Set(notice.diagnostics.map(\.code)) }

    static let laughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
        <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
        <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
        <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
        <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]><doc><p>开始&lol9;结束</p></doc>
        """

    @Test func billionLaughsDoesNotExpand() throws {
        let notice = try convert(Self.laughs, path: "laughs.xml")
        #expect(notice.text.count < 100)
        #expect(!notice.text.contains("lollol"))
        #expect(!codes(notice).isDisjoint(with: ["malformed-xml", "entities-not-expanded"]))
    }

    @Test func quadraticBlowupDoesNotExpand() throws {
        let value = String(repeating: "A", count: 20000)
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"\(value)\">]><doc><p>正文\(String(repeating: "&a;", count: 20000))</p></doc>"
        let notice = try convert(xml, path: "quadratic.xml")
        #expect(notice.text.count < 100)
        #expect(codes(notice).contains("entities-not-expanded"))
    }

    @Test(arguments: [
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY s SYSTEM \"file:///etc/passwd\">]><doc><p>开始&s;结束</p></doc>",
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY h SYSTEM \"http://127.0.0.1:9/x\">]><doc><p>开始&h;结束</p></doc>",
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]><doc><p>开始结束</p></doc>",
        "<?xml version=\"1.0\"?><!DOCTYPE d SYSTEM \"file:///etc/passwd\"><doc><p>开始结束</p></doc>",
        "<?xml version=\"1.0\"?><doc xmlns:xi=\"http://www.w3.org/2001/XInclude\"><p>开始结束</p><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></doc>",
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">]><doc><p>开始&a;结束</p></doc>",
    ])
    func nothingOutsideTheInputIsEverRead(_ xml: String) throws {
        let notice = try convert(xml, path: "hostile.xml")
        #expect(notice.text.hasPrefix("开始"))
        #expect(!notice.text.contains("root:"))
        #expect(!NoticeXML.encode(notice).isEmpty)
    }

    @Test func refusalsAreSaid() throws {
        #expect(codes(try convert("<?xml version=\"1.0\"?><!DOCTYPE d SYSTEM \"file:///etc/passwd\"><doc><p>正文</p></doc>", path: "a.xml"))
            .contains("external-dtd-ignored"))
        #expect(codes(try convert("<?xml version=\"1.0\"?><doc xmlns:xi=\"http://www.w3.org/2001/XInclude\"><p>正文</p><xi:include href=\"x.xml\"/></doc>", path: "a.xml"))
            .contains("xinclude-ignored"))
    }

    @Test func deepNestingAndHugeTables() throws {
        let deep = "<html><body>" + String(repeating: "<div>", count: 100_000) + "<p>各单位：请做好工作。</p>"
            + String(repeating: "</div>", count: 100_000) + "</body></html>"
        let nested = try convert(deep, path: "deep.html")
        #expect(!nested.diagnostics.isEmpty || !nested.text.isEmpty)

        let rows = (0..<10_000).map { "<tr><td>第\($0)行</td><td>内容</td></tr>" }.joined()
        let table = try convert("<html><body><div id=\"zoom\"><p>各单位：</p><table>\(rows)</table></div></body></html>", path: "table.html")
        #expect(table.text.contains("第9999行"))
    }

    @Test func aTenMegabyteLine() throws {
        let line = String(repeating: "为做好质量工作，", count: 450_000)
        let notice = try convert(line, path: "line.txt")
        #expect(notice.text.unicodeScalars.count == 3_600_000)
    }

    @Test func markupInTheWrongFile() throws {
        let xmlNamedHTML = try convert("<?xml version=\"1.0\"?><doc><p>关于开展检查的通知</p><p>各单位：请做好工作。</p></doc>", path: "x.html")
        #expect(xmlNamedHTML.source.format == .xml)
        let htmlNamedXML = try convert("<!DOCTYPE html><html><body><div class=\"TRS_Editor\"><p>各单位：</p><p>请做好检查工作。</p></div></body></html>", path: "x.xml")
        #expect(htmlNamedXML.source.format == .html)
        #expect(htmlNamedXML.text.contains("请做好检查工作。"))
    }

    @Test func nulBytesAreRemovedAndSaid() throws {
        let notice = try NoticeConverter().convert(Array("关于开展检查的通知\u{0}\u{0}\n各单位：\u{0}请做好工作。".utf8), path: "nul.txt")
        #expect(!notice.text.contains("\u{0}"))
        #expect(codes(notice).contains("nul-bytes"))
    }

    @Test func aPageOfNavigationOnly() throws {
        let notice = try convert("<html><body><ul><li><a href='/'>首页</a></li><li><a href='/a'>政务公开</a></li></ul></body></html>", path: "nav.html")
        #expect(!codes(notice).isDisjoint(with: ["no-body", "empty-document"]))
    }
}
