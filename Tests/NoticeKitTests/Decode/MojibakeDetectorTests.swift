import Testing
@testable import NoticeKit

@Suite struct MojibakeDetectorTests {
    func damaged(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return MojibakeDetector().spans(in: text).compactMap(\.span).map {
            String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
        }
    }

    @Test func gbkByteShiftAfterALostByte() {
        #expect(damaged("把工作落到實處?;顒咏Y束后及時總結") == ["?;顒咏Y"])
        #expect(damaged("做好“六穩”工作、落實“六?!比蝿?,切實維護市場秩序") == ["?!比蝿?"])
    }

    /// Built from known text: UTF-8 bytes of 发文机关 decoded as GBK.
    @Test func utf8ReadAsGBK() {
        let mangled = Transcoder(encoding: .gb18030).decode(Array("发文机关".utf8)).text
        let diagnostics = MojibakeDetector().spans(in: "本通知由" + mangled + "负责解释。")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.suggestion == "发文机关")
    }

    @Test func replacementCharacterRuns() {
        #expect(damaged("请各单位\u{FFFD}\u{FFFD}报送材料") == ["\u{FFFD}\u{FFFD}"])
        #expect(damaged("请各单位??报送材料") == ["??"])
    }

    @Test func cleanTextHasNoDamage() {
        #expect(damaged("现就有关事项通知如下：一、活动主题。是否可行?请研究。").isEmpty)
        #expect(damaged("各地區各部門要堅決貫徹落實中央八項規定精神,堅持簡樸、高效的原則。").isEmpty)
    }
}
