import Foundation
import JSONSchema

/// One way a record breaks its schema: where (a JSON Pointer, or a line of an XML record), which rule,
/// and what was expected.
public struct ValidationProblem: Sendable, Equatable, Codable {
    public var location: String
    public var keyword: String
    public var message: String

    public init(location: String, keyword: String, message: String) {
        self.location = location
        self.keyword = keyword
        self.message = message
    }
}

/// Why a schema could not be used.
public enum SchemaError: Error, Equatable, CustomStringConvertible, Sendable {
    case unreadable(name: String, reason: String)
    case missingBundledSchema(String)

    public var description: String {
        switch self {
        case .unreadable(let name, let reason): "\(name): \(reason); check that it is a JSON Schema (draft 2020-12) or an XSD"
        case .missingBundledSchema(let name): "the schema \(name) shipped with NoticeKit is missing; reinstall NoticeKit"
        }
    }
}

/// Validates records: the JSON form against a JSON Schema (by default `notice.schema.json`), the XML
/// form against an XSD (by default `notice.xsd`) with libxml2.
public struct RecordValidator: Sendable {
    private let jsonSchema: JSONSchemaValidator?
    private let xsd: [UInt8]?

    /// The record's published schemas, as shipped with the library.
    public static func bundledSchema(named name: String) throws(SchemaError) -> Data {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let url = Bundle.module.url(forResource: parts[0], withExtension: parts[1]),
            let data = try? Data(contentsOf: url)
        else { throw .missingBundledSchema(name) }
        return data
    }

    /// A validator for NoticeKit's own record schemas.
    public static func forRecords(assertFormats: Bool = false) throws(SchemaError) -> RecordValidator {
        try RecordValidator(
            jsonSchema: bundledSchema(named: "notice.schema.json"), xsd: bundledSchema(named: "notice.xsd"),
            assertFormats: assertFormats)
    }

    /// A store of every `.json` schema under `folder` that has an `$id`, under it: the documents remote
    /// `$ref`s may name.
    public static func store(ofSchemasIn folder: URL) throws(SchemaError) -> SchemaStore {
        var store = SchemaStore()
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "json", let data = try? Data(contentsOf: file) else { continue }
            do {
                let schema = try JSONValue(parsing: data)
                // A schema without an $id cannot be named by a remote $ref; it is not stored.
                guard let id = schema["$id"]?.stringValue else { continue }
                try store.add(schema, at: id)
            } catch {
                throw .unreadable(name: file.path, reason: "\(error)")
            }
        }
        return store
    }

    /// `jsonSchema` and `xsd` are the schema documents' bytes; either may be nil when only one form is
    /// validated. `store` holds the documents a JSON Schema's remote `$ref`s name, by URI; nothing is
    /// ever fetched. `assertFormats` makes `format` an assertion for date, date-time, email and uri.
    public init(
        jsonSchema: Data?, xsd: Data?, name: String = "schema", store: SchemaStore = SchemaStore(), assertFormats: Bool = false
    ) throws(SchemaError) {
        if let jsonSchema {
            do {
                self.jsonSchema = try JSONSchemaValidator(
                    schema: try JSONValue(parsing: jsonSchema), store: store,
                    options: JSONSchemaValidator.Options(assertsFormats: assertFormats))
            } catch {
                throw .unreadable(name: name, reason: "\(error)")
            }
        } else {
            self.jsonSchema = nil
        }
        self.xsd = xsd.map { [UInt8]($0) }
    }

    public var validatesJSON: Bool { jsonSchema != nil }
    public var validatesXML: Bool { xsd != nil }

    public func validateJSON(_ data: Data) -> [ValidationProblem] {
        guard let jsonSchema else { return [] }
        let instance: JSONValue
        do {
            instance = try JSONValue(parsing: data)
        } catch {
            return [ValidationProblem(location: "", keyword: "json", message: "not well-formed JSON: \(error)")]
        }
        return jsonSchema.validate(instance).map {
            ValidationProblem(location: $0.instancePointer, keyword: $0.keyword, message: $0.message)
        }
    }

    public func validateXML(_ data: Data) -> [ValidationProblem] {
        guard let xsd else { return [] }
        let result = LibXML2Schema.validate([UInt8](data), against: xsd)
        if !result.schemaProblems.isEmpty {
            return result.schemaProblems.map { ValidationProblem(location: "schema line \($0.line)", keyword: "xsd", message: $0.message) }
        }
        return result.problems.map { ValidationProblem(location: "line \($0.line)", keyword: "xsd", message: $0.message) }
    }
}
