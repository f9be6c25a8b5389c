/// Reads a web page: finds the article body, drops the site around it, and keeps what the page says about
/// itself (`<meta>`, gov.cn's info table, the headline) as metadata and evidence.
public struct HTMLReader: Sendable {
    public init() {}

    /// Class or id words of page furniture inside or around an article.
    static let boilerplateMarks = [
        "share", "print", "related", "xgwz", "xglj", "fenxiang", "bdshare", "footer", "breadcrumb", "crumb",
        "navbar", "nav-", "menu", "toolbar", "pager", "comment", "qrcode", "ewm",
    ]
    /// Page furniture portals print inside the article container: QR codes, downloads, print links.
    static let furniture = [
        "扫一扫在手机打开当前页", "扫一扫在手机上查看当前页面", "【打印本页】", "【关闭窗口】", "【字体：", "打印本页", "关闭窗口",
        "pdf下载", "word下载", "分享到：", "分享到:", "【我要纠错】", "用手机扫描二维码", "相关链接", "相关文章", "相关阅读", "上一篇",
        "下一篇", "浏览次数", "责任编辑：", "来源：", "发布时间：", "发布日期：", "发布日期:", "发布时间:", "发布于",
        "【打印】", "【关闭】", "【返回顶部】", "编辑：", "审核：",
    ]
    static let infoLabels: Set<String> = ["索引号", "主题分类", "发文机关", "成文日期", "标题", "发文字号", "发布日期", "主题词"]
    /// Other labels info tables print for the same fields.
    static let infoLabelAliases = ["文号": "发文字号"]
    /// Every attribute the reader consults; the page's others are not kept.
    static let readAttributes = ["id", "class", "style", "align", "name", "property", "content", "rowspan", "colspan"]

    public func read(_ text: String) -> ReadDocument {
        guard let parsed = LibXML2.parseHTML(Array(text.utf8), keepingAttributes: Self.readAttributes) else {
            return ReadDocument(blocks: [], diagnostics: [Diagnostic(
                code: "unreadable-html", severity: .error,
                message: "libxml2 could not build a document from this HTML; check that the file is a web page.")])
        }
        let tree = parsed.tree
        let metadata = Self.metadata(in: tree)
        let infoTables = Self.infoTables(in: tree)
        var evidence = Self.infoTableEvidence(tree, tables: infoTables)

        var builder = BlockBuilder(tree: tree)
        let body = Self.knownContainer(in: tree)
            ?? Self.densestContainer(in: tree, skipping: infoTables.union(Self.boilerplate(in: tree, within: 0..<tree.nodes.count)))
        if let body {
            builder.skipped = infoTables.union(Self.boilerplate(in: tree, within: body..<tree.nodes[body].end))
        }
        // A PDF converted line by line (`<div>` per printed line), or a `<pre>` of a typed notice, wraps
        // as a text file does, and numbers its pages as a text file does.
        let laidOut = (body.map { builder.blocks(in: $0) } ?? []).filter { !Self.isFurniture($0.text) && !TextReader.isPageNumber($0.text) }
        var blocks = TextReader.joiningWrappedLines(laidOut)

        let pageTitle = Self.pageTitle(tree: tree, metadata: metadata, evidence: evidence)
        let statedTitle = evidence["标题"]
        if evidence["标题"] == nil, let pageTitle { evidence["标题"] = pageTitle }
        if let body, let (headline, element) = Self.headline(in: tree, before: body, expected: pageTitle) {
            // A fuller headline beats a shortened `ArticleTitle` or a `<title>` that holds the site's name.
            if statedTitle == nil { evidence["标题"] = headline }
            let squeezed = Self.squeeze(headline)
            if !blocks.contains(where: { Self.squeeze($0.text) == squeezed }) {
                blocks.insert(Block(headline, hints: .heading), at: 0)
                // The number printed beside the headline, in the same head apart from the body.
                if let number = Self.numberBeside(element, in: tree, before: body, skipping: infoTables), !blocks.contains(where: { $0.text == number }) {
                    blocks.insert(Block(number), at: 0)
                }
            }
        }
        if evidence["发布日期"] == nil, let published = metadata["PubDate"] ?? metadata["firstpublishedtime"] {
            evidence["发布日期"] = published
        }
        var merged = metadata
        for (label, value) in evidence where merged[label] == nil { merged[label] = value }
        var diagnostics = [Diagnostic]()
        if blocks.isEmpty {
            diagnostics.append(Diagnostic(
                code: "no-body", severity: .error,
                message: "No article body was found on this page (only navigation or an empty page); it may not be a notice."))
        }
        return ReadDocument(blocks: blocks, metadata: merged, evidence: evidence, diagnostics: diagnostics)
    }

