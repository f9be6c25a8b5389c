import Testing
@testable import NoticeKit

@Suite struct SectionMarkerTests {
    func marker(_ line: String) -> SectionMarker? { SectionMarker.parse(Scalars(line)) }

    @Test func stylesAndOrdinals() {
        #expect(marker("一、总体要求")?.style == .chinese)
        #expect(marker("十二、其他")?.ordinal == 12)
        #expect(marker("（三）加强领导")?.style == .chineseParenthesized)
        #expect(marker("(三)加强领导")?.label == "(三)")
        #expect(marker("2．做好衔接")?.style == .arabic)
        #expect(marker("10.做好衔接")?.ordinal == 10)
        #expect(marker("1）统调燃煤电厂存煤可用天数保持在15天以上。")?.style == .arabic)
        #expect(marker("2)做好应急准备")?.label == "2)")
        #expect(marker("（4）按时报送")?.style == .arabicParenthesized)
        #expect(marker("③其他事项")?.ordinal == 3)
        #expect(marker("第三章 监督管理")?.style == .chapter)
        #expect(marker("第十二条　本办法自发布之日起施行。")?.ordinal == 12)
    }

    @Test func numbersThatAreNotLabels() {
        #expect(marker("1.5亿元用于奖励") == nil)
        #expect(marker("2020年全国质量月") == nil)
        #expect(marker("一是加强领导") == nil)
        #expect(marker("第一条规定的情形") == nil)
        #expect(marker("3.1415926为圆周率") == nil)
        #expect(marker("2.2025元") == nil)
    }

    /// A title that opens with a year keeps its label: `附件：1.2025年…` lists are everywhere.
    @Test func aLabelBeforeAYear() {
        #expect(marker("1.2025年中小学暑期安全工作情况统计表")?.ordinal == 1)
        #expect(marker("2．2025—2027年行动计划")?.label == "2．")
        #expect(marker("3.2024年以来工作进展")?.length == 2)
    }

    @Test func headingsEndAtTheFirstFullStop() throws {
        let line = Scalars("（一）加强组织领导。各地要建立机制。")
        let parsed = try #require(SectionMarker.parse(line))
        let (heading, rest, runIn) = SectionParser.heading(after: parsed, in: line)
        #expect(heading == "加强组织领导")
        #expect(rest == "各地要建立机制。")
        #expect(runIn)
    }

    /// Text in half-width punctuation ends a run-in heading with `.`; a decimal point does not end it.
    @Test func aHalfWidthFullStopEndsARunInHeading() throws {
        let line = Scalars("(一)建立館校合作長效機制.各地要建立機制.")
        let (heading, rest, runIn) = SectionParser.heading(after: try #require(SectionMarker.parse(line)), in: line)
        #expect(heading == "建立館校合作長效機制")
        #expect(rest == "各地要建立機制.")
        #expect(runIn)
        let spaced = Scalars("一、总 体 情 况")
        #expect(SectionParser.heading(after: try #require(SectionMarker.parse(spaced)), in: spaced).0 == "总体情况")
        let bracketed = Scalars("(一)自查阶段(2025年4月1日至4月20日).各村对照审计内容开展自查.")
        #expect(SectionParser.heading(after: try #require(SectionMarker.parse(bracketed)), in: bracketed).0 == "自查阶段(2025年4月1日至4月20日)")
        let dated = Scalars("(一)加强组织实施.2025年10月至12月,各地要开展专项检查.")
        #expect(SectionParser.heading(after: try #require(SectionMarker.parse(dated)), in: dated).0 == "加强组织实施")
        let decimal = Scalars("（二）增长2.5个百分点")
        #expect(SectionParser.heading(after: try #require(SectionMarker.parse(decimal)), in: decimal).0 == "增长2.5个百分点")
    }

    @Test func skippedLevelsCloseUp() {
        let lines = ["一、总体要求", "1.目标", "2.原则", "二、重点任务", "（1）第一项"]
        let paragraphs = lines.map { Paragraph(Block($0), offset: 0) }
        let result = SectionParser().parse(paragraphs)
        #expect(result.sections.map(\.level) == [1, 1])
        #expect(result.sections[0].children.map(\.level) == [2, 2])
        #expect(result.sections[1].children.map(\.heading) == ["第一项"])
    }
}
