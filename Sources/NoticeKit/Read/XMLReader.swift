/// Reads any XML export: every element that holds text directly is a paragraph, in document order, and
/// so is every paragraph element (`p`, `para`, `段落` …) with all the runs inside it, as Word's XML splits
/// a line over `<w:r>` runs. The root's attributes and the children of a metadata element (`meta`,
/// `metadata`, `head`, `info`) are metadata, and so is a short field that names itself
/// (`<field name="DOCTITLE">…</field>`) wherever it stands. An element whose text is itself HTML, as
/// content-management exports carry the body in CDATA, is read as a web page would be. Entities are never
/// substituted and nothing outside the input is ever loaded.
public struct XMLReader: Sendable {
    public init() {}

    static let metadataContainers: Set<String> = [
        "meta", "metadata", "head", "header", "info", "properties", "docinfo", "fields", "documentproperties",
        "customdocumentproperties", "元数据", "元信息", "文档信息", "属性",
    ]
    /// Elements that are one paragraph whatever inline elements split their text (local names: `w:p` is `p`,
    /// OFD's `ofd:TextObject` holding its `ofd:TextCode` runs is `textobject`).
    static let paragraphNames: Set<String> = ["p", "para", "paragraph", "段落", "duanluo", "line", "行", "textobject"]
    static let headingNames: Set<String> = ["title", "headline", "heading", "h1", "h2", "h3", "subject", "标题", "题名", "标 题"]
    /// Metadata names that state what the analyzer takes as evidence, by the label it knows them by.
    static let evidenceLabels: [String: String] = [
        "title": "标题", "标题": "标题", "题名": "标题", "docnumber": "发文字号", "文号": "发文字号", "发文字号": "发文字号",
        "issuer": "发文机关", "发文机关": "发文机关", "发布机构": "发文机关", "成文日期": "成文日期", "written": "成文日期",
        "发布日期": "发布日期", "pubdate": "发布日期", "published": "发布日期",
        // Field names of content-management exports (TRS WCM and its like).
        "doctitle": "标题", "articletitle": "标题", "filenum": "发文字号", "filenumber": "发文字号", "docno": "发文字号",
        "wenhao": "发文字号", "fwzh": "发文字号", "docreltime": "发布日期", "docpubtime": "发布日期", "publishdate": "发布日期",
        "fbrq": "发布日期", "cwrq": "成文日期", "fwjg": "发文机关", "number": "发文字号", "wh": "发文字号", "fileno": "发文字号",
        "documentnumber": "发文字号", "documentno": "发文字号",
        // Pinyin spellings of the same labels.
        "fawenzihao": "发文字号", "wenjianhao": "发文字号", "wjh": "发文字号", "biaoti": "标题", "fawenjiguan": "发文机关",
        "chengwenriqi": "成文日期", "faburiqi": "发布日期",
    ]
    /// Attributes an export may keep a paragraph's text in.
    static let textAttributes = ["text", "value", "content"]
    /// A self-named field longer than this is text of the notice, not a fact about it.
    static let fieldLimit = 200

