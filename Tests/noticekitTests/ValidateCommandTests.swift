import Foundation
import Testing

/// `noticekit validate` as a user runs it on the records `convert` writes.
@Suite struct ValidateCommandTests {
    let command = ConvertCommandTests()

    @Test func recordsInBothFormsAreValidAndPlantedErrorsAreNot() throws {
        let folder = try command.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("record.json")
        let xml = folder.appendingPathComponent("record.xml")
        let input = "Corpus/reference/reference-notice.txt"
        try command.noticekit(["convert", input]).output.write(to: json)
        try command.noticekit(["convert", input, "--format", "xml"]).output.write(to: xml)

        let valid = try command.noticekit(["validate", json.path, xml.path])
        #expect(valid.status == 0)
        #expect(String(decoding: valid.output, as: UTF8.self).contains("2 valid, 0 invalid"))

        let planted = folder.appendingPathComponent("planted.json")
        let text = try String(contentsOf: json, encoding: .utf8).replacingOccurrences(of: "\"2020-08-14\"", with: "\"14.8.2020\"")
        try text.write(to: planted, atomically: true, encoding: .utf8)
        let invalid = try command.noticekit(["validate", planted.path, "--format", "json"])
        #expect(invalid.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: invalid.output) as? [[String: Any]])
        let problems = try #require(report.first?["problems"] as? [[String: Any]])
        #expect(problems.contains { $0["location"] as? String == "/issuedDate" })
    }

    @Test func aUsersSchemaWithRemoteReferencesAndFormats() throws {
        let folder = try command.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store")
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        try Data(#"{"$id": "https://example.org/defs.json", "$defs": {"day": {"type": "string", "format": "date"}}}"#.utf8)
            .write(to: store.appendingPathComponent("defs.json"))
        let schema = folder.appendingPathComponent("schema.json")
        try Data(#"{"properties": {"issuedDate": {"$ref": "https://example.org/defs.json#/$defs/day"}}}"#.utf8).write(to: schema)
        let record = folder.appendingPathComponent("r.json")
        try Data(#"{"issuedDate": "2020-13-45"}"#.utf8).write(to: record)
        let arguments = ["validate", record.path, "--schema", schema.path, "--schema-store", store.path]
        #expect(try command.noticekit(arguments).status == 0, "format is an annotation unless asked")
        let asserted = try command.noticekit(arguments + ["--assert-formats"])
        #expect(asserted.status == 1)
        #expect(String(decoding: asserted.output, as: UTF8.self).contains("/issuedDate: format"))
        #expect(try command.noticekit(["validate", record.path, "--schema", schema.path]).status == 2, "the remote $ref cannot be resolved")
    }

    @Test func anUnreadableSchemaIsAUsageError() throws {
        let run = try command.noticekit(["validate", "x.json", "--schema", "no-such-schema.json"])
        #expect(run.status == 2)
        #expect(run.error.contains("no-such-schema.json"))
    }
}
