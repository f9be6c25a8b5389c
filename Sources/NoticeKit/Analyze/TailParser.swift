/// The elements after the body: 附件说明, 联系人, 署名, 成文日期, 附注, printed attachments and 版记.
struct TailParser {
    struct Result {
        var bodyEnd: Int
        var attachmentLines: [Int] = []
        var contactLines: [Int] = []
        var signature: [String] = []
        var signatureLines: [Int] = []
        var dateLine: Int?
        /// The 附注's line, or its two lines when it wraps.
        var noteLines: Range<Int>?
        /// The 附注 printed on the date line itself, after the date.
        var noteOnDateLine: String?
        var copyToLines: [Int] = []
        /// Whether a row of the signature is a name that damage made unreadable, kept as printed.
        var hasDamagedSignature = false
        /// Lines of the 抄送 list that finish a name the line above broke off.
        var copyToNameEnds: Set<Int> = []
        /// `主送：…` in the 版记, or `正本：…`, the recipients a Taiwan 函 names after its body, with the lines
        /// its list goes on in.
        var recipientLines: [Int] = []
        var printedLine: Int?
        /// Attached documents printed after the date: the line that opens each, then its lines.
        var attachedDocuments: [(header: Int, lines: Range<Int>)] = []
        /// The first line after the notice that is not the notice's (a page's related links, readers'
        /// replies, the next notice of a gazette page); the end of the lines when there is none.
        var noticeEnd: Int
    }

    let paragraphs: [Paragraph]
    let bodyStart: Int
    let names: OrganizationNames

    func parse() -> Result {
        var result = Result(bodyEnd: paragraphs.count, noticeEnd: paragraphs.count)
        let dateLine = (bodyStart..<paragraphs.count).first { index in
            DateExtractor.isDateOnly(paragraphs[index]) || signedDate(paragraphs[index]) != nil
                || noteAfterDate(paragraphs[index]) != nil || Self.isDamagedDate(paragraphs[index])
                || index > bodyStart && DateExtractor.isDateWithStrayCharacter(paragraphs[index]) && signs(paragraphs[index - 1])
        }
        var end = paragraphs.count
        if let dateLine {
            result.dateLine = dateLine
            result.noteOnDateLine = noteAfterDate(paragraphs[dateLine])
            classifyAfterDate(from: dateLine + 1, into: &result)
            end = dateLine
            if let signed = signedDate(paragraphs[dateLine]) {
                result.signature = signed
                result.signatureLines = [dateLine]
            }
        } else {
            end = trailingFurniture(into: &result)
        }
        var start = end
        while start > bodyStart, end - start < 8 {
            let line = paragraphs[start - 1]
            if isOfficialsSignature(line) || Self.isSealMark(line) {
                // `省长　王浩` signs for the agency, `（盖章）` marks its seal: part of the block, not an issuer.
                result.signatureLines.insert(start - 1, at: 0)
            } else if line.squeezed.count <= 60, let row = names.names(inRow: line.scalars), !ContactParser.isContactLine(line) {
                result.signature = row + result.signature
                result.signatureLines.insert(start - 1, at: 0)
            } else if Self.isDamagedName(line) {
                // A signature row that damage made unreadable still signs: its name stays as printed.
                result.signature = [line.squeezed.string] + result.signature
                result.signatureLines.insert(start - 1, at: 0)
                result.hasDamagedSignature = true
            } else {
                break
            }
            start -= 1
        }
        while start > bodyStart {
            let index = start - 1
            if ContactParser.isContactLine(paragraphs[index]) || isUnderContactLabel(index) {
                result.contactLines.insert(index, at: 0)
            } else if isAttachmentHeader(paragraphs[index]) {
                result.attachmentLines.insert(index, at: 0)
            } else if isAttachmentContinuation(index) {
                result.attachmentLines.insert(index, at: 0)
            } else {
                // `附件：…` over a short `特此公告。`: the 附件说明 printed before the formula. Both stay in the body.
                if index - 1 > bodyStart, paragraphs[index].squeezed.count <= 8, SectionParser.opensClosingFormula(paragraphs[index].squeezed),
                    isAttachmentHeader(paragraphs[index - 1])
                {
                    result.attachmentLines.insert(index - 1, at: 0)
                }
                break
            }
            start -= 1
        }
        result.bodyEnd = start
        result.copyToNameEnds = Set(result.copyToLines.filter { $0 > 0 && !isCopyTo(paragraphs[$0]) && breaksMidName($0 - 1, before: paragraphs[$0]) })
        return result
    }

