/// The folded text of a record's three searchable columns, and the tokens made from it.
struct SearchColumns: Sendable, Equatable {
    var title: String
    /// Issuers' printed and official names and the document number: a query naming an agency finds the
    /// notices it issued, whatever name they print.
    var names: String
    var body: String

    init(title: String?, issuers: [(name: String, canonicalName: String?)], documentNumber: String?, text: String) {
        let names = issuers.map(\.name) + issuers.compactMap(\.canonicalName) + [documentNumber].compactMap { $0 }
        self.title = SearchText.folded(title ?? "")
        self.names = SearchText.folded(names.joined(separator: "\n"))
        body = SearchText.folded(text)
    }

    var pairs: [String] { [title, names, body].map(SearchTokens.pairs) }
    var characters: [String] { [title, names, body].map(SearchTokens.characters) }

    /// FNV-1a over every token. A contentless FTS5 table forgets a record only when told exactly the
    /// tokens it was given; these are made again from the stored fields, and if the script tables
    /// changed since, this sum says so before anything is removed.
    static func checksum(pairs: [String], characters: [String]) -> Int64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for column in pairs + characters {
            for byte in column.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01B3
        }
        return Int64(bitPattern: hash)
    }
}
