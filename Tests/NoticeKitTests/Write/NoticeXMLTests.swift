import Foundation
import Testing
@testable import NoticeKit

@Suite struct NoticeXMLTests {
    @Test(arguments: RecordValidatorTests.inputs)
    func jsonToXMLToJSONGivesTheSameRecord(_ path: String) throws {
        let notice = try NoticeConverter().convert(try CorpusFiles.bytes(path), path: path)
        let back = try NoticeXML.decode(NoticeXML.encode(notice))
        #expect(back == notice)
        #expect(NoticeJSON.encode(back) == NoticeJSON.encode(notice))
    }

    @Test func markupCarriageReturnsAndNullsSurvive() throws {
        var notice = Notice(
            source: Source(path: nil, format: .text, encoding: "UTF-8", sha256: String(repeating: "0", count: 64), byteCount: 0),
            script: .simplified, text: "a <b> & \"c\"\r\nd\t")
        notice.title = ""
        notice.metadata = ["key \"quoted\"\n": "value <x>"]
        notice.printed = Printing(organization: nil, date: nil)
        let back = try NoticeXML.decode(NoticeXML.encode(notice))
        #expect(back == notice)
    }

    @Test func somethingElseIsRefused() {
        #expect(throws: NoticeXML.DecodingError.notXML) { try NoticeXML.decode(Data("<html><body/></html>".utf8)) }
        #expect(throws: NoticeXML.DecodingError.self) {
            try NoticeXML.decode(Data("<notice xmlns=\"urn:noticekit:notice:1.0\"><script>Hans</script></notice>".utf8))
        }
    }
}