    /// A detail line in a block of them that a contact label heads, an office's name over some of them, or
    /// a table of contacts under its row of column titles (`单　　位　　联系人　　电　　话`), with or without a
    /// label over it.
    /// The label's own line may hold numbers too (`联系人：…，电话：…；` over `…处　郭子豪，电话：…`).
    private func isUnderContactLabel(_ index: Int) -> Bool {
        var cursor = index
        while cursor >= bodyStart, index - cursor < 8 {
            let paragraph = paragraphs[cursor]
            if cursor < index, ContactParser.isContactLine(paragraph) { return true }
            if ContactParser.numberColumns(paragraph.scalars) != nil { return true }
            guard ContactParser.isContactDetailLine(paragraph.scalars) || ContactParser.isOfficeLine(paragraph.scalars) else { return false }
            cursor -= 1
        }
        return false
    }

    /// `附件：` alone, its colon printed, over `1．…`: the head of a numbered list. `附件1` or `附件` alone
    /// heads a printed attachment instead.
    private func headsList(at index: Int) -> Bool {
        let scalars = paragraphs[index].squeezed
        guard scalars.last?.isColon == true, scalars.count <= 3, index + 1 < paragraphs.count,
            let marker = SectionMarker.parse(paragraphs[index + 1].scalars)
        else { return false }
        return marker.style == .arabic || marker.style == .arabicParenthesized
    }

    /// `附件：1．…`: an attachment line that opens a numbered list after its colon.
    private func listsItems(_ paragraph: Paragraph) -> Bool {
        let afterLabel = paragraph.scalars.trimmed().drop { !$0.isColon }.dropFirst()
        return SectionMarker.parse(Array(afterLabel).trimmed()) != nil
    }

    /// `附件：…`, `附件1：…`, `附件:`.
    func isAttachmentHeader(_ paragraph: Paragraph) -> Bool {
        let folded = paragraph.folded
        guard folded.starts(with: "附件".unicodeScalars) else { return false }
        let rest = folded.dropFirst(2)
        guard let next = rest.first else { return true }
        return next.isColon || next.digitValue != nil || ChineseNumber.isNumeral(next) || next.isLayoutSpace
    }

    /// A line of a 附件 list under its header, with no sentence in it: a numbered title (`2．…`) in the
    /// list's numbering, or the rest of a title wrapped onto the next line.
    private func isAttachmentContinuation(_ index: Int) -> Bool {
        guard isListLine(index) else { return false }
        var style = SectionMarker.parse(paragraphs[index].scalars)?.style
        var cursor = index - 1
        while cursor >= bodyStart, index - cursor < 30 {
            if isAttachmentHeader(paragraphs[cursor]) { return true }
            guard isListLine(cursor) else { return false }
            if let earlier = SectionMarker.parse(paragraphs[cursor].scalars)?.style {
                if let style, style != earlier { return false }
                style = earlier
            }
            cursor -= 1
        }
        return false
    }

    private func isListLine(_ index: Int) -> Bool {
        let paragraph = paragraphs[index]
        guard !paragraph.scalars.contains(where: { $0 == "。" }), paragraph.squeezed.count <= 80 else { return false }
        guard let marker = SectionMarker.parse(paragraph.scalars) else {
            return index > 0 && Self.wrapsTitle(paragraph.squeezed, below: paragraphs[index - 1].squeezed)
        }
        return marker.style == .arabic || marker.style == .arabicParenthesized
    }

