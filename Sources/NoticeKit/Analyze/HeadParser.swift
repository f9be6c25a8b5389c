/// The elements before the body: 版头 (份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人), 标题 and 主送机关.
struct HeadParser {
    struct Result {
        var bannerIssuers: [String] = []
        var documentNumber: String?
        var titleLines: [Int] = []
        var recipientsRange: Range<Int>?
        var bodyStart = 0
        /// A date printed under the title, as 决议 and 公报 print their 成文日期, or labelled `发文日期：`.
        var dateLine: Int?
        /// `附件：…` printed in the head, as Taiwan's notices do.
        var attachmentLines: [Int] = []
        /// Contact lines printed in the head: a Taiwan 函 gives its 承辦人, 電話 and 傳真 there.
        var contactLines: [Int] = []
        /// The first line of the notice: after a republisher's lines above it, when there are any.
        var noticeStart = 0
        /// Lines of the page around the head (`发布时间：…　浏览次数：…`), which are not the notice's.
        var pageLines: [Int] = []
    }

    let paragraphs: [Paragraph]
    let names: OrganizationNames

    /// Page furniture a scraped page leaves above a notice: `发布时间：`, `来源：`, `【字体：大 中 小】`.
    static let pageLabels = [
        "发布时间", "发布日期", "来源", "信息来源", "文章来源", "作者", "浏览", "点击", "字号", "字体", "时间", "责任编辑", "原文链接",
        "【法宝引证码】", "法宝引证码", "分享", "打印", "【", "索引号", "主题分类", "成文日期", "发文机关",
    ]

