import Foundation
import Testing
@testable import NoticeKit

@Suite struct NoticeJSONTests {
    @Test func everyKeyIsWrittenEvenWhenEmpty() throws {
        let notice = Notice(
            source: Source(path: nil, format: .text, encoding: "UTF-8", sha256: "00", byteCount: 0), script: .simplified, text: "")
        let object = try #require(try JSONSerialization.jsonObject(with: NoticeJSON.encode(notice)) as? [String: Any])
        let keys = [
            "schemaVersion", "source", "script", "title", "documentType", "documentNumber", "issuers", "recipients", "preamble",
            "sections", "closing", "attachments", "contacts", "issuedDate", "dates", "copyTo", "printed", "note", "metadata",
            "text", "diagnostics",
        ]
        #expect(Set(object.keys) == Set(keys))
        #expect(object["title"] is NSNull)
        #expect((object["source"] as? [String: Any])?["path"] is NSNull)
    }

    @Test func roundTrips() throws {
        let notice = try NoticeConverter().convert(try CorpusFiles.bytes("reference/reference-notice.txt"), path: "x.txt")
        #expect(try NoticeJSON.decode(NoticeJSON.encode(notice)) == notice)
    }

    @Test func outputIsStable() throws {
        let bytes = try CorpusFiles.bytes("reference/reference-notice.html")
        let first = try NoticeJSON.encode(try NoticeConverter().convert(bytes, path: nil))
        let second = try NoticeJSON.encode(try NoticeConverter().convert(bytes, path: nil))
        #expect(first == second)
    }
}
