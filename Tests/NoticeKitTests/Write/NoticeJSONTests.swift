import Foundation
import JSONSchema
import Testing
@testable import NoticeKit

@Suite struct NoticeJSONTests {
    @Test func everyKeyIsWrittenEvenWhenEmpty() throws {
        let notice = Notice(
            source: Source(path: nil, format: .text, encoding: "UTF-8", sha256: "00", byteCount: 0), script: .simplified, text: "")
        let object = try #require(JSONSerialization.jsonObject(with: NoticeJSON.encode(notice)) as? [String: Any])
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
        let first = NoticeJSON.encode(try NoticeConverter().convert(bytes, path: nil))
        let second = NoticeJSON.encode(try NoticeConverter().convert(bytes, path: nil))
        #expect(first == second)
    }

    @Test func keysAreInCodeUnitOrderAtEveryLevel() throws {
        for path in ["reference/reference-notice.txt", "reference/reference-notice.html"] {
            let notice = try NoticeConverter().convert(try CorpusFiles.bytes(path), path: path)
            for data in [NoticeJSON.encode(notice), NoticeJSON.encodeLine(notice)] {
                #expect(outOfOrderKeys(in: try JSONValue(parsing: data)) == [], "\(path)")
            }
        }
    }

    @Test func escapesOnlyQuotesBackslashesAndControls() throws {
        var notice = Notice(
            source: Source(path: "a/b.txt", format: .text, encoding: "UTF-8", sha256: "00", byteCount: 0), script: .simplified,
            text: "引号\"反斜\\斜/\u{1}\u{1F}\u{7F}\u{8}\u{C}\n\r\t😀")
        notice.metadata = ["b": "2", "B": "1", "a10": "3", "a9": "4"]
        let line = String(decoding: NoticeJSON.encodeLine(notice), as: UTF8.self)
        #expect(line.contains(#""text":"引号\"反斜\\斜/\u0001\u001f\#u{7F}\b\f\n\r\t😀""#))
        #expect(line.contains(#""metadata":{"B":"1","a10":"3","a9":"4","b":"2"}"#))
        #expect(line.contains(#""path":"a/b.txt""#))
        #expect(try NoticeJSON.decode(NoticeJSON.encode(notice)) == notice)
    }

    /// Every ASCII scalar, at every place within an eight-byte word, between ASCII and between wide
    /// text: the writer passes over words that need no escape, so each place is checked alone.
    @Test func everyASCIIScalarRoundTripsAtEveryAlignment() throws {
        for value in UInt8(0)..<0x80 {
            for padding in 0..<16 {
                let scalar = String(Unicode.Scalar(value))
                for filler in ["a", "通"] {
                    let text = String(repeating: filler, count: padding) + scalar + String(repeating: filler, count: 17 - padding)
                    let notice = Notice(
                        source: Source(path: nil, format: .text, encoding: "UTF-8", sha256: "00", byteCount: 0),
                        script: .simplified, text: text)
                    let line = NoticeJSON.encodeLine(notice)
                    #expect(!line.dropLast().contains { $0 < 0x20 }, "\(value) after \(padding)")
                    #expect(try NoticeJSON.decode(NoticeJSON.encode(notice)).text == text, "\(value) after \(padding)")
                }
            }
        }
    }

    @Test func emptyContainersTakeTheBlankLineLayout() {
        let notice = Notice(
            source: Source(path: nil, format: .text, encoding: "UTF-8", sha256: "00", byteCount: 0), script: .simplified, text: "")
        let record = String(decoding: NoticeJSON.encode(notice), as: UTF8.self)
        #expect(record.hasPrefix("{\n  \"attachments\" : [\n\n  ],\n"))
        #expect(record.contains("\"metadata\" : {\n\n  },\n"))
        #expect(record.hasSuffix("\"title\" : null\n}\n"))
    }

    private func outOfOrderKeys(in value: JSONValue) -> [String] {
        switch value {
        case .object(let object):
            let pairs = zip(object.keys, object.keys.dropFirst())
            return pairs.filter { !$0.utf8.lexicographicallyPrecedes($1.utf8) }.map { "\($0) before \($1)" }
                + object.values.flatMap(outOfOrderKeys)
        case .array(let elements):
            return elements.flatMap(outOfOrderKeys)
        default:
            return []
        }
    }
}