    func parse() -> Result {
        var result = Result()
        result.noticeStart = noticeStart()
        var index = result.noticeStart
        var sawBanner = false
        /// The last line of signers' names, from the `签发人：` line on.
        var signerRow: Int?
        while index < paragraphs.count, index < result.noticeStart + 16 {
            let paragraph = paragraphs[index]
            let squeezed = paragraph.squeezed
            defer { index += 1 }

            if isControlMark(paragraph) || Self.isAnnouncementSerial(paragraph.folded) { continue }
            if let (label, value) = labelledField(paragraph) {
                switch label {
                case "附件": result.attachmentLines.append(index)
                case _ where paragraph.scalars.count(where: \.isColon) > 1 && label.hasSuffix("号"):
                    // An info box's row (`发文字号：…　发布日期：…`) prints the page's fields besides the number.
                    result.pageLines.append(index)
                    if result.documentNumber == nil { result.documentNumber = DocumentNumber.all(in: value).first?.normalized }
                case "字号":
                    // Also a page's font size control (`字号：大 中 小`): a number only when it reads as one.
                    if result.documentNumber == nil { result.documentNumber = DocumentNumber.standalone(in: value) }
                case "发文字号", "文号":
                    if result.documentNumber == nil {
                        result.documentNumber = DocumentNumber.standalone(in: value) ?? Array(value).trimmed().string
                    }
                default: result.dateLine = index
                }
                continue
            }
            // A Taiwan 函's filing lines (`檔　　號：`, `速別：最速件`), printed before and after its title.
            if Self.filingLabels.contains(where: { Self.opens(paragraph.folded, withLabel: $0) }) { continue }
            if ContactParser.isContactLine(paragraph) {
                result.contactLines.append(index)
                continue
            }
            if let number = DocumentNumber.standalone(squeezed: paragraph.squeezed) {
                if result.documentNumber == nil { result.documentNumber = number }
                continue
            }
            if paragraph.foldedStarts(with: ["签发人"]) {
                signerRow = index
                continue
            }
            // GB/T 9704 lines up more signers than the `签发人：` line holds below it, the number on the row
            // of the last: `苏发改投资报〔2024〕15号　　陈　刚`.
            if let row = signerRow, row == index - 1 {
                if let number = DocumentNumber.besideSignerNames(squeezed) {
                    if result.documentNumber == nil { result.documentNumber = number }
                    continue
                }
                if Self.isNameRow(paragraph) {
                    signerRow = index
                    continue
                }
            }
            if result.titleLines.isEmpty, let banner = banner(paragraph) {
                result.bannerIssuers += banner
                sawBanner = true
                continue
            }
            // A joint 版头's further rows, or a letter's 版头 that prints the agency's name alone.
            if result.titleLines.isEmpty, result.documentNumber == nil, sawBanner || index + 1 < paragraphs.count,
                !isTitleLike(paragraph), !continuesIntoTitle(index), let row = names.names(inRow: paragraph.scalars) {
                sawBanner = true
                result.bannerIssuers += row
                continue
            }
            if paragraph.foldedStarts(with: Self.pageLabels), squeezed.count < 80, !isTitleLike(paragraph) {
                result.pageLines.append(index)
                continue
            }
            if DateExtractor.isDateOnly(paragraph) || DateExtractor.isAdoptionLine(paragraph), !result.titleLines.isEmpty {
                result.dateLine = index
                // A 公报 prints its issuers under its title, over the date: `嘉兴市统计局` / `2025年3月20日`.
                let issuers = issuersUnderTitle(result.titleLines)
                if !issuers.lines.isEmpty {
                    result.titleLines.removeLast(issuers.lines.count)
                    result.bannerIssuers = issuers.names
                }
                continue
            }
            // A 纪要's head prints the office that issues it on the line of its date, above the body.
            if !result.titleLines.isEmpty, result.dateLine == nil, let signed = TailParser.signedDate(paragraph, names: names) {
                result.dateLine = index
                result.bannerIssuers = signed
                continue
            }
            if let recipients = recipientsRange(at: index) {
                result.recipientsRange = recipients
                result.bodyStart = recipients.upperBound
                result.titleLines = titleRun(result.titleLines)
                return result
            }
            if isBodyText(paragraph) {
                // A republisher's note between the title and the number (`编者按：…`): a notice's body never
                // comes before its number, so its head goes on below the note.
                if !result.titleLines.isEmpty, result.documentNumber == nil,
                    ((index + 1)..<min(paragraphs.count, index + 4)).contains(where: { DocumentNumber.standalone(squeezed: paragraphs[$0].squeezed) != nil })
                {
                    result.pageLines.append(index)
                    continue
                }
                let lines = result.titleLines
                result.titleLines = titleRun(lines)
                // Short lines after a completed title, such as an opening `现将有关事项公告如下：`, are body.
                result.bodyStart = lines.first { $0 > result.titleLines.last ?? index } ?? index
                // A date printed in the head closes it: the body starts below, where the 成文日期 at
                // its end is looked for.
                if let dateLine = result.dateLine, dateLine >= result.bodyStart { result.bodyStart = dateLine + 1 }
                return result
            }
            result.titleLines.append(index)
        }
        // No recipients and no body paragraph in sight: a short notice whose head is its first line.
        result.bodyStart = min(result.titleLines.first.map { $0 + 1 } ?? result.noticeStart, paragraphs.count)
        result.titleLines = Array(result.titleLines.prefix(1))
        return result
    }

    /// Where a republished notice starts: at a whole title that a document number or a 主送机关 follows
    /// within a few lines, when only prose stands above it (an editor's note, a news lead, a cover note
    /// that forwards it) and nothing of a notice's head does.
    private func noticeStart() -> Int {
        // Nearly every notice opens with its title or its 版头: nothing stands above it then.
        guard let first = paragraphs.first, titleLines(at: 0) == nil, banner(first) == nil else { return 0 }
        var sawProse = false
        for index in paragraphs.indices.prefix(20) {
            let paragraph = paragraphs[index]
            if sawProse, let lines = titleLines(at: index) {
                let after = (index + lines)..<min(paragraphs.count, index + lines + 3)
                if after.contains(where: { DocumentNumber.standalone(squeezed: paragraphs[$0].squeezed) != nil || recipientsRange(at: $0) != nil }) {
                    return index
                }
            }
            if DocumentNumber.standalone(squeezed: paragraph.squeezed) != nil || banner(paragraph) != nil || recipientsRange(at: index) != nil {
                return 0
            }
            sawProse = sawProse || isBodyText(paragraph)
        }
        return 0
    }

