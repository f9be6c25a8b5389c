import Testing
@testable import NoticeKit

/// The head as a republished or scraped notice prints it: what stands above the notice is not the notice's.
@Suite struct HeadParserTests {
    /// An editor's note, a news lead or a title over two lines: the notice starts at its own title, and the
    /// dates of the lines above it are not the notice's.
    @Test func proseAboveTheTitleIsNotTheNotice() {
        for preface in [
            "编者按：4月30日，省商务厅印发通知，部署外贸企业合规培训工作。现将通知全文转发如下。\n",
            "本报讯（记者 何晓）4月29日，记者从省商务厅获悉，全省将开展外贸企业合规培训。\n以下为通知原文：\n",
        ] {
            let notice = TrainingNotice.analyze(preface + TrainingNotice.text)
            #expect(notice.title == "浙江省商务厅关于开展2025年外贸企业合规培训的通知")
            #expect(notice.documentNumber == "浙商务函〔2025〕12号")
            #expect(notice.recipients.map(\.name) == ["商务局"])
            #expect(notice.dates.map(\.value) == ["2025-05-20", "2025-04-28"])
        }
        let wrapped = TrainingNotice.analyze("记者从省商务厅获悉，全省将开展培训。\n" + TrainingNotice.text.replacingOccurrences(of: "开展2025年", with: "开展2025年\n"))
        #expect(wrapped.title == "浙江省商务厅关于开展2025年外贸企业合规培训的通知")
    }

    /// A page's headline that is the notice's title, then the editor's note, then the notice without its
    /// title: the number and the 主送机关 under the note are still the notice's.
    @Test func anEditorsNoteUnderTheTitle() {
        let notice = TrainingNotice.analyze(TrainingNotice.text.replacingOccurrences(
            of: "浙商务函〔2025〕12号", with: "关注我们\n编者按：近日，省商务厅印发通知，部署外贸企业合规培训工作。现将通知全文转发如下。\n浙商务函〔2025〕12号"))
        #expect(notice.title == "浙江省商务厅关于开展2025年外贸企业合规培训的通知")
        #expect(notice.documentNumber == "浙商务函〔2025〕12号")
        #expect(notice.recipients.map(\.name) == ["商务局"])
    }

    /// A forwarding notice quotes the title it forwards in its own body: the notice is still the first one.
    @Test func aQuotedTitleInTheBodyIsNoRepublishing() {
        let notice = TrainingNotice.analyze("""
            杭州市商务局关于转发《浙江省商务厅关于开展2025年外贸企业合规培训的通知》的通知
            杭商务〔2025〕30号

            各区、县（市）商务局：
            　　现将《浙江省商务厅关于开展2025年外贸企业合规培训的通知》转发给你们，请认真贯彻执行。

            　　　　　　　　　　　　　　　　杭州市商务局
            　　　　　　　　　　　　　　　　2025年5月6日
            """)
        #expect(notice.documentNumber == "杭商务〔2025〕30号")
        #expect(notice.title?.hasPrefix("杭州市商务局关于转发") == true)
    }

    /// An info box copied with a page: a space stands for the label's colon, and a row that prints the
    /// page's fields beside the number gives the number alone and no dates.
    @Test func infoBoxRows() {
        let spaced = TrainingNotice.analyze(TrainingNotice.text.replacingOccurrences(of: "浙商务函〔2025〕12号", with: "发文字号　浙商务函〔2025〕12号"))
        #expect(spaced.documentNumber == "浙商务函〔2025〕12号")
        let row = TrainingNotice.analyze("发文字号：\t浙商务函〔2025〕12号\t发布日期：\t2025年04月30日\n" + TrainingNotice.text)
        #expect(row.documentNumber == "浙商务函〔2025〕12号")
        #expect(row.dates.map(\.value) == ["2025-05-20", "2025-04-28"])
        // An OA export's header, each field's label in brackets, the title's too.
        let export = TrainingNotice.analyze("【文件标题】浙江省商务厅关于开展2025年外贸企业合规培训的通知\n【发文字号】浙商务函〔2025〕12号\n【签 发 人】周志强\n"
            + TrainingNotice.text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n"))
        #expect(export.title == "浙江省商务厅关于开展2025年外贸企业合规培训的通知")
        #expect(export.documentNumber == "浙商务函〔2025〕12号")
        let published = TrainingNotice.analyze(TrainingNotice.text.replacingOccurrences(of: "浙商务函〔2025〕12号", with: "发布时间：2025年04月30日 09:15\n浙商务函〔2025〕12号"))
        #expect(published.dates.map(\.value) == ["2025-05-20", "2025-04-28"])
    }
}
