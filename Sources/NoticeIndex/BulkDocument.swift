import Foundation
import NoticeKit

/// One notice as an OpenSearch or Elasticsearch document, flattened for search and filters; its fields
/// are the properties of `Schemas/opensearch-index.json`.
///
/// Text fields keep the printed script, and `simplified` holds the same fields folded to Simplified
/// (phrase-level OpenCC), so one query in Simplified finds notices printed in either script.
public struct BulkDocument: Encodable, Sendable, Equatable {
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
    public struct Simplified: Encodable, Sendable, Equatable {
        public var title: String?
        public var issuerNames: [String]
        public var recipients: [String]
        public var sectionHeadings: [String]
        public var contactNames: [String]
        public var contactOrganizations: [String]
        public var text: String

        private enum CodingKeys: String, CodingKey {
            case title, issuerNames, recipients, sectionHeadings, contactNames, contactOrganizations, text
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(title, forKey: .title)
            try c.encode(issuerNames, forKey: .issuerNames)
            try c.encode(recipients, forKey: .recipients)
            try c.encode(sectionHeadings, forKey: .sectionHeadings)
            try c.encode(contactNames, forKey: .contactNames)
            try c.encode(contactOrganizations, forKey: .contactOrganizations)
            try c.encode(text, forKey: .text)
        }
    }

    public struct SourceFields: Encodable, Sendable, Equatable {
        public var path: String?
        public var sha256: String

        private enum CodingKeys: String, CodingKey { case path, sha256 }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encode(sha256, forKey: .sha256)
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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(["index": ["_index": index, "_id": notice.source.sha256]])
        data.append(0x0A)
        data.append(try encoder.encode(BulkDocument(notice)))
        data.append(0x0A)
        return data
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

    private enum CodingKeys: String, CodingKey {
        case title, documentType, documentNumber, issuerNames, issuerCanonicalNames, recipients, issuedDate
        case publishedDate, sectionHeadings, contactNames, contactOrganizations, contactPhones, contactEmails
        case text, simplified, script, diagnosticCodes, source
    }

    public func encode(to encoder: Encoder) throws {
        // Every field is written, null when absent, so each document shows the whole mapping.
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(documentType, forKey: .documentType)
        try c.encode(documentNumber, forKey: .documentNumber)
        try c.encode(issuerNames, forKey: .issuerNames)
        try c.encode(issuerCanonicalNames, forKey: .issuerCanonicalNames)
        try c.encode(recipients, forKey: .recipients)
        try c.encode(issuedDate, forKey: .issuedDate)
        try c.encode(publishedDate, forKey: .publishedDate)
        try c.encode(sectionHeadings, forKey: .sectionHeadings)
        try c.encode(contactNames, forKey: .contactNames)
        try c.encode(contactOrganizations, forKey: .contactOrganizations)
        try c.encode(contactPhones, forKey: .contactPhones)
        try c.encode(contactEmails, forKey: .contactEmails)
        try c.encode(text, forKey: .text)
        try c.encode(simplified, forKey: .simplified)
        try c.encode(script, forKey: .script)
        try c.encode(diagnosticCodes, forKey: .diagnosticCodes)
        try c.encode(source, forKey: .source)
    }
}
