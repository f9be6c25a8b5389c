import NoticeKit

/// One notice found, with what a results list shows of it.
public struct SearchResult: Encodable, Sendable, Equatable {
    public struct Issuer: Encodable, Sendable, Equatable {
        public var name: String
        public var canonicalName: String?

        private enum CodingKeys: String, CodingKey { case name, canonicalName }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(canonicalName, forKey: .canonicalName)
        }
    }

    /// BM25 as FTS5 computes it: lower is better.
    public var score: Double
    public var title: String?
    public var documentType: String?
    public var documentNumber: String?
    public var issuedDate: String?
    public var issuers: [Issuer]
    public var path: String?
    public var sha256: String
    /// A stretch of the notice's text around the first match, as printed.
    public var snippet: String
    /// Where the query matches in `snippet`, in Unicode scalars.
    public var highlights: [Span]

    private enum CodingKeys: String, CodingKey {
        case score, title, documentType, documentNumber, issuedDate, issuers, path, sha256, snippet, highlights
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(score, forKey: .score)
        try c.encode(title, forKey: .title)
        try c.encode(documentType, forKey: .documentType)
        try c.encode(documentNumber, forKey: .documentNumber)
        try c.encode(issuedDate, forKey: .issuedDate)
        try c.encode(issuers, forKey: .issuers)
        try c.encode(path, forKey: .path)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(snippet, forKey: .snippet)
        try c.encode(highlights, forKey: .highlights)
    }
}
