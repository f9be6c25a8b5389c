import NoticeKit

/// What the index keeps of one notice: the fields results show, the issuers filters match, and the
/// tokens of its FTS5 rows.
struct IndexedNotice: Sendable {
    struct Issuer: Sendable {
        var name: String
        var canonicalName: String?
        /// The printed name folded to Simplified, which `--issuer` is compared with.
        var nameKey: String
    }

    var sha256: String
    var path: String?
    var title: String?
    var documentType: String?
    var documentNumber: String?
    var issuedDate: String?
    var text: String
    var issuers: [Issuer]
    var pairs: [String]
    var characters: [String]
    var checksum: Int64

    init(_ notice: Notice) {
        sha256 = notice.source.sha256
        path = notice.source.path
        title = notice.title
        documentType = notice.documentType
        documentNumber = notice.documentNumber
        issuedDate = notice.issuedDate
        text = notice.text
        let columns = SearchColumns(
            title: title, issuers: notice.issuers.map { ($0.name, $0.canonicalName) }, documentNumber: documentNumber,
            text: text)
        issuers = notice.issuers.map {
            Issuer(name: $0.name, canonicalName: $0.canonicalName, nameKey: SearchText.folded($0.name))
        }
        pairs = columns.pairs
        characters = columns.characters
        checksum = SearchColumns.checksum(pairs: pairs, characters: characters)
    }
}
