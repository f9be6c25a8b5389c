import Testing
@testable import NoticeKit

extension InspectTests {
    @Suite struct AnnotatedPageTests {
        @Test func everyElementOfTheReferenceIsFoundInItsText() throws {
            let elements = PageElement.elements(of: try InspectedNotice.reference())
            let placed = Dictionary(grouping: elements.filter { !$0.places.isEmpty }, by: \.kind).mapValues(\.count)
            #expect(placed == [.issuer: 15, .recipient: 17, .heading: 11, .date: 2, .phone: 2, .email: 1, .damage: 2, .diagnostic: 1])
            #expect(elements.allSatisfy { !$0.places.isEmpty || $0.kind == .diagnostic })
        }

        @Test func thePageHasOneMarkForEveryPlacedElement() throws {
            let notice = try InspectedNotice.reference()
            let placed = PageElement.elements(of: notice).filter { !$0.places.isEmpty }
            let page = try PageMarkup(AnnotatedPage().render(notice))
            let marks = page.elements.filter { ($0.name == "mark" || $0.name == "del") && $0.attributes["data-label"] != nil }
            #expect(marks.count == 51)
            #expect(marks.count == placed.reduce(0) { $0 + $1.places.count })
            #expect(Set(marks.compactMap { $0.attributes["data-ref"] }) == Set(placed.map(\.id)))
            // Each mark has its field beside the text to light up.
            let fields = Set(page.elements.filter { $0.attributes["class"]?.hasPrefix("field ") == true }.compactMap { $0.attributes["data-ref"] })
            #expect(Set(placed.map(\.id)).isSubset(of: fields))
        }

        @Test func marksCoverWhatIsPrintedWhereTheRecordTookIt() throws {
            let notice = try InspectedNotice.reference()
            let page = try PageMarkup(AnnotatedPage().render(notice))
            #expect(page.marked["issuer-3"] == "科 技 部")
            #expect(page.marked["issuer-8"] == "交通運輸部")
            #expect(page.marked["issuer-9"] == "農業農村部")
            #expect(page.marked["recipient-0"] == "市場監管局")
            #expect(page.marked["recipient-9"] == "農業農村(農牧、畜牧、獸醫、漁業)廳")
            #expect(page.marked["recipient-13"] == "人民銀行")
            #expect(page.marked["heading-1"] == "二、活動內容")
            #expect(page.marked["heading-2-1"] == "(二)精心安排活動內容")
            #expect(page.marked["phone-0-1"] == "82260120")
            #expect(page.marked["email-0-0"] == "caiyugang@samr.gov.cn")
            #expect(page.marked["date-1"] == "2020年8月14日")
            #expect(page.marked["damage-2"] == "?!比蝿?")
            #expect(page.marked["damage-3"] == "?;顒咏Y")
            #expect(page.marked["diagnostic-1"] == "等16")

            // The lead issuer is marked in the signature block, not where the body or the contact names it.
            let elements = PageElement.elements(of: notice)
            let lead = try #require(elements.first { $0.id == "issuer-0" }?.places.first)
            let signature = try #require(TextLocator(notice.text).occurrences(of: "市場監管總局 中央宣傳部").first)
            #expect(lead.start == signature.start)
        }

        @Test func damagedTextIsStruckThroughAndFollowedByItsRepair() throws {
            let html = AnnotatedPage().render(try InspectedNotice.reference())
            #expect(html.contains(#"data-label="mojibake">?!比蝿?</del><ins class="repair k-damage" data-ref="damage-2" title="suggested repair">保”任務</ins>"#))
            #expect(html.contains(">?;顒咏Y</del><ins class=\"repair k-damage\" data-ref=\"damage-3\" title=\"suggested repair\">。活動結</ins>"))
        }

        @Test(arguments: ["txt", "html", "xml"])
        func theTextReadsBackWholeFromThePage(_ form: String) throws {
            let notice = try InspectedNotice.reference(form)
            let page = try PageMarkup(AnnotatedPage().render(notice))
            #expect(page.paragraphs.joined(separator: "\n") == notice.text)
        }

        @Test func theTitleIsMarkedWhenTheBodyPrintsIt() throws {
            let notice = try InspectedNotice.reference("html")
            let title = try #require(PageElement.elements(of: notice).first { $0.kind == .title })
            #expect(title.places == [Span(start: 0, end: try #require(notice.title).unicodeScalars.count)])
            #expect(try PageMarkup(AnnotatedPage().render(notice)).marked["title"] == notice.title)
        }

        @Test func libxml2ReadsThePage() throws {
            let notice = try InspectedNotice.reference()
            let html = AnnotatedPage().render(notice)
            let tree = try #require(LibXML2.parseHTML(Array(html.utf8))).tree
            let marks = tree.nodes.filter { ($0.name == "mark" || $0.name == "del") && $0.attributes["data-label"] != nil }
            #expect(marks.count == 51)
            #expect(tree.nodes.contains { $0.name == "html" && $0.attributes["lang"] == "zh" })
            #expect(tree.nodes.contains { $0.name == "meta" && $0.attributes["charset"] == "utf-8" })
            let article = try #require(tree.nodes.firstIndex { $0.name == "article" })
            #expect(tree.children(of: article).filter { tree.nodes[$0].name == "p" }.count == notice.text.split(separator: "\n", omittingEmptySubsequences: false).count)
        }