    public func read(_ text: String) -> ReadDocument {
        guard let parsed = LibXML2.parseXML(Array(text.utf8)), !parsed.tree.nodes.isEmpty else {
            return ReadDocument(blocks: [], diagnostics: [Diagnostic(
                code: "unreadable-xml", severity: .error,
                message: "libxml2 could not build a document from this XML; check that the file is well-formed XML.")])
        }
        let tree = parsed.tree
        var metadata = [String: String]()
        var evidence = [String: String]()
        var blocks = [Block]()
        guard let root = tree.nodes.firstIndex(where: { $0.kind == .element }) else {
            return ReadDocument(blocks: [])
        }
        /// A fact the document states about itself: metadata, and evidence under a name the analyzer
        /// knows. The first statement of a name stands.
        func state(_ name: String, _ value: String) {
            if metadata[name] == nil { metadata[name] = value }
            if !value.isEmpty, let label = Self.evidenceLabels[name.lowercased()], evidence[label] == nil { evidence[label] = value }
        }
        // `<doc title="…" number="…">`: an export may state its fields as the root's attributes.
        for (name, value) in tree.nodes[root].attributes { state(name, value) }

        var index = root
        var lastFieldWasAttachment = false
        while index < tree.nodes[root].end {
            let node = tree.nodes[index]
            guard node.kind == .element else {
                index += 1
                continue
            }
            if Self.metadataContainers.contains(node.name), index != root, isFlat(tree, index) {
                for child in tree.children(of: index) where tree.nodes[child].kind == .element {
                    let value = BlockBuilder.collapse(tree.textContent(of: child))
                    // `<field name="标题">…</field>` names itself by attribute.
                    let name = tree.attribute("name", of: child) ?? tree.nodes[child].name
                    guard !value.isEmpty else { continue }
                    state(name, value)
                }
                index = node.end
                continue
            }
            if let list = attachmentList(tree, index) {
                blocks += list.map { Block($0) }
                index = node.end
                continue
            }
            if let line = recipientLine(tree, index) {
                blocks.append(Block(line))
                index = node.end
                continue
            }
            if holdsText(tree, index), let fragment = Self.markup(tree.textContent(of: index)),
                let fragmentBlocks = HTMLReader().fragmentBlocks(fragment)
            {
                blocks += fragmentBlocks
                index = node.end
                continue
            }
            if let (name, value) = namedField(tree, index) {
                // `<field name="paragraph">…</field>`: a record of named fields holds the notice's lines too.
                if let lines = Self.printedField(named: name, value, afterAttachment: lastFieldWasAttachment) {
                    blocks += lines.map { Block($0) }
                } else {
                    state(name, value)
                }
                lastFieldWasAttachment = Self.isAttachmentName(name)
                index = node.end
                continue
            }
            if let (name, value) = recordField(tree, index, root: root) {
                state(name, value)
                index = node.end
                continue
            }
            if let (line, next) = printedLine(tree, index) {
                blocks.append(Block(line))
                index = next
                continue
            }
            // `<p text="…"/>`: an export that keeps each paragraph's text in an attribute.
            if Self.paragraphNames.contains(node.name) || Self.headingNames.contains(node.name), !holdsText(tree, index),
                let held = Self.textAttributes.lazy.compactMap({ tree.attribute($0, of: index) }).first(where: { !$0.isEmpty })
            {
                let content = BlockBuilder.collapse(held)
                if !content.isEmpty { blocks.append(Block(content, hints: Self.headingNames.contains(node.name) ? .heading : [])) }
                index = node.end
                continue
            }
            if holdsText(tree, index) || Self.paragraphNames.contains(node.name) {
                let isHeading = Self.headingNames.contains(node.name)
                for raw in isHeading ? [tree.textContent(of: index)] : Self.lines(tree, index) {
                    // A field that holds the body as plain text keeps its line breaks: they are its paragraphs.
                    if !isHeading, Self.hasLineBreak(raw) {
                        blocks += TextReader().read(raw).blocks
                    } else {
                        let content = BlockBuilder.collapse(raw)
                        if !content.isEmpty { blocks.append(Block(content, hints: isHeading ? .heading : [])) }
                    }
                }
                index = node.end
                continue
            }
            index += 1
        }
        // Page numbers are never a notice's text. A layout's text layer (OFD's text objects) is the printed
        // lines, which wrap at the page's width; an export's paragraphs are whole already.
        var lines = blocks.filter { !TextReader.isPageNumber($0.text) }
        if tree.nodes.contains(where: { $0.kind == .element && $0.name == "textobject" }) { lines = TextReader.joiningWrappedLines(lines) }
        return ReadDocument(blocks: lines, metadata: metadata, evidence: evidence, diagnostics: Self.refusals(parsed))
    }

    /// Dublin Core's, exports' and feeds' names for facts about a record, which a notice never prints as a line.
    static let recordFieldNames: Set<String> = [
        "creator", "type", "subject", "publisher", "identifier", "language", "format", "rights", "contributor",
        "coverage", "relation", "source", "created", "modified", "exported", "keywords", "category",
        "id", "guid", "link", "updated", "published", "pubdate",
    ]

    /// `<dc:creator>…</dc:creator>` beside the body, as a record's header states its facts: an element of
    /// the root with text alone, named as a record's field, or a `date` stated as data (`2025-05-19`), not
    /// as a notice prints it.
    private func recordField(_ tree: MarkupTree, _ index: Int, root: Int) -> (String, String)? {
        let node = tree.nodes[index]
        guard node.parent == root, holdsText(tree, index), !tree.children(of: index).contains(where: { tree.nodes[$0].kind == .element })
        else { return nil }
        let value = BlockBuilder.collapse(tree.textContent(of: index))
        guard Self.recordFieldNames.contains(node.name) || node.name == "date" && DateExtractor.isoDate(value) != nil else { return nil }
        return (node.name, value)
    }

