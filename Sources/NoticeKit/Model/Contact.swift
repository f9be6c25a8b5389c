/// 联系人 and the ways to reach them.
public struct Contact: Codable, Sendable, Equatable {
    public var name: String?
    public var organization: String?
    public var phones: [Phone]
    public var emails: [String]

    public init(name: String?, organization: String?, phones: [Phone] = [], emails: [String] = []) {
        self.name = name
        self.organization = organization
        self.phones = phones
        self.emails = emails
    }

    private enum CodingKeys: String, CodingKey { case name, organization, phones, emails }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(organization, forKey: .organization)
        try c.encode(phones, forKey: .phones)
        try c.encode(emails, forKey: .emails)
    }
}

public struct Phone: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case voice, fax, mobile
    }

    /// As printed.
    public var raw: String
    /// E.164 (`+861082262033`); a number printed without its area code inherits the one before it.
    /// Nil when the digits do not form a dialable Chinese number.
    public var e164: String?
    public var kind: Kind

    public init(raw: String, e164: String?, kind: Kind) {
        self.raw = raw
        self.e164 = e164
        self.kind = kind
    }

    private enum CodingKeys: String, CodingKey { case raw, e164, kind }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(raw, forKey: .raw)
        try c.encode(e164, forKey: .e164)
        try c.encode(kind, forKey: .kind)
    }
}
