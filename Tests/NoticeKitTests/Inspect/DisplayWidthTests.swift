import Testing
@testable import NoticeKit

extension InspectTests {
    @Suite struct DisplayWidthTests {
        @Test func chineseAndFullWidthFormsTakeTwoColumns() {
            #expect(DisplayWidth.of("abc 123") == 7)
            #expect(DisplayWidth.of("市場監管總局") == 12)
            #expect(DisplayWidth.of("（一）") == 6)
            #expect(DisplayWidth.of("〔2020〕") == 8)
            #expect(DisplayWidth.of("，。：") == 6)
            #expect(DisplayWidth.of("\u{3000}") == 2)
            #expect(DisplayWidth.of("한국어") == 6)
            #expect(DisplayWidth.of("\u{20000}") == 2)
            #expect(DisplayWidth.of("👍") == 2)
        }

        @Test func marksAndFormatCharactersTakeNone() {
            #expect(DisplayWidth.of("e\u{301}") == 1)
            #expect(DisplayWidth.of("a\u{200B}b") == 2)
            #expect(DisplayWidth.of("👍🏽") == 2)
        }

        @Test(arguments: 0...24)
        func truncatedTextFitsAndKeepsWholeCharacters(_ width: Int) {
            let text = "市場監管總局 State Administration 国家市场监督管理总局"
            let cut = DisplayWidth.truncate(text, to: width)
            #expect(DisplayWidth.of(cut) <= width)
            if width > 0 {
                #expect(cut.hasSuffix("…"))
                #expect(text.hasPrefix(String(cut.dropLast())))
            }
        }

        @Test func aWideCharacterAtTheEdgeIsDroppedWhole() {
            #expect(DisplayWidth.truncate("市場監管", to: 4) == "市…")
            #expect(DisplayWidth.truncate("市場監管", to: 5) == "市場…")
            #expect(DisplayWidth.truncate("市場監管", to: 8) == "市場監管")
            #expect(DisplayWidth.truncate("ab市場", to: 5) == "ab市…")
        }

        @Test func paddingCountsColumns() {
            #expect(DisplayWidth.padded("市場", to: 6) == "市場  ")
            #expect(DisplayWidth.padded("abcdef", to: 3) == "abcdef")
        }

        @Test func wrappingBreaksLatinAtSpacesAndChineseAnywhere() {
            let text = "The body says 16 issuing bodies but 15 are named: 市場監管總局等16個部門定于2020年9月聯合開展"
            let lines = DisplayWidth.wrap(text, to: 14)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= 14 })
            #expect(lines.first == "The body says")
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
            #expect(lines.contains("are named: 市"), "Chinese fills the line a Latin word left")
        }

        @Test func aWordLongerThanTheLineIsCut() {
            let lines = DisplayWidth.wrap("mail caiyugang@samr.gov.cn now", to: 10)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
            #expect(lines.joined().filter { $0 != " " } == "mailcaiyugang@samr.gov.cnnow")
        }
    }
}