    /// Whether `line` is the rest of the title on the line above, wrapped: the line above is full (a title
    /// breaks only at the width of the page) and stops short of what a title ends with, or `line` is a
    /// remark in brackets (`（试行）`).
    static func wrapsTitle(_ line: Scalars, below above: Scalars) -> Bool {
        guard line.count <= 40, !line.contains(where: { $0 == "。" }) else { return false }
        if let first = line.first, let last = line.last, first.isOpenParen, last.isCloseParen, line.count <= 24 { return true }
        let folded = ScriptFolding.matchingKey(above)
        return above.count >= 16 && !titleEndings.contains { folded.ends(with: $0) }
    }

    /// `广东省建筑工地扬尘` / `防治工作方案`: an attached document's title broken where it reads well rather
    /// than at the page's width, the second line short and ending as a title ends, the first not. A line
    /// spaced out within (an official's `部　　长　江宜桦`, a form's `××　　学校`) begins no title.
    static func completesTitle(_ line: Scalars, below above: Scalars) -> Bool {
        let (line, above) = (line.trimmed(), above.trimmed())
        guard line.count <= 30, above.count <= 40, !above.contains(where: \.isLayoutSpace),
            !(above + line).contains(where: { "。，；：,;:".unicodeScalars.contains($0) })
        else { return false }
        let (folded, foldedAbove) = (ScriptFolding.matchingKey(line), ScriptFolding.matchingKey(above))
        return titleEndings.contains { folded.ends(with: $0) } && !titleEndings.contains { foldedAbove.ends(with: $0) }
    }

    /// What an attached document's title ends with: its kind (`…办法`, `…情况表`), or a closing bracket.
    private static let titleEndings = [
        "表", "单", "书", "册", "图", "稿", "录", "函", "本", "证", "卡", "办法", "规定", "方案", "细则", "规则", "规划", "纲要", "意见",
        "通知", "决定", "清单", "标准", "指南", "计划", "条例", "章程", "制度", "要点", "规范", "说明", "公告", "通告", "报告", "协议",
        "合同", "汇编", "模板", "样式", "格式", "》", "）", ")", "」", "”",
    ].map { Array($0.unicodeScalars) }

    /// `2022年1月5日（此件不公开）`: the 附注 printed right after the date.
    private func noteAfterDate(_ paragraph: Paragraph) -> String? {
        guard let first = paragraph.squeezed.first, DateExtractor.opensDate(first) else { return nil }
        let scalars = paragraph.scalars.trimmed()
        guard let date = DateExtractor.find(in: scalars, at: 0), date.day != nil, date.year != nil else { return nil }
        let rest = Array(scalars[date.range.upperBound...]).trimmed()
        guard rest.count >= 4, rest.first?.isOpenParen == true, rest.last?.isCloseParen == true else { return nil }
        return rest.string
    }

    /// A signature and its date on one line: `国务院办公厅  2021年3月5日`.
    private func signedDate(_ paragraph: Paragraph) -> [String]? {
        Self.signedDate(paragraph, names: names)
    }

    /// `广东省工业和信息化厅　　2024年3月1日`: the names that sign on the line of their date, or nil when
    /// the line is not names followed by a whole date.
    static func signedDate(_ paragraph: Paragraph, names: OrganizationNames) -> [String]? {
        // `二零二四年十月二十八日於交通事務局`: Macau signs with the date first, then the agency after 於.
        if paragraph.scalars.contains(where: { $0 == "於" || $0 == "于" }) {
            let scalars = paragraph.scalars.trimmed()
            if let date = DateExtractor.find(in: scalars).first, date.range.lowerBound == 0, date.day != nil, date.year != nil,
                date.range.upperBound + 1 < scalars.count, scalars[date.range.upperBound] == "於" || scalars[date.range.upperBound] == "于"
            {
                return names.names(inRow: Array(scalars[(date.range.upperBound + 1)...]).trimmed())
            }
        }
        // A date with its day ends with its day, or with the month of the date a range runs to.
        guard let last = paragraph.squeezed.last, last == "日" || last == "号" || last == "月" else { return nil }
        let scalars = paragraph.scalars.trimmed()
        let dates = DateExtractor.find(in: scalars)
        guard let date = dates.last, date.range.upperBound == scalars.count, date.day != nil, date.year != nil,
            date.range.lowerBound > 1
        else { return nil }
        return names.names(inRow: Array(scalars[..<date.range.lowerBound]).trimmed())
    }

