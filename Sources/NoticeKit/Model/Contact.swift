/// 联系人 and the ways to reach them.
public struct Contact: Decodable, Sendable, Equatable {
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
}

public struct Phone: Decodable, Sendable, Equatable {
    public enum Kind: String, Decodable, Sendable {
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
}
