import Foundation
import NoticeKit
import Testing
import NoticeIndex

/// Every `_bulk` line for every corpus notice, checked against `Schemas/opensearch-index.json`.
@Suite struct BulkDocumentTests {
    static var mapping: [String: Any] {
        let url = CorpusNotices.root.appendingPathComponent("Schemas/opensearch-index.json")
        let data = (try? Data(contentsOf: url)) ?? Data()
        let definition = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        return (definition?["mappings"] as? [String: Any]) ?? [:]
    }

    func lines(_ notice: Notice, index: String = "notices") throws -> [[String: Any]] {
        let data = try BulkDocument.lines(for: notice, index: index)
        #expect(data.last == 0x0A)
        return try data.split(separator: 0x0A).map {
            try #require(try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any])
        }
    }

    @Test func theDefinitionIsStrictAndUsesTheBuiltInCJKAnalyzer() throws {
        #expect(Self.mapping["dynamic"] as? String == "strict")
        let properties = try #require(Self.mapping["properties"] as? [String: Any])
        for field in ["title", "text", "sectionHeadings", "recipients", "issuerNames"] {
            let declared = try #require(properties[field] as? [String: Any])
            #expect(declared["type"] as? String == "text")
            #expect(declared["analyzer"] as? String == "cjk")
        }
        for field in ["documentType", "documentNumber", "issuerCanonicalNames", "diagnosticCodes"] {
            #expect((properties[field] as? [String: Any])?["type"] as? String == "keyword")
        }
        let source = try #require((properties["source"] as? [String: Any])?["properties"] as? [String: Any])
        #expect((source["sha256"] as? [String: Any])?["type"] as? String == "keyword")
        for field in ["issuedDate", "publishedDate"] {
            let declared = try #require(properties[field] as? [String: Any])
            #expect(declared["type"] as? String == "date")
            #expect(declared["format"] as? String == "yyyy-MM-dd||yyyy-MM||yyyy")
        }
    }

    @Test func everyLineOfEveryCorpusNoticeFitsTheDefinition() throws {
        let properties = try #require(Self.mapping["properties"] as? [String: Any])
        #expect(CorpusNotices.all.count >= 51)
        for notice in CorpusNotices.all {
            let parsed = try lines(notice)
            try #require(parsed.count == 2)
            let action = try #require(parsed[0]["index"] as? [String: Any])
            #expect(parsed[0].count == 1)
            #expect(action["_index"] as? String == "notices")
            #expect(action["_id"] as? String == notice.source.sha256)
            let problems = Self.problems(parsed[1], against: properties, at: "")
            #expect(problems.isEmpty, "\(notice.source.path ?? ""): \(problems)")
            #expect(Set(parsed[1].keys) == Set(properties.keys), "every declared field is written")
        }
    }

    @Test func linesHaveSortedKeys() throws {
        let notice = try #require(CorpusNotices.all.first { $0.source.path == "reference/reference-notice.html" })
        let text = String(decoding: try BulkDocument.lines(for: notice, index: "notices"), as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(lines[0] == "{\"index\":{\"_id\":\"\(notice.source.sha256)\",\"_index\":\"notices\"}}")
        #expect(lines[1].hasPrefix("{\"contactEmails\":[\"caiyugang@samr.gov.cn\"],\"contactNames\":[\"蔡煜剛\"]"))
    }

    @Test func theReferenceNoticeIsFlattenedForSearch() throws {
        let html = try #require(CorpusNotices.all.first { $0.source.path == "reference/reference-notice.html" })
        let document = BulkDocument(html)
        #expect(document.publishedDate == "2020-08-20")
        #expect(document.issuedDate == "2020-08-14")
        #expect(document.issuerNames.first == "市場監管總局")
        #expect(document.issuerCanonicalNames.first == "国家市场监督管理总局")
        #expect(document.simplified.issuerNames.first == "市场监管总局")
        #expect(document.sectionHeadings.prefix(3) == ["活動主題", "活動內容", "落實黨中央、國務院決策部署,以質量提升服務疫情防控和經濟社會發展大局"])
        #expect(document.sectionHeadings.contains("活動要求"))
        #expect(document.simplified.sectionHeadings.prefix(2) == ["活动主题", "活动内容"])
        #expect(document.contactPhones == ["+861082262033", "+861082260120"])
        #expect(document.simplified.text.contains("质量月"))
        #expect(document.diagnosticCodes == ["issuer-count-mismatch", "mojibake"])
        let xml = try #require(CorpusNotices.all.first { $0.source.path == "reference/reference-notice.xml" })
        #expect(BulkDocument(xml).publishedDate == "2020-08-20")
        let text = try #require(CorpusNotices.all.first { $0.source.path == "reference/reference-notice.txt" })
        #expect(BulkDocument(text).publishedDate == nil)
    }

    @Test func aBadIndexNameIsRefusedBeforeAnyLine() throws {
        let notice = try #require(CorpusNotices.all.first)
        for name in ["", "Notices", "_notices", "a b", "a/b", "..", "a,b"] {
            #expect(throws: BulkIndexName.Problem.self, "\(name)") { try BulkDocument.lines(for: notice, index: name) }
        }
        #expect(throws: Never.self) { try BulkDocument.lines(for: notice, index: "notices-2020") }
    }

    /// What in a document does not fit the declared properties: undeclared fields, and values of
    /// another type than the field's.
    static func problems(_ document: [String: Any], against properties: [String: Any], at prefix: String) -> [String] {
        var problems = [String]()
        for (field, value) in document {
            let path = prefix + field
            guard let declared = properties[field] as? [String: Any] else {
                problems.append("\(path) is not declared")
                continue
            }
            if value is NSNull { continue }
            if let nested = declared["properties"] as? [String: Any] {
                guard let object = value as? [String: Any] else {
                    problems.append("\(path) is not an object")
                    continue
                }
                problems += Self.problems(object, against: nested, at: path + ".")
                continue
            }
            let values = (value as? [Any]) ?? [value]
            for each in values where !fits(each, declared) {
                problems.append("\(path): \(each) is not a \(declared["type"] ?? "?")")
            }
        }
        return problems
    }

    static func fits(_ value: Any, _ declared: [String: Any]) -> Bool {
        switch declared["type"] as? String {
        case "text", "keyword":
            return value is String
        case "date":
            guard let text = value as? String, let formats = declared["format"] as? String else { return false }
            return formats.components(separatedBy: "||").contains { format in
                let pattern = "^" + format.replacingOccurrences(of: "yyyy", with: "[0-9]{4}")
                    .replacingOccurrences(of: "MM", with: "(0[1-9]|1[0-2])")
                    .replacingOccurrences(of: "dd", with: "(0[1-9]|[12][0-9]|3[01])") + "$"
                return text.range(of: pattern, options: .regularExpression) != nil
            }
        default:
            return false
        }
    }
}