    /// 附注, printed attachments and 版记 after the 成文日期.
    private func classifyAfterDate(from start: Int, into result: inout Result) {
        var index = start
        var openDocument: Int?
        // Whether the open document began with its own title, as an issued 办法 does, not with `附件`.
        var openedByTitle = false
        // The last line none of the kinds below took.
        var unread: Int?
        func closeDocument(at end: Int) {
            if let header = openDocument { result.attachedDocuments.append((header, (header + 1)..<end)) }
            openDocument = nil
            openedByTitle = false
        }
        while index < paragraphs.count {
            let paragraph = paragraphs[index]
            if Self.isPageAfterNotice(paragraph) || openDocument == nil && startsAnotherNotice(at: index) {
                result.noticeEnd = index
                break
            }
            if isCopyTo(paragraph) {
                closeDocument(at: index)
                result.copyToLines.append(index)
                while index + 1 < paragraphs.count, continuesList(index + 1) {
                    index += 1
                    result.copyToLines.append(index)
                }
            } else if openDocument == nil, result.recipientLines.isEmpty, isRecipientHead(paragraph) {
                // `主送：` printed in the 版记, above the 抄送, names the recipients a 函 or a 通知 did not head its body with.
                result.recipientLines.append(index)
                while index + 1 < paragraphs.count, continuesList(index + 1) {
                    index += 1
                    result.recipientLines.append(index)
                }
            } else if isPrintedLine(paragraph) {
                closeDocument(at: index)
                result.printedLine = index
            } else if Self.isSubjectWords(paragraph) {
                closeDocument(at: index)
            } else if openDocument == nil, result.noteLines == nil, let note = note(startingAt: index) {
                result.noteLines = note
                index = note.upperBound - 1
            } else if openDocument == nil, isAttachmentHeader(paragraph), listsItems(paragraph) || headsList(at: index) {
                // `附件：1．…` / `2．…` after the date: the 附件说明 printed below the signature, a list.
                result.attachmentLines.append(index)
                while index + 1 < paragraphs.count, isListLine(index + 1), !isAttachmentHeader(paragraphs[index + 1]),
                    !isCopyTo(paragraphs[index + 1]), !isPrintedLine(paragraphs[index + 1]), !isNote(paragraphs[index + 1])
                {
                    index += 1
                    result.attachmentLines.append(index)
                }
            } else if isAttachmentHeader(paragraph), !(openedByTitle && listsItems(paragraph)) {
                // `附件：1．…` inside an issued 办法 is that document's own list, not a further attachment.
                closeDocument(at: index)
                openDocument = index
            } else if openDocument == nil, result.copyToLines.isEmpty, result.printedLine == nil,
                looksLikeDocumentTitle(paragraph) {
                // A 印发 notice may print what it issues straight after the date, its title first, over
                // two lines when the line above was left unread and begins it.
                let begins = unread == index - 1 && Self.completesTitle(paragraph.scalars, below: paragraphs[index - 1].scalars)
                openDocument = begins ? index - 1 : index
                openedByTitle = true
            } else {
                unread = index
            }
            index += 1
        }
        closeDocument(at: result.noticeEnd)
    }

    /// What a page prints under the article it carries: links to others (`相关文章：`, `上一篇：…`),
    /// `阅读原文`, a forum's reply controls and its numbered floors (`2楼　…　发表于 2025-5-1`).
    static func isPageAfterNotice(_ paragraph: Paragraph) -> Bool {
        let folded = paragraph.folded
        if pageOpenings.contains(where: { folded.starts(with: $0) }) { return true }
        // `（责任编辑：杨柳）`, `编辑：郑思思　校对：何敏`: a newspaper's or an account's staff under the article.
        let unbracketed = folded.first?.isOpenParen == true ? Array(folded.dropFirst()) : folded
        if staffLabels.contains(where: { unbracketed.starts(with: $0) && unbracketed.dropFirst($0.count).first?.isColon == true }) { return true }
        let digits = folded.prefix { $0.isASCIIDigit }.count
        return digits > 0 && digits < folded.count && folded[digits] == "楼" && folded.includes("发表于")
            || folded.elementsEqual("回复举报".unicodeScalars)
    }