    /// How many lines a title takes from `index`: one that completes it, or one with `关于` and the next
    /// that completes it.
    private func titleLines(at index: Int) -> Int? {
        let paragraph = paragraphs[index]
        guard paragraph.squeezed.count <= 80, !paragraph.scalars.contains(where: { $0 == "。" }), paragraph.folded.includes("关于") else { return nil }
        if completesTitle(paragraph) { return 1 }
        guard index + 1 < paragraphs.count, paragraphs[index + 1].squeezed.count <= 60, completesTitle(paragraphs[index + 1]) else { return nil }
        return 2
    }

    /// The lines of the title among the lines before the body: a title spans at most four lines from the
    /// one with `关于`, under the names of up to four issuers stacked above it, and starts with its issuer
    /// or with `关于`; what comes before is heading furniture.
    /// A title ends with its type, so lines after the one that completes it (`…令第352号`, `〔2024〕第15期`)
    /// are not the title.
    private func titleRun(_ lines: [Int]) -> [Int] {
        guard lines.count > 1 else { return lines }
        if let about = lines.lastIndex(where: { paragraphs[$0].folded.includes("关于") }) {
            var start = about
            // Back over the lines the title began on: a line cut after `印发` or `关于`, and the issuers'
            // names stacked over a line that opens without them (`关于…`, `印发《…》的通知`). Only lines
            // printed right above: a 版头's names stand apart, over the number.
            let opensWithoutIssuer = Self.opensWithoutIssuer(paragraphs[lines[about]])
            while start > 0, about - start < 4, lines[start - 1] == lines[start] - 1 {
                let previous = paragraphs[lines[start - 1]]
                guard !completesTitle(previous),
                    Self.breaksMidTitle(previous) || opensWithoutIssuer && names.names(inRow: previous.scalars) != nil
                else { break }
                start -= 1
            }
            let end = lines[about...].firstIndex { completesTitle(paragraphs[$0]) } ?? lines.count - 1
            return Array(lines[start...end].prefix(about - start + 4))
        }
        if let end = lines.lastIndex(where: { completesTitle(paragraphs[$0]) }) {
            return Array(lines[...end].suffix(3))
        }
        return Array(lines.suffix(3))
    }

    /// What a title's line opens with when its issuers are printed above it, or are not printed at all.
    private static let openingsWithoutIssuer = ["关于", "印发", "转发", "批转", "颁发", "《"].map { Array($0.unicodeScalars) }
    /// Words a title's line is cut after: the title goes on below.
    private static let cutsInTitle = ["关于", "印发", "转发", "批转", "颁发"].map { Array($0.unicodeScalars) }

    private static func opensWithoutIssuer(_ paragraph: Paragraph) -> Bool {
        openingsWithoutIssuer.contains { paragraph.folded.starts(with: $0) }
    }

    private static func breaksMidTitle(_ paragraph: Paragraph) -> Bool {
        cutsInTitle.contains { paragraph.folded.ends(with: $0) }
    }

    /// A line that ends with a document type, not inside a quotation that a longer title goes on after.
    private func completesTitle(_ paragraph: Paragraph) -> Bool {
        guard let last = paragraph.folded.last, !"》」”\"".unicodeScalars.contains(last) else { return false }
        return DocumentType.of(folded: paragraph.folded) != nil
    }

