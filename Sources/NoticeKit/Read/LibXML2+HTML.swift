import CLibXML2

extension LibXML2 {
    /// Parses an HTML page into a `MarkupTree` from libxml2's SAX events, without the libxml2 tree: the
    /// tree's nodes, its name dictionary and freeing it took more time than tokenizing the page.
    ///
    /// The events are the tree's own — implied `html`/`body`/`p` elements and auto-closed tags arrive
    /// as events too — and they are assembled as libxml2's tree builder (SAX2.c) would: a prefixed tag
    /// keeps its local name, an attribute without a value is empty unless HTML calls it boolean,
    /// character data merges into the text just before it, script and style content is kept apart,
    /// and text outside any element is dropped.
    ///
    /// With `keepingAttributes`, only attributes of those (lowercase) names are kept: a reader that
    /// consults a few spares a string for every `href` and `src` of the page.
    static func parseHTML(_ utf8: [UInt8], keepingAttributes kept: [String]? = nil) -> Parsed? {
        prepare()
        return utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars -> Parsed? in
                guard let context = htmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count)) else { return nil }
                defer { htmlFreeParserCtxt(context) }
                // The text is UTF-8 already. Marking the context so, instead of naming "UTF-8" to the
                // parser, spares libxml2 2.9 a conversion pass that doubled the parse time, and leaves
                // it no reason to guess a charset from the page's own <meta>.
                context.pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
                htmlCtxtUseOptions(context, ParseOptions.safe.union(.noDefaultDTD).rawValue)
                context.pointee.sax.pointee = htmlEvents()
                var builder = HTMLTreeBuilder(context: context, keeping: kept.map { $0.map { Array($0.utf8) } })
                withUnsafeMutablePointer(to: &builder) { pointer in
                    context.pointee.userData = UnsafeMutableRawPointer(pointer)
                    htmlParseDocument(context)
                }
                return builder.finish()
            }
        }
    }

    /// A plain C struct of function pointers, made per parse: Swift 6 cannot share a global one.
    private static func htmlEvents() -> htmlSAXHandler {
        var events = htmlSAXHandler()
        events.startDocument = { HTMLTreeBuilder.from($0).pointee.started = true }
        events.startElement = { HTMLTreeBuilder.from($0).pointee.open($1, attributes: $2) }
        events.endElement = { context, _ in HTMLTreeBuilder.from(context).pointee.close() }
        events.characters = { HTMLTreeBuilder.from($0).pointee.append($1, count: $2, as: .text) }
        events.cdataBlock = { HTMLTreeBuilder.from($0).pointee.append($1, count: $2, as: .rawText) }
        events.comment = { HTMLTreeBuilder.from($0).pointee.comment($1) }
        events.processingInstruction = { context, _, _ in HTMLTreeBuilder.from(context).pointee.lastChild = .other }
        events.initialized = 1
        return events
    }
}

/// Collects one parse's events; lives only while `htmlParseDocument` runs. A struct the callbacks reach
/// through the parser's user pointer: as a class, every event paid the runtime's exclusivity checks on
/// its properties, about a sixth of the time spent in the callbacks.
private struct HTMLTreeBuilder {
    enum Child { case none, text, rawText, other }

    let context: htmlParserCtxtPtr
    var nodes = [MarkupTree.Node]()
    var open = [Int]()
    var started = false
    /// What the innermost open element (or the document) last received, for merging character data.
    var lastChild = Child.none

    /// The names of the attributes to keep, as bytes; nil keeps all.
    let keeping: [[UInt8]]?

    init(context: htmlParserCtxtPtr, keeping: [[UInt8]]?) {
        self.context = context
        self.keeping = keeping
    }

    static func from(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<HTMLTreeBuilder> {
        context!.assumingMemoryBound(to: HTMLTreeBuilder.self)
    }

    mutating func open(_ name: UnsafePointer<xmlChar>?, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        var properties = MarkupTree.Attributes()
        var pair = attributes
        while let current = pair, let attributeName = current[0] {
            pair = current + 2
            // libxml2's HTML parser has lowercased the name already.
            if let keeping, !keeping.contains(where: { Self.equal(attributeName, $0) }) { continue }
            let value: String
            if let text = current[1] {
                value = String(cString: text)
            } else {
                value = htmlIsBooleanAttr(attributeName) != 0 ? String(cString: attributeName) : ""
            }
            properties[LibXML2.lowercasedName(attributeName)] = value
        }
        nodes.append(MarkupTree.Node(
            kind: .element, name: localName(name), attributes: properties, text: "", parent: open.last, end: nodes.count + 1))
        open.append(nodes.count - 1)
        lastChild = .none
    }

    mutating func close() {
        guard let index = open.popLast() else { return }
        nodes[index].end = nodes.count
        lastChild = .other
    }

    mutating func append(_ characters: UnsafePointer<xmlChar>?, count: Int32, as kind: Child) {
        guard let characters, count > 0, !open.isEmpty else { return }
        let text = String(decoding: UnsafeBufferPointer(start: characters, count: Int(count)), as: UTF8.self)
        if lastChild == kind {
            nodes[nodes.count - 1].text += text
        } else {
            nodes.append(MarkupTree.Node(kind: .text, name: "", attributes: [:], text: text, parent: open.last, end: nodes.count + 1))
            lastChild = kind
        }
    }

    mutating func comment(_ text: UnsafePointer<xmlChar>?) {
        nodes.append(MarkupTree.Node(
            kind: .comment, name: "", attributes: [:], text: text.map { String(cString: $0) } ?? "",
            parent: open.last, end: nodes.count + 1))
        lastChild = .other
    }

    mutating func finish() -> LibXML2.Parsed? {
        guard started else { return nil }
        while let index = open.popLast() { nodes[index].end = nodes.count }
        return LibXML2.Parsed(tree: MarkupTree(nodes: nodes))
    }

    private static func equal(_ name: UnsafePointer<xmlChar>, _ bytes: [UInt8]) -> Bool {
        for (offset, byte) in bytes.enumerated() where name[offset] != byte { return false }
        return name[bytes.count] == 0
    }

    /// libxml2's tree names `<o:p>` by its local part, `p`; the split is its own `xmlSplitQName`.
    private func localName(_ name: UnsafePointer<xmlChar>?) -> String {
        guard let name else { return "" }
        guard xmlStrchr(name, xmlChar(UInt8(ascii: ":"))) != nil else { return LibXML2.lowercasedName(name) }
        var prefix: UnsafeMutablePointer<xmlChar>?
        guard let local = xmlSplitQName(context, name, &prefix) else { return LibXML2.lowercasedName(name) }
        defer {
            noticekit_xml_free(local)
            if let prefix { noticekit_xml_free(prefix) }
        }
        return LibXML2.lowercasedName(local)
    }
}
