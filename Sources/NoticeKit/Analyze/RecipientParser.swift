/// 主送机关: `各省、自治区、直辖市人民政府，国务院各部委、各直属机构：` → recipients with scopes and alternates.
struct RecipientParser {
    /// Administrative divisions a distributive scope lists after `各`, Simplified, longest first.
    static let divisions = [
        "新疆生产建设兵团", "地级以上市", "副省级城市", "计划单列市", "副省级市", "自治区", "自治州", "自治县", "直辖市", "特别行政区",
        "财政直管县", "省直管县", "地级市", "县级市", "设区的市", "设区市", "省辖市", "直管市", "直管县", "示范区", "开发区", "高新区", "保税区", "管理区",
        "新区", "林区", "园区", "港区", "矿区", "片区", "镇街",
        "市辖区", "街道", "兵团", "师市", "地区", "省", "市", "州", "盟", "县", "区", "旗", "乡", "镇", "师", "团",
    ]
    /// Words a name may open with whose first character is also a division: `市场监管局`, `县级医院`.
    static let wordsOpeningWithDivision = [
        "市场", "市政", "市直", "市属", "市级", "区域", "区直", "区属", "区级", "县直", "县属", "县级", "县域", "省直", "省属", "省级",
        "州直", "州属", "州级", "乡镇", "街道办", "乡村", "省委", "市委", "县委", "区委", "州委", "盟委", "旗委", "市民", "县城",
        "团委", "团工委",
    ]
    /// Bodies a one-division scope is followed by: `各省人民政府`, `各市党委`, `各市团委`.
    static let governingBodies = ["人民政府", "政府", "党委", "人大", "政协", "人民法院", "人民检察院", "纪委", "团委"]

    /// Verbs that make a line ending in a colon prose (`现将有关事项通知如下：`), not an address.
    private static let proseMarks = ["如下", "通知", "为了", "为进一步", "根据", "按照", "现将", "现就", "经研究", "特此", "公告", "决定"]

    static func looksLikeRecipients(_ paragraph: Paragraph) -> Bool {
        let folded = paragraph.folded
        guard folded.count >= 2, folded.count <= 600, !folded.contains(where: { $0 == "。" }) else { return false }
        if SectionMarker.parse(paragraph.scalars) != nil { return false }
        if proseMarks.contains(where: { folded.includes($0) }) { return false }
        return true
    }

    let names: OrganizationNames

    func parse(_ paragraphs: ArraySlice<Paragraph>) -> [Recipient] {
        var scalars = Scalars()
        for paragraph in paragraphs { scalars += paragraph.scalars.trimmed() }
        while let last = scalars.last, last.isColon || last.isLayoutSpace { scalars.removeLast() }
        var recipients = [Recipient]()
        // `，` separates groups; inside a group a scope may lead, and `、` separates the names.
        let groups = scalars.pieces(separatedBy: { $0 == "，" || $0 == "," || $0 == "；" || $0 == ";" }).flatMap(Self.spacedApart)
        for group in groups {
            let (scope, rest) = splitScope(group)
            var items = Self.joiningInnerScopes(rest.pieces(separatedBy: { $0 == "、" }))
            var itemScope = scope?.string
            if scope == nil, let (places, body) = namedPlaces(items) {
                items = [body]
                itemScope = places
            }
            for (position, item) in items.enumerated() {
                if let recipient = parseItem(item, scope: position == 0 ? itemScope : nil) {
                    recipients.append(recipient)
                }
            }
        }
        return recipients
    }

    /// `各区县（自治县）人民政府　市政府各部门　有关单位`: groups a page parts by spaces instead of `，`. A name spread
    /// out character by character (`公　安　部`) is one group.
    private static func spacedApart(_ group: Scalars) -> [Scalars] {
        guard group.contains(where: \.isLayoutSpace) else { return [group] }
        let parts = group.pieces(separatedBy: \.isLayoutSpace).filter { !$0.isEmpty }
        guard parts.count > 1, parts.allSatisfy({ part in
            part.count >= 3 && part.allSatisfy { $0.isHan || $0.isOpenParen || $0.isCloseParen || $0 == "、" }
        }) else { return [group] }
        return parts
    }

    /// `江苏省、浙江省、安徽省生态环境厅`, `杨凌示范区、西咸新区管委会`, `郑州市、洛阳市人民政府`: named places
    /// before the one body of each, as a scope is printed without `各`. Nil unless every item but the last
    /// is a place and the last is one with a body.
    private func namedPlaces(_ items: [Scalars]) -> (String, Scalars)? {
        guard items.count >= 2, let last = items.last else { return nil }
        let trimmed = last.trimmed()
        let folded = ScriptFolding.matchingKey(trimmed)
        guard let length = placeLengths(at: folded).filter({ trimmed.count - $0 >= 2 }).first,
            (OrganizationNames.suffixes + Self.genericBodies).contains(where: { folded.ends(with: $0.unicodeScalars) })
        else { return nil }
        for item in items.dropLast() {
            let place = ScriptFolding.matchingKey(item.trimmed())
            // `光明、坪山新区城市建设局`: a place may leave out the kind of division it shares with the last (`新区`).
            let sharesKind = (2...4).contains(place.count) && place.allSatisfy(CommonHanzi.isHan)
            guard sharesKind || placeLengths(at: place).contains(place.count) else { return nil }
        }
        let places = items.dropLast().map { $0.trimmed() } + [Array(trimmed[..<length])]
        return (places.map(\.string).joined(separator: "、"), Array(trimmed[length...]))
    }