    /// Name lines stacked over a line that opens without its issuer are the first lines of a title, not a
    /// 版头: `四川省生态环境厅` / `四川省林业和草原局` / `关于…的通知`, `…办公厅` / `印发《…》的通知`, and
    /// over a line that is the bare type of the document: `…人民政府` / `专题会议纪要`.
    private func continuesIntoTitle(_ index: Int) -> Bool {
        var next = index + 1
        while next < paragraphs.count, next - index <= 4, !Self.opensWithoutIssuer(paragraphs[next]),
            names.names(inRow: paragraphs[next].scalars) != nil
        {
            next += 1
        }
        guard next < paragraphs.count, next - index <= 4 else { return false }
        return Self.opensWithoutIssuer(paragraphs[next]) || isBareType(paragraphs[next])
    }

    /// The rows of names at the end of the head's lines, after a line that completes the title.
    private func issuersUnderTitle(_ lines: [Int]) -> (lines: [Int], names: [String]) {
        var issuers = [String]()
        var count = 0
        for line in lines.reversed() {
            guard paragraphs[line].squeezed.count <= 60, let row = names.names(inRow: paragraphs[line].scalars) else { break }
            issuers = row + issuers
            count += 1
        }
        guard count > 0, count < lines.count, completesTitle(paragraphs[lines[lines.count - count - 1]]) else { return ([], []) }
        return (Array(lines.suffix(count)), issuers)
    }

    /// A short line that completes a title with nothing but its type (`专题会议纪要`, `公告`).
    private func isBareType(_ paragraph: Paragraph) -> Bool {
        paragraph.squeezed.count <= 10 && completesTitle(paragraph) && !paragraph.folded.includes("关于")
            && names.names(inRow: paragraph.scalars) == nil
    }

    /// Labelled fields some notices print in their head (Taiwan's 發文日期 and 發文字號).
    static let fieldLabels = ["发文日期", "成文日期", "发文字号", "文号", "字号", "附件"]
    /// Filing and handling lines of a Taiwan 函's head, Simplified; none is a field of the record.
    static let filingLabels = ["档号", "保存年限", "速别", "密等", "密等及解密条件或保密期限", "受文者"]

    /// A field the head prints with its label: `发文字号：…`, an export's `【发文字号】…`, or an info box's
    /// `发文字号　…`, where a space stands for the colon.
    private func labelledField(_ paragraph: Paragraph) -> (label: String, value: Scalars)? {
        if let label = Self.fieldLabels.first(where: { Self.opens(paragraph.folded, withLabel: $0) }) {
            return (label, Array(paragraph.scalars.drop { !$0.isColon }.dropFirst()))
        }
        if paragraph.folded.first == "【", let close = paragraph.folded.firstIndex(of: "】"),
            let label = Self.fieldLabels.first(where: { paragraph.folded[1..<close].elementsEqual($0.unicodeScalars) })
        {
            return (label, Self.withoutBracketedLabel(paragraph.scalars.trimmed()))
        }
        guard let label = Self.spacedFieldLabels.first(where: { paragraph.folded.starts(with: $0.unicodeScalars) }) else { return nil }
        let scalars = paragraph.scalars.trimmed()
        let length = label.unicodeScalars.count
        guard scalars.count > length + 1, scalars[length].isLayoutSpace, scalars.starts(with: label.unicodeScalars) else { return nil }
        return (label, Array(scalars[length...]).trimmed())
    }

    private static let spacedFieldLabels = ["发文字号", "成文日期", "发文日期"]

    /// `【文件标题】…的通知` → `…的通知`: the text after an export's bracketed label, which a title or a field
    /// value never opens with.
    static func withoutBracketedLabel(_ scalars: Scalars) -> Scalars {
        guard scalars.first == "【", let close = scalars.prefix(12).firstIndex(of: "】"), close + 1 < scalars.count else { return scalars }
        return Array(scalars[(close + 1)...]).trimmed()
    }

    /// `label：` or `label:` at the start of the text.
    private static func opens(_ text: Scalars, withLabel label: String) -> Bool {
        let length = label.unicodeScalars.count
        return text.count > length && text[length].isColon && text.starts(with: label.unicodeScalars)
    }

