import Testing
@testable import NoticeKit

@Suite struct NoticeAnalyzerTests {
    private func analyze(_ text: String) -> NoticeAnalyzer.Analysis {
        NoticeAnalyzer().analyze(TextReader().read(text))
    }

    @Test func titleKeepsTheSpaceBetweenJointIssuers() {
        let spaced = Scalars("人力资源社会保障部 财政部关于调整失业保险金标准的通知")
        #expect(NoticeAnalyzer.withoutLayoutSpaces(spaced) == "人力资源社会保障部 财政部关于调整失业保险金标准的通知")
        #expect(NoticeAnalyzer.withoutLayoutSpaces(Scalars("经济部　公告")) == "经济部公告")
        #expect(NoticeAnalyzer.withoutLayoutSpaces(Scalars("关 于 做 好 防 汛 工 作 的 通 知")) == "关于做好防汛工作的通知")
        #expect(NoticeAnalyzer.withoutLayoutSpaces(Scalars("国务院办公厅 关于做好防汛工作的通知")) == "国务院办公厅关于做好防汛工作的通知")
        #expect(NoticeAnalyzer.withoutLayoutSpaces(Scalars("2022 年 Q1 Q2 报告")) == "2022年Q1 Q2报告")
    }

    /// A period or a status printed in brackets under an attached document's title is part of the title.
    @Test func attachedDocumentTitleTakesItsBracketedLine() {
        let notice = analyze("""
            某某省人民政府办公厅关于印发某某行动方案的通知
            各市人民政府：
            现将《某某行动方案（2025—2027年）》印发给你们，请认真贯彻执行。
            某某省人民政府办公厅
            2025年3月5日
            某某行动方案
            （2025—2027年）
            为推动产业发展，制定本方案。
            一、总体要求
            到2027年，产业规模明显扩大。
            """)
        #expect(notice.attachments.map(\.title) == ["某某行动方案（2025—2027年）"])
        #expect(notice.attachments.first?.paragraphs == ["为推动产业发展，制定本方案。"])
    }
}
