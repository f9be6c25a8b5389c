import ArgumentParser
import Foundation
import JSONSchema
import NoticeKit

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate records against the record's schemas, or JSON against your own schema.",
        discussion: """
            A .json file is checked against Schemas/notice.schema.json (JSON Schema 2020-12), an .xml file \
            against Schemas/notice.xsd; other files by their first character. With --schema, JSON files are \
            checked against that JSON Schema instead, or XML files against that XSD. Exit status: 0 when \
            every file is valid, 1 when some are not, 2 for usage errors.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Record files (.json or .xml).")
    var files: [String]

    @Option(help: "Validate against this JSON Schema (.json) or XSD (.xsd) instead.")
    var schema: String?

    @Option(help: "Report as text, or as JSON for machines.")
    var format: OutputFormat = .text

    @Option(help: "A folder of JSON Schemas that --schema's remote $refs name, each found by its $id.")
    var schemaStore: String?

    @Flag(help: "Assert `format` for date, date-time, email and uri instead of taking it as an annotation.")
    var assertFormats = false

    struct Report: Encodable {
        var file: String
        var valid: Bool
        var problems: [ValidationProblem]
    }

    func run() throws {
        let validator = try makeValidator()
        var reports = [Report]()
        for file in files {
            reports.append(check(file, with: validator))
        }
        switch format {
        case .text:
            for report in reports {
                if report.valid {
                    print("\(report.file): valid")
                } else {
                    for problem in report.problems {
                        let place = problem.location.isEmpty ? "(the record)" : problem.location
                        print("\(report.file): \(place): \(problem.keyword): \(problem.message)")
                    }
                }
            }
            let invalid = reports.filter { !$0.valid }.count
            print("\(reports.count - invalid) valid, \(invalid) invalid")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(reports) + Data("\n".utf8))
        }
        if reports.contains(where: { !$0.valid }) { throw ExitCode(1) }
    }

    private func makeValidator() throws -> RecordValidator {
        guard let schema else { return try RecordValidator.forRecords(assertFormats: assertFormats) }
        guard let data = FileManager.default.contents(atPath: schema) else {
            throw UsageError(description: "\(schema): the schema cannot be read; check the path.")
        }
        do {
            if schema.lowercased().hasSuffix(".xsd") {
                return try RecordValidator(jsonSchema: nil, xsd: data, name: schema)
            }
            let store = try schemaStore.map { try RecordValidator.store(ofSchemasIn: URL(fileURLWithPath: $0)) } ?? SchemaStore()
            return try RecordValidator(jsonSchema: data, xsd: nil, name: schema, store: store, assertFormats: assertFormats)
        } catch {
            throw UsageError(description: "\(error)")
        }
    }

    private func check(_ file: String, with validator: RecordValidator) -> Report {
        guard let data = FileManager.default.contents(atPath: file) else {
            return Report(file: file, valid: false, problems: [
                ValidationProblem(location: "", keyword: "file", message: "the file cannot be read; check that it exists and that you may read it")
            ])
        }
        let first = data.first { !Set<UInt8>([0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF]).contains($0) }
        let isXML = file.lowercased().hasSuffix(".xml") || (!file.lowercased().hasSuffix(".json") && first == UInt8(ascii: "<"))
        let problems: [ValidationProblem]
        switch (isXML, validator.validatesXML, validator.validatesJSON) {
        case (true, true, _): problems = validator.validateXML(data)
        case (false, _, true): problems = validator.validateJSON(data)
        default:
            problems = [ValidationProblem(
                location: "", keyword: "schema",
                message: "the schema given with --schema is for \(isXML ? "JSON" : "XML"), and this is \(isXML ? "XML" : "JSON")")]
        }
        return Report(file: file, valid: problems.isEmpty, problems: problems)
    }
}