        @Test func thePageIsSelfContainedAndRendersChinese() throws {
            let html = AnnotatedPage().render(try InspectedNotice.reference())
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh\">"))
            #expect(html.contains("<meta charset=\"utf-8\">"))
            #expect(html.contains(#"font: 15px/1.6 "Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Micro Hei", sans-serif;"#))
            for fetch in ["<link", " src=", "url(", "@import", "http:", "https:"] {
                #expect(!html.contains(fetch), "\(fetch) would reach the network")
            }
        }

        @Test func markupInTheNoticeIsEscapedEverywhere() throws {
            let text = "<script>alert(\"x\")</script> & 'q' <b>科 技 部</b>\n2020年8月14日"
            let notice = Notice(
                source: InspectedNotice.source(path: "a<b>&\".txt"), script: .simplified, title: "<i>Title</i>",
                issuers: [Organization(name: "科技部", canonicalName: "科学技术部", englishName: "Ministry \"of\" <Science>")],
                dates: [DateMention(text: "2020年8月14日", value: "2020-08-14", role: .issued, span: Span(start: 47, end: 57))],
                text: text,
                diagnostics: [Diagnostic(code: "mojibake", severity: .warning, message: "\"<x>\" & 'y'", span: Span(start: 0, end: 8), suggestion: "</del><script>")])
            let html = AnnotatedPage().render(notice)
            #expect(!html.contains("<script>alert"))
            #expect(!html.contains("<b>"))
            #expect(!html.contains("<i>"))
            #expect(!html.contains("</del><script>"))
            #expect(html.contains("&lt;script&gt;</del>"))
            #expect(html.contains("alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &lt;b&gt;"))
            let page = try PageMarkup(html)
            #expect(page.paragraphs.joined(separator: "\n") == text)
            #expect(page.marked["issuer-0"] == "科 技 部")
            #expect(page.marked["date-0"] == "2020年8月14日")
            #expect(page.marked["damage-0"] == "<script>")
            #expect(page.elements.contains { $0.attributes["title"] == "issuer: 科技部 → 科学技术部 (Ministry \"of\" <Science>)" })
        }

        @Test func overlappingPlacesNestAsFragmentsOfOneMark() throws {
            let text = "一、2020年9月開展活動\n乙丙"
            let notice = Notice(
                source: InspectedNotice.source(), script: .simplified,
                sections: [Section(label: "一、", style: "一、", ordinal: 1, level: 1, heading: "2020年9月開展活動")],
                dates: [DateMention(text: "2020年9月", value: "2020-09", role: .mentioned, span: Span(start: 2, end: 9))],
                text: text,
                diagnostics: [
                    Diagnostic(code: "crossing", severity: .info, message: "m", span: Span(start: 7, end: 15)),
                    Diagnostic(code: "mojibake", severity: .warning, message: "m", span: Span(start: 11, end: 16), suggestion: "修"),
                ])
            let page = try PageMarkup(AnnotatedPage().render(notice))
            #expect(page.paragraphs == ["一、2020年9月開展活動", "乙丙"])
            #expect(page.marked["heading-0"] == "一、2020年9月開展活動")
            #expect(page.marked["date-0"] == "2020年9月")
            #expect(page.marked["diagnostic-0"] == "9月開展活動乙")
            #expect(page.marked["damage-1"] == "活動乙丙")
            let labelled = page.elements.filter { $0.attributes["data-label"] != nil }.compactMap { $0.attributes["data-ref"] }
            #expect(labelled.sorted() == ["damage-1", "date-0", "diagnostic-0", "heading-0"])
            let repairs = page.elements.filter { $0.name == "ins" && $0.attributes["data-ref"] == "damage-1" }
            #expect(repairs.count == 1)
        }

        @Test func whatTheTextDoesNotPrintIsListedUnmarked() throws {
            let notice = Notice(
                source: InspectedNotice.source(), script: .simplified, title: "關於開展活動的通知", documentNumber: "國市監〔2020〕1號",
                issuers: [Organization(name: "海關總署")], recipients: [Recipient(name: "各直屬海關")],
                sections: [Section(label: "一、", style: "一、", ordinal: 1, level: 1, heading: "活動主題")],
                contacts: [Contact(name: "蔡", organization: nil, phones: [Phone(raw: "010-1", e164: nil, kind: .voice)], emails: ["a@b.cn"])],
                dates: [DateMention(text: "2020年", value: "2020", role: .mentioned, span: nil)],
                text: "正文")
            let html = AnnotatedPage().render(notice)
            let page = try PageMarkup(html)
            #expect(page.marked.isEmpty)
            let unplaced = page.elements.filter { $0.attributes["class"]?.contains("unplaced") == true }.compactMap { $0.attributes["data-ref"] }
            #expect(unplaced.sorted() == ["email-0-0", "heading-0", "issuer-0", "number", "phone-0-0", "recipient-0", "title"])
            #expect(html.contains("海關總署"))
            #expect(html.contains("not found in the text"))
        }
    }
}