    private static let pageOpenings = [
        "相关文章", "相关链接", "相关阅读", "相关新闻", "相关稿件", "相关解读", "往期推荐", "往期回顾", "延伸阅读", "推荐阅读",
        "上一篇", "下一篇", "阅读原文", "【打印", "打印本页", "【关闭", "关闭窗口",
    ].map { Array($0.unicodeScalars) }

    private static let staffLabels = ["责任编辑", "编辑", "校对", "审核", "审校", "初审", "终审", "来源", "稿件来源", "记者", "通讯员"]
        .map { Array($0.unicodeScalars) }

    /// The title of a document with its own number under it, which the notice neither forwards nor names
    /// in `《》`: the next notice on a gazette's page, not one the notice forwards (`转发《…》的通知`) and
    /// prints, whose title damage may have left unlike the one quoted.
    private func startsAnotherNotice(at index: Int) -> Bool {
        guard index + 1 < paragraphs.count, looksLikeDocumentTitle(paragraphs[index]),
            (index + 1...min(index + 2, paragraphs.count - 1)).contains(where: { DocumentNumber.standalone(squeezed: paragraphs[$0].squeezed) != nil })
        else { return false }
        let quoted = "《" + paragraphs[index].folded.string + "》"
        return !paragraphs[..<index].contains { $0.folded.includes(quoted) || $0.folded.includes("转发") }
    }

    /// The title of a document a notice issues: `…管理办法`, `…实施方案（试行）`, `…行动方案（2025—2027年）`.
    private func looksLikeDocumentTitle(_ paragraph: Paragraph) -> Bool {
        var folded = paragraph.folded
        if let open = folded.lastIndex(where: \.isOpenParen), folded.last?.isCloseParen == true, folded.count - open <= 14 {
            folded.removeSubrange(open...)
        }
        // `上一篇：关于…的通知`, a copied page's link to the article before, names a title after a label; a
        // title itself has no colon.
        guard folded.count >= 4, folded.count <= 80, !folded.contains(where: { $0 == "。" || $0.isColon }) else { return false }
        let endings = ["办法", "规定", "方案", "细则", "规则", "规划", "纲要", "意见", "通知", "决定", "目录", "清单", "名单", "标准", "指南", "计划", "条例", "章程", "制度", "要点", "规范", "说明", "公告", "通告", "措施", "准则", "导则"]
        return endings.contains { folded.ends(with: $0.unicodeScalars) }
    }

    /// Where the body ends when no 成文日期 is printed: before the 版记 and the note at the very end.
    private func trailingFurniture(into result: inout Result) -> Int {
        var end = paragraphs.count
        while end > bodyStart {
            let paragraph = paragraphs[end - 1]
            if isCopyTo(paragraph) || continuesList(end - 1) {
                result.copyToLines.insert(end - 1, at: 0)
            } else if isOfficialsSignature(paragraph) {
                // `部長　鄭英耀`: a Taiwan 函 closes with its head's title and name, after 正本 and 副本.
            } else if isRecipientHead(paragraph) {
                // A Taiwan 函 lists its recipients at the end: 正本 to act, 副本 for information.
                result.recipientLines = [end - 1]
            } else if isPrintedLine(paragraph) {
                result.printedLine = end - 1
            } else if Self.isSubjectWords(paragraph) {
                // Recorded nowhere: the record has no field for a 版记's subject words.
            } else if result.noteLines == nil, let note = note(endingAt: end - 1) {
                result.noteLines = note
                end = note.lowerBound
                continue
            } else {
                break
            }
            end -= 1
        }
        return end
    }

    /// The 附注 that starts at `index`: its line, or two when the bracket opened there closes at the end of
    /// the next line (`（此件主动公开。…作适当` / `调整。）`).
    private func note(startingAt index: Int) -> Range<Int>? {
        if isNote(paragraphs[index]) { return index..<(index + 1) }
        let first = paragraphs[index].squeezed
        guard first.first?.isOpenParen == true, !first.contains(where: \.isCloseParen), index + 1 < paragraphs.count else { return nil }
        let second = paragraphs[index + 1].squeezed
        guard second.last?.isCloseParen == true, !second.contains(where: \.isOpenParen), first.count + second.count <= 160 else { return nil }
        return index..<(index + 2)
    }

