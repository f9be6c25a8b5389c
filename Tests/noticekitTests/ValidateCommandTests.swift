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

    @Test func anUnreadableSchemaIsAUsageError() throws {
        let run = try command.noticekit(["validate", "x.json", "--schema", "no-such-schema.json"])
        #expect(run.status == 2)
        #expect(run.error.contains("no-such-schema.json"))
    }
}
