/// Recognizes the GB/T 9704 elements in a document's blocks and fills the record's fields.
/// Format-blind: it sees paragraphs, layout hints and labelled evidence, never HTML or XML.
public struct NoticeAnalyzer: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    /// The fields the analyzer fills; the converter adds `source`, `metadata` and decoding diagnostics.
    public struct Analysis: Sendable {
        public var text: String
        public var script: Script
        public var title: String?
        public var documentType: String?
        public var documentNumber: String?
        public var issuers: [Organization] = []
        public var recipients: [Recipient] = []
        public var preamble: [String] = []
        public var sections: [Section] = []
        public var closing: [String] = []
        public var attachments: [Attachment] = []
        public var contacts: [Contact] = []
        public var issuedDate: String?
        public var dates: [DateMention] = []
        public var copyTo: [Organization] = []
        public var printed: Printing?
        public var note: String?
        public var diagnostics: [Diagnostic] = []
    }

    public func analyze(_ document: ReadDocument) -> Analysis {
        var paragraphs = [Paragraph]()
        var offset = 0
        for block in document.blocks where !block.text.isEmpty {
            let paragraph = Paragraph(block, offset: offset)
            offset += paragraph.scalars.count + 1
            paragraphs.append(paragraph)
        }
        let text = paragraphs.map(\.text).joined(separator: "\n")
        var analysis = Analysis(text: text, script: paragraphs.map(\.scriptCounts).reduce(ScriptCounts(), +).script)
        guard !paragraphs.isEmpty else {
            analysis.diagnostics.append(Diagnostic(
                code: "empty-document", severity: .error,
                message: "The input holds no text to analyze; check that it is a notice and not an empty or binary file."))
            return analysis
        }
        let names = OrganizationNames(gazetteer: gazetteer)
        let head = HeadParser(paragraphs: paragraphs, names: names).parse()
        let tail = TailParser(paragraphs: paragraphs, bodyStart: head.bodyStart, names: names).parse()

        fillHead(head, paragraphs: paragraphs, evidence: document.evidence, names: names, into: &analysis)
        let body = Array(paragraphs[head.bodyStart..<max(head.bodyStart, tail.bodyEnd)])
        var structure = SectionParser().parse(body)
        moveClosingFormulas(&structure)
        analysis.preamble = structure.preamble
        analysis.sections = structure.sections
        analysis.closing = structure.closing

        fillTail(tail, head: head, paragraphs: paragraphs, body: body, names: names, into: &analysis)
        // The head names the issuers too: they stand in for a signature that is missing, or whose names
        // damage made unreadable, when the head names as many.
        if analysis.issuers.isEmpty || tail.hasDamagedSignature {
            let fromHead = head.bannerIssuers.isEmpty
                ? titleIssuers(analysis.title, head: head, paragraphs: paragraphs, names: names) : head.bannerIssuers
            if fromHead.count >= analysis.issuers.count { analysis.issuers = fromHead.map(gazetteer.organization) }
        }
        if analysis.issuers.isEmpty, let stated = document.evidence["发文机关"] {
            analysis.issuers = names.names(inList: Scalars(stated)).map(gazetteer.organization)
        }
        // `省发展改革委` signs without its province, which the title or the 版头 names.
        if analysis.issuers.contains(where: { $0.canonicalName == nil && ($0.name.hasPrefix("省") || $0.name.hasPrefix("自治区")) }),
            let province = gazetteer.province(namedIn: ([analysis.title ?? ""] + head.bannerIssuers + analysis.issuers.map(\.name)).joined(separator: "\n"))
        {
            analysis.issuers = analysis.issuers.map { gazetteer.inProvince($0, province) }
        }
        fillDates(paragraphs: paragraphs, head: head, tail: tail, into: &analysis)
        if analysis.issuedDate == nil, let stated = document.evidence["成文日期"] {
            analysis.issuedDate = DateExtractor.find(in: Scalars(stated)).first?.value(defaultYear: nil)
                ?? DateExtractor.isoDate(stated)
        }
        if Self.isTaiwanese(analysis) { Self.dropMainlandNames(from: &analysis) }
        checkConsistency(body: body, into: &analysis)
        return analysis
    }

    /// Dated by the Republic of China's years (`中華民國113年`, `113年5月2日`): Taiwan's agencies share
    /// names with the mainland's (`教育部`), and the gazetteer knows only the mainland's.
    private static func isTaiwanese(_ analysis: Analysis) -> Bool {
        analysis.dates.contains { mention in
            var digits = 0
            for scalar in mention.text.unicodeScalars {
                guard !scalar.isASCIIDigit else {
                    digits += 1
                    continue
                }
                return digits == 3 && scalar == "年" || digits == 0 && (scalar == "中" || scalar == "民")
            }
            return false
        }
    }

    private static func dropMainlandNames(from analysis: inout Analysis) {
        func printed(_ organization: Organization) -> Organization { Organization(name: organization.name) }
        analysis.issuers = analysis.issuers.map(printed)
        analysis.copyTo = analysis.copyTo.map(printed)
        if let organization = analysis.printed?.organization { analysis.printed?.organization = printed(organization) }
    }

    private func fillHead(
        _ head: HeadParser.Result, paragraphs: [Paragraph], evidence: [String: String], names: OrganizationNames,
        into analysis: inout Analysis
    ) {
        analysis.documentNumber = head.documentNumber ?? evidence["发文字号"].flatMap { DocumentNumber.all(in: Scalars($0)).first?.normalized }
        var titleLines = head.titleLines.map { HeadParser.withoutBracketedLabel(paragraphs[$0].scalars.trimmed()) }
        // A page headline followed by the same title printed over several lines: keep one.
        if titleLines.count > 1, titleLines[0].squeezed == Array(titleLines.dropFirst().joined()).squeezed {
            titleLines = [titleLines[0]]
        }
        let title = Self.withoutLayoutSpaces(Array(titleLines.joined()))
        // A line that ends with a colon (`…现将有关事项通告如下：`) opens the body; it is no title.
        if !title.isEmpty, !(title.unicodeScalars.last?.isColon == true && evidence["标题"]?.isEmpty == false) {
            analysis.title = Self.withoutTrailingNumber(title)
        } else if let stated = evidence["标题"], !stated.isEmpty, names.names(inRow: Scalars(stated)) == nil {
            // A page titled with its site's owner (`<title>山东省科学技术厅</title>`) names no notice.
            analysis.title = Self.withoutTrailingNumber(stated)
        }
        if let title = analysis.title {
            analysis.documentType = DocumentType.of(title: title)
        } else {
            analysis.diagnostics.append(Diagnostic(
                code: "missing-title", severity: .warning,
                message: "No title was found above the body or in the page's metadata; the record's title is empty."))
        }
        if let range = head.recipientsRange {
            analysis.recipients = RecipientParser(names: names).parse(paragraphs[range])
        }
    }

    /// `…的通知（冀人社字〔2023〕58号）`, `…常务委员会公告（第20号）`: portals append the number or an
    /// announcement's serial to the title; neither is part of it.
    static func withoutTrailingNumber(_ title: String) -> String {
        withoutLastBracket(title) {
            DocumentNumber.standalone(in: Array($0)) != nil || HeadParser.isAnnouncementSerial(ScriptFolding.matchingKey($0))
        }
    }

    /// `本部綜合規劃司(含附件)`: a copy list notes which copies carry the attachments; the note is not the name.
    static func withoutEnclosureRemark(_ name: String) -> String {
        withoutLastBracket(name) { ScriptFolding.matchingKey($0).includes("附件") }
    }

    /// The text without the bracketed part it ends with, when that part, brackets included, is `dropped`.
    private static func withoutLastBracket(_ text: String, where dropped: (ArraySlice<Unicode.Scalar>) -> Bool) -> String {
        let scalars = Scalars(text)
        guard scalars.last?.isCloseParen == true, let open = scalars.lastIndex(where: \.isOpenParen), open > 0,
            dropped(scalars[open...])
        else { return text }
        return Array(scalars[..<open]).trimmed().string
    }

    /// The issuers a title names: each stacked line of names over the `关于` line as its own row
    /// (`四川省生态环境厅` / `四川省林业和草原局` / `关于…`), then those the rest of the title opens with.
    private func titleIssuers(
        _ title: String?, head: HeadParser.Result, paragraphs: [Paragraph], names: OrganizationNames
    ) -> [String] {
        let stacked = head.titleLines.prefix { !paragraphs[$0].folded.includes("关于") }
        let rows = stacked.compactMap { names.names(inRow: paragraphs[$0].scalars) }
        guard rows.count == stacked.count, !rows.isEmpty, stacked.count < head.titleLines.count else {
            return title.map(names.issuers(inTitle:)) ?? []
        }
        let rest = head.titleLines[stacked.count...].map { paragraphs[$0].scalars.trimmed() }
        return rows.flatMap { $0 } + names.issuers(inTitle: Self.withoutLayoutSpaces(Array(rest.joined())))
    }

    /// `特此通知。` after unnumbered paragraphs is the closing, not more preamble.
    private func moveClosingFormulas(_ structure: inout SectionParser.Result) {
        guard structure.sections.isEmpty else { return }
        while let last = structure.preamble.last, structure.preamble.count > 1,
            SectionParser.opensClosingFormula(last.unicodeScalars)
        {
            structure.closing.insert(structure.preamble.removeLast(), at: 0)
        }
    }

    private func fillTail(
        _ tail: TailParser.Result, head: HeadParser.Result, paragraphs: [Paragraph], body: [Paragraph],
        names: OrganizationNames, into analysis: inout Analysis
    ) {
        analysis.issuers = tail.signature.map(gazetteer.organization)
        analysis.attachments = attachments(tail, extraLines: head.attachmentLines, paragraphs: paragraphs)

        var contacts = ContactParser()
        var contactSources = head.contactLines.map { paragraphs[$0].scalars } + body.map(\.scalars)
        contactSources += tail.contactLines.map { paragraphs[$0].scalars }
        if let note = tail.noteLines { contactSources.append(Array(note.map { paragraphs[$0].scalars.trimmed() }.joined())) }
        for line in contactSources { contacts.read(Self.unwrapped(line)) }
        // `请与附件所列联系人沟通`, `附件：联系人及联系方式`, `联络员名单见附件2`: a notice that gives no
        // contact of its own and says it lists them in an attachment.
        func namesContacts(_ folded: Scalars) -> Bool { folded.includes("联系") || folded.includes("联络") }
        if contacts.result.isEmpty, !tail.attachedDocuments.isEmpty,
            analysis.attachments.contains(where: { namesContacts(ScriptFolding.matchingKey(Scalars($0.title))) })
                || body.contains(where: { $0.folded.includes("附件") && namesContacts($0.folded) })
        {
            for document in tail.attachedDocuments {
                for line in document.lines { contacts.read(Self.unwrapped(paragraphs[line].scalars)) }
            }
        }
        analysis.contacts = contacts.result

        if let note = tail.noteLines { analysis.note = note.map { paragraphs[$0].scalars.trimmed().string }.joined() }
        if analysis.note == nil { analysis.note = tail.noteOnDateLine }
        var copyTo = Scalars()
        for line in tail.copyToLines {
            let scalars = paragraphs[line].scalars.trimmed()
            let start = (scalars.firstIndex(where: \.isColon) ?? -1) + 1
            if tail.copyToNameEnds.contains(line), copyTo.last == "，" { copyTo.removeLast() }
            // A group of names may end its line with a full stop, as the 抄送 of 1999's layout did.
            var names = Array(scalars[start...])
            while names.last == "。" { names.removeLast() }
            copyTo += names + ["，"]
        }
        while let last = copyTo.last, last == "。" || last == "，" || last == "." { copyTo.removeLast() }
        if analysis.recipients.isEmpty, let first = tail.recipientLines.first {
            var listed = Scalars()
            for line in tail.recipientLines {
                let scalars = paragraphs[line].scalars.trimmed()
                listed += line == first ? Array(scalars[((scalars.firstIndex(where: \.isColon) ?? -1) + 1)...]) : scalars
            }
            while let last = listed.last, last == "。" || last == "." { listed.removeLast() }
            analysis.recipients = RecipientParser(names: names).parse([Paragraph(Block(listed.string), offset: 0)][...])
        }
        analysis.copyTo = names.names(inList: copyTo).map { gazetteer.organization(Self.withoutEnclosureRemark($0)) }
        if let line = tail.printedLine {
            let scalars = paragraphs[line].scalars.trimmed()
            let date = DateExtractor.find(in: scalars).last
            let organization = date.map { Array(scalars[..<$0.range.lowerBound]).trimmed() } ?? []
            analysis.printed = Printing(
                organization: organization.isEmpty ? nil : gazetteer.organization(organization.string),
                date: date?.value(defaultYear: nil))
        }
    }

    /// `经济部　公告` → `经济部公告`: spaces between Chinese characters are layout, except one between
    /// joint issuers before `关于`; spaces between Latin words or digits are kept.
    static func withoutLayoutSpaces(_ scalars: Scalars) -> String {
        var kept = Scalars()
        for (index, scalar) in scalars.enumerated() {
            if scalar.isLayoutSpace {
                let before = kept.last
                let after = scalars[(index + 1)...].first { !$0.isLayoutSpace }
                guard let before, let after, kept.last != " " else { continue }
                // `2 0 2 5`: single characters spread out, digits too, as a spaced line prints them.
                let runBefore = scalars[..<index].reversed().prefix { !$0.isLayoutSpace }.count
                let runAfter = scalars[(index + 1)...].drop(while: \.isLayoutSpace).prefix { !$0.isLayoutSpace }.count
                let spread = runBefore == 1 && runAfter == 1
                if !before.isWide && !after.isWide && !spread || separatesIssuers(kept, scalars[(index + 1)...]) { kept.append(" ") }
                continue
            }
            kept.append(scalar)
        }
        return kept.string
    }

    /// `人力资源社会保障部 财政部关于…`: joint issuers in a title are printed apart, and the space stays.
    /// A space between single characters (`关 于`) or before `关于` is layout.
    private static func separatesIssuers(_ kept: Scalars, _ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        let name = kept.reversed().prefix { $0 != " " }
        guard name.count >= 2 else { return false }
        let next = ScriptFolding.matchingKey(rest.drop(while: \.isLayoutSpace))
        let nextRun = next.prefix { !$0.isLayoutSpace }
        guard nextRun.count >= 2, !next.starts(with: "关于".unicodeScalars), next.includes("关于") else { return false }
        let folded = ScriptFolding.matchingKey(Array(name.reversed()))
        return OrganizationNames.suffixes.contains { folded.ends(with: $0.unicodeScalars) }
    }

    /// `（联系人：…）` reads like the line inside the parentheses, when the bracket the line opens with
    /// closes at its end: `（三）财务（缴费、发票）` is no such line.
    private static func unwrapped(_ line: Scalars) -> Scalars {
        let scalars = line.trimmed()
        guard scalars.first?.isOpenParen == true, scalars.last?.isCloseParen == true else { return scalars }
        var depth = 0
        for (index, scalar) in scalars.enumerated() {
            if scalar.isOpenParen { depth += 1 }
            if scalar.isCloseParen { depth -= 1 }
            if depth == 0 { return index == scalars.count - 1 ? Array(scalars.dropFirst().dropLast()) : scalars }
        }
        return scalars
    }

    /// 附件说明 lines, joined with the attached documents printed after the date.
    private func attachments(_ tail: TailParser.Result, extraLines: [Int], paragraphs: [Paragraph]) -> [Attachment] {
        var listed = [Attachment]()
        for line in extraLines + tail.attachmentLines {
            var scalars = paragraphs[line].scalars.trimmed()
            let folded = paragraphs[line].folded
            if folded.starts(with: "附件".unicodeScalars) {
                // After `附件`, or `附　件` spaced out, and its colon.
                var start = (scalars.firstIndex(of: "件") ?? 1) + 1
                while start < scalars.count, scalars[start].isLayoutSpace || scalars[start].isColon { start += 1 }
                scalars = Array(scalars[min(start, scalars.count)...])
            }
            guard !scalars.isEmpty else { continue }
            // `附件1:养老机构安全自查表`: the attachment's number, then the label's colon.
            let digits = scalars.prefix { $0.isASCIIDigit }.count
            if folded.starts(with: "附件".unicodeScalars), digits > 0, digits < scalars.count - 1, scalars[digits].isColon {
                listed.append(Attachment(ordinal: Int(scalars.prefix(digits).string), title: Self.attachmentTitle(Array(scalars[(digits + 1)...]))))
            } else if let marker = SectionMarker.parse(scalars) {
                listed.append(Attachment(ordinal: marker.ordinal, title: Self.attachmentTitle(Array(scalars[marker.length...]))))
            } else if !folded.starts(with: "附件".unicodeScalars), let last = listed.last, line > 0,
                TailParser.wrapsTitle(paragraphs[line].squeezed, below: paragraphs[line - 1].squeezed)
            {
                listed[listed.count - 1].title = Self.attachmentTitle(Scalars(last.title) + scalars)
            } else {
                listed.append(Attachment(ordinal: nil, title: Self.attachmentTitle(scalars)))
            }
        }
        for document in tail.attachedDocuments {
            var lines = Array(document.lines).map { paragraphs[$0] }
            let header = paragraphs[document.header]
            var ordinal: Int?
            var title: String
            if TailParser(paragraphs: paragraphs, bodyStart: 0, names: OrganizationNames(gazetteer: gazetteer)).isAttachmentHeader(header) {
                let digits = header.squeezed.dropFirst(2).prefix { $0.digitValue != nil }
                ordinal = digits.isEmpty ? nil : Int(digits.string)
                let afterLabel = header.scalars.trimmed().drop { !$0.isColon }.dropFirst()
                if !Array(afterLabel).trimmed().isEmpty {
                    title = Array(afterLabel).trimmed().string
                } else if let first = lines.first {
                    title = first.scalars.trimmed().string
                    lines.removeFirst()
                } else {
                    continue
                }
            } else {
                title = header.scalars.trimmed().string
            }
            // A title printed over two lines: the second completes it, or the 附件 list names the two as one.
            if let next = lines.first, TailParser.completesTitle(next.scalars, below: Scalars(title))
                || listed.contains(where: { Self.sameTitle($0.title, title + next.scalars.trimmed().string) })
            {
                title += next.scalars.trimmed().string
                lines.removeFirst()
            }
            // `（2025—2027年）`, `（试行）` on the line under an attached document's title belong to it.
            if let next = lines.first, Self.isTitleRemark(next.scalars.trimmed()) {
                title += next.scalars.trimmed().string
                lines.removeFirst()
            }
            let structure = SectionParser().parse(lines)
            let paragraphsText = structure.preamble + structure.closing
            if let match = listed.firstIndex(where: { ($0.ordinal != nil && $0.ordinal == ordinal) || Self.sameTitle($0.title, title) }) {
                listed[match].paragraphs = paragraphsText
                listed[match].sections = structure.sections
            } else if listed.count == 1, tail.attachedDocuments.count == 1 {
                listed[0].paragraphs = paragraphsText
                listed[0].sections = structure.sections
            } else {
                listed.append(Attachment(ordinal: ordinal, title: title, paragraphs: paragraphsText, sections: structure.sections))
            }
        }
        return listed
    }

    /// A short remark wholly in brackets, as titles carry a period or a status on a line of their own.
    private static func isTitleRemark(_ scalars: Scalars) -> Bool {
        guard let first = scalars.first, let last = scalars.last, first.isOpenParen, last.isCloseParen,
            scalars.count <= 24, !scalars.contains(where: { $0 == "。" || $0 == "，" })
        else { return false }
        return scalars.dropFirst().dropLast().allSatisfy { !$0.isOpenParen && !$0.isCloseParen }
    }

    /// An attachment's title without the quotation brackets or trailing full stop lists print around it,
    /// and without the file's extension where a page links the file (`….pdf`).
    private static func attachmentTitle(_ scalars: Scalars) -> String {
        var title = scalars.trimmed()
        while let last = title.last, last == "。" || last == "；" || last == ";" { title.removeLast() }
        // `….xlsx（56.5KB）`: the size a page prints after a file's link.
        if let open = title.lastIndex(where: \.isOpenParen), title.last?.isCloseParen == true, isFileSize(title[(open + 1)..<(title.count - 1)]) {
            title = Array(title[..<open]).trimmed()
        }
        if let dot = title.lastIndex(of: "."), dot > 0,
            fileExtensions.contains(String(String.UnicodeScalarView(title[(dot + 1)...])).lowercased())
        {
            title = Array(title[..<dot]).trimmed()
        }
        return title.string
    }

    /// `56.5KB`, `1.2 MB`, `830K`: a number and a unit of bytes.
    private static func isFileSize(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let compact = text.filter { !$0.isLayoutSpace }
        let digits = compact.prefix { $0.isASCIIDigit || $0 == "." }
        let unit = String(String.UnicodeScalarView(compact.dropFirst(digits.count))).uppercased()
        return !digits.isEmpty && ["B", "K", "KB", "M", "MB", "G", "GB"].contains(unit)
    }

    private static let fileExtensions: Set<String> = [
        "pdf", "doc", "docx", "xls", "xlsx", "wps", "et", "ofd", "zip", "rar", "7z", "txt", "rtf", "ppt", "pptx", "jpg", "png",
    ]

    private static func sameTitle(_ a: String, _ b: String) -> Bool {
        let strip: (String) -> String = { String($0.unicodeScalars.filter { !"《》〈〉“”\" 　".unicodeScalars.contains($0) }) }
        return strip(a) == strip(b)
    }

    private func fillDates(paragraphs: [Paragraph], head: HeadParser.Result, tail: TailParser.Result, into analysis: inout Analysis) {
        var issuedLine = tail.dateLine ?? head.dateLine
        if issuedLine == nil, let last = paragraphs.indices.last, DateExtractor.isDateOnly(paragraphs[last]) { issuedLine = last }
        var mentions = [DateMention]()
        var issuedYear: Int?
        if let line = issuedLine, let date = DateExtractor.find(in: paragraphs[line].scalars).last {
            issuedYear = date.year
        }
        var lastYear = issuedYear
        // A republisher's lines around the notice and the page's lines around its head date the page.
        let pageLines = Set(head.pageLines)
        for (index, paragraph) in paragraphs.enumerated() where (head.noticeStart..<tail.noticeEnd).contains(index) && !pageLines.contains(index) {
            for date in DateExtractor.find(in: paragraph.scalars) {
                if let year = date.year { lastYear = year }
                var role = DateExtractor.role(of: date.range, in: paragraph.scalars)
                // A date without its year is of the year last named before it, except a deadline or a
                // date of every year (`每年12月底前`), which the notice sets in its own year.
                let ownYear = role == .deadline || DateExtractor.yearWord(before: date.range.lowerBound, in: paragraph.scalars) != nil
                guard let value = date.value(defaultYear: ownYear ? issuedYear ?? lastYear : lastYear ?? issuedYear) else { continue }
                if index == issuedLine, date.day != nil {
                    role = .issued
                    if analysis.issuedDate == nil { analysis.issuedDate = value }
                }
                if index == tail.printedLine { role = .printed }
                mentions.append(DateMention(
                    text: paragraph.scalars[date.range].string, value: value, role: role, span: paragraph.span(date.range)))
            }
        }
        analysis.dates = mentions
    }

    /// `市场监管总局等16个部门` stated in the body against the names signed.
    private func checkConsistency(body: [Paragraph], into analysis: inout Analysis) {
        // The body may name the lead issuer as the province itself does, short: `省发展改革委等3部门`.
        let issuers = analysis.issuers
        guard !issuers.isEmpty,
            let stated = Self.statedIssuerCount(body, issuers: issuers, alsoNamed: { issuers.compactMap(\.canonicalName).flatMap(gazetteer.selfReferences) })
        else { return }
        if stated.count != analysis.issuers.count {
            analysis.diagnostics.append(Diagnostic(
                code: "issuer-count-mismatch", severity: .warning,
                message: "The body says \(stated.count) issuing bodies but \(analysis.issuers.count) are named as issuers; check the signature block for a missing or merged name.",
                span: stated.span))
        }
    }

    /// `市场监管总局等16个部门`: a count stated right after one of the issuers' names.
    /// `alsoNamed` gives other names of the issuers, asked for only when the body says `等` at all.
    static func statedIssuerCount(
        _ body: [Paragraph], issuers: [Organization], alsoNamed: () -> [String] = { [] }
    ) -> (count: Int, span: Span)? {
        var foldedNames: [Scalars]?
        for paragraph in body {
            let scalars = paragraph.scalars
            for (index, scalar) in scalars.enumerated() where scalar == "等" {
                var end = index + 1
                while end < scalars.count, scalars[end].digitValue != nil || ChineseNumber.isNumeral(scalars[end]) { end += 1 }
                guard end > index + 1 else { continue }
                let digits = scalars[(index + 1)..<end]
                guard let count = Int(digits.string) ?? ChineseNumber.value(digits), count >= 2 else { continue }
                let after = ScriptFolding.matchingKey(scalars[end..<min(scalars.count, end + 4)])
                guard ["个部门", "部门", "个单位", "家单位", "单位", "部委", "个部委", "机关", "个机关"].contains(where: { after.starts(with: $0.unicodeScalars) })
                else { continue }
                // The count is the issuers' only when an issuer leads it.
                let names = foldedNames ?? (issuers.map(\.name) + alsoNamed()).map { ScriptFolding.matchingKey(Scalars($0)) }
                foldedNames = names
                let before = ScriptFolding.matchingKey(scalars[max(0, index - 20)..<index])
                if names.contains(where: { before.ends(with: $0) }) { return (count, paragraph.span(index..<end)) }
            }
        }
        return nil
    }
}