    /// HTML that is all content, as an XML export carries a notice's body: every block of it, in order,
    /// without looking for an article among page furniture. Nil when libxml2 cannot read it.
    func fragmentBlocks(_ text: String) -> [Block]? {
        guard let parsed = LibXML2.parseHTML(Array(text.utf8), keepingAttributes: Self.readAttributes) else { return nil }
        let tree = parsed.tree
        let builder = BlockBuilder(tree: tree)
        var blocks = [Block]()
        var top = 0
        while top < tree.nodes.count {
            blocks += builder.blocks(in: top)
            top = tree.nodes[top].end
        }
        return blocks.filter { !Self.isFurniture($0.text) }
    }

    /// The scalars furniture starts with. No other character equals one of them, so a text that starts
    /// with another scalar has none of the prefixes.
    private static let furnitureInitials = Set(furniture.compactMap(\.unicodeScalars.first))

    /// A page's info line runs to eighty characters (`发布时间：2025-03-03 11:45:08　来源：本网　字号：大 中 小`),
    /// and so does `上一篇：` with a long title; a sentence is not furniture. The length is counted last:
    /// most blocks fail on their first scalar, and counting a paragraph's characters cost more than the
    /// rest of the test.
    private static func isFurniture(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        // Lowercasing maps scalar by scalar, so it can only help a text whose first scalar lowercases to
        // an initial (the p of pdf下载, the w of word下载).
        let loweredFirst = first.properties.lowercaseMapping.unicodeScalars.first
        let lowerable = loweredFirst.map(furnitureInitials.contains) ?? false
        guard furnitureInitials.contains(first) || lowerable, !text.unicodeScalars.contains("。"), text.characterCount <= 80
        else { return false }
        if furniture.contains(where: text.hasPrefix) { return true }
        return lowerable && furniture.contains(where: text.lowercased().hasPrefix)
    }

    static func metadata(in tree: MarkupTree) -> [String: String] {
        var metadata = [String: String]()
        for (index, node) in tree.nodes.enumerated() where node.kind == .element && node.name == "meta" {
            guard let name = tree.attribute("name", of: index) ?? tree.attribute("property", of: index),
                let content = tree.attribute("content", of: index)
            else { continue }
            let value = BlockBuilder.collapse(content)
            if !name.isEmpty, !value.isEmpty, metadata[name] == nil { metadata[name] = value }
        }
        return metadata
    }

    /// Label → value pairs from info tables: a cell holding a known label, then the cell after it.
    static func infoTableEvidence(_ tree: MarkupTree, tables: Set<Int>) -> [String: String] {
        var evidence = [String: String]()
        for table in tables.sorted() {
            let cells = (table..<tree.nodes[table].end).filter {
                tree.nodes[$0].kind == .element && infoCells.contains(tree.nodes[$0].name)
            }
            for (position, cell) in cells.enumerated() {
                let text = BlockBuilder.collapse(tree.textContent(of: cell))
                var parts = text.split(maxSplits: 1, whereSeparator: { $0 == "：" || $0 == ":" })
                // `发文字号 鲁教基字〔2024〕9号`: a label and its value without a colon between them.
                if parts.count == 1, let (label, value) = labelledWithoutColon(text) { parts = [label[...], value[...]] }
                let printed = squeeze(String(parts.first ?? ""))
                let label = infoLabelAliases[printed] ?? printed
                guard infoLabels.contains(label) else { continue }
                var value = parts.count > 1 ? BlockBuilder.collapse(String(parts[1])) : ""
                if value.isEmpty, position + 1 < cells.count {
                    value = BlockBuilder.collapse(tree.textContent(of: cells[position + 1]))
                }
                let valueAsLabel = squeeze(value).trimmingCharacters(in: "：:")
                if !value.isEmpty, !infoLabels.contains(valueAsLabel), infoLabelAliases[valueAsLabel] == nil, evidence[label] == nil {
                    evidence[label] = value
                }
            }
        }
        return evidence
    }

