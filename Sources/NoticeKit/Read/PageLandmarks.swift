/// Where a portal's page keeps its article and its info table, found by walking the tree once rather
/// than by XPath queries, each of which walks every element and builds strings as it goes.
extension HTMLReader {
    /// How a portal's template marks its article container. Both are compared as written, case and all.
    enum ContainerMark {
        case id(String)
        /// A word of the `class` attribute, which is split at XML white space.
        case classWord(String)
    }

    /// Body containers of government portals, most specific first; the marks of one entry rank equal.
    static let bodyMarks: [[ContainerMark]] = [
        [.id("UCAP-CONTENT")], [.classWord("TRS_Editor")], [.classWord("TRS_UEDITOR")], [.classWord("trs_editor_view")],
        [.classWord("pages_content")], [.classWord("article-content")], [.classWord("article_content")],
        [.classWord("Custom_UnionStyle")], [.id("zoom")], [.id("Content"), .id("content")],
    ]
    /// A table with a cell that names one of these is an info table (gov.cn's 发文字号, 成文日期 …).
    static let infoTableLabels = ["发文字号", "成文日期", "索引号"]
    /// A list needs two labels to be an info list, so it may name them by shorter words too (the
    /// ministries' `文号`, `生成日期`, `发布机关`), which a single cell of a table in the article could hold.
    static let infoListLabels = infoTableLabels + ["文号：", "生成日期", "发布机关"]

    /// The element with the most specific container mark among those that hold a fair share of the
    /// text any marked element holds; the one with the most text among equals. Templates reuse an editor's
    /// class for a notice bar or a box of links before the article, so the first mark is not enough.
    static func knownContainer(in tree: MarkupTree) -> Int? {
        var candidates = [(rank: Int, index: Int, text: Int)]()
        for index in tree.nodes.indices where tree.nodes[index].kind == .element {
            guard let rank = bodyRank(of: tree.nodes[index]), holdsText(tree, index) else { continue }
            candidates.append((rank, index, textSize(tree, index)))
        }
        let most = candidates.map(\.text).max() ?? 0
        let eligible = candidates.filter { $0.text >= most / 4 }
        guard let best = eligible.min(by: { $0.rank != $1.rank ? $0.rank < $1.rank : $0.text > $1.text }) else { return nil }
        // An article split in parts of one mark (an image or a QR code set between two editor blocks):
        // the element around the parts is the article, when the parts hold nearly all of its text.
        if let parent = tree.nodes[best.index].parent {
            let parts = eligible.filter { $0.rank == best.rank && tree.nodes[$0.index].parent == parent }
            if parts.count > 1, parts.map(\.text).reduce(0, +) * 5 >= textSize(tree, parent) * 4 { return parent }
        }
        return best.index
    }