    /// `王志明　李晓华`: a row of people's names alone, two to four hanzi each, parted by spaces.
    private static func isNameRow(_ paragraph: Paragraph) -> Bool {
        (2...12).contains(paragraph.squeezed.count) && paragraph.squeezed.allSatisfy(\.isHan)
            && paragraph.scalars.trimmed().contains(where: \.isLayoutSpace)
    }

    /// `2021年第15号`, `第3号`, `（第20号）`: the serial an announcement prints under its title, in folded text.
    static func isAnnouncementSerial(_ folded: Scalars) -> Bool {
        var text = folded
        if text.first?.isOpenParen == true, text.last?.isCloseParen == true { text = Array(text.dropFirst().dropLast()) }
        guard text.last == "号" else { return false }
        var position = 0
        while position < text.count, text[position].digitValue != nil { position += 1 }
        if position > 0 {
            guard position == 4, position < text.count, text[position] == "年" else { return false }
            position += 1
        }
        guard position < text.count, text[position] == "第" else { return false }
        let serial = text[(position + 1)..<(text.count - 1)]
        return !serial.isEmpty && serial.allSatisfy { $0.digitValue != nil || ChineseNumber.isNumeral($0) }
    }

    /// 份号 (digits), 密级 (`秘密★1年`), 紧急程度 (`特急`).
    private func isControlMark(_ paragraph: Paragraph) -> Bool {
        let text = paragraph.folded
        if !text.isEmpty, text.count <= 8, text.allSatisfy(\.isASCIIDigit) { return true }
        if text.contains("★") { return true }
        return Self.controlMarks.contains { text.elementsEqual($0.unicodeScalars) }
    }

    private static let controlMarks = ["特急", "加急", "平急", "特提", "秘密", "机密", "绝密", "内部", "公开"]

    /// `国务院办公厅文件`, `教育部 财政部文件`: the issuing organ's mark.
    private func banner(_ paragraph: Paragraph) -> [String]? {
        guard paragraph.folded.ends(with: "文件".unicodeScalars), paragraph.squeezed.count <= 60, paragraph.squeezed.count > 2 else { return nil }
        var row = paragraph.scalars.trimmed()
        for character in ["件", "文"] as [Unicode.Scalar] {
            guard row.last == character else { return nil }
            row = Array(row.dropLast()).trimmed()
        }
        return names.names(inRow: row.trimmed()) ?? [row.squeezed.string]
    }

    private func isTitleLike(_ paragraph: Paragraph) -> Bool {
        paragraph.folded.includes("关于") && DocumentType.of(folded: paragraph.folded) != nil
    }

    /// Prose: a full sentence, a numbered item, or a long line that does not end like a title.
    private func isBodyText(_ paragraph: Paragraph) -> Bool {
        if SectionMarker.parse(paragraph.scalars) != nil { return true }
        if paragraph.scalars.contains(where: { $0 == "。" }) { return true }
        let length = paragraph.squeezed.count
        if length > 80 { return true }
        if paragraph.scalars.contains(where: { $0 == "，" || $0 == "," }), length > 40, DocumentType.of(folded: paragraph.folded) == nil {
            return true
        }
        return false
    }

    /// 主送机关: a list of names ending with a colon, possibly over several lines that end with a comma.
    private func recipientsRange(at index: Int) -> Range<Int>? {
        var end = index
        while end < paragraphs.count, end < index + 4 {
            let last = paragraphs[end].scalars.last
            if let last, last.isColon { break }
            guard let last, last == "，" || last == "," || last == "、" else { return nil }
            end += 1
        }
        guard end < paragraphs.count else { return nil }
        let lines = paragraphs[index...end]
        guard lines.allSatisfy({ RecipientParser.looksLikeRecipients($0) }) else { return nil }
        return index..<(end + 1)
    }
}
