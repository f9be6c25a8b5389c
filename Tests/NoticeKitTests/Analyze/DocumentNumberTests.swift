import Testing
@testable import NoticeKit

@Suite struct DocumentNumberTests {
    @Test func bracketsAreNormalized() {
        #expect(DocumentNumber.standalone(in: Scalars("教职成[2021]5号")) == "教职成〔2021〕5号")
        #expect(DocumentNumber.standalone(in: Scalars("湘政发（2011）9号")) == "湘政发〔2011〕9号")
        #expect(DocumentNumber.standalone(in: Scalars("市監質發(2021)47號")) == "市監質發〔2021〕47號")
        #expect(DocumentNumber.standalone(in: Scalars("（国办发〔2021〕5号）")) == "国办发〔2021〕5号")
        #expect(DocumentNumber.standalone(in: Scalars("甬政〔2021〕8号　　签发人：王某")) == "甬政〔2021〕8号")
    }

    @Test func damageInTheAgencysCharacters() {
        #expect(DocumentNumber.standalone(in: Scalars("绮垫?基函(2025)18號")) == "绮垫?基函〔2025〕18號")
        #expect(DocumentNumber.standalone(in: Scalars("璨℃?(2025)47號")) == "璨℃?〔2025〕47號")
        #expect(DocumentNumber.standalone(in: Scalars("?(2025)18號")) == nil)
    }

    @Test func aNumberCitedInProseIsNotTheNotices() {
        #expect(DocumentNumber.standalone(in: Scalars("根据《国务院关于某事的通知》（国发〔2018〕41号）要求")) == nil)
        #expect(DocumentNumber.all(in: Scalars("根据（国发〔2018〕41号）要求")).map(\.normalized) == ["国发〔2018〕41号"])
    }

    /// GB/T 9704 puts the number on the row of the last signer's name when there are several.
    @Test func aNumberBesideTheLastSignersName() {
        #expect(DocumentNumber.besideSignerNames(Scalars("苏发改投资报〔2024〕15号陈刚")) == "苏发改投资报〔2024〕15号")
        #expect(DocumentNumber.besideSignerNames(Scalars("苏发改投资报〔2024〕15号")) == nil)
        #expect(DocumentNumber.besideSignerNames(Scalars("苏发改投资报〔2024〕15号（此件公开发布）")) == nil)
        #expect(DocumentNumber.besideSignerNames(Scalars("苏发改投资报〔2024〕15号，现报告如下")) == nil)
    }
}
