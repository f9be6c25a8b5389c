import Foundation
import JSONSchema

/// The draft 2020-12 cases of the official JSON-Schema-Test-Suite, run through the validator.
struct OfficialTestSuite {
    struct Outcome {
        let caseID: TestCaseID
        let passed: Bool
        /// Why the case failed, for the report.
        let detail: String
    }

    /// The suite's remote schemas are meant to be served at this address; here they go into the store.
    static let remotesBaseURI = "http://localhost:1234/"

    let root: URL

    /// Every `remotes/` document, keyed by the URI the suite serves it under.
    func remoteStore() throws -> SchemaStore {
        var store = SchemaStore()
        let remotes = root.appendingPathComponent("remotes", isDirectory: true)
        let files = FileManager.default.enumerator(at: remotes, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "json" else { continue }
            let relative = file.standardizedFileURL.path.dropFirst(remotes.standardizedFileURL.path.count + 1)
            try store.add(try JSONValue(parsing: Data(contentsOf: file)), at: OfficialTestSuite.remotesBaseURI + relative)
        }
        try addMetaSchemas(to: &store)
        return store
    }

    /// The 2020-12 meta-schema and its vocabularies, when `TestSuiteLocation.metaSchemas` names a folder
    /// of them (such as the one Python's jsonschema-specifications installs): each under its `$id`.
    private func addMetaSchemas(to store: inout SchemaStore) throws {
        guard let folder = TestSuiteLocation.metaSchemas else { return }
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard let data = try? Data(contentsOf: file), let schema = try? JSONValue(parsing: data),
                let id = schema["$id"]?.stringValue
            else { continue }
            try store.add(schema, at: id)
        }
    }

    static let metaSchemaURI = "https://json-schema.org/draft/2020-12/schema"

    struct SuiteNotFound: Error, CustomStringConvertible {
        let folder: URL

        var description: String {
            "no JSON-Schema-Test-Suite cases in \(folder.path); set \(TestSuiteLocation.environmentVariable) to a checkout of the suite"
        }
    }

    /// The files of tests/draft2020-12, without the optional/ folder.
    func caseFiles() throws -> [URL] {
        let folder = root.appendingPathComponent("tests/draft2020-12", isDirectory: true)
        guard FileManager.default.fileExists(atPath: folder.path) else { throw SuiteNotFound(folder: folder) }
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Runs every test of every group in `file`. `validate` and `isValid` must agree, since they take
    /// different paths through the evaluator.
    func run(_ file: URL, store: SchemaStore, options: JSONSchemaValidator.Options = .init()) throws -> [Outcome] {
        let name = file.lastPathComponent
        guard case .array(let groups) = try JSONValue(parsing: Data(contentsOf: file)) else { return [] }
        var outcomes: [Outcome] = []
        for group in groups {
            let groupName = group["description"]?.stringValue ?? "?"
            let validator: Result<JSONSchemaValidator, JSONSchemaError>
            do {
                validator = .success(try JSONSchemaValidator(schema: group["schema"] ?? true, store: store, options: options))
            } catch {
                validator = .failure(error)
            }
            for test in group["tests"]?.arrayValue ?? [] {
                let caseID = TestCaseID(file: name, group: groupName, test: test["description"]?.stringValue ?? "?")
                let expected = test["valid"] == true
                switch validator {
                case .failure(let error):
                    outcomes.append(Outcome(caseID: caseID, passed: false, detail: "schema rejected: \(error)"))
                case .success(let validator):
                    let instance = test["data"] ?? nil
                    let violations = validator.validate(instance)
                    let isValid = validator.isValid(instance)
                    if isValid != violations.isEmpty {
                        outcomes.append(Outcome(caseID: caseID, passed: false,
                                                detail: "isValid says \(isValid) but validate found \(violations)"))
                    } else {
                        outcomes.append(Outcome(caseID: caseID, passed: isValid == expected,
                                                detail: "expected \(expected ? "valid" : "invalid"), violations: \(violations)"))
                    }
                }
            }
        }
        return outcomes
    }
}