    /// The 附注 that ends at `index`, found from below.
    private func note(endingAt index: Int) -> Range<Int>? {
        if isNote(paragraphs[index]) { return index..<(index + 1) }
        guard index - 1 >= bodyStart, let note = note(startingAt: index - 1), note.upperBound == index + 1 else { return nil }
        return note
    }

    /// `二〇二?哪晁脑氯?日`: a date line whose characters damage put out of step, still a line of a numeral
    /// and `日` alone, which the date is read from when it can be, and which ends the body either way.
    static func isDamagedDate(_ paragraph: Paragraph) -> Bool {
        let squeezed = paragraph.squeezed
        guard (6...16).contains(squeezed.count), let first = squeezed.first, first.digitValue != nil || ChineseNumber.isNumeral(first),
            squeezed.last == "日", squeezed.contains(where: \.marksLostByte)
        else { return false }
        return !squeezed.contains { "，。；：,;:".unicodeScalars.contains($0) }
    }

    /// A short line of a name that damage made unreadable: hanzi with a lost byte's `?` or U+FFFD among
    /// them, or mostly rare hanzi (UTF-8 read as GBK); no punctuation of a sentence, no digits or letters
    /// (a damaged date line, markup), and at least two hanzi.
    static func isDamagedName(_ paragraph: Paragraph) -> Bool {
        let squeezed = paragraph.squeezed
        guard (2...30).contains(squeezed.count),
            !squeezed.contains(where: { "，。；：,.;:年月日".unicodeScalars.contains($0) || $0.isASCII && $0 != "?" })
        else { return false }
        let han = squeezed.filter(CommonHanzi.isHan)
        guard han.count >= 2 else { return false }
        if squeezed.contains(where: \.marksLostByte) { return true }
        return han.count >= 4 && han.filter { !CommonHanzi.shared.contains($0) }.count * 2 >= han.count
    }

    /// An official's title and name, spaced apart: `部長　鄭英耀`, `局长 王明`, `省长　王　浩`.
    private func isOfficialsSignature(_ paragraph: Paragraph) -> Bool {
        let tokens = ScriptFolding.matchingKey(paragraph.scalars.trimmed()).split(whereSeparator: \.isLayoutSpace)
        guard tokens.count >= 2, tokens.count <= 4, Self.officialTitles.contains(where: { tokens[0].elementsEqual($0.unicodeScalars) })
        else { return false }
        // A name printed with a space between its characters is one name.
        let name = tokens.dropFirst().joined()
        return (2...4).contains(name.count) && name.allSatisfy(\.isHan)
    }

    private static let officialTitles = [
        "部长", "署长", "局长", "院长", "主任委员", "主任", "省长", "市长", "县长", "区长", "州长", "盟长", "旗长", "乡长", "镇长", "主席",
        "总理", "厅长", "处长", "校长", "司长", "行政长官", "代理部长", "代理局长", "代理市长", "政务次长", "常务次长", "次长",
    ]

    /// A line of a 抄送 or 主送 list that the line above left open with `，` or `、`, or broke in the middle of
    /// a name (`…，自治区人民政` over `府办公厅，…`): the list goes on.
    private func continuesList(_ index: Int) -> Bool {
        let paragraph = paragraphs[index]
        guard index > bodyStart, paragraph.squeezed.count <= 120, !isPrintedLine(paragraph), !isNote(paragraph),
            !paragraph.scalars.dropLast().contains(where: { $0 == "。" })
        else { return false }
        // `抄送：省委各部门，省军区。` over `省人大常委会办公厅，省政协办公厅。`: before 2012 each group of a
        // 抄送 list was a sentence of its own, on a line of its own.
        if paragraphs[index - 1].squeezed.last == "。", Self.isGroupOfNames(paragraph.squeezed),
            isCopyTo(paragraphs[index - 1]) || isRecipientHead(paragraphs[index - 1]) || continuesList(index - 1)
        {
            return true
        }
        var above = index - 1
        while above > bodyStart, index - above < 4 {
            guard let last = paragraphs[above].squeezed.last else { return false }
            let leftOpen = last == "，" || last == "、" || last == ","
            guard leftOpen || above == index - 1 && breaksMidName(above, before: paragraph) else { return false }
            if isCopyTo(paragraphs[above]) || isRecipientHead(paragraphs[above]) { return true }
            above -= 1
        }
        return false
    }