    /// A 版记 field that GB/T 33476's layout names by its element, written as the notice prints it:
    /// `<抄送机关>` as `抄送：…`, and `<印发机关>` with the `<印发日期>` after it as one `…　　…印发` line.
    /// Returns the line and the node after the elements it took.
    private func printedLine(_ tree: MarkupTree, _ index: Int) -> (String, next: Int)? {
        guard let field = Self.printedFields[Self.lowercased(tree.nodes[index].name)], holdsText(tree, index) else { return nil }
        let value = BlockBuilder.collapse(tree.textContent(of: index))
        let end = tree.nodes[index].end
        guard field == .printer, let date = tree.nodes[end...].firstIndex(where: { $0.kind == .element }),
            Self.printedFields[Self.lowercased(tree.nodes[date].name)] == .printedDate
        else {
            return (Self.printed(field, value), end)
        }
        let printed = Self.printed(.printedDate, BlockBuilder.collapse(tree.textContent(of: date)))
        return (value + "　　" + printed, tree.nodes[date].end)
    }

    private enum PrintedField { case copyTo, printer, printedDate }

    /// A 版记 field's value as the notice prints it: `抄送：…`, the printer's name, `…印发`.
    private static func printed(_ field: PrintedField, _ value: String) -> String {
        switch field {
        case .copyTo: value.hasPrefix("抄送") ? value : "抄送：" + value
        case .printer: value
        case .printedDate: value.hasSuffix("印发") ? value : value + "印发"
        }
    }

    /// An element's name in lower case, for the lists of names above; most names have no capital letter
    /// to lower, and are not copied.
    private static func lowercased(_ name: String) -> String {
        name.utf8.contains(where: { (0x41...0x5A).contains($0) }) ? name.lowercased() : name
    }

    /// Elements an export lists the 主送机关 in, as one text or one element a recipient.
    private static let recipientListNames: Set<String> = [
        "主送", "主送机关", "zhusong", "zhusongjiguan", "zsjg", "mainsend", "recipients", "recipientlist", "receivers",
    ]

