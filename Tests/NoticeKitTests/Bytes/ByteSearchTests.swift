import Testing
@testable import NoticeKit

@Suite struct ByteSearchTests {
    @Test func findsMarkersWithOrWithoutCase() {
        let page = Array("<DIV class=\"TRS_Editor\">正文</DIV>".utf8)
        #expect(page.firstRange(ofBytes: "div".utf8, ignoringASCIICase: true) == 1..<4)
        #expect(page.firstRange(ofBytes: "div".utf8) == nil)
        #expect(page.contains(bytes: "trs_editor".utf8, ignoringASCIICase: true))
        #expect(!page.contains(bytes: "trs_editor".utf8))
        #expect(page.contains(bytes: "正文".utf8))
    }

    @Test func aRepeatedFirstByteDoesNotHideAMatch() {
        #expect(Array("aaab".utf8).firstRange(ofBytes: "aab".utf8) == 1..<4)
        #expect(Array("aaab".utf8)[1...].firstRange(ofBytes: "ab".utf8) == 2..<4)
    }

    @Test func anEmptyNeedleIsFoundNowhere() {
        #expect(Array("abc".utf8).firstRange(ofBytes: [UInt8]()) == nil)
        #expect(!"abc".contains(bytes: [UInt8]()))
    }

    @Test func aPrefixLongerThanTheBytesDoesNotMatch() {
        #expect(Array("<ht".utf8).starts(withBytes: "<html".utf8, ignoringASCIICase: true) == false)
        #expect(Array("<HTML>".utf8).starts(withBytes: "<html".utf8, ignoringASCIICase: true))
    }
}