    /// A label of the info table, a space, and its value.
    private static func labelledWithoutColon(_ text: String) -> (String, String)? {
        guard let space = text.firstIndex(where: { $0 == " " || $0 == "\u{3000}" }) else { return nil }
        let label = squeeze(String(text[..<space]))
        guard infoLabels.contains(label) || infoLabelAliases[label] != nil else { return nil }
        let value = String(text[space...]).trimmingLayout()
        return value.isEmpty ? nil : (label, value)
    }

    /// Elements that hold an info table's labels and values: a table's cells, an info list's items.
    private static let infoCells: Set<String> = ["td", "th", "li", "dt", "dd"]

    /// Page furniture among the elements in `range`: navigation, footers, share and print bars. A mark
    /// on an element that holds half the page's text or more (WeChat's `<body class="comment_feature …">`)
    /// tells of what the page offers around the article, not of furniture.
    static func boilerplate(in tree: MarkupTree, within range: Range<Int>) -> Set<Int> {
        var marked = Set<Int>()
        for index in range where tree.nodes[index].kind == .element {
            let node = tree.nodes[index]
            if node.name == "nav" || node.name == "footer" || node.name == "aside" || tree.classOrID(of: index, contains: boilerplateMarks) {
                marked.insert(index)
            }
        }
        // Only an element spanning a good part of the page's nodes can hold half its text; the text is
        // counted only when there is one.
        let large = marked.filter { (tree.nodes[$0].end - $0) * 4 > range.count }
        guard !large.isEmpty else { return marked }
        let page = wideText(in: tree, range)
        return marked.subtracting(large.filter { wideText(in: tree, $0..<tree.nodes[$0].end) * 2 >= page })
    }

    /// Text inside these is not the article's, however much of it there is.
    private static let unscoredElements: Set<String> = ["a", "script", "style", "nav", "footer", "aside", "option"]