    /// The lengths a place's name may have at the start of `folded`, shortest first: a province
    /// (`江苏省`, `江苏`), a zone (`杨凌示范区`), or a city, county or district (`洛阳市`, `海淀区`).
    private func placeLengths(at folded: Scalars) -> [Int] {
        var lengths = [Int]()
        if let province = names.gazetteer.provinceLength(at: folded) { lengths.append(province) }
        if let zone = Self.namedZone(in: folded + [" "], at: 0) { lengths.append(zone) }
        for nameLength in 2...4 where nameLength < folded.count && folded[..<nameLength].allSatisfy(CommonHanzi.isHan) {
            if "市县区州盟旗".unicodeScalars.contains(folded[nameLength]) { lengths.append(nameLength + 1) }
        }
        return lengths.sorted()
    }

    /// `国家税务总局各省、自治区、直辖市和计划单列市税务局` is one name with a list of divisions inside it:
    /// a piece that opens with a division joins a piece that ends with one. `市政府各委、办、局` is one
    /// name too: a bare kind of body (`办`, `局`) continues the `各…` before it.
    static func joiningInnerScopes(_ pieces: [Scalars]) -> [Scalars] {
        var joined = [Scalars]()
        for piece in pieces {
            let folded = ScriptFolding.matchingKey(piece)
            if let previous = joined.last, division(in: folded, at: 0) != nil,
                endsWithDivision(ScriptFolding.matchingKey(previous)) {
                joined[joined.count - 1] = previous + ["、"] + piece
            } else if let previous = joined.last, bodyKinds.contains(folded.squeezed.string),
                ScriptFolding.matchingKey(previous).contains("各") {
                joined[joined.count - 1] = previous + ["、"] + piece
            } else {
                joined.append(piece)
            }
        }
        return joined
    }

    /// Endings of a body named by what it does rather than by its title: `各市自然资源主管部门`.
    private static let genericBodies = ["部门", "单位", "机构"]

    /// Kinds of body that a list of them (`各委、办、局`, `各厅、局`) names by one character or two.
    private static let bodyKinds: Set<String> = ["委", "办", "局", "厅", "室", "处", "部", "院", "所", "署", "队", "中心", "公司"]

    /// `各省、自治区、直辖市及新疆生产建设兵团市场监管局` → (`各省、自治区、直辖市及新疆生产建设兵团`, `市场监管局`).
    private func splitScope(_ scalars: Scalars) -> (Scalars?, Scalars) {
        guard scalars.first == "各" else { return (nil, scalars) }
        let folded = ScriptFolding.matchingKey(scalars)
        var position = 1
        var divisionsSeen = 0
        var parenthesized = false
        var longDivision = false
        var scopeEnd = 0
        while position < folded.count {
            // After `、` a place may be named before its kind of division: `济源示范区`.
            guard let division = Self.division(in: folded, at: position)
                ?? (divisionsSeen > 0 ? Self.namedZone(in: folded, at: position) : nil) ?? Self.damagedDivision(in: folded, at: position)
            else { break }
            longDivision = longDivision || division > 1
            var next = position + division
            var hadParenthesis = false
            if next < folded.count, folded[next].isOpenParen, let close = folded[next...].firstIndex(where: \.isCloseParen) {
                next = close + 1
                hadParenthesis = true
                // `各区（市）县教育局`: the list of divisions goes on after the bracket, unless the
                // character there opens a word of the name (`各省（区）市场监管局`).
                if let more = Self.division(in: folded, at: next),
                    !Self.wordsOpeningWithDivision.contains(where: { folded[next...].starts(with: $0.unicodeScalars) })
                {
                    next += more
                }
            }
            divisionsSeen += 1
            parenthesized = parenthesized || hadParenthesis
            scopeEnd = next
            if next < folded.count, folded[next] == "、" || folded[next] == "及" || folded[next] == "和" {
                position = next + 1
                continue
            }
            break
        }
        guard scopeEnd > 0, scopeEnd < folded.count else { return (nil, scalars) }
        let governed = Self.governingBodies.contains { folded[scopeEnd...].starts(with: $0.unicodeScalars) }
        // `市场监管局` after `各` is a name, not the division `市` followed by `场监管局`; a division
        // of several characters (`设区市`) cannot be misread that way. One division of one character
        // leads a name when it does not open a word with the character after it: `各市教育局`.
        // The name's alternate in brackets after it (`各市住房城乡建设局（城市管理局）`) does not hide its ending.
        var name = folded[...]
        if name.last?.isCloseParen == true, let open = name.lastIndex(where: \.isOpenParen), open > scopeEnd { name = name[..<open] }
        let agency = (OrganizationNames.suffixes + Self.genericBodies).contains { name.ends(with: $0.unicodeScalars) }
        let opensWord = Self.wordsOpeningWithDivision.contains { folded[(scopeEnd - 1)...].starts(with: $0.unicodeScalars) }
        guard divisionsSeen >= 2 || parenthesized || governed || longDivision || agency && !opensWord else { return (nil, scalars) }
        return (Array(scalars[..<scopeEnd]), Array(scalars[scopeEnd...]))
    }

