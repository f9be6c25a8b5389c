import Foundation
import NoticeKit

/// One notice as an OpenSearch or Elasticsearch document, flattened for search and filters; its fields
/// are the properties of `Schemas/opensearch-index.json`.
///
/// Text fields keep the printed script, and `simplified` holds the same fields folded to Simplified
/// (phrase-level OpenCC), so one query in Simplified finds notices printed in either script.
///
/// Written compact with `JSONOutput`, keys in code-unit order as `.sortedKeys` has them, and every
/// field present, `null` when absent, so each document shows the whole mapping.
public struct BulkDocument: JSONWritable, Sendable, Equatable {
    public var title: String?
    public var documentType: String?
    public var documentNumber: String?
    /// Issuers as printed.
    public var issuerNames: [String]
    /// Issuers' official names from the gazetteer, for exact filters.
    public var issuerCanonicalNames: [String]
    public var recipients: [String]
    /// 成文日期, `YYYY-MM-DD`.
    public var issuedDate: String?
    /// 发布日期 from the page's metadata, `YYYY-MM-DD`.
    public var publishedDate: String?
    /// Headings of the numbered sections, at every level, in reading order.
    public var sectionHeadings: [String]
    public var contactNames: [String]
    public var contactOrganizations: [String]
    /// E.164 numbers.
    public var contactPhones: [String]
    public var contactEmails: [String]
    public var text: String
    public var simplified: Simplified
    public var script: String
    /// Each code once, in the order first reported.
    public var diagnosticCodes: [String]
    public var source: SourceFields

    /// The text fields folded to Simplified.
    public struct Simplified: JSONWritable, Sendable, Equatable {
        public var title: String?
        public var issuerNames: [String]
        public var recipients: [String]
        public var sectionHeadings: [String]
        public var contactNames: [String]
        public var contactOrganizations: [String]
        public var text: String

        public func write(to json: inout JSONOutput) {
            json.object { json in
                json.member("contactNames", contactNames)
                json.member("contactOrganizations", contactOrganizations)
                json.member("issuerNames", issuerNames)
                json.member("recipients", recipients)
                json.member("sectionHeadings", sectionHeadings)
                json.member("text", text)
                json.member("title", title)
            }
        }
    }

    public struct SourceFields: JSONWritable, Sendable, Equatable {
        public var path: String?
        public var sha256: String

        public func write(to json: inout JSONOutput) {
            json.object { json in
                json.member("path", path)
                json.member("sha256", sha256)
            }
        }
    }

    public func write(to json: inout JSONOutput) {
        json.object { json in
            json.member("contactEmails", contactEmails)
            json.member("contactNames", contactNames)
            json.member("contactOrganizations", contactOrganizations)
            json.member("contactPhones", contactPhones)
            json.member("diagnosticCodes", diagnosticCodes)
            json.member("documentNumber", documentNumber)
            json.member("documentType", documentType)
            json.member("issuedDate", issuedDate)
            json.member("issuerCanonicalNames", issuerCanonicalNames)
            json.member("issuerNames", issuerNames)
            json.member("publishedDate", publishedDate)
            json.member("recipients", recipients)
            json.member("script", script)
            json.member("sectionHeadings", sectionHeadings)
            json.member("simplified", simplified)
            json.member("source", source)
            json.member("text", text)
            json.member("title", title)
        }
    }

    public init(_ notice: Notice) {
        func fold(_ values: [String]) -> [String] { values.map(ScriptFolding.simplified) }
        title = notice.title
        documentType = notice.documentType
        documentNumber = notice.documentNumber
        issuerNames = notice.issuers.map(\.name)
        issuerCanonicalNames = Self.unique(notice.issuers.compactMap(\.canonicalName))
        recipients = notice.recipients.map(\.name)
        issuedDate = notice.issuedDate
        publishedDate = PublishedDate.of(notice)?.description
        sectionHeadings = Self.headings(notice.sections)
        contactNames = notice.contacts.compactMap(\.name)
        contactOrganizations = notice.contacts.compactMap(\.organization)
        contactPhones = Self.unique(notice.contacts.flatMap { $0.phones.compactMap(\.e164) })
        contactEmails = Self.unique(notice.contacts.flatMap(\.emails))
        text = notice.text
        simplified = Simplified(
            title: notice.title.map(ScriptFolding.simplified), issuerNames: fold(issuerNames),
            recipients: fold(recipients), sectionHeadings: fold(sectionHeadings), contactNames: fold(contactNames),
            contactOrganizations: fold(contactOrganizations), text: ScriptFolding.simplified(notice.text))
        script = notice.script.rawValue
        diagnosticCodes = Self.unique(notice.diagnostics.map(\.code))
        source = SourceFields(path: notice.source.path, sha256: notice.source.sha256)
    }

    /// The two NDJSON lines `_bulk` takes for one notice: the action, `{"index":{"_id":…,"_index":…}}`
    /// with the source's sha256 as the id, so indexing a notice again replaces it; then the document.
    /// Both have sorted keys and end with a line feed.
    public static func lines(for notice: Notice, index: String) throws -> Data {
        try BulkIndexName.check(index)
        var action = JSONOutput(pretty: false)
        action.object { json in
            json.member("index", Action(id: notice.source.sha256, index: index))
        }
        var document = JSONOutput(pretty: false, capacity: notice.text.utf8.count * 2 + 1024)
        BulkDocument(notice).write(to: &document)
        return action.data(lineFeed: true) + document.data(lineFeed: true)
    }

    private struct Action: JSONWritable {
        var id: String
        var index: String

        func write(to json: inout JSONOutput) {
            json.object { json in
                json.member("_id", id)
                json.member("_index", index)
            }
        }
    }

    private static func headings(_ sections: [Section]) -> [String] {
        sections.flatMap { section in
            (section.heading.isEmpty ? [] : [section.heading]) + headings(section.children)
        }
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
