import CLibXML2

/// The one place that validates with libxml2's XML Schema support: compile an XSD, validate a document,
/// and hand back the errors as values. No libxml2 pointer leaves this file.
enum LibXML2Schema {
    struct Problem: Sendable, Equatable {
        var line: Int
        var message: String
    }

    /// Collects the errors libxml2 reports through its structured-error callback.
    private final class Collector {
        var problems = [Problem]()
    }

    /// The problems of `document` against `schema`, or the problems of the schema itself when it does not
    /// compile. Both are parsed with the safe options: no entities, no network, no files.
    static func validate(_ document: [UInt8], against schema: [UInt8]) -> (schemaProblems: [Problem], problems: [Problem]) {
        LibXML2.prepare()
        let collector = Collector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        let report: xmlStructuredErrorFunc = { userData, error in
            guard let userData, let error else { return }
            let collector = Unmanaged<Collector>.fromOpaque(userData).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) } ?? "invalid"
            collector.problems.append(Problem(
                line: Int(error.pointee.line), message: message.trimmingCharacters(in: " \n")))
        }

        let compiled: xmlSchemaPtr? = schema.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let parser = xmlSchemaNewMemParserCtxt(chars.baseAddress, Int32(chars.count)) else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                xmlSchemaSetParserStructuredErrors(parser, report, context)
                return xmlSchemaParse(parser)
            }
        }
        guard let compiled else {
            let problems = collector.problems.isEmpty ? [Problem(line: 0, message: "the schema could not be compiled")] : collector.problems
            return (problems, [])
        }
        defer { xmlSchemaFree(compiled) }
        collector.problems.removeAll()

        let parsed: xmlDocPtr? = document.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(chars.baseAddress, Int32(chars.count), nil, nil,
                              LibXML2.ParseOptions.safe.subtracting([.recover, .ignoreEncodingHint]).rawValue)
            }
        }
        guard let parsed else { return ([], [Problem(line: 0, message: "the document is not well-formed XML")]) }
        defer { xmlFreeDoc(parsed) }
        guard let validator = xmlSchemaNewValidCtxt(compiled) else { return ([], [Problem(line: 0, message: "out of memory")]) }
        defer { xmlSchemaFreeValidCtxt(validator) }
        xmlSchemaSetValidStructuredErrors(validator, report, context)
        let status = xmlSchemaValidateDoc(validator, parsed)
        if status != 0, collector.problems.isEmpty {
            collector.problems.append(Problem(line: 0, message: "the document does not match the schema"))
        }
        return ([], collector.problems)
    }
}
