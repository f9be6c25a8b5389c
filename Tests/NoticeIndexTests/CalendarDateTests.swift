import Testing
import NoticeIndex

@Suite struct CalendarDateTests {
    @Test func theCommandLineFormIsExact() {
        #expect(CalendarDate("2020-08-14")?.description == "2020-08-14")
        #expect(CalendarDate("2020-8-14") == nil)
        #expect(CalendarDate("2021-02-29") == nil)
        #expect(CalendarDate("2020-02-29") != nil)
        #expect(CalendarDate("２０２０-08-14") == nil)
    }

    @Test func timestampsAsPagesPrintThem() {
        for printed in ["2020-08-20 16:30", "2020-08-20T16:30:00+08:00", "2020/8/20", "2020.08.20", "2020年8月20日", " 2020-08-20"] {
            #expect(CalendarDate(leadingDateOf: printed)?.description == "2020-08-20", "\(printed)")
        }
        for printed in ["", "2020-08", "20-08-2020", "2020-08-201", "2020-13-01", "发布于2020-08-20"] {
            #expect(CalendarDate(leadingDateOf: printed) == nil, "\(printed)")
        }
    }
}
