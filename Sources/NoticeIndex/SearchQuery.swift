/// What to look for: words in either script, and filters on the fields.
public struct SearchQuery: Sendable, Equatable {
    public var text: String
    /// An issuer's printed name, in either script, or its official name.
    public var issuer: String?
    /// 文种, such as `通知`.
    public var documentType: String?
    /// Notices issued (成文日期) on or after this day.
    public var issuedFrom: CalendarDate?
    /// Notices issued on or before this day.
    public var issuedTo: CalendarDate?
    public var limit: Int

    public init(
        _ text: String, issuer: String? = nil, documentType: String? = nil, issuedFrom: CalendarDate? = nil,
        issuedTo: CalendarDate? = nil, limit: Int = 10
    ) {
        self.text = text
        self.issuer = issuer
        self.documentType = documentType
        self.issuedFrom = issuedFrom
        self.issuedTo = issuedTo
        self.limit = limit
    }

    /// The query's runs after folding to Simplified; empty when it holds no letter, digit or Han character.
    var runs: [SearchRun] { SearchRun.runs(of: SearchText.folded(text)) }

    /// Whether a filter needs the notice's stored fields.
    var filtersFields: Bool { issuer != nil || documentType != nil || issuedFrom != nil || issuedTo != nil }

    /// Whether the query has anything to search for: punctuation alone finds nothing.
    public var isSearchable: Bool { !runs.isEmpty }
}
