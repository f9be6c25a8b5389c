import Testing
@testable import NoticeKit

@Suite struct TextReaderTests {
    @Test func linesOfAnyEndingAreParagraphs() {
        let document = TextReader().read("第一行\r\n第二行\r第三行\n\n　　第四行　")
        #expect(document.blocks.map(\.text) == ["第一行", "第二行", "第三行", "第四行"])
    }

    @Test func pageNumberLinesAreDropped() {
        #expect(TextReader.isPageNumber("— 2 —"))
        #expect(TextReader.isPageNumber("- 12 -"))
        #expect(TextReader.isPageNumber("－3－"))
        #expect(TextReader.isPageNumber("第 2 页 共 5 页"))
        #expect(!TextReader.isPageNumber("2020年"))
        #expect(!TextReader.isPageNumber("一、总体要求"))
    }

    /// Text from a PDF: lines cut at 28 characters, a page number in the middle of a paragraph.
    @Test func wrappedLinesAreJoined() {
        let text = """
            为进一步加强质量工作，推动高质量发展，现就有关
            事项通知如下：
            一、总体要求
            各地要坚持问题导向和目标导向，统筹推进质量提升
            行动，确保各项任务落到实处，切实发挥质量工作在
            — 2 —
            经济社会发展中的支撑作用。
            二、重点任务
            """
        let document = TextReader().read(text)
        #expect(document.blocks.map(\.text) == [
            "为进一步加强质量工作，推动高质量发展，现就有关事项通知如下：",
            "一、总体要求",
            "各地要坚持问题导向和目标导向，统筹推进质量提升行动，确保各项任务落到实处，切实发挥质量工作在经济社会发展中的支撑作用。",
            "二、重点任务",
        ])
        #expect(document.blocks[0].hints.contains(.lineWrapped))
    }

    /// Short lines of one width are a title's or a signature's, not a wrapped page; and no wrap runs
    /// past a blank line, which ends a paragraph unless the text leaves one after every line.
    @Test func blankLinesAndShortLinesStopWraps() {
        let short = "教育部 财政部 国家文物局\n关于利用博物馆资源的意见\n\n各省教育厅：\n为加强管理，现通知如下：\n"
        #expect(TextReader().read(short).blocks.map(\.text) == [
            "教育部 财政部 国家文物局", "关于利用博物馆资源的意见", "各省教育厅：", "为加强管理，现通知如下：",
        ])
        let line = "各地要坚持问题导向和目标导向，统筹推进质量提升"
        let paragraphs = [line, line, "", line, "", "— 3 —", "", line, "行动。"].joined(separator: "\n")
        #expect(TextReader().read(paragraphs).blocks.map(\.text) == [line + line, line + line + "行动。"])
        let doubleSpaced = [line, "", line, "", "行动。", "", line].joined(separator: "\n")
        #expect(TextReader().read(doubleSpaced).blocks.map(\.text) == [line + line + "行动。", line])
    }

    /// A line set right (a signature) never continues the line above, however full that line is.
    @Test func anAlignedLineIsNotAWrap() {
        let line = "各地要坚持问题导向和目标导向，统筹推进质量提升"
        let blocks = [Block(line), Block(line), Block(line), Block("节能与综合利用司　陈　伟　010-68205312"), Block("工业和信息化部办公厅", hints: .alignRight)]
        #expect(TextReader.joiningWrappedLines(blocks).last?.text == "工业和信息化部办公厅")
        // Where the layout gives no alignment, the short line over a date alone signs.
        let unaligned = [Block(line), Block(line), Block("附件：2025年电热水器产品质量国家监督抽查实施细则"), Block("工业和信息化部办公厅"), Block("2025年6月20日")]
        #expect(TextReader.joiningWrappedLines(unaligned).suffix(2).map(\.text) == ["工业和信息化部办公厅", "2025年6月20日"])
    }

    /// A wrapped line starts at the text's margin: a line indented past it opens a paragraph, even after
    /// the longest line of a short text. Where most lines are indented, the indent tells nothing.
    @Test func anIndentedLineOpensAParagraph() {
        let line = "各地要坚持问题导向和目标导向，统筹推进质量提升"
        let indented = [line, line, "　　" + line, line + "。"].joined(separator: "\n")
        #expect(TextReader().read(indented).blocks.map(\.text) == [line + line, line + line + "。"])
        let contacts = [line + "。", line + "。", "联系人:森林资源管理司 刘志强,电话:010-84239187", "　　　　西安专员办 马晓燕,电话:029-87651324"]
        #expect(TextReader().read(contacts.joined(separator: "\n")).blocks.count == 4)
        let everyLine = ["关于加强质量工作的通知", "　　" + line, "　　" + line, "　　" + line, "　　行动。"].joined(separator: "\n")
        #expect(TextReader().read(everyLine).blocks.map(\.text) == ["关于加强质量工作的通知", line + line + line + "行动。"])
    }

    /// A PDF's running head and its rules are layout: the head goes with the page numbers, and a rule
    /// ends a paragraph as a blank line does. A full line holding half-width digits is still full.
    @Test func runningHeadsRulesAndHalfWidthDigits() {
        let text = """
            某某省人民政府公报  2024年第5期
            某某省人民政府办公厅关于加强供水管理的通知
            各省辖市人民政府：
            　　（一）健全水价形成机制。各地要按照补偿成本、合理盈利、
            公平负担的原则，于2024年6月30日前完成农村供水水价核定
            工作，逐步推行两部制水价。县级水质检测中心每年开展不少于
            两次巡检。

            － 23 －
            某某省人民政府公报  2024年第5期
            ━━━━━━━━━━━━━━━━━━━━━━━━━━━━
            抄送：省委各部门，省人大常委会办公厅。
            ━━━━━━━━━━━━━━━━━━━━━━━━━━━━
            """
        #expect(TextReader().read(text).blocks.map(\.text) == [
            "某某省人民政府办公厅关于加强供水管理的通知",
            "各省辖市人民政府：",
            "（一）健全水价形成机制。各地要按照补偿成本、合理盈利、公平负担的原则，于2024年6月30日前完成农村供水水价核定工作，逐步推行两部制水价。县级水质检测中心每年开展不少于两次巡检。",
            "抄送：省委各部门，省人大常委会办公厅。",
        ])
        #expect(TextReader.isRule("━━━━━━━━"))
        #expect(!TextReader.isRule("——加强管理"))
    }

    /// A label at the end of a full line takes the number the wrap carried to the next; a full line
    /// that ends with a colon before Han text does not run on.
    @Test func aWrappedValueJoinsItsLabel() {
        let text = """
            各地要坚持问题导向和目标导向，统筹推进质量提升
            行动，确保各项任务落到实处。请于月底前报送材料：
            各地要坚持问题导向和目标导向，统筹推进质量提升。
            联系人：省自然资源厅国土空间规划局 刘洋，电话：
            020-87654321。
            联系人：农村水利水电司　孙立新，电话：
            010-63203541，邮箱：ncgs@mwr.gov.cn
            请于月底前报送：
            2024年工作总结。
            """
        let document = TextReader().read(text)
        #expect(document.blocks.map(\.text) == [
            "各地要坚持问题导向和目标导向，统筹推进质量提升行动，确保各项任务落到实处。请于月底前报送材料：",
            "各地要坚持问题导向和目标导向，统筹推进质量提升。",
            "联系人：省自然资源厅国土空间规划局 刘洋，电话：020-87654321。",
            "联系人：农村水利水电司　孙立新，电话：010-63203541，邮箱：ncgs@mwr.gov.cn",
            "请于月底前报送：", "2024年工作总结。",
        ])
    }

    /// Space entities escaped twice survive as text; no-break spaces indent. Both are layout.
    @Test func entityLeftoversAndNoBreakSpacesAreLayout() {
        let document = TextReader().read("&nbsp;&nbsp;各单位：\n\u{A0}\u{A0}请做好工作&#160;。\n科&ensp;技&ensp;部")
        #expect(document.blocks.map(\.text) == ["各单位：", "请做好工作 。", "科 技 部"])
        let notice = NoticeAnalyzer().analyze(TextReader().read("关于某事的通知\n各单位：\n请做好工作。\n科&nbsp;技&nbsp;部\n2021年3月5日"))
        #expect(notice.issuers.map(\.name) == ["科技部"])
    }

    @Test func unwrappedTextIsLeftAlone() {
        let document = TextReader().read("短行一\n短行二，没有换行\n一、标题")
        #expect(document.blocks.count == 3)
    }
}
