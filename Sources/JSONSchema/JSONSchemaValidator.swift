/// Validates JSON instances against a draft 2020-12 JSON Schema.
///
/// The schema is compiled once, when the validator is created: keywords are checked, regular expressions
/// compiled and every `$ref` resolved, so mistakes in the schema surface here rather than halfway through
/// validating. The validator is an immutable value and can validate from several threads at once.
public struct JSONSchemaValidator: Sendable {
    private let compiled: CompiledSchema
    public let options: Options

    /// Compiles `schema`. References to other documents are looked up in `store`, never on the network.
    public init(schema: JSONValue, store: SchemaStore = .init(), options: Options = .init()) throws(JSONSchemaError) {
        compiled = try SchemaCompiler.compile(schema, store: store, options: options)
        self.options = options
    }

    /// Every violation of the schema by `instance`, empty when it is valid. Subschemas of `anyOf`, `oneOf`,
    /// `not` and `if`, which may fail without the instance failing, are summarized in the violation of
    /// their keyword rather than listed.
    public func validate(_ instance: JSONValue) -> [Violation] {
        var evaluator = Evaluator(schema: compiled, isQuiet: false)
        var none: Annotations?
        _ = evaluator.evaluate(compiled.root, instance, &none)
        return evaluator.violations
    }

    /// Whether `instance` is valid; faster than `validate(_:)`, as it stops at the first failure.
    public func isValid(_ instance: JSONValue) -> Bool {
        var evaluator = Evaluator(schema: compiled, isQuiet: true)
        var none: Annotations?
        return evaluator.evaluate(compiled.root, instance, &none)
    }
}
