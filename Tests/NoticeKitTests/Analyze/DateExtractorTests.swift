import Testing
@testable import NoticeKit

@Suite struct DateExtractorTests {
    func values(_ text: String, year: Int? = nil) -> [String] {
        DateExtractor.find(in: Scalars(text)).compactMap { $0.value(defaultYear: year) }
    }

    @Test func arabicAndChineseNumerals() {
        #expect(values("2020年8月14日") == ["2020-08-14"])
        #expect(values("二〇一一年三月五日") == ["2011-03-05"])
        #expect(values("二〇二二年十二月三十一日") == ["2022-12-31"])
        #expect(values("二0二五年五月八日") == ["2025-05-08"], "〇 read by OCR as the digit")
        // A range whose start has its time of day: one range, its text up to the end's day.
        let timed = Scalars("停水时间：2025年11月15日22:00至11月16日10:00；7月6日20时至7月8日8时封闭。")
        #expect(DateExtractor.find(in: timed).map { String(String.UnicodeScalarView(timed[$0.range])) } == ["2025年11月15日22:00至11月16日", "7月6日20时至7月8日"])
        #expect(values("定于2020年9月联合开展") == ["2020-09"])
    }

    @Test func rangesCountOnceAndTakeTheYear() {
        let found = DateExtractor.find(in: Scalars("会议于8月5日至8日召开"))
        #expect(found.count == 1)
        #expect(found.first?.value(defaultYear: 2021) == "2021-08-05")
        #expect(values("2021年3月至5月") == ["2021-03"])
        // A `至` at the very end opens no range, and must not read past the text.
        #expect(values("时间为2022年3月1日至") == ["2022-03-01"])
        #expect(values("3月1日至", year: 2022) == ["2022-03-01"])
    }

    @Test func roles() {
        func role(_ text: String) -> DateMention.Role? {
            let scalars = Scalars(text)
            return DateExtractor.find(in: scalars).first.map { DateExtractor.role(of: $0.range, in: scalars) }
        }
        #expect(role("本办法自2021年5月1日起施行。") == .effective)
        // When another document took effect: the one this one repeals.
        #expect(role("2015年3月1日起施行的《长兴县城市绿化管理暂行办法》同时废止。") == .mentioned)
        #expect(role("《长兴县城市绿化管理暂行办法》自2015年3月1日起施行，现予废止。") == .mentioned)
        #expect(role("《医疗机构依法执业自查管理办法》自2020年9月1日起施行以来，各地认真落实。") == .mentioned)
        #expect(role("台风将于7月30日前后在我省沿海登陆。") == .mentioned)
        #expect(role("本通知自2024年5月20日起施行，2020年6月1日起施行的《制度》同时废止。") == .effective)
        #expect(role("请于2021年4月30日前报送。") == .deadline)
        #expect(role("截至2021年3月31日，共完成") == .mentioned)
        #expect(role("国务院办公厅 2021年3月5日印发") == .printed)
        #expect(role("我厅于2023年11月印发《管理办法》") == .mentioned)
        #expect(role("2025年3月1日前已经开展的临床试验，可继续执行。") == .mentioned)
        #expect(role("3月1日前取得的证书继续有效。") == .mentioned)
        #expect(role("参赛对象为2025年6月1日以前正式注册的全日制在校生。") == .mentioned)
        #expect(role("请于2025年6月1日前正式报送。") == .deadline)
        #expect(role("请于2025年7月10日、2025年10月10日前分别报送进展情况。") == .deadline)
        #expect(role("2025年7月10日、2025年10月10日召开两次会议。") == .mentioned)
        #expect(role("请于3月1日前将材料报送。") == .deadline)
        #expect(role("請於2024年7月5日或之前交回表格。") == .deadline)
        #expect(role("学校须最迟于2024年7月5日提交。") == .deadline)
        #expect(role("不迟于2024年7月5日报送。") == .deadline)
        #expect(role("预约截止日期为2025年2月28日。") == .deadline)
        #expect(role("报名截止于2025年3月1日。") == .deadline)
        #expect(role("截止时间：2025年3月1日。") == .deadline)
        #expect(role("截至2024年6月30日，全省完成投资3560亿元。") == .mentioned)
        // Who did not act by the date: a condition, not what is due by it.
        #expect(role("已购机但未在2024年1月31日前提交申请的，可按本公告申请。") == .mentioned)
        #expect(role("未在2024年1月31日前提交的，不予受理。") == .mentioned)
        #expect(role("请务必在2024年1月31日前提交申请。") == .deadline)
        #expect(role("对2024年12月31日前由省政府印发的规范性文件进行清理。") == .mentioned)
        #expect(role("请于2024年12月31日前报送本单位的自查报告。") == .deadline)
        #expect(role("每年12月底前将工作进展报送。") == .deadline)
        #expect(role("请于10月7日12时前报送。") == .deadline)
        #expect(role("请于10月7日（星期六）下班前报送。") == .deadline)
        #expect(role("请于10月7日17:30前报送。") == .deadline)
        #expect(role("会议于10月7日12时召开。") == .mentioned)
    }

    /// A part of a month keeps its words in the text and lets the month stand without its year.
    @Test func partsOfAMonth() {
        #expect(DateExtractor.find(in: Scalars("2025年6月中下旬举行")).first?.range == 0..<10)
        #expect(values("2025年6月中下旬举行") == ["2025-06"])
        #expect(values("每年12月底前报送", year: 2025) == ["2025-12"])
        #expect(values("12月份报送", year: 2025).isEmpty)
    }

    /// Taiwan counts years from 1912, with or without `中華民國` before them.
    @Test func yearsOfTheRepublicOfChina() {
        #expect(values("中華民國113年5月2日") == ["2024-05-02"])
        #expect(values("請於113年9月30日前完成") == ["2024-09-30"])
        #expect(values("2024年9月30日") == ["2024-09-30"])
    }

    @Test func notDates() {
        #expect(values("第12月份").isEmpty)
        #expect(values("共有123月") .isEmpty)
    }

    /// A month alone is a date when the text says it is this year's (`今年6月`) or every year's (`每年6月`,
    /// as `每年6月底` is); otherwise it needs its year, its day or a part of it.
    @Test func aMonthOfThisYear() {
        #expect(values("今年6月是第23个安全生产月", year: 2024) == ["2024-06"])
        #expect(values("本年6月开展检查", year: 2024) == ["2024-06"])
        #expect(values("每年6月开展检查", year: 2024) == ["2024-06"])
        #expect(values("1-6月份累计完成", year: 2024).isEmpty)
        #expect(values("共6月时间", year: 2024).isEmpty)
    }

    /// `起至…止` marks a range as `至` alone does.
    @Test func aRangeFromItsStartToItsEnd() {
        let found = DateExtractor.find(in: Scalars("受理时间为2024年3月1日起至2024年11月30日止。"))
        #expect(found.count == 1)
        #expect(found.first?.value(defaultYear: nil) == "2024-03-01")
        #expect(found.first.map { DateExtractor.role(of: $0.range, in: Scalars("受理时间为2024年3月1日起至2024年11月30日止。")) } == .mentioned)
        #expect(values("自2024年3月1日起施行") == ["2024-03-01"])
        #expect(values("2025年1月28日（星期二）至2月4日（星期二）放假") == ["2025-01-28"])
        #expect(values("2025年1月28日（星期二）举行，2月4日截止", year: 2025) == ["2025-01-28", "2025-02-04"])
    }
}
