import Foundation
import JSONSchema
import Testing

@Suite("format: an annotation by default, an assertion on request")
struct FormatAssertionTests {
    @Test("Without the option, any string passes format")
    func annotationByDefault() throws {
        let validator = try JSONSchemaValidator(schema: ["format": "date"])
        #expect(validator.validate("14/08/2020").isEmpty)
    }

    @Test("With the option, a malformed date fails with a message that shows the expected form")
    func assertion() throws {
        let validator = try JSONSchemaValidator(schema: ["format": "date"], options: .init(assertsFormats: true))
        #expect(validator.validate("2020-08-14").isEmpty)
        #expect(validator.validate(14).isEmpty, "format applies to strings only")
        #expect(validator.validate("2020-02-30") == [
            Violation(instancePointer: "", schemaPointer: "/format", keyword: "format",
                      message: #"expected a date in RFC 3339 full-date form (YYYY-MM-DD), found "2020-02-30""#),
        ])
    }

    @Test("Each asserted format accepts and rejects", arguments: [
        ("date-time", "2024-02-29T12:30:60Z", false),
        ("date-time", "1998-12-31T15:59:60.123-08:00", true),
        ("date-time", "2024-01-15T10:00:00+08:00", true),
        ("date-time", "2024-01-15 10:00:00Z", false),
        ("email", "notice@gov.cn", true),
        ("email", "\"quoted name\"@example.com", true),
        ("email", "a..b@example.com", false),
        ("email", "user@[IPv6:2001:db8::1]", true),
        ("uri", "https://www.gov.cn/zhengce/content/2024-01/15/content_1.htm", true),
        ("uri", "urn:isbn:0451450523", true),
        ("uri", "/relative/path", false),
        ("uri", "https://example.com/a b", false),
    ])
    func formats(format: String, value: String, valid: Bool) throws {
        let validator = try JSONSchemaValidator(schema: ["format": .string(format)], options: .init(assertsFormats: true))
        #expect(validator.isValid(.string(value)) == valid)
    }

    @Test("Formats this validator does not know stay annotations even when asserting")
    func unknownFormat() throws {
        let validator = try JSONSchemaValidator(schema: ["format": "ipv4"], options: .init(assertsFormats: true))
        #expect(validator.isValid("not an address"))
    }

    @Test("The suite's optional format cases for date, date-time, email and uri all pass",
          arguments: ["date.json", "date-time.json", "email.json", "uri.json"])
    func optionalSuiteFormats(file: String) throws {
        let suite = OfficialTestSuite(root: TestSuiteLocation.root)
        let url = suite.root.appendingPathComponent("tests/draft2020-12/optional/format/\(file)")
        let outcomes = try suite.run(url, store: SchemaStore(), options: .init(assertsFormats: true))
        #expect(!outcomes.isEmpty)
        for outcome in outcomes where !outcome.passed {
            Issue.record("\(outcome.caseID): \(outcome.detail)")
        }
    }
}
