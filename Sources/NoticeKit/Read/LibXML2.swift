import CLibXML2

/// The one place that touches libxml2 for reading: parse bytes, copy the result into a `MarkupTree`,
/// free everything. HTML is assembled from parser events instead (`LibXML2+HTML.swift`). No libxml2
/// pointer leaves these files.
enum LibXML2 {
    /// libxml2's parser flags as a typed set; only the flags that are safe on hostile input are offered.
    struct ParseOptions: OptionSet, Sendable {
        let rawValue: Int32

        static let recover = ParseOptions(rawValue: 1 << 0)
        static let noError = ParseOptions(rawValue: 1 << 5)
        static let noWarning = ParseOptions(rawValue: 1 << 6)
        static let noNetwork = ParseOptions(rawValue: 1 << 11)
        static let compact = ParseOptions(rawValue: 1 << 16)
        static let ignoreEncodingHint = ParseOptions(rawValue: 1 << 21)
        /// HTML only: do not invent a DOCTYPE.
        static let noDefaultDTD = ParseOptions(rawValue: 1 << 2)

        /// No entity substitution, no DTD loading, no XInclude, no lifted size limits.
        static let safe: ParseOptions = [.recover, .noError, .noWarning, .noNetwork, .compact, .ignoreEncodingHint]
    }

    struct Parsed: Sendable {
        var tree: MarkupTree
        /// References to entities the document declares, left unexpanded.
        var entityReferences = 0
        /// The system identifier of an external DTD the document names, never loaded.
        var externalDTD: String?
        /// For XML: the first error that made the document not well-formed; what followed it may be lost.
        var firstError: String?
    }

    private static let setUp: Void = {
        xmlInitParser()
        noticekit_xml_refuse_external_entities()
    }()

    /// Initializes libxml2 once per process, refuses external entities for good, and silences the
    /// calling thread's error output.
    static func prepare() {
        _ = setUp
        noticekit_xml_silence_errors()
    }

    /// Parses XML from UTF-8 bytes. Returns nil when libxml2 builds no document at all.
    static func parseXML(_ utf8: [UInt8]) -> Parsed? {
        prepare()
        var firstError: String?
        let document: xmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                // A context of its own tells whether the document was well-formed, and why not.
                guard let context = xmlNewParserCtxt() else { return nil }
                defer { xmlFreeParserCtxt(context) }
                let document = xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, "UTF-8", ParseOptions.safe.rawValue)
                if context.pointee.wellFormed == 0 {
                    firstError = context.pointee.lastError.message.map { String(cString: $0) }?
                        .trimmingCharacters(in: " \n") ?? "not well-formed"
                }
                return document
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }

        var nodes = [MarkupTree.Node]()
        let entityReferences = copy(document, into: &nodes)
        let externalDTD = document.pointee.intSubset.flatMap { $0.pointee.SystemID }.map { string($0) }
        return Parsed(tree: MarkupTree(nodes: nodes), entityReferences: entityReferences, externalDTD: externalDTD, firstError: firstError)
    }

    /// Copies the document's nodes in document order without recursion: a page may nest thousands deep.
    /// Returns how many entity references it passed over.
    private static func copy(_ document: xmlDocPtr, into nodes: inout [MarkupTree.Node]) -> Int {
        var entityReferences = 0
        var open = [Int]()
        var cursor = document.pointee.children
        while let node = cursor {
            let index = nodes.count
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                nodes.append(MarkupTree.Node(
                    kind: .element, name: lowercasedName(node.pointee.name),
                    attributes: attributes(of: node), text: "", parent: open.last, end: index + 1))
                descend = node.pointee.children != nil
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                nodes.append(MarkupTree.Node(
                    kind: .text, name: "", attributes: [:], text: string(node.pointee.content),
                    parent: open.last, end: index + 1))
            case XML_COMMENT_NODE:
                nodes.append(MarkupTree.Node(
                    kind: .comment, name: "", attributes: [:], text: string(node.pointee.content),
                    parent: open.last, end: index + 1))
            case XML_ENTITY_REF_NODE:
                entityReferences += 1
            default:
                break
            }
            if descend {
                open.append(index)
                cursor = node.pointee.children
                continue
            }
            var next = node
            while next.pointee.next == nil {
                guard let parent = next.pointee.parent, parent != UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self),
                    let openIndex = open.popLast()
                else { return entityReferences }
                nodes[openIndex].end = nodes.count
                next = parent
            }
            cursor = next.pointee.next
        }
        while let openIndex = open.popLast() { nodes[openIndex].end = nodes.count }
        return entityReferences
    }

    private static func attributes(of node: xmlNodePtr) -> MarkupTree.Attributes {
        var result = MarkupTree.Attributes()
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var child = current.pointee.children
            while let text = child {
                value += string(text.pointee.content)
                child = text.pointee.next
            }
            result[lowercasedName(current.pointee.name)] = value
            attribute = current.pointee.next
        }
        return result
    }

    /// Element and attribute names are nearly always ASCII, which lowercases byte by byte without
    /// the Unicode case tables `lowercased()` consults.
    static func lowercasedName(_ characters: UnsafePointer<xmlChar>?) -> String {
        guard let characters else { return "" }
        let bytes = UnsafeBufferPointer(start: characters, count: Int(xmlStrlen(characters)))
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(cString: characters).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() { buffer[offset] = byte.asciiLowercased }
            return bytes.count
        }
    }

    private static func string(_ characters: UnsafePointer<xmlChar>?) -> String {
        guard let characters else { return "" }
        return String(cString: characters)
    }

    private static func string(_ characters: UnsafeMutablePointer<xmlChar>?) -> String {
        guard let characters else { return "" }
        return String(cString: characters)
    }
}