    /// `省人大常委会办公厅，省政协办公厅，省法院。`: short names parted by `，` or `、`, and a full stop.
    private static func isGroupOfNames(_ line: Scalars) -> Bool {
        guard line.last == "。", line.contains(where: { $0 == "，" || $0 == "、" }) else { return false }
        return Array(line.dropLast()).pieces(separatedBy: { $0 == "，" || $0 == "、" }).allSatisfy { name in
            (2...16).contains(name.count) && name.allSatisfy { CommonHanzi.isHan($0) || $0.isOpenParen || $0.isCloseParen }
        }
    }

    /// A list line that stops on a hanzi, over a line that opens with one, goes on listing or ends the
    /// list, and has no label of its own: the break fell inside a name. An official's signature under
    /// the list (`市長　盧秀燕`) lists nothing.
    private func breaksMidName(_ index: Int, before next: Paragraph) -> Bool {
        let line = paragraphs[index].squeezed
        let following = next.squeezed
        guard let last = line.last, CommonHanzi.isHan(last), line.contains(where: { $0 == "，" || $0 == "、" }),
            let first = following.first, CommonHanzi.isHan(first), !following.contains(where: \.isColon),
            following.contains(where: { $0 == "，" || $0 == "、" }) || following.last == "。"
        else { return false }
        return !isOfficialsSignature(next)
    }


    func isRecipientHead(_ paragraph: Paragraph) -> Bool {
        paragraph.foldedStarts(with: ["主送：", "主送:", "正本：", "正本:"])
    }

    func isCopyTo(_ paragraph: Paragraph) -> Bool {
        paragraph.foldedStarts(with: ["抄送：", "抄送:", "抄报：", "抄报:", "分送：", "分送:", "副本：", "副本:", "副本送：", "副本送:"])
    }

    /// `国务院办公厅  2021年3月5日印发`.
    func isPrintedLine(_ paragraph: Paragraph) -> Bool {
        paragraph.folded.ends(with: "印发".unicodeScalars) && DateExtractor.find(in: paragraph.squeezed).last != nil
    }

    /// `（此件公开发布）`: a parenthesized remark after the date. Macau's gazette closes each notice with
    /// its own remark, the fee for printing it (`（是項刊登費用為 $1,785.00）`), which is not the notice's.
    /// A signature's last line: an agency's name, or the mark of its seal.
    private func signs(_ paragraph: Paragraph) -> Bool {
        Self.isSealMark(paragraph) || paragraph.squeezed.count <= 60 && names.names(inRow: paragraph.scalars) != nil
    }

    /// `（盖章）`, `(公章)`: where the seal stands over the signature, as a scan's text or a form marks it.
    static func isSealMark(_ paragraph: Paragraph) -> Bool {
        let squeezed = paragraph.squeezed
        guard squeezed.count <= 6, squeezed.first?.isOpenParen == true, squeezed.last?.isCloseParen == true else { return false }
        return ["盖章", "印章", "公章", "章", "签章"].contains { Array(squeezed.dropFirst().dropLast()) == Array($0.unicodeScalars) }
    }

    /// `主题词：交通　公路　通知`: the subject words that headed a 版记 before 2012.
    static func isSubjectWords(_ paragraph: Paragraph) -> Bool {
        let folded = paragraph.folded
        guard folded.starts(with: "主题词".unicodeScalars) else { return false }
        return folded.dropFirst(3).first { !$0.isLayoutSpace }?.isColon == true
    }

    func isNote(_ paragraph: Paragraph) -> Bool {
        let squeezed = paragraph.squeezed
        return squeezed.count >= 4 && squeezed.first?.isOpenParen == true && squeezed.last?.isCloseParen == true
            && !paragraph.folded.includes("刊登费用")
    }
}