    /// The tables around the cells whose text contains one of the info table's labels.
    ///
    /// Some portals print the same fields as a list (`<ul><li><span>发文字号：</span>…</li>`, or `<dl>`
    /// with `<dt>` and `<dd>`): a list is an info table when its items name two of the labels or more, so
    /// that a list in an article that mentions one is not taken for one.
    static func infoTables(in tree: MarkupTree) -> Set<Int> {
        var tables = Set<Int>()
        var listLabels = [Int: Set<String>]()
        for index in tree.nodes.indices where tree.nodes[index].kind == .element {
            let name = tree.nodes[index].name
            if name == "li" || name == "dt" || name == "dd" {
                // A list item's label is in one piece of its text: the items of a page's menus are many,
                // and each is looked at without gathering its text.
                guard let list = tree.nodes[index].parent, ["ul", "ol", "dl"].contains(tree.nodes[list].name) else { continue }
                for node in tree.nodes[index..<tree.nodes[index].end] where node.kind == .text {
                    for label in infoListLabels where node.text.contains(bytes: label.utf8) { listLabels[list, default: []].insert(label) }
                }
                continue
            }
            guard name == "td" || name == "th" else { continue }
            // A cell of a layout table may hold the info table and the article both: the info table is
            // the one around a cell that holds no table itself.
            let cell = index..<tree.nodes[index].end
            guard !tree.nodes[cell].dropFirst().contains(where: { $0.kind == .element && $0.name == "table" }) else { continue }
            let text = tree.utf8Content(of: index)
            // A short cell's label may be spread out with spaces (`索 引 号：`); only one that may hold a
            // label's `号` or `期` is squeezed to be looked at again.
            func spreadLabel() -> Bool {
                guard text.count <= 48, text.contains(bytes: "号".utf8) || text.contains(bytes: "期".utf8) else { return false }
                let squeezed = squeeze(String(decoding: text, as: UTF8.self))
                return infoTableLabels.contains { squeezed.contains(bytes: $0.utf8) }
            }
            guard infoTableLabels.contains(where: { text.contains(bytes: $0.utf8) }) || spreadLabel() else { continue }
            var ancestor = tree.nodes[index].parent
            while let current = ancestor, tree.nodes[current].name != "table" { ancestor = tree.nodes[current].parent }
            if let table = ancestor { tables.insert(table) }
        }
        return tables.union(listLabels.filter { $0.value.count >= 2 }.keys)
    }

    /// The position in `bodyMarks` of the first entry that marks the element: the lowest rank among
    /// the marks its id and its class words carry. The class is scanned once, word by word, in place.
    private static func bodyRank(of node: MarkupTree.Node) -> Int? {
        // Most elements have no attributes, and need neither the lookups nor the scan of every mark.
        guard !node.attributes.isEmpty else { return nil }
        var best: Int?
        func consider(_ rank: Int) { best = min(best ?? rank, rank) }
        if let id = node.attributes["id"] {
            for (rank, name) in idMarks where id.utf8.elementsEqual(name.utf8) { consider(rank) }
        }
        if var classes = node.attributes["class"] {
            // Words are compared as bytes, and only with marks of their length: generic comparison of
            // UTF-8 views cost most of the walk, on pages whose every element has a class.
            classes.withUTF8 { bytes in
                var start = 0
                while start < bytes.count {
                    guard !isXMLSpace(bytes[start]) else {
                        start += 1
                        continue
                    }
                    var end = start
                    while end < bytes.count, !isXMLSpace(bytes[end]) { end += 1 }
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    for (rank, mark) in classMarks where mark.count == word.count && word.elementsEqual(mark) { consider(rank) }
                    start = end
                }
            }
        }
        return best
    }

    /// `bodyMarks` split by kind, each mark with its entry's rank.
    private static let idMarks: [(rank: Int, name: String)] = bodyMarks.enumerated().flatMap { rank, marks in
        marks.compactMap { if case .id(let name) = $0 { (rank, name) } else { nil } }
    }
    private static let classMarks: [(rank: Int, word: [UInt8])] = bodyMarks.enumerated().flatMap { rank, marks in
        marks.compactMap { if case .classWord(let word) = $0 { (rank, Array(word.utf8)) } else { nil } }
    }

    private static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// How much text a subtree holds, in UTF-8 bytes, which a native string knows without a pass over
    /// them. The source's indentation counts too, a little for a box and as little for the article.
    private static func textSize(_ tree: MarkupTree, _ index: Int) -> Int {
        var size = 0
        for node in tree.nodes[index..<tree.nodes[index].end] where node.kind == .text { size += node.text.utf8.count }
        return size
    }

    /// Whether a subtree holds at least ten characters that are not white space; counting stops there.
    private static func holdsText(_ tree: MarkupTree, _ index: Int) -> Bool {
        var count = 0
        for node in tree.nodes[index..<tree.nodes[index].end] where node.kind == .text {
            for scalar in node.text.unicodeScalars where !scalar.properties.isWhitespace {
                count += 1
                if count == 10 { return true }
            }
        }
        return false
    }
}
