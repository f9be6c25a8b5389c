import Foundation
import Testing
@testable import NoticeKit

@Suite struct RecordValidatorTests {
    static let inputs: [String] = ["reference", "notices"].flatMap { folder in
        ["txt", "html", "xml"].flatMap { CorpusFiles.names(in: folder, endingWith: ".\($0)") }
    }

    func record(_ path: String) throws -> Notice {
        try NoticeConverter().convert(try CorpusFiles.bytes(path), path: path)
    }

    @Test func publishedSchemasAreTheBundledOnes() throws {
        let root = CorpusFiles.root.deletingLastPathComponent()
        for name in ["notice.schema.json", "notice.xsd"] {
            let published = try Data(contentsOf: root.appendingPathComponent("Schemas").appendingPathComponent(name))
            #expect(published == (try RecordValidator.bundledSchema(named: name)))
        }
    }

    @Test(arguments: inputs)
    func everyCorpusRecordIsValidInBothForms(_ path: String) throws {
        let validator = try RecordValidator.forRecords()
        let notice = try record(path)
        #expect(validator.validateJSON(NoticeJSON.encode(notice)) == [])
        #expect(validator.validateXML(NoticeXML.encode(notice)) == [])
    }

    @Test func plantedErrorsAreReportedWithTheirPointers() throws {
        var object = try #require(try JSONSerialization.jsonObject(with: NoticeJSON.encode(try record("reference/reference-notice.txt"))) as? [String: Any])
        object["issuedDate"] = "2020/08/14"
        object.removeValue(forKey: "note")
        object["script"] = 7
        var contacts = try #require(object["contacts"] as? [[String: Any]])
        var phones = try #require(contacts[0]["phones"] as? [[String: Any]])
        phones[0]["e164"] = "010-82262033"
        contacts[0]["phones"] = phones
        object["contacts"] = contacts
        let problems = try RecordValidator.forRecords().validateJSON(try JSONSerialization.data(withJSONObject: object))
        let places = Set(problems.map { "\($0.location) \($0.keyword)" })
        #expect(places.contains(" required"))
        #expect(places.contains("/issuedDate oneOf"))
        #expect(places.contains("/script enum"))
        #expect(places.contains("/contacts/0/phones/0/e164 pattern"))
        #expect(problems.count == 4)
    }

    @Test func plantedErrorsInXMLAreReportedWithTheirLines() throws {
        let xml = String(decoding: NoticeXML.encode(try record("reference/reference-notice.txt")), as: UTF8.self)
            .replacingOccurrences(of: "<issuedDate>2020-08-14</issuedDate>", with: "<issuedDate>14/08/2020</issuedDate>")
            .replacingOccurrences(of: "<script>Hant</script>", with: "<script>Latn</script>")
        let problems = try RecordValidator.forRecords().validateXML(Data(xml.utf8))
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.location.hasPrefix("line ") })
        #expect(problems.contains { $0.message.contains("issuedDate") })
    }

    @Test func notWellFormedInputIsAProblemNotACrash() throws {
        let validator = try RecordValidator.forRecords()
        #expect(validator.validateJSON(Data("{\"schemaVersion\": ".utf8)).first?.keyword == "json")
        #expect(!validator.validateXML(Data("<notice><source>".utf8)).isEmpty)
    }

    @Test func aUsersOwnSchema() throws {
        let schema = Data(#"{"type": "object", "required": ["title"], "properties": {"title": {"type": "string"}}}"#.utf8)
        let validator = try RecordValidator(jsonSchema: schema, xsd: nil)
        #expect(validator.validateJSON(Data(#"{"title": 3}"#.utf8)).map(\.location) == ["/title"])
        #expect(validator.validateJSON(Data(#"{"title": "x"}"#.utf8)) == [])
        #expect(throws: SchemaError.self) { try RecordValidator(jsonSchema: Data("{".utf8), xsd: nil) }
    }
}