    /// The length of the divisions at `start`, run together as `市州` or `县市区` print them. A run is
    /// only as long as what follows it allows: `兵团市场监管局` is `兵团`, then a name.
    private static func division(in folded: Scalars, at start: Int) -> Int? {
        var ends = [Int]()
        var position = start
        while position < folded.count, let match = divisionScalars.first(where: { division in
            // `镇街`, the short form for towns and subdistricts together, leaves `镇街道` to `镇` and `街道`.
            folded[position...].starts(with: division) && !(division == Self.townsAndStreets && folded[(position + 1)...].starts(with: Self.subdistrict))
        }) {
            position += match.count
            ends.append(position)
        }
        guard let first = ends.first else { return nil }
        let longest = ends.last { end in
            guard end < folded.count else { return false }
            let next = folded[end]
            return next == "、" || next == "及" || next == "和" || next.isOpenParen
                || governingBodies.contains { folded[end...].starts(with: $0.unicodeScalars) }
        }
        if let longest { return longest - start }
        // Before a name, the longest run whose last division does not open a word of it: `市州教育局` is
        // `市州`, `兵团市场监管局` is `兵团`.
        let fitting = ends.last { end in
            end < folded.count && !wordsOpeningWithDivision.contains { folded[(end - 1)...].starts(with: $0.unicodeScalars) }
        }
        return (fitting ?? first) - start
    }

    private static let divisionScalars = divisions.map { Array($0.unicodeScalars) }
    private static let townsAndStreets = Array("镇街".unicodeScalars)
    private static let subdistrict = Array("街道".unicodeScalars)

    private static func endsWithDivision(_ folded: Scalars) -> Bool {
        divisionScalars.contains { folded.ends(with: $0) }
    }

    /// `湴绱氫互涓�市` for 地级以上市, `甯傘�佺福(市、區)`: divisions damage made unreadable, up to the division or
    /// the bracket of divisions that follows them. The run holds hanzi, lost bytes' marks and GBK's symbols:
    /// a mark or a symbol at least, or two rare hanzi.
    private static func damagedDivision(in folded: Scalars, at start: Int) -> Int? {
        var end = start
        var damaged = 0
        while end < folded.count, end - start < 12 {
            let scalar = folded[end]
            if end - start >= 2, damaged >= 2 {
                if scalar.isOpenParen { return end - start }
                if let division = division(in: folded, at: end) { return end - start + division }
            }
            guard scalar.isHan || scalar.isDamageSign else { return nil }
            // A mark or a symbol is damage by itself; a rare hanzi takes two.
            if !scalar.isHan { damaged += 2 } else if !CommonHanzi.shared.contains(scalar) { damaged += 1 }
            end += 1
        }
        return nil
    }

    /// `济源示范区`, `浦东新区`, `航空港区`: a place's name, then a kind of zone.
    private static func namedZone(in folded: Scalars, at start: Int) -> Int? {
        for length in 2...6 where start + length < folded.count {
            let rest = folded[(start + length)...]
            guard folded[start..<(start + length)].allSatisfy(\.isHan) else { return nil }
            for zone in zones where rest.starts(with: zone) {
                return length + zone.count
            }
        }
        return nil
    }

    private static let zones = [
        "示范区", "开发区", "高新区", "保税区", "管理区", "试验区", "实验区", "合作区", "投资区", "经济区", "功能区", "自贸片区", "片区", "新区",
        "林区", "园区", "港区", "矿区",
    ]
        .map { Array($0.unicodeScalars) }

    /// One name with the alternates its parentheses list.
    private func parseItem(_ body: Scalars, scope: String?) -> Recipient? {
        var name = Scalars()
        var alternates = [String]()
        var depth = 0
        var inner = Scalars()
        for scalar in body {
            if scalar.isOpenParen {
                depth += 1
                if depth == 1 { inner = []; continue }
            }
            if scalar.isCloseParen, depth > 0 {
                depth -= 1
                if depth == 0 {
                    alternates += inner.split(whereSeparator: { $0 == "、" || $0 == "，" || $0 == "," || $0 == "/" })
                        .map { Array($0).trimmed().string }.filter { !$0.isEmpty }
                    continue
                }
            }
            if depth > 0 { inner.append(scalar) } else { name.append(scalar) }
        }
        let printed = name.squeezed.string
        guard !printed.isEmpty else { return nil }
        return Recipient(name: printed, alternates: alternates, scope: scope)
    }
}
