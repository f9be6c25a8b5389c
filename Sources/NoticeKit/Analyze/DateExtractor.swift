/// Date expressions: `2020年8月14日`, `二〇一一年三月五日`, `2020年9月`, `8月5日至8日`, with their roles.
struct DateExtractor {
    struct Found {
        var range: Range<Int>
        var year: Int?
        var month: Int
        var day: Int?

        func value(defaultYear: Int?) -> String? {
            guard let year = year ?? defaultYear, (1900...2200).contains(year), (1...12).contains(month) else { return nil }
            let monthText = month < 10 ? "0\(month)" : "\(month)"
            guard let day else { return "\(year)-\(monthText)" }
            guard (1...31).contains(day) else { return nil }
            return "\(year)-\(monthText)-\(day < 10 ? "0\(day)" : "\(day)")"
        }
    }

    /// Every date in the scalars, a range counted once by its first day.
    static func find(in scalars: Scalars) -> [Found] {
        // Every date names its month, and most paragraphs name none: one pass for `月` spares them the
        // test of each scalar as a date's opening.
        guard scalars.contains("月") else { return [] }
        var found = [Found]()
        var index = 0
        while index < scalars.count {
            if let date = find(in: scalars, at: index) {
                found.append(date)
                index = date.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// The date, or range of dates, that starts at `start`.
    static func find(in scalars: Scalars, at start: Int) -> Found? {
        guard opensDate(scalars[start]), let date = date(in: scalars, at: start) else { return nil }
        var range = date.range
        if let end = rangeEnd(in: scalars, after: range.upperBound, unit: date.day == nil ? "月" : "日") {
            range = range.lowerBound..<end
        }
        return Found(range: range, year: date.year, month: date.month, day: date.day)
    }

    /// A date opens with a digit, a Chinese numeral or Taiwan's era name.
    static func opensDate(_ scalar: Unicode.Scalar) -> Bool {
        scalar.digitValue != nil || ChineseNumber.isNumeral(scalar) || scalar == "中" || scalar == "民"
    }

    /// `2021-03-02` or `2021-03-02 10:00`, as metadata states dates.
    static func isoDate(_ text: String) -> String? {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return Found(range: 0..<0, year: year, month: month, day: day).value(defaultYear: nil)
    }

    /// A full date and one hanzi before or after it, and nothing else (`2025年4月18日然`,
    /// `州2024年12月16日`): a scan's date line with a character of the seal read into it. Never a word
    /// that gives the date a role (`前`, `起`, `至`, `于`).
    static func isDateWithStrayCharacter(_ paragraph: Paragraph) -> Bool {
        let squeezed = paragraph.squeezed
        guard (9...18).contains(squeezed.count), let first = squeezed.first, let last = squeezed.last else { return false }
        let roleWords = "前后起止至于自在截到以印发及和或".unicodeScalars
        if CommonHanzi.isHan(last), !roleWords.contains(last), let date = date(in: squeezed, at: 0), date.day != nil, date.year != nil,
            date.range.upperBound == squeezed.count - 1
        {
            return true
        }
        guard CommonHanzi.isHan(first), !roleWords.contains(first), let date = date(in: squeezed, at: 1) else { return false }
        return date.day != nil && date.year != nil && date.range.upperBound == squeezed.count
    }

    /// A paragraph that is a date and nothing else: the 成文日期 line.
    static func isDateOnly(_ paragraph: Paragraph) -> Bool {
        var squeezed = paragraph.squeezed
        if squeezed.first?.isOpenParen == true, squeezed.last?.isCloseParen == true {
            squeezed = Array(squeezed.dropFirst().dropLast())
        }
        // `2025年3月21日[1]`: an encyclopedia's reference mark after the date.
        if squeezed.last == "]" || squeezed.last == "］", let open = squeezed.lastIndex(where: { $0 == "[" || $0 == "［" }),
            (2...4).contains(squeezed.count - open), squeezed[(open + 1)..<(squeezed.count - 1)].allSatisfy(\.isASCIIDigit)
        {
            squeezed.removeSubrange(open...)
        }
        guard let date = date(in: squeezed, at: 0), date.day != nil, date.year != nil else { return false }
        return date.range.upperBound == squeezed.count
    }

    /// `（2022年3月11日第十三届全国人民代表大会第五次会议通过）`: the date a 决议 or 决定 was adopted,
    /// printed under its title.
    static func isAdoptionLine(_ paragraph: Paragraph) -> Bool {
        let squeezed = paragraph.folded
        guard squeezed.first?.isOpenParen == true, squeezed.last?.isCloseParen == true,
            let date = date(in: squeezed, at: 1), date.day != nil, date.year != nil
        else { return false }
        let rest = Array(squeezed[date.range.upperBound..<(squeezed.count - 1)])
        return ["通过", "批准", "发布", "修订", "修正", "公布"].contains { rest.ends(with: $0.unicodeScalars) }
    }

    private static func date(in scalars: Scalars, at start: Int) -> (range: Range<Int>, year: Int?, month: Int, day: Int?)? {
        // A range's `至` may be the text's last character, with no date after it.
        guard start < scalars.count else { return nil }
        var position = start
        var year: Int?
        if let era = rocEra(in: scalars, at: start), let (value, end) = number(in: scalars, at: start + era, digits: 3),
            end < scalars.count, scalars[end] == "年"
        {
            // 中華民國 counts years from 1912.
            year = value + 1911
            position = end + 1
        } else if let (value, end) = number(in: scalars, at: position, digits: 4), end < scalars.count, scalars[end] == "年" {
            // Taiwan writes `113年5月2日` without its era as well: three digits of a year are the ROC's.
            year = end - start == 3 && (100...199).contains(value) ? value + 1911 : value
            position = end + 1
        }
        guard let (month, monthEnd) = number(in: scalars, at: position, digits: 2), monthEnd < scalars.count,
            scalars[monthEnd] == "月", (1...12).contains(month)
        else { return nil }
        // A month without a year must come with its day, and must not be the tail of a longer number.
        if year == nil, start > 0, scalars[start - 1].digitValue != nil || ChineseNumber.isNumeral(scalars[start - 1]) { return nil }
        position = monthEnd + 1
        if let (day, dayEnd) = number(in: scalars, at: position, digits: 3), dayEnd < scalars.count,
            scalars[dayEnd] == "日" || scalars[dayEnd] == "号", (1...31).contains(day)
        {
            return (start..<(dayEnd + 1), year, month, day)
        }
        // `6月中下旬`, `12月底`: a part of the month, which also lets a month stand without its year.
        let part = monthParts.first { scalars[position...].starts(with: $0) }?.count ?? 0
        // `今年6月`, `每年9月`: a month alone that names its year as the notice's. `6月份` says no year, and
        // `1-6月份` is a period of months, so neither is a date.
        guard year != nil || part > 0 || yearWord(before: start, in: scalars) != nil else { return nil }
        return (start..<(position + part), year, month, nil)
    }

    /// The year a date says it is of, printed right before it: `今年`/`本年` (this year) or `每年` (every year).
    enum YearWord { case this, every }

    static func yearWord(before start: Int, in scalars: Scalars) -> YearWord? {
        guard start >= 2 else { return nil }
        let before = ScriptFolding.matchingKey(scalars[(start - 2)..<start])
        if before.elementsEqual("今年".unicodeScalars) || before.elementsEqual("本年".unicodeScalars) { return .this }
        return before.elementsEqual("每年".unicodeScalars) ? .every : nil
    }

    /// Things done once and for all, which a date before them bounds rather than sets as due.
    private static let completedActions = ["印发的", "出台的", "发布的", "制定的", "颁布的", "取得的", "签订的", "批准的", "成立的", "下达的"]
    /// Adverbs a verb after a date may carry: `正式注册的`, `依法设立的`.
    private static let adverbs = ["正式", "依法", "首次", "已经", "曾经", "累计"].map { Array($0.unicodeScalars) }

    /// Parts of a month printed after it, longest first.
    private static let monthParts = ["上中旬", "中下旬", "上旬", "中旬", "下旬", "底", "初", "末"].map { Array($0.unicodeScalars) }

    /// The length of `中華民國` or `民國` at `start`, as Taiwan prints years.
    private static func rocEra(in scalars: Scalars, at start: Int) -> Int? {
        guard scalars[start] == "中" || scalars[start] == "民" else { return nil }
        for era in ["中華民國", "中华民国", "民國", "民国"] where scalars[start...].starts(with: era.unicodeScalars) {
            return era.unicodeScalars.count
        }
        return nil
    }

    /// `至8日`, `—10日`, `至9月2日` after a date, `至5月` after a month: the end of a range.
    private static func rangeEnd(in scalars: Scalars, after dateEnd: Int, unit: Unicode.Scalar) -> Int? {
        // `2025年1月28日（星期二）至2月4日`: a weekday or a holiday in brackets after the start.
        var dateEnd = dateEnd
        if dateEnd < scalars.count, scalars[dateEnd].isOpenParen,
            let close = scalars[dateEnd...].prefix(8).firstIndex(where: \.isCloseParen), close + 1 < scalars.count,
            "至—-～~".unicodeScalars.contains(scalars[close + 1])
        {
            dateEnd = close + 1
        } else if dateEnd < scalars.count {
            // `2025年11月15日22:00至11月16日10:00`, `7月6日20时至7月8日8时`: a time of day after the start.
            let time = timeOfDayLength(Array(scalars[dateEnd..<min(scalars.count, dateEnd + 12)]))
            if time > 0, dateEnd + time < scalars.count, "至—-～~起".unicodeScalars.contains(scalars[dateEnd + time]) { dateEnd += time }
        }
        // `2024年3月1日起至11月30日止`: the start's `起` before the `至`.
        let end = dateEnd + 1 < scalars.count && scalars[dateEnd] == "起" && scalars[dateEnd + 1] == "至" ? dateEnd + 1 : dateEnd
        guard end < scalars.count, scalars[end] == "至" || scalars[end] == "—" || scalars[end] == "-" || scalars[end] == "～" || scalars[end] == "~" else {
            return nil
        }
        if let date = date(in: scalars, at: end + 1) { return date.range.upperBound }
        if let (_, unitEnd) = number(in: scalars, at: end + 1, digits: 2), unitEnd < scalars.count,
            scalars[unitEnd] == unit || unit == "日" && scalars[unitEnd] == "号" {
            return unitEnd + 1
        }
        return nil
    }

    /// Arabic digits, or Chinese numerals (`二〇一一` digit by digit for years, `十二` for months and days).
    private static func number(in scalars: Scalars, at start: Int, digits limit: Int) -> (Int, Int)? {
        var end = start
        var value = 0
        while end < scalars.count, let digit = scalars[end].digitValue, end - start < limit {
            value = value * 10 + digit
            end += 1
        }
        if end > start {
            if end < scalars.count, scalars[end].digitValue != nil { return nil }
            if start > 0, scalars[start - 1].digitValue != nil { return nil }
            return (value, end)
        }
        // `二0二五年`: a year in numerals whose 〇 was read as the digit.
        while end < scalars.count, ChineseNumber.isNumeral(scalars[end]) || limit == 4 && end > start && ChineseNumber.digit(scalars[end]) == 0,
            end - start < limit + 1
        {
            end += 1
        }
        guard end > start else { return nil }
        let numerals = scalars[start..<end]
        if limit == 4 {
            guard numerals.count == 4, let year = ChineseNumber.digitString(numerals) else { return nil }
            return (year, end)
        }
        guard let value = ChineseNumber.value(numerals) else { return nil }
        return (value, end)
    }

    /// What a date means from the words around it.
    /// The length of a time of day printed right after a date: a weekday in brackets, a part of the
    /// day (`上午`, `下班`), and a clock time (`12时`, `17时30分`, `12:00`, `12点`).
    private static func timeOfDayLength(_ scalars: Scalars) -> Int {
        var position = 0
        if scalars.first?.isOpenParen == true, let close = scalars.prefix(6).firstIndex(where: \.isCloseParen),
            scalars[1..<close].contains(where: { $0 == "星" || $0 == "周" })
        {
            position = close + 1
        }
        for part in ["上午", "下午", "中午", "晚上", "凌晨", "下班", "上班"] where scalars[position...].starts(with: part.unicodeScalars) {
            position += 2
            break
        }
        var clock = position
        while clock < scalars.count, scalars[clock].isASCIIDigit || scalars[clock] == ":" || scalars[clock] == "：" { clock += 1 }
        if clock > position, clock < scalars.count, scalars[clock] == "时" || scalars[clock] == "点" {
            clock += 1
            var minutes = clock
            while minutes < scalars.count, scalars[minutes].isASCIIDigit { minutes += 1 }
            if minutes > clock, minutes < scalars.count, scalars[minutes] == "分" { clock = minutes + 1 }
            position = clock
        } else if clock > position, scalars[position..<clock].contains(where: { $0 == ":" || $0 == "：" }) {
            position = clock
        }
        return position
    }

    static func role(of range: Range<Int>, in scalars: Scalars) -> DateMention.Role {
        // `请于2025年7月10日、10月10日前分别报送`: dates listed before one `前` share it.
        if range.upperBound + 1 < scalars.count, "、和及或".unicodeScalars.contains(scalars[range.upperBound]),
            let next = date(in: scalars, at: range.upperBound + 1), role(of: next.range, in: scalars) == .deadline
        {
            return .deadline
        }
        let after = ScriptFolding.matchingKey(scalars[range.upperBound..<min(scalars.count, range.upperBound + 16)])
        let before = ScriptFolding.matchingKey(scalars[max(0, range.lowerBound - 8)..<range.lowerBound])
        var compactAfter = after.filter { $0 != " " }
        // `10月7日12时前`, `10月7日（星期六）下班前`: the time of day on the date does not change its role.
        compactAfter.removeFirst(timeOfDayLength(compactAfter))
        // The 版记's `2024年3月1日印发` ends its line; `于2023年11月印发《办法》` tells of another document.
        if compactAfter.starts(with: "印发".unicodeScalars), compactAfter.dropFirst(2).allSatisfy({ "。.".unicodeScalars.contains($0) }) {
            return .printed
        }
        for word in ["起施行", "起实施", "起执行", "起生效", "起正式施行", "施行", "生效", "起开始施行"] where compactAfter.starts(with: word.unicodeScalars) {
            // `2015年3月1日起施行的《暂行办法》同时废止`, `《办法》自…起施行，现予废止`, `…自2020年9月1日起施行
            // 以来`: when another document took effect, not this one.
            let rest = compactAfter.dropFirst(word.unicodeScalars.count)
            let before = rest.first == "的" || rest.starts(with: "以来".unicodeScalars)
            return before || Array(rest.prefix(8)).includes("废止") ? .mentioned : .effective
        }
        let near = Array(after.prefix(8))
        if compactAfter.starts(with: "起".unicodeScalars) && (near.includes("施行") || near.includes("实施") || near.includes("执行")) { return .effective }
        // `最迟于7月5日`, `不迟于7月5日`: the latest day something may be done.
        if ["最迟于", "不迟于", "最迟在", "不晚于"].contains(where: { before.ends(with: $0.unicodeScalars) }) { return .deadline }
        // `7月30日前后`: around the date, not by it.
        if let cutoff = ["或之前", "或以前", "之前", "以前", "前"].first(where: { compactAfter.starts(with: $0.unicodeScalars) }),
            !compactAfter.starts(with: "前后".unicodeScalars)
        {
            // `3月1日前已经开展的试验`: what happened before the date, not what is due by it.
            let rest = compactAfter.dropFirst(cutoff.unicodeScalars.count)
            // `…日前由省政府印发的文件`: what was done before the date, however far the `的` after its verb.
            let doneBefore = Array(rest.prefix { !"，。；,;".unicodeScalars.contains($0) })
            // `6月1日以前正式注册的学生`: an adverb before the verb does not change that.
            let verb = Self.adverbs.first { rest.starts(with: $0) }.map { rest.dropFirst($0.count) } ?? rest
            let describes = rest.first == "已" || verb.prefix(4).contains("的") && !verb.prefix(4).contains("将")
                || Self.completedActions.contains { doneBefore.includes($0) }
            // `未在2024年1月31日前提交申请的`: those who did not act by the date, a condition, not a due date.
            let clause = rest.prefix { !"，。；,;".unicodeScalars.contains($0) }
            let negated = (before.ends(with: "未在".unicodeScalars) || before.ends(with: "未于".unicodeScalars)) && clause.contains("的")
            return describes || negated ? .mentioned : .deadline
        }
        // `报名截止`, `截止日期为…`, `截止时间：…`, `截止于…`; not `截至…` or `截止到…`, which say as of when.
        var cutoffLabel = before
        if let last = cutoffLabel.last, "为是：:".unicodeScalars.contains(last) { cutoffLabel.removeLast() }
        if compactAfter.starts(with: "截止".unicodeScalars) || ["截止", "截止日期", "截止时间", "截止日", "截止于"].contains(where: { cutoffLabel.ends(with: $0.unicodeScalars) }) {
            return .deadline
        }
        if before.ends(with: "发布日期：".unicodeScalars) || before.ends(with: "发布时间：".unicodeScalars) || before.ends(with: "发布日期:".unicodeScalars) { return .published }
        return .mentioned
    }
}
