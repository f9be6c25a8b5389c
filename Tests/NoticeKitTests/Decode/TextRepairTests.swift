import Testing
@testable import NoticeKit

@Suite struct TextRepairTests {
    @Test func repairIsAppliedOnlyWhenAsked() throws {
        let bytes = try CorpusFiles.bytes("reference/reference-notice.txt")
        let plain = try NoticeConverter().convert(bytes, path: nil)
        #expect(plain.text.contains("落實“六?!比蝿?,"))
        #expect(plain.diagnostics.filter { $0.code == "mojibake" }.map(\.suggestion) == ["保”任務", "。活動結"])

        let repaired = try NoticeConverter(options: .init(repair: true)).convert(bytes, path: nil)
        #expect(repaired.text.contains("落實“六保”任務,"))
        #expect(repaired.text.contains("落到實處。活動結束后"))
        #expect(repaired.preamble.first?.contains("落實“六保”任務,") == true)
        let spans = repaired.diagnostics.filter { $0.code == "mojibake" }.compactMap(\.span)
        let scalars = Array(repaired.text.unicodeScalars)
        #expect(spans.map { Array(scalars[$0.start..<$0.end]).string } == ["保”任務", "。活動結"])
    }

    @Test func spansAfterARepairMove() {
        let blocks = [Block("甲?!比蝿?乙"), Block(""), Block("丙??丁")]
        let damage = MojibakeDetector().damage(in: "甲?!比蝿?乙\n丙??丁")
        let (repaired, moved) = TextRepair(threshold: 0).apply(damage, to: blocks)
        let text = repaired.filter { !$0.text.isEmpty }.map(\.text).joined(separator: "\n")
        let scalars = Array(text.unicodeScalars)
        #expect(moved.map { Array(scalars[$0.span.start..<$0.span.end]).string }.last == "??")
    }
}
