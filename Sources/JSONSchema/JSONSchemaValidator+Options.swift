extension JSONSchemaValidator {
    /// How a validator treats what the specification leaves to the implementation.
    public struct Options: Sendable, Equatable {
        /// The base URI of a root schema without `$id`; a made-up URN, so that relative references in such a
        /// schema cannot accidentally match a document in the store.
        public static let defaultBaseURI = "urn:x-jsonschema:root"

        /// When true, `format` fails strings that are not a valid `date`, `date-time`, `email` or `uri`.
        /// Other formats, and every format when this is false, are annotations that never fail. A meta-schema
        /// that requires the format-assertion vocabulary turns assertion on as well.
        public var assertsFormats: Bool

        /// The absolute URI that relative references in a root schema without `$id` resolve against.
        public var baseURI: String

        public init(assertsFormats: Bool = false, baseURI: String = Options.defaultBaseURI) {
            self.assertsFormats = assertsFormats
            self.baseURI = baseURI
        }
    }
}
