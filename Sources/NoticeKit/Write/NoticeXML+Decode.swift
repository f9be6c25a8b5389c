import Foundation

extension NoticeXML {
    /// Why an XML record could not be read back.
    public enum DecodingError: Error, Equatable, CustomStringConvertible, Sendable {
        case notXML
        case missing(element: String, in: String)
        case invalid(element: String, value: String)

        public var description: String {
            switch self {
            case .notXML: "the file is not well-formed XML; check that it is a NoticeKit XML record"
            case .missing(let element, let parent): "<\(parent)> lacks its <\(element)> element; validate the record against notice.xsd"
            case .invalid(let element, let value): "<\(element)> holds \"\(value)\", which is not a value the record allows"
            }
        }
    }

    /// Reads a record in the XML form back into the record, structurally: nothing is re-analyzed.
    public static func decode(_ data: Data) throws(DecodingError) -> Notice {
        guard let parsed = LibXML2.parseXML([UInt8](data)),
            let root = parsed.tree.nodes.firstIndex(where: { $0.kind == .element }), parsed.tree.nodes[root].name == "notice"
        else { throw .notXML }
        let reader = RecordReader(tree: parsed.tree)
        return try reader.notice(root)
    }
}

/// Walks a parsed XML record: elements by local name, text content as written.
private struct RecordReader {
    let tree: MarkupTree

    func notice(_ root: Int) throws(NoticeXML.DecodingError) -> Notice {
        let source = try required("source", in: root)
        var notice = Notice(
            source: Source(
                path: text("path", in: source),
                format: try enumeration("format", in: source),
                encoding: try requiredText("encoding", in: source),
                sha256: try requiredText("sha256", in: source),
                byteCount: try integer("byteCount", in: source)),
            script: try enumeration("script", in: root),
            text: try requiredText("text", in: root))
        notice.schemaVersion = tree.attribute("schemaversion", of: root) ?? Notice.currentSchemaVersion
        notice.title = text("title", in: root)
        notice.documentType = text("documentType", in: root)
        notice.documentNumber = text("documentNumber", in: root)
        notice.issuers = try elements("organization", in: try required("issuers", in: root)).map(organization)
        notice.recipients = try elements("recipient", in: try required("recipients", in: root)).map { (item: Int) throws(NoticeXML.DecodingError) -> Recipient in
            Recipient(
                name: try requiredText("name", in: item),
                alternates: texts("alternate", in: try required("alternates", in: item)),
                scope: text("scope", in: item))
        }
        notice.preamble = texts("paragraph", in: try required("preamble", in: root))
        notice.sections = try sections(try required("sections", in: root))
        notice.closing = texts("paragraph", in: try required("closing", in: root))
        notice.attachments = try elements("attachment", in: try required("attachments", in: root)).map { (item: Int) throws(NoticeXML.DecodingError) -> Attachment in
            Attachment(
                ordinal: try optionalInteger("ordinal", in: item), title: try requiredText("title", in: item),
                paragraphs: texts("paragraph", in: try required("paragraphs", in: item)),
                sections: try sections(try required("sections", in: item)))
        }
        notice.contacts = try elements("contact", in: try required("contacts", in: root)).map { (item: Int) throws(NoticeXML.DecodingError) -> Contact in
            Contact(
                name: text("name", in: item), organization: text("organization", in: item),
                phones: try elements("phone", in: try required("phones", in: item)).map { (phone: Int) throws(NoticeXML.DecodingError) -> Phone in
                    Phone(raw: try requiredText("raw", in: phone), e164: text("e164", in: phone), kind: try enumeration("kind", in: phone))
                },
                emails: texts("email", in: try required("emails", in: item)))
        }
        notice.issuedDate = text("issuedDate", in: root)
        notice.dates = try elements("date", in: try required("dates", in: root)).map { (item: Int) throws(NoticeXML.DecodingError) -> DateMention in
            DateMention(
                text: try requiredText("text", in: item), value: try requiredText("value", in: item),
                role: try enumeration("role", in: item), span: try span(in: item))
        }
        notice.copyTo = try elements("organization", in: try required("copyTo", in: root)).map(organization)
        if let printed = child("printed", in: root) {
            notice.printed = Printing(
                organization: try child("organization", in: printed).map(organization), date: text("date", in: printed))
        }
        notice.note = text("note", in: root)
        var metadata = [String: String]()
        for entry in elements("entry", in: try required("metadata", in: root)) {
            guard let key = tree.attribute("key", of: entry) else { throw .missing(element: "key", in: "entry") }
            metadata[key] = tree.textContent(of: entry)
        }
        notice.metadata = metadata
        notice.diagnostics = try elements("diagnostic", in: try required("diagnostics", in: root)).map { (item: Int) throws(NoticeXML.DecodingError) -> Diagnostic in
            Diagnostic(
                code: try requiredText("code", in: item), severity: try enumeration("severity", in: item),
                message: try requiredText("message", in: item), span: try span(in: item), suggestion: text("suggestion", in: item))
        }
        return notice
    }

