/// A body that issues, receives a copy of, or prints a notice.
public struct Organization: Decodable, Sendable, Equatable, Hashable {
    /// As printed, with layout spaces removed (`科 技 部` → `科技部`).
    public var name: String
    /// The official full Simplified name from the gazetteer, or nil when the gazetteer does not know it.
    public var canonicalName: String?
    public var englishName: String?

    public init(name: String, canonicalName: String? = nil, englishName: String? = nil) {
        self.name = name
        self.canonicalName = canonicalName
        self.englishName = englishName
    }
}

/// 主送机关: one addressee of the notice.
public struct Recipient: Decodable, Sendable, Equatable {
    /// As printed, without its parenthesized alternates.
    public var name: String
    /// `厅`, `委` from `市场监管局（厅、委）`.
    public var alternates: [String]
    /// The distributive prefix shared by the name, such as `各省、自治区、直辖市`.
    public var scope: String?

    public init(name: String, alternates: [String] = [], scope: String? = nil) {
        self.name = name
        self.alternates = alternates
        self.scope = scope
    }
}

/// 印发机关和印发日期.
public struct Printing: Decodable, Sendable, Equatable {
    public var organization: Organization?
    public var date: String?

    public init(organization: Organization?, date: String?) {
        self.organization = organization
        self.date = date
    }
}