    /// How many wide characters a text holds, stepping through its bytes: a wide character takes three
    /// or four, so shorter sequences are passed over without decoding.
    private static func wideCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                guard lead >= 0xE0 else {
                    index += lead < 0x80 ? 1 : 2
                    continue
                }
                let (scalar, length) = ValidUTF8.scalar(in: bytes, at: index)
                if scalar.isWide { count += 1 }
                index += length
            }
            return count
        }
    }

    /// How many wide characters the text nodes in `range` hold.
    private static func wideText(in tree: MarkupTree, _ range: Range<Int>) -> Int {
        tree.nodes[range].reduce(0) { total, node in
            node.kind == .text ? total + wideCount(node.text) : total
        }
    }

    /// The element that directly holds the most text that is neither link text nor furniture.
    static func densestContainer(in tree: MarkupTree, skipping skipped: Set<Int>) -> Int? {
        var excluded = [Bool](repeating: false, count: tree.nodes.count)
        for index in skipped { for inner in index..<tree.nodes[index].end { excluded[inner] = true } }
        var scores = [Int: Int]()
        for (index, node) in tree.nodes.enumerated() where node.kind == .text && !excluded[index] {
            let length = wideCount(node.text)
            guard length > 0 else { continue }
            if isInside(tree, index, names: unscoredElements) { continue }
            guard let parent = enclosingContainer(of: index, in: tree) else { continue }
            scores[parent, default: 0] += length
        }
        guard var best = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key else { return nil }
        // A page that puts each line in an element of its own (`<div>` or `<section>` per line) makes its
        // longest line the densest container: the article is the enclosing container that the line holds
        // less than half of the text of. An inner wrapper around a notice's numbered items may hold a little
        // more than the lines printed around it: the article is the element that prints those lines itself.
        var within = [Int: Int]()
        for (index, score) in scores {
            var current: Int? = index
            while let node = current {
                within[node, default: 0] += score
                current = enclosingContainer(of: node, in: tree)
            }
        }
        // The article is also the enclosing container when the body is split among elements of one kind
        // (a PDF conversion's pages, the halves of a body) and the others hold a good part of the text too.
        while let parent = enclosingContainer(of: best, in: tree),
            within[best, default: 0] * 2 < within[parent, default: 0] || scores[parent, default: 0] * 2 >= within[best, default: 0]
                || continuesInSiblings(best, within: within, in: tree)
        {
            best = parent
        }
        // An article in parts (`<section class="doc-head">`, `doc-body`, `doc-foot`): the number over the
        // body and the 抄送 under it are the notice's too.
        while let parent = enclosingContainer(of: best, in: tree), holdsOnlyNoticeParts(parent, besides: best, in: tree) {
            best = parent
        }
        return best
    }

    /// True when everything `container` prints outside `body` is a line a notice prints around its body
    /// (its title, its number, its 抄送 or 印发 line), and there is such a line.
    private static func holdsOnlyNoticeParts(_ container: Int, besides body: Int, in tree: MarkupTree) -> Bool {
        let builder = BlockBuilder(tree: tree)
        var found = false
        for child in tree.children(of: container) where child != body {
            switch tree.nodes[child].kind {
            case .comment:
                continue
            case .text:
                guard tree.nodes[child].text.unicodeScalars.allSatisfy(\.isLayoutSpace) else { return false }
            case .element:
                for block in builder.blocks(in: child) {
                    guard isNoticePart(block.text) else { return false }
                    found = true
                }
            }
        }
        return found
    }

    private static func isNoticePart(_ text: String) -> Bool {
        let scalars = Scalars(text)
        guard scalars.count <= 160 else { return false }
        let folded = ScriptFolding.matchingKey(scalars.squeezed)
        return DocumentNumber.standalone(in: scalars) != nil || isWholeTitle(text)
            || ["抄送", "抄报", "分送", "印发"].contains { folded.starts(with: $0.unicodeScalars) }
            || folded.ends(with: "印发".unicodeScalars) && DateExtractor.find(in: folded).last != nil
    }

    /// Whether an element of the same kind beside `element`, or beside a wrapper that holds just its text
    /// (a PDF page around its text box), holds a fifth of that text or more; or, when both are pages of
    /// a converted PDF, any of it: a notice's last page may hold only its signature and date.
    private static func continuesInSiblings(_ element: Int, within: [Int: Int], in tree: MarkupTree) -> Bool {
        guard let text = within[element], text > 0 else { return false }
        var current = element
        while let parent = tree.nodes[current].parent {
            let node = tree.nodes[current]
            let continued = tree.children(of: parent).contains { sibling in
                guard sibling != current, tree.nodes[sibling].kind == .element, tree.nodes[sibling].name == node.name,
                    tree.attribute("class", of: sibling) == node.attributes["class"], let shared = within[sibling], shared > 0
                else { return false }
                return shared * 5 >= text || placesItsLines(sibling, in: tree) && placesItsLines(current, in: tree)
            }
            guard !continued else { return true }
            guard within[parent, default: 0] == text else { return false }
            current = parent
        }
        return false
    }

    /// A page of a converted PDF: lines placed one by one, by `bottom:` (pdf2htmlEX) or by `top:` in an
    /// absolutely positioned box (pdftohtml).
    private static func placesItsLines(_ element: Int, in tree: MarkupTree) -> Bool {
        var placed = 0
        for index in (element + 1)..<tree.nodes[element].end where tree.nodes[index].kind == .element {
            guard let style = tree.nodes[index].attributes["style"] else { continue }
            let compact = BlockBuilder.compactStyle(style)
            func sets(_ property: String) -> Bool {
                compact.starts(with: property.utf8) || compact.contains(bytes: (";" + property).utf8)
            }
            if sets("bottom:") || sets("top:") && compact.contains(bytes: "position:absolute".utf8) { placed += 1 }
            if placed == 2 { return true }
        }
        return false
    }

    private static func enclosingContainer(of index: Int, in tree: MarkupTree) -> Int? {
        var container = tree.nodes[index].parent
        while let current = container, !containers.contains(tree.nodes[current].name) {
            container = tree.nodes[current].parent
        }
        return container
    }

    private static let containers: Set<String> = ["div", "td", "article", "section", "main", "body"]

    private static func isInside(_ tree: MarkupTree, _ index: Int, names: Set<String>) -> Bool {
        var current = tree.nodes[index].parent
        while let node = current {
            if names.contains(tree.nodes[node].name) { return true }
            current = tree.nodes[node].parent
        }
        return false
    }

    /// The page's own title: the info table's 标题, `ArticleTitle`, else `<title>` without the site name.
    static func pageTitle(tree: MarkupTree, metadata: [String: String], evidence: [String: String]) -> String? {
        if let title = evidence["标题"] ?? metadata["ArticleTitle"] { return withoutTags(title) }
        guard let index = tree.nodes.firstIndex(where: { $0.kind == .element && $0.name == "title" }) else { return nil }
        let full = BlockBuilder.collapse(tree.textContent(of: index))
        let parts = full.split(whereSeparator: { "_|｜".contains($0) }).map { String($0).trimmingLayout() }
            .flatMap { $0.components(separatedBy: " - ") }.flatMap { $0.components(separatedBy: "--") }.flatMap(splitAtSiteHyphen).map { $0.trimmingLayout() }
        return parts.max { $0.count < $1.count }.flatMap { $0.isEmpty || channelNames.contains($0) ? nil : $0 }
    }

    /// `…的通知-河北省人民政府门户网站`, `…的通报- 四川省人民政府网站`: a hyphen or en dash between two Han
    /// characters, spaced or not, parts a title from the site's name; one between digits (`2021-2025年`)
    /// does not. An em dash may open a subtitle, so it parts nothing.
    private static func splitAtSiteHyphen(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        func hanBeside(_ index: Int, step: Int) -> Bool {
            var next = index + step
            while scalars.indices.contains(next), scalars[next] == " " { next += step }
            return scalars.indices.contains(next) && scalars[next].isHan
        }
        guard let hyphen = scalars.indices.last(where: { index in
            "-－–".unicodeScalars.contains(scalars[index]) && hanBeside(index, step: -1) && hanBeside(index, step: 1)
        }) else { return [text] }
        return [String(String.UnicodeScalarView(scalars[..<hyphen])), String(String.UnicodeScalarView(scalars[(hyphen + 1)...]))]
    }

    /// A line beside the headline, in the head around both, that is a document number alone
    /// (`闽政办〔2024〕21号`). When the headline's own parent holds the body too (`<article>` around the headline, an
    /// info line and the body), a text of its own before the body: `<span>深府办函〔2025〕45号</span>` among
    /// the info line's source and date; an info table's number is its evidence, not a line of the notice.
    private static func numberBeside(_ headline: Int, in tree: MarkupTree, before body: Int, skipping tables: Set<Int>) -> String? {
        guard let parent = tree.nodes[headline].parent else { return nil }
        // The head apart from the body: the outermost element around the headline that does not hold the
        // body (`<div class="wj-head">`, a `<table>` of the head's rows).
        var head = parent
        while let outer = tree.nodes[head].parent, !tree.isInside(body, outer) { head = outer }
        guard !tree.isInside(body, parent) else {
            var index = parent
            while index < body {
                if tables.contains(index) {
                    index = tree.nodes[index].end
                    continue
                }
                let node = tree.nodes[index]
                index += 1
                // A number ends with 号 (E5 8F B7) or 號 (E8 99 9F); most texts are passed over by their bytes.
                guard node.kind == .text, node.text.utf8.count <= 120,
                    node.text.contains(bytes: "号".utf8) || node.text.contains(bytes: "號".utf8)
                else { continue }
                let text = node.text.trimmingLayout()
                let scalars = Scalars(text)
                if DocumentNumber.standalone(in: scalars) != nil { return text }
                // `豫政办〔2025〕12号　　2025-04-03　　来源：…`: the number opening an info line, spaced from the rest.
                if let match = DocumentNumber.all(in: scalars).first, match.range.lowerBound == 0, match.range.upperBound < scalars.count,
                    scalars[match.range.upperBound].isLayoutSpace
                {
                    return Array(scalars[match.range]).string
                }
            }
            return nil
        }
        for block in BlockBuilder(tree: tree).blocks(in: head) where block.text.unicodeScalars.count <= 40 {
            if DocumentNumber.standalone(in: Scalars(block.text)) != nil { return block.text }
        }
        return nil
    }

    /// The article's headline printed above the body: the last heading-like element before it whose text
    /// matches the page's title or is a fuller form of it. When the page's title is missing or useless
    /// (cut short with `...`, or the site's name), the last `h1`–`h3` before the body, a whole title if
    /// there was a useless one, or the last whole title printed bold or centred.
    static func headline(in tree: MarkupTree, before body: Int, expected: String?) -> (String, Int)? {
        let trusted = expected.map(isWholeTitle) ?? false
        // A page title that is no whole title (`长兴县人民政府`) gives way to a headline that is one.
        let useless = expected.map { isUselessTitle($0) || !isWholeTitle($0) } ?? true
        let wanted = expected.map(squeeze)
        var fallback: (String, Int)?
        for index in stride(from: body - 1, through: 0, by: -1) {
            let node = tree.nodes[index]
            guard node.kind == .element, !tree.isInside(body, index) else { continue }
            let headingTag = ["h1", "h2", "h3"].contains(node.name)
            let marked = headingTag || tree.classOrID(of: index, contains: ["title", "tit", "bt"])
            // Bold and centred elements are many; they are looked at only when the page's title will not do.
            guard marked || useless && standsOut(tree.nodes[index]) else { continue }
            let pieces = BlockBuilder(tree: tree).blocks(in: index).map(\.text)
            let text = pieces.joined()
            let length = text.characterCount
            guard length >= 6, length <= 160, text.unicodeScalars.contains(where: CommonHanzi.isHan) else { continue }
            if let wanted {
                let squeezed = squeeze(text)
                if squeezed == wanted { return (text, index) }
                // `关于做好…的通知` in ArticleTitle, `河北省…厅关于做好…的通知` on the page; `学院路街道关于…` there,
                // the issuer named in full in the page's heading, or in the element its class marks as the title.
                if trusted, squeezed.hasSuffix(wanted) || marked && fullerIssuer(squeezed, than: wanted), isWholeTitle(text) {
                    return (text, index)
                }
            }
            // An element marked as a title by its class (`<td class="bt">`) stands in too when it is a whole
            // one, and so does a whole title printed bold or centred, as pages laid out with tables print theirs.
            if fallback == nil, headingTag && expected == nil || isWholeTitle(text) { fallback = (text, index) }
        }
        return useless ? fallback : nil
    }

    /// The same title from `关于` on, with a longer name of its issuer before it.
    private static func fullerIssuer(_ headline: String, than stated: String) -> Bool {
        func fromAbout(_ text: String) -> (issuer: Int, rest: ArraySlice<Unicode.Scalar>)? {
            let scalars = Scalars(text)
            guard let about = scalars.find("关于"), about > 0 else { return nil }
            return (about, scalars[about...])
        }
        guard let full = fromAbout(headline), let short = fromAbout(stated) else { return false }
        return full.issuer > short.issuer && full.rest == short.rest
    }

    /// Bold or centred: `<b>`, `<td align="center">`, `style="font-weight:bold"`.
    private static func standsOut(_ node: MarkupTree.Node) -> Bool {
        if node.name == "b" || node.name == "strong" || node.name == "center" { return true }
        guard !node.attributes.isEmpty else { return false }
        if let align = node.attributes["align"], align.contains(bytes: "center".utf8, ignoringASCIICase: true) { return true }
        guard let style = node.attributes["style"] else { return false }
        return style.contains(bytes: "center".utf8, ignoringASCIICase: true) || style.contains(bytes: "bold".utf8, ignoringASCIICase: true)
    }

    /// A title as a notice prints it: ending with its document type, not cut short.
    private static func isWholeTitle(_ text: String) -> Bool {
        !text.hasSuffix("...") && !text.hasSuffix("…") && DocumentType.of(title: text) != nil
    }

    /// A page title that says nothing of the article: cut short, or the name of the site.
    private static func isUselessTitle(_ text: String) -> Bool {
        text.hasSuffix("...") || text.hasSuffix("…") || ["网站", "网", "门户", "平台", "首页"].contains(where: text.hasSuffix)
    }

    /// A column's name in `<title>` (`通知公告`), which ends like a title, names no notice.
    private static let channelNames: Set<String> = [
        "通知公告", "通知通告", "公示公告", "公告公示", "通知", "公告", "通告", "公示", "政府文件", "部门文件", "政策文件", "文件通知",
        "规范性文件", "信息公开", "政务公开", "政府信息公开", "工作通知", "详情", "正文", "文章详情", "内容页", "详细内容",
    ]

    /// Some portals put markup in `ArticleTitle`: `标题<div>——副题</div>`.
    static func withoutTags(_ text: String) -> String {
        // Asked of the bytes: `contains` with a string goes through Foundation's search, which cost more
        // than the rest of reading the page's title.
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
        var out = ""
        var inTag = false
        for character in text {
            if character == "<" { inTag = true } else if character == ">" && inTag { inTag = false } else if !inTag { out.append(character) }
        }
        return BlockBuilder.collapse(out)
    }

    static func squeeze(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: \.isLayoutSpace) else { return text }
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where !scalar.isLayoutSpace { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }
}