    private func organization(_ item: Int) throws(NoticeXML.DecodingError) -> Organization {
        Organization(
            name: try requiredText("name", in: item), canonicalName: text("canonicalName", in: item),
            englishName: text("englishName", in: item))
    }

    private func sections(_ list: Int) throws(NoticeXML.DecodingError) -> [Section] {
        try elements("section", in: list).map { (item: Int) throws(NoticeXML.DecodingError) -> Section in
            Section(
                label: try requiredText("label", in: item), style: try requiredText("style", in: item),
                ordinal: try integer("ordinal", in: item), level: try integer("level", in: item),
                heading: try requiredText("heading", in: item),
                paragraphs: texts("paragraph", in: try required("paragraphs", in: item)),
                children: try sections(try required("children", in: item)))
        }
    }

    private func span(in item: Int) throws(NoticeXML.DecodingError) -> Span? {
        guard let span = child("span", in: item) else { return nil }
        guard let start = tree.attribute("start", of: span).flatMap(Int.init), let end = tree.attribute("end", of: span).flatMap(Int.init)
        else { throw .invalid(element: "span", value: "start and end must be whole numbers") }
        return Span(start: start, end: end)
    }

    private func elements(_ name: String, in parent: Int) -> [Int] {
        let lowered = name.lowercased()
        return tree.children(of: parent).filter { tree.nodes[$0].kind == .element && tree.nodes[$0].name == lowered }
    }

    private func child(_ name: String, in parent: Int) -> Int? {
        elements(name, in: parent).first
    }

    private func required(_ name: String, in parent: Int) throws(NoticeXML.DecodingError) -> Int {
        guard let found = child(name, in: parent) else { throw .missing(element: name, in: tree.nodes[parent].name) }
        return found
    }

    private func text(_ name: String, in parent: Int) -> String? {
        child(name, in: parent).map(tree.textContent(of:))
    }

    private func requiredText(_ name: String, in parent: Int) throws(NoticeXML.DecodingError) -> String {
        tree.textContent(of: try required(name, in: parent))
    }

    private func texts(_ name: String, in parent: Int) -> [String] {
        elements(name, in: parent).map(tree.textContent(of:))
    }

    private func integer(_ name: String, in parent: Int) throws(NoticeXML.DecodingError) -> Int {
        let value = try requiredText(name, in: parent)
        guard let number = Int(value) else { throw .invalid(element: name, value: value) }
        return number
    }

    private func optionalInteger(_ name: String, in parent: Int) throws(NoticeXML.DecodingError) -> Int? {
        guard child(name, in: parent) != nil else { return nil }
        return try integer(name, in: parent)
    }

    private func enumeration<Value: RawRepresentable>(_ name: String, in parent: Int) throws(NoticeXML.DecodingError) -> Value
    where Value.RawValue == String {
        let value = try requiredText(name, in: parent)
        guard let parsed = Value(rawValue: value) else { throw .invalid(element: name, value: value) }
        return parsed
    }
}
