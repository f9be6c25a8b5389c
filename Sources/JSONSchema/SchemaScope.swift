/// What holds at a schema location: the base URI its relative references resolve against, the schema
/// resource it belongs to, and the vocabularies its meta-schema enables.
struct SchemaScope: Sendable {
    var base: URIReference
    var vocabularies: Vocabularies

    var resourceURI: String { base.string }
}
