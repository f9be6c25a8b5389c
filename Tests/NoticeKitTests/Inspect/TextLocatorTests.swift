import Testing
@testable import NoticeKit

extension InspectTests {
    @Suite struct TextLocatorTests {
        /// What a span covers in `text`.
        func printed(_ span: Span?, in text: String) -> String? {
            guard let span else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: Array(text.unicodeScalars)[span.start..<span.end])
            return String(view)
        }

        @Test func namesSpreadWithLayoutSpacesAreFound() {
            let text = "市場監管總局 中央宣傳部 國家發展改革委 科 技 部\n工業和信息化部 公\u{3000}安\u{3000}部"
            let locator = TextLocator(text)
            #expect(locator.occurrences(of: "科技部").isEmpty)
            #expect(locator.occurrences(of: "科技部", options: .spaces).map { printed($0, in: text) } == ["科 技 部"])
            #expect(locator.occurrences(of: "公安部", options: .spaces).map { printed($0, in: text) } == ["公\u{3000}安\u{3000}部"])
            // A place never swallows the space around it, nor a line break unless asked.
            #expect(locator.occurrences(of: "部工業", options: .spaces).isEmpty)
        }

        @Test func aTitleBrokenOverLinesIsFoundWhenLineBreaksAreAllowed() {
            let text = "国务院办公厅关于印发\n政务数据共享管理办法的通知\n各省："
            let title = "国务院办公厅关于印发政务数据共享管理办法的通知"
            #expect(TextLocator(text).occurrences(of: title, options: .spaces).isEmpty)
            let found = TextLocator(text).occurrences(of: title, options: [.spaces, .lineBreaks])
            #expect(found.map { printed($0, in: text) } == ["国务院办公厅关于印发\n政务数据共享管理办法的通知"])
        }

        @Test(arguments: ["国办发〔2021〕12号", "国办发[2021]12号", "国办发（2021）12号", "国办发【2021】12号", "国办发(2021)12号"])
        func bracketsOfAnyKindMatchTheNormalizedNumber(_ printedNumber: String) {
            let text = "国务院办公厅文件\n" + printedNumber + "\n"
            let found = TextLocator(text).occurrences(of: "国办发〔2021〕12号", options: .spaces)
            #expect(found.map { printed($0, in: text) } == [printedNumber])
        }

        @Test func anAsideInsideARecipientIsSkippedOnlyWhenAsked() {
            let text = "交通運輸廳(局、委)、農業農村(農牧、畜牧、獸醫、漁業)廳(局、委、辦)、商務主管部門"
            let locator = TextLocator(text)
            #expect(locator.occurrences(of: "農業農村廳").isEmpty)
            #expect(locator.occurrences(of: "農業農村廳", options: .asides).map { printed($0, in: text) }
                == ["農業農村(農牧、畜牧、獸醫、漁業)廳"])
        }

        @Test func numbersAreNotFoundInsideLongerNumbers() {
            let text = "電話:010-822601201、82260120(傳真)"
            let found = TextLocator(text).occurrences(of: "82260120")
            #expect(found.map { printed($0, in: text) } == ["82260120"])
            #expect(found.first?.start == 17)
        }

        @Test func whatIsNotPrintedIsNotFound() {
            let locator = TextLocator("各省、自治區")
            #expect(locator.occurrences(of: "海關總署", options: [.spaces, .asides, .lineBreaks]).isEmpty)
            #expect(locator.occurrences(of: "").isEmpty)
            #expect(locator.occurrences(of: " ", options: .spaces).isEmpty)
            #expect(locator.places(of: ["海關總署", "商務部"]) == [nil, nil])
            #expect(locator.places(of: []).isEmpty)
            #expect(TextLocator("").occurrences(of: "部").isEmpty)
        }

        @Test func aListIsPlacedWhereItIsPrintedTogether() {
            let text = "市場監管總局等16個部門定于2020年9月開展。\n聯系人:市場監管總局質量發展局\n市場監管總局 中央宣傳部 科 技 部\n2020年8月14日"
            let places = TextLocator(text).places(of: ["市場監管總局", "中央宣傳部", "科技部", "海關總署"], options: .spaces)
            #expect(places.map { printed($0, in: text) } == ["市場監管總局", "中央宣傳部", "科 技 部", nil])
            let signature = Array(text.unicodeScalars).count - "市場監管總局 中央宣傳部 科 技 部\n2020年8月14日".unicodeScalars.count
            #expect(places.first??.start == signature)
        }

        @Test func aNumberListedTwiceButPrintedOnceSharesItsPlace() {
            let text = "联系人：王堃，联系方式：020-83135678（兼传真）"
            let places = TextLocator(text).places(of: ["020-83135678", "020-83135678"], options: .spaces)
            #expect(places.map { printed($0, in: text) } == ["020-83135678", "020-83135678"])
            #expect(places[0] == places[1])
        }

        @Test func equallyGoodPlacesAreTakenByPreference() {
            let text = "國務院辦公廳文件\n……\n國務院辦公廳\n2021年3月3日"
            let locator = TextLocator(text)
            let first = locator.places(of: ["國務院辦公廳"], prefer: .first)
            let last = locator.places(of: ["國務院辦公廳"], prefer: .last)
            #expect(first.first??.start == 0)
            #expect(last.first??.start == 12)
        }
    }
}
