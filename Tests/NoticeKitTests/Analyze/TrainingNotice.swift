@testable import NoticeKit

/// A short provincial notice with a number, recipients, two items, two attachments, a signature and a
/// date, which the head and tail tests print pages and republishers' lines around.
enum TrainingNotice {
    static let text = """
        浙江省商务厅关于开展2025年外贸企业合规培训的通知
        浙商务函〔2025〕12号

        各市商务局：
        　　为提升外贸企业合规经营水平，现就开展培训有关事项通知如下：
        　　一、培训对象
        　　各地重点外贸企业负责合规业务的人员。
        　　二、报名要求
        　　请于2025年5月20日前将报名表报送省商务厅对外贸易发展处。

        　　附件：1．培训报名表
        　　　　　2．培训日程安排

        　　　　　　　　　　　　　　　　浙江省商务厅
        　　　　　　　　　　　　　　　　2025年4月28日

        """

    static func analyze(_ text: String) -> NoticeAnalyzer.Analysis {
        NoticeAnalyzer().analyze(TextReader().read(text))
    }
}
