import Testing
@testable import NoticeKit

extension InspectTests {
    @Suite struct OutlineRendererTests {
        @Test func showsEveryIssuerRecipientHeadingAndDamagedSpan() throws {
            let notice = try InspectedNotice.reference()
            let outline = OutlineRenderer(width: 200).render(notice)
            for issuer in notice.issuers {
                #expect(outline.contains(issuer.name), "issuer \(issuer.name)")
                if let canonical = issuer.canonicalName { #expect(outline.contains(canonical), "canonical \(canonical)") }
            }
            #expect(outline.contains("市場監管總局 → 国家市场监督管理总局"))
            for recipient in notice.recipients {
                #expect(outline.contains(recipient.name), "recipient \(recipient.name)")
            }
            #expect(outline.contains("市場監管局 (廳、委)  scope 各省、自治區、直轄市及新疆生產建設兵團"))
            for section in InspectedNotice.headings(notice.sections) {
                #expect(outline.contains(section.label + " " + section.heading), "heading \(section.heading)")
            }
            for excerpt in ["⟦?!比蝿?⟧", "⟦?;顒咏Y⟧", "⟦等16⟧"] {
                #expect(outline.contains(excerpt), "excerpt \(excerpt)")
            }
            #expect(outline.contains("suggestion  保”任務"))
            #expect(outline.contains("suggestion  。活動結"))
            #expect(outline.contains("010-82262033  +861082262033"))
            #expect(outline.contains("caiyugang@samr.gov.cn"))
            #expect(outline.contains("issued     2020-08-14  2020年8月14日"))
        }

        @Test func theDamagedSpansShowAtEightyColumnsToo() throws {
            let outline = OutlineRenderer(width: 80).render(try InspectedNotice.reference())
            #expect(outline.contains("⟦?!比蝿?⟧"))
            #expect(outline.contains("⟦?;顒咏Y⟧"))
            #expect(outline.contains("落實“六⟦?!比蝿?⟧,切實"), "the excerpt keeps the words around the span")
        }

        @Test(arguments: [20, 31, 40, 57, 80, 81, 132])
        func everyLineFitsTheWidth(_ width: Int) throws {
            for form in ["txt", "html"] {
                let outline = OutlineRenderer(width: width).render(try InspectedNotice.reference(form))
                let lines = outline.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                #expect(lines.count > 40)
                for line in lines {
                    #expect(DisplayWidth.of(line) <= width, "\(DisplayWidth.of(line)) columns: \(line)")
                }
            }
        }

        @Test func sectionsAreIndentedByLevel() throws {
            let lines = OutlineRenderer(width: 120).render(try InspectedNotice.reference()).split(separator: "\n")
            let top = try #require(lines.first { $0.contains("二、 活動內容") })
            let nested = try #require(lines.first { $0.contains("(一) 落實黨中央") })
            #expect(top.hasPrefix("│  ├─ "))
            #expect(nested.hasPrefix("│  │  ├─ "))
        }

        @Test func colorsAreEscapeSequencesAroundThePlainText() throws {
            let notice = try InspectedNotice.reference()
            let plain = OutlineRenderer(width: 80, colors: false).render(notice)
            let colored = OutlineRenderer(width: 80, colors: true).render(notice)
            #expect(!plain.contains("\u{1B}"))
            #expect(colored.contains("\u{1B}[1;33mwarning\u{1B}[0m"))
            #expect(stripEscapes(colored) == plain)
        }

        @Test func controlCharactersInTheNoticeNeverReachTheTerminal() {
            let notice = Notice(
                source: InspectedNotice.source(), script: .simplified, title: "標題\u{1B}]0;owned\u{07}",
                issuers: [Organization(name: "科技部\u{202E}局")], text: "甲\u{1B}[2J乙\n丙",
                diagnostics: [Diagnostic(code: "x", severity: .error, message: "m\u{1B}[31m", span: Span(start: 0, end: 3))])
            let outline = OutlineRenderer(width: 80, colors: false).render(notice)
            #expect(!outline.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
            #expect(!outline.unicodeScalars.contains("\u{202E}"))
            #expect(outline.contains("title   標題\u{FFFD}]0;owned\u{FFFD}"))
            #expect(outline.contains("⟦甲\u{FFFD}[⟧2J乙"))
        }

        @Test func anEmptyRecordAndSpansPastTheTextDoNotTrip() {
            let notice = Notice(
                source: InspectedNotice.source(path: nil), script: .simplified, text: "短",
                diagnostics: [
                    Diagnostic(code: "far", severity: .info, message: "", span: Span(start: 500, end: 900)),
                    Diagnostic(code: "backwards", severity: .warning, message: "m", span: Span(start: 1, end: 0)),
                ])
            let outline = OutlineRenderer(width: 20).render(notice)
            #expect(outline.hasPrefix("<stdin>"))
            #expect(outline.contains("title   —"))
            #expect(outline.contains("diagnostics (2)"))
            #expect(outline.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 20 })
        }

        private func stripEscapes(_ text: String) -> String {
            var result = String.UnicodeScalarView()
            var inEscape = false
            for scalar in text.unicodeScalars {
                if scalar == "\u{1B}" {
                    inEscape = true
                } else if inEscape {
                    if scalar == "m" { inEscape = false }
                } else {
                    result.append(scalar)
                }
            }
            return String(result)
        }
    }
}
