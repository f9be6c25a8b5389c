/// A place inside one of the schema documents the validator knows: which document, then a JSON Pointer.
struct SchemaLocation: Hashable, Sendable {
    var document: Int
    var tokens: [String]

    func appending(_ extra: String...) -> SchemaLocation {
        SchemaLocation(document: document, tokens: tokens + extra)
    }
}