    /// `<recipients><recipient>…</recipient>…</recipients>`, `<mainSend>…</mainSend>`: the 主送机关 printed as
    /// a notice prints them, one line ending with its colon.
    private func recipientLine(_ tree: MarkupTree, _ index: Int) -> String? {
        guard Self.recipientListNames.contains(Self.lowercased(tree.nodes[index].name)), isFlat(tree, index) else { return nil }
        let items = tree.children(of: index).filter { tree.nodes[$0].kind == .element }
        let names = (items.isEmpty ? [index] : items).map { BlockBuilder.collapse(tree.textContent(of: $0)) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { return nil }
        return Self.asRecipients(names.joined(separator: "，"))
    }

    private static func asRecipients(_ text: String) -> String {
        text.unicodeScalars.last?.isColon == true ? text : text + "："
    }

    /// Names of fields that hold lines of the notice itself, not facts about it.
    private static let lineFieldNames: Set<String> = paragraphNames.union([
        "content", "body", "text", "zhengwen", "正文", "signorg", "signature", "luokuan", "落款", "署名", "发文机关署名",
        "signdate", "成文日期", "fuzhu", "附注",
    ])

    private static func isAttachmentName(_ name: String) -> Bool {
        let name = lowercased(name)
        return attachmentListNames.contains(name) || name == "attachment"
    }

    /// The lines a self-named field prints, when its name is that of a part of the notice: a paragraph,
    /// the 主送机关, an attachment (`附件：` before the first of a run), a 版记 line. Nil for a fact about
    /// the notice, which is metadata.
    static func printedField(named name: String, _ value: String, afterAttachment: Bool) -> [String]? {
        let key = lowercased(name)
        if lineFieldNames.contains(key) { return hasLineBreak(value) ? TextReader().read(value).blocks.map(\.text) : [value] }
        if recipientListNames.contains(key) { return [asRecipients(value)] }
        if isAttachmentName(key) { return [afterAttachment || value.hasPrefix("附件") ? value : "附件：" + value] }
        return printedFields[key].map { [printed($0, value)] }
    }

    /// Elements an export lists a notice's attachments in, in pinyin and its initials too (附件说明 `fjsm`).
    private static let attachmentListNames: Set<String> = [
        "附件", "附件说明", "fj", "fjsm", "fjlb", "fujian", "fujianshuoming", "attachments", "attachmentlist",
    ]
    /// Attributes that give an attachment's number: 序号 (`xh`) and its English names.
    private static let ordinalAttributes = ["xh", "xuhao", "seq", "no", "index", "order"]

    /// `<fj><fjxx xh="1">…</fjxx><fjxx xh="2">…</fjxx></fj>`, `<attachments><attachment seq="1">…`: the 附件
    /// list an export keeps as elements, written as a notice prints it (`附件：1．…`, then `2．…`); a list
    /// of one is `附件：…`, as is an element alone that holds one title. Items that print the list
    /// themselves (`附件：1.…`, then `2.…`) are kept as they are. Nil for anything else, and for an element
    /// whose paragraphs print the list (GB/T 33476's `<附件说明><段落>附件：1．…`).
    private func attachmentList(_ tree: MarkupTree, _ index: Int) -> [String]? {
        guard Self.attachmentListNames.contains(Self.lowercased(tree.nodes[index].name)), isFlat(tree, index) else { return nil }
        let items = tree.children(of: index).filter { tree.nodes[$0].kind == .element }
        guard !items.isEmpty else { return singleAttachment(tree, index) }
        guard !items.contains(where: { Self.paragraphNames.contains(tree.nodes[$0].name) }) else { return nil }
        let titles = items.map { (item: $0, title: BlockBuilder.collapse(tree.textContent(of: $0))) }.filter { !$0.title.isEmpty }
        guard let first = titles.first else { return nil }
        if first.title.hasPrefix("附件") { return titles.map(\.title) }
        guard titles.count > 1 else { return ["附件：" + first.title] }
        return titles.enumerated().map { position, entry in Self.listedAttachment(entry.title, item: entry.item, at: position, in: tree) }
    }

    /// An attachment as the `position`th line of a printed 附件 list: numbered by its item's `xh` or by its
    /// place, the first after `附件：`.
    private static func listedAttachment(_ title: String, item: Int, at position: Int, in tree: MarkupTree) -> String {
        let stated = ordinalAttributes.lazy.compactMap { tree.attribute($0, of: item) }.first { Int($0) != nil }
        let line = "\(stated ?? String(position + 1))．\(title)"
        return position == 0 ? "附件：" + line : line
    }

    /// `<fj>…</fj>` holding one title, alone or one of a run of its name (`<fujian xh="1">…</fujian>
    /// <fujian xh="2">…</fujian>`): the run is the list, numbered by its `xh` or its order.
    private func singleAttachment(_ tree: MarkupTree, _ index: Int) -> [String]? {
        let raw = tree.textContent(of: index)
        let title = BlockBuilder.collapse(raw)
        guard !title.isEmpty, !Self.hasLineBreak(raw), let parent = tree.nodes[index].parent else { return nil }
        if title.hasPrefix("附件") { return [title] }
        let name = tree.nodes[index].name
        let run = tree.children(of: parent).filter { tree.nodes[$0].kind == .element && tree.nodes[$0].name == name }
        guard let position = run.firstIndex(of: index) else { return nil }
        // `1．…` is numbered already; `2025年…` opens with a year, not a number.
        let digits = title.unicodeScalars.prefix { $0.properties.numericType != nil }
        let numbered = !digits.isEmpty && title.unicodeScalars.dropFirst(digits.count).first.map { "．.、".unicodeScalars.contains($0) } == true
        guard run.count > 1, !numbered else { return [position == 0 ? "附件：" + title : title] }
        return [Self.listedAttachment(title, item: index, at: position, in: tree)]
    }

    /// The 版记 elements whose label is only their name: GB/T 33476's, the short names exports use for
    /// them, their pinyin and its initials (`csjg` for 抄送机关), and English; looked up in lower case.
    private static let printedFields: [String: PrintedField] = [
        "抄送机关": .copyTo, "抄送": .copyTo, "chaosong": .copyTo, "chaosongjiguan": .copyTo, "csjg": .copyTo, "copyto": .copyTo,
        "cc": .copyTo, "copysend": .copyTo,
        "印发机关": .printer, "印发": .printer, "yinfa": .printer, "yinfajiguan": .printer, "yfjg": .printer, "printedby": .printer,
        "printorg": .printer, "printorgan": .printer, "printunit": .printer, "printingorg": .printer, "printer": .printer,
        "印发日期": .printedDate, "yinfariqi": .printedDate, "yfrq": .printedDate, "printedon": .printedDate, "printdate": .printedDate,
        "printingdate": .printedDate,
    ]

    /// The text of an element, broken where a `<br/>` (or `<w:br/>`) inside it breaks the line.
    static func lines(_ tree: MarkupTree, _ index: Int) -> [String] {
        var lines = [""]
        // The indentation between a paragraph element's runs (`<ofd:TextCode>` on lines of their own) is the
        // file's layout, not a break in the paragraph; in any other element a line break may part paragraphs.
        let inner = (index + 1)..<tree.nodes[index].end
        let isParagraph = paragraphNames.contains(tree.nodes[index].name)
            && !tree.nodes[inner].contains { $0.kind == .element && paragraphNames.contains($0.name) }
        for node in tree.nodes[index..<tree.nodes[index].end] {
            switch node.kind {
            case .text where isParagraph && node.text.utf8.contains(0x0A) && node.text.unicodeScalars.allSatisfy(\.isLayoutSpace): break
            case .text: lines[lines.count - 1] += node.text
            case .element where node.name == "br": lines.append("")
            case .element where node.name == "tab": lines[lines.count - 1] += "\t"
            default: break
            }
        }
        return lines
    }

    /// What the document asked for and was refused: NoticeKit never expands entities (they can read local
    /// files or grow without bound), never loads DTDs, never follows XInclude.
    static func refusals(_ parsed: LibXML2.Parsed) -> [Diagnostic] {
        var diagnostics = [Diagnostic]()
        if let error = parsed.firstError {
            diagnostics.append(Diagnostic(
                code: "malformed-xml", severity: .warning,
                message: "The XML is not well-formed (libxml2: \(error)); what could be read before the error was kept, the rest may be missing."))
        }
        if parsed.entityReferences > 0 {
            diagnostics.append(Diagnostic(
                code: "entities-not-expanded", severity: .warning,
                message: "The document uses \(parsed.entityReferences) reference(s) to entities its DTD declares; NoticeKit never expands entities, so their text is left out."))
        }
        if let dtd = parsed.externalDTD {
            diagnostics.append(Diagnostic(
                code: "external-dtd-ignored", severity: .info,
                message: "The document names the external DTD \"\(dtd)\"; NoticeKit never loads DTDs."))
        }
        let includes = parsed.tree.nodes.indices.filter {
            parsed.tree.nodes[$0].kind == .element && parsed.tree.nodes[$0].name == "include" && parsed.tree.attribute("href", of: $0) != nil
        }
        if !includes.isEmpty {
            diagnostics.append(Diagnostic(
                code: "xinclude-ignored", severity: .warning,
                message: "The document asks to include \(includes.count) other document(s) with XInclude; NoticeKit never follows them."))
        }
        return diagnostics
    }

    /// Text that is HTML: it opens with a tag and closes one, or breaks a line with one.
    static func markup(_ text: String) -> String? {
        let scalars = text.unicodeScalars
        guard let open = scalars.firstIndex(where: { !$0.isLayoutSpace }), scalars[open] == "<" else { return nil }
        let trimmed = Substring(scalars[open...])
        guard let second = trimmed.unicodeScalars.dropFirst().first, second.properties.isAlphabetic || second == "!",
            trimmed.contains("</") || trimmed.contains("/>") || trimmed.contains("<br") || trimmed.contains("<BR")
        else { return nil }
        return String(trimmed)
    }

    /// A line break between two pieces of text, not only around the text as indentation puts it.
    static func hasLineBreak(_ text: String) -> Bool {
        var sawText = false
        var brokeAfterText = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\u{2028}", "\u{2029}":
                brokeAfterText = sawText
            case _ where scalar.isLayoutSpace:
                continue
            default:
                if brokeAfterText { return true }
                sawText = true
            }
        }
        return false
    }

    /// `<field name="…">short text</field>`: an element that holds only text and says by attribute what it is.
    private func namedField(_ tree: MarkupTree, _ index: Int) -> (name: String, value: String)? {
        guard let name = tree.attribute("name", of: index), !name.isEmpty,
            tree.children(of: index).allSatisfy({ tree.nodes[$0].kind != .element })
        else { return nil }
        let value = BlockBuilder.collapse(tree.textContent(of: index))
        guard !value.isEmpty, value.characterCount <= Self.fieldLimit else { return nil }
        return (name, value)
    }

    /// An element whose element children hold only text.
    private func isFlat(_ tree: MarkupTree, _ index: Int) -> Bool {
        tree.children(of: index).allSatisfy { child in
            tree.nodes[child].kind != .element || tree.children(of: child).allSatisfy { tree.nodes[$0].kind != .element }
        }
    }

    private func holdsText(_ tree: MarkupTree, _ index: Int) -> Bool {
        tree.children(of: index).contains {
            tree.nodes[$0].kind == .text && tree.nodes[$0].text.unicodeScalars.contains { !$0.isLayoutSpace }
        }
    }
}
