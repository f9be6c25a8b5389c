import Testing
@testable import NoticeKit

/// What follows a notice's date on a page that carries it is not the notice's.
@Suite struct TailParserTests {
    @Test func aPagesLinksAndRepliesAfterTheDate() {
        for after in [
            "相关文章：\n浙江省商务厅关于2025年第一季度外贸运行情况的通报（2025-04-18）\n关于做好2025年广交会组展工作的通知\n",
            "回复  举报\n\n2楼  外贸小王    发表于 2025-5-1 09:10\n请问5月10日前能报名吗？\n",
            "【打印本页】　【关闭窗口】\n上一篇：关于做好2025年广交会组展工作的通知\n",
            "（责任编辑：杨柳）\n",
            "编辑：郑思思　校对：何敏\n",
        ] {
            let notice = TrainingNotice.analyze(TrainingNotice.text + after)
            #expect(notice.attachments.map(\.title) == ["培训报名表", "培训日程安排"])
            #expect(notice.dates.map(\.value) == ["2025-05-20", "2025-04-28"])
            #expect(notice.note == nil)
        }
    }

    /// A gazette's page prints the next notice after the first one's date, with its own number; a
    /// forwarded notice printed there is named by the notice that forwards it, and is its attachment.
    @Test func theNextNoticeOnAPage() {
        let next = """
            浙江省商务厅关于做好2025年广交会组展工作的通知
            浙商务函〔2025〕15号
            各市商务局：
            　　请于2025年6月10日前报送参展企业名单。
            """
        let two = TrainingNotice.analyze(TrainingNotice.text + next)
        #expect(two.attachments.map(\.title) == ["培训报名表", "培训日程安排"])
        #expect(two.dates.map(\.value) == ["2025-05-20", "2025-04-28"])
        let forwarding = TrainingNotice.analyze(TrainingNotice.text.replacingOccurrences(
            of: "请于2025年5月20日前", with: "现将《浙江省商务厅关于做好2025年广交会组展工作的通知》一并转发，请于2025年5月20日前") + next)
        #expect(forwarding.attachments.map(\.title).last == "浙江省商务厅关于做好2025年广交会组展工作的通知")
    }

    /// `附件1:` and `附件2:` on lines of their own: each attachment's number, then its title.
    @Test func attachmentsNumberedAfterTheLabel() {
        let notice = TrainingNotice.analyze(TrainingNotice.text.replacingOccurrences(
            of: "附件：1．培训报名表\n　　　　　2．培训日程安排", with: "附件1:培训报名表\n　　附件2:培训日程安排"))
        #expect(notice.attachments.map(\.title) == ["培训报名表", "培训日程安排"])
        #expect(notice.attachments.map(\.ordinal) == [1, 2])
    }

    /// `2025年4月28日[1]`: an encyclopedia's reference mark after the date leaves it the 成文日期.
    @Test func aReferenceMarkAfterTheDate() {
        let notice = TrainingNotice.analyze(TrainingNotice.text.replacingOccurrences(of: "2025年4月28日", with: "2025年4月28日[1]"))
        #expect(notice.issuedDate == "2025-04-28")
        #expect(notice.attachments.count == 2)
    }

    /// A contact label's own line may hold numbers: the line under it belongs to the block too.
    @Test func aContactBlockOverTwoLinesBeforeTheSignature() {
        let notice = TrainingNotice.analyze("""
            四川省生态环境厅关于商请协同开展联合监测的函

            重庆市生态环境局：
            　　为提升监测数据可比性，现就有关事项商请如下：
            　　一、监测范围。设置联合监测断面8个。
            　　二、数据共享。双方监测数据按月互相推送。
            　　特此函告。
            　　联系人：四川省生态环境监测总站　罗晓梅，电话：028-85071234；
            　　　　　　省生态环境厅水生态环境处　郭子豪，电话：028-80589123

            　　　　　　　　　　　　　　　　　　　　四川省生态环境厅
            　　　　　　　　　　　　　　　　　　　　2025年3月18日
            """)
        #expect(notice.closing == ["特此函告。"])
        #expect(notice.contacts.map(\.name) == ["罗晓梅", "郭子豪"])
    }
}
