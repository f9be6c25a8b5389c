import Testing
@testable import NoticeKit

@Suite struct NoticeConverterTests {
    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "a PNG image"),
        (Array("%PDF-1.7\n".utf8), "a PDF file"),
        ([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0], "a gzip archive"),
    ] as [([UInt8], String)])
    func binaryFilesAreNotNotices(_ bytes: [UInt8], kind: String) {
        #expect(throws: NoticeKitError.notANotice(path: "x", kind: kind)) {
            try NoticeConverter().convert(bytes, path: "x")
        }
    }

    /// Zero bytes padding the end of a short notice are removed with a diagnostic, not taken for a binary file.
    @Test func zeroPaddingAtTheEndIsNotBinary() throws {
        let text = Array("关于开展检查的通知\n各单位：\n现将有关事项通知如下。\n".utf8)
        let notice = try NoticeConverter().convert(text + [UInt8](repeating: 0, count: 64), path: "x.txt")
        #expect(notice.title == "关于开展检查的通知")
        #expect(notice.diagnostics.map(\.code).contains("nul-bytes"))
        #expect(throws: NoticeKitError.empty(path: "x")) { try NoticeConverter().convert([UInt8](repeating: 0, count: 64), path: "x") }
    }

    /// Stray control characters are removed with a diagnostic; Word's vertical tab breaks the line.
    @Test func strayControlCharactersAreRemoved() throws {
        let text = "关于开展检查的通知\n各单位：\n现将有关\u{08}事项通知如下。\u{0B}请认真落实。\n\u{1A}"
        let notice = try NoticeConverter().convert(Array(text.utf8), path: "x.txt")
        #expect(notice.title == "关于开展检查的通知")
        #expect(!notice.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(notice.text.contains("通知如下。\n请认真落实。"))
        let diagnostic = notice.diagnostics.first { $0.code == "control-characters" }
        #expect(diagnostic?.message.hasPrefix("3 control character(s)") == true)
        let clean = try NoticeConverter().convert(Array("关于开展检查的通知\n各单位：\n\t现将有关事项通知如下。\u{0C}\n".utf8), path: "x.txt")
        #expect(!clean.diagnostics.map(\.code).contains("control-characters"))
    }

    /// A file cut off inside a character: the decoder's replacement is reported once, as `invalid-bytes`.
    @Test func aCharacterCutOffIsReportedOnce() throws {
        let bytes = Array("关于开展检查的通知\n各单位：\n现将有关事项通知如下，请认真".utf8)
        let notice = try NoticeConverter().convert(Array(bytes.dropLast(1)), path: "x.txt")
        #expect(notice.diagnostics.map(\.code).contains("invalid-bytes"))
        #expect(!notice.diagnostics.map(\.code).contains("mojibake"))
    }

    @Test func emptyAndBlankInputs() {
        #expect(throws: NoticeKitError.empty(path: "x")) { try NoticeConverter().convert([], path: "x") }
        #expect(throws: NoticeKitError.empty(path: "x")) { try NoticeConverter().convert(Array(" \n\t　\n".utf8), path: "x") }
    }

    @Test func formatIsSniffedFromTheContent() {
        #expect(FormatSniffer.format(of: "<?xml version=\"1.0\"?><a/>", path: "x.html") == .xml)
        #expect(FormatSniffer.format(of: "<!DOCTYPE html><html></html>", path: "x.xml") == .html)
        #expect(FormatSniffer.format(of: "<div><p>正文</p></div>", path: "x.txt") == .html)
        #expect(FormatSniffer.format(of: "关于开展检查的通知", path: "x.html") == .text)
    }

    @Test func aNoticeNeverSeenGetsItsFields() throws {
        let text = """
            某某市人民政府办公室文件
            某政办发〔2022〕7号
            某某市人民政府办公室
            关于做好防汛工作的通知
            各县（区）人民政府，市政府各部门：
            为切实做好今年防汛工作，现就有关事项通知如下：
            一、提高认识。各地要把防汛工作摆在突出位置。
            二、落实责任。各部门要于2022年5月31日前完成隐患排查。
            特此通知。
            联系人：张伟，电话：0551-62601234
            某某市人民政府办公室
            2022年5月6日
            """
        let notice = try NoticeConverter().convert(Array(text.utf8), path: nil)
        #expect(notice.title == "某某市人民政府办公室关于做好防汛工作的通知")
        #expect(notice.documentNumber == "某政办发〔2022〕7号")
        #expect(notice.recipients.map(\.name) == ["人民政府", "市政府各部门"])
        #expect(notice.recipients.first?.scope == "各县（区）")
        #expect(notice.sections.map(\.heading) == ["提高认识", "落实责任"])
        #expect(notice.closing == ["特此通知。"])
        #expect(notice.issuers.map(\.name) == ["某某市人民政府办公室"])
        #expect(notice.issuedDate == "2022-05-06")
        #expect(notice.dates.map(\.role) == [.deadline, .issued])
        #expect(notice.contacts.first?.phones.first?.e164 == "+8655162601234")
    }
}
