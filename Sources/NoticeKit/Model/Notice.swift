/// The normalized record of one notice: the JSON contract of schema version 1.0 (DESIGN.md §2).
///
/// Every key is always written, as `null` or `[]` when the notice lacks it, so consumers never guess.
public struct Notice: Decodable, Sendable, Equatable {
    public static let currentSchemaVersion = "1.0"

    public var schemaVersion: String
    public var source: Source
    public var script: Script
    public var title: String?
    public var documentType: String?
    public var documentNumber: String?
    public var issuers: [Organization]
    public var recipients: [Recipient]
    public var preamble: [String]
    public var sections: [Section]
    public var closing: [String]
    public var attachments: [Attachment]
    public var contacts: [Contact]
    public var issuedDate: String?
    public var dates: [DateMention]
    public var copyTo: [Organization]
    public var printed: Printing?
    public var note: String?
    public var metadata: [String: String]
    public var text: String
    public var diagnostics: [Diagnostic]

    public init(
        source: Source,
        script: Script,
        title: String? = nil,
        documentType: String? = nil,
        documentNumber: String? = nil,
        issuers: [Organization] = [],
        recipients: [Recipient] = [],
        preamble: [String] = [],
        sections: [Section] = [],
        closing: [String] = [],
        attachments: [Attachment] = [],
        contacts: [Contact] = [],
        issuedDate: String? = nil,
        dates: [DateMention] = [],
        copyTo: [Organization] = [],
        printed: Printing? = nil,
        note: String? = nil,
        metadata: [String: String] = [:],
        text: String,
        diagnostics: [Diagnostic] = []
    ) {
        self.schemaVersion = Notice.currentSchemaVersion
        self.source = source
        self.script = script
        self.title = title
        self.documentType = documentType
        self.documentNumber = documentNumber
        self.issuers = issuers
        self.recipients = recipients
        self.preamble = preamble
        self.sections = sections
        self.closing = closing
        self.attachments = attachments
        self.contacts = contacts
        self.issuedDate = issuedDate
        self.dates = dates
        self.copyTo = copyTo
        self.printed = printed
        self.note = note
        self.metadata = metadata
        self.text = text
        self.diagnostics = diagnostics
    }
}

/// Where the record came from: the input as bytes, before any interpretation.
public struct Source: Decodable, Sendable, Equatable {
    public var path: String?
    public var format: SourceFormat
    public var encoding: String
    public var sha256: String
    public var byteCount: Int

    public init(path: String?, format: SourceFormat, encoding: String, sha256: String, byteCount: Int) {
        self.path = path
        self.format = format
        self.encoding = encoding
        self.sha256 = sha256
        self.byteCount = byteCount
    }
}

public enum SourceFormat: String, Decodable, Sendable, CaseIterable {
    case text, html, xml
}

public enum Script: String, Decodable, Sendable {
    case simplified = "Hans"
    case traditional = "Hant"
    case mixed
}
