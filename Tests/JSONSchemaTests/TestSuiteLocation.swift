import Foundation

/// Where the official JSON-Schema-Test-Suite checkout is: `JSON_SCHEMA_TEST_SUITE` when set, otherwise
/// `shared/json-schema-test-suite` beside the package root.
enum TestSuiteLocation {
    static let environmentVariable = "JSON_SCHEMA_TEST_SUITE"

    /// This file sits in Tests/JSONSchemaTests/ of the package.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    static var root: URL {
        if let configured = ProcessInfo.processInfo.environment[environmentVariable], !configured.isEmpty {
            return URL(fileURLWithPath: configured, isDirectory: true)
        }
        return packageRoot.appendingPathComponent("../shared/json-schema-test-suite", isDirectory: true).standardizedFileURL
    }

    static let metaSchemasVariable = "JSON_SCHEMA_METASCHEMAS"

    /// A folder of the draft 2020-12 meta-schema documents, when `JSON_SCHEMA_METASCHEMAS` names one.
    static var metaSchemas: URL? {
        guard let configured = ProcessInfo.processInfo.environment[metaSchemasVariable], !configured.isEmpty else { return nil }
        return URL(fileURLWithPath: configured, isDirectory: true)
    }

    /// The file listing expected failures, kept next to the tests.
    static let knownFailuresFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("known-failures.txt")
}
