/// Recognizes and splits printed agency names: signature rows, 版头 lines, titles, 抄送 lists.
struct OrganizationNames {
    let gazetteer: Gazetteer

    /// Endings of Chinese government and public bodies' names, Simplified.
    static let suffixes = [
        "人民政府", "政府", "委员会", "办公厅", "办公室", "总局", "总署", "总社", "总会", "联合会", "协会", "学会", "研究院", "研究所",
        "中心", "公司", "集团", "银行", "分行", "支行", "法院", "检察院", "大学", "学院", "医院", "学校", "中学", "小学", "幼儿园", "党委", "党组",
        "工委", "纪委", "监委", "人大常委会", "政协", "调查总队", "调查队", "总队", "支队", "大队", "海关", "农场", "林场", "牧场",
        "监狱", "军区", "警备区", "军分区", "部", "委", "局", "署", "厅", "办", "院", "会", "处", "室", "司", "站", "所",
    ]
    private static let suffixScalars = suffixes.map { Array($0.unicodeScalars) }
    /// Words of prose that no agency's name holds.
    static let proseWords = ["的", "请", "要求", "应当", "认真", "各项", "进一步", "做好"]

    /// True when the text reads as one agency name: known to the gazetteer, or a short name with an agency ending.
    func isOrganization(_ printed: Scalars) -> Bool {
        let squeezed = printed.squeezed
        guard squeezed.count >= 2, squeezed.count <= 40 else { return false }
        if gazetteer.agency(named: squeezed) != nil { return true }
        guard squeezed.allSatisfy({ $0.isHan || $0.isOpenParen || $0.isCloseParen }) else { return false }
        if Gazetteer.sessionBody(squeezed) != nil { return true }
        let folded = ScriptFolding.matchingKey(squeezed)
        if Self.proseWords.contains(where: { folded.includes($0) }) { return false }
        return Self.suffixScalars.contains { folded.count > $0.count && folded.ends(with: $0) }
    }

    /// The names in a row of a signature block or 版头: `市場監管總局 中央宣傳部 科 技 部`,
    /// `交通運輸部農業農村部`. Nil when the row is not made of names only.
    func names(inRow row: Scalars) -> [String]? {
        let tokens = Self.mergeSpacedLetters(row.split(whereSeparator: \.isLayoutSpace).map(Array.init))
        guard !tokens.isEmpty else { return nil }
        var names = [String]()
        for token in tokens {
            if let pieces = gazetteer.split(token), pieces.count > 1 {
                names += pieces
            } else if let pieces = splitAtRepeatedPlace(token) {
                names += pieces.map(\.string)
            } else if isOrganization(token) {
                names.append(token.string)
            } else {
                return nil
            }
        }
        return names
    }

    /// Names in a list separated by `、`, `，` or spaces, such as a 抄送 line or a title's issuers. A list
    /// of divisions stays one name: `各省、自治区、直辖市人民政府`.
    func names(inList list: Scalars) -> [String] {
        var found = [String]()
        for group in list.split(whereSeparator: { $0.separatesNames && $0 != "、" }) {
            let pieces = Array(group).split(separator: "、").map(Array.init)
            for piece in RecipientParser.joiningInnerScopes(pieces) {
                let part = piece.trimmed()
                guard !part.isEmpty else { continue }
                if let row = names(inRow: part) {
                    found += row
                } else {
                    found.append(part.squeezed.string)
                }
            }
        }
        return found
    }

    /// `广东省工业和信息化厅广东省财政厅`: local bodies run together, each opening with the same place. A
    /// name is cut where the place comes again after an agency's ending; nil unless every piece is a name.
    func splitAtRepeatedPlace(_ token: Scalars) -> [Scalars]? {
        let folded = ScriptFolding.matchingKey(token.squeezed)
        guard let place = Self.placePrefix(folded) else { return nil }
        var pieces = [Scalars]()
        var start = 0
        var position = place.count + 2
        while position + place.count < folded.count {
            let before = folded[start..<position]
            if folded[position...].starts(with: place), Self.suffixScalars.contains(where: { before.ends(with: $0) }) {
                pieces.append(Array(token.squeezed[start..<position]))
                start = position
                position += place.count + 2
            } else {
                position += 1
            }
        }
        pieces.append(Array(token.squeezed[start...]))
        guard pieces.count > 1, pieces.allSatisfy(isOrganization) else { return nil }
        return pieces
    }

    /// `广东省`, `成都市`, `新疆维吾尔自治区`: the place a local body's name opens with.
    private static func placePrefix(_ folded: Scalars) -> Scalars? {
        guard folded.count > 4 else { return nil }
        for end in 2..<min(folded.count, 10) where folded[..<end].allSatisfy(\.isHan) {
            if "省市县区州盟".unicodeScalars.contains(folded[end]) { return Array(folded[...end]) }
            if folded[end...].starts(with: "自治区".unicodeScalars) { return Array(folded[..<(end + 3)]) }
        }
        return nil
    }

    /// Joins runs of one-character tokens, which are one name spread out to fill a column: `科 技 部`.
    static func mergeSpacedLetters(_ tokens: [Scalars]) -> [Scalars] {
        var merged = [Scalars]()
        var run = Scalars()
        for token in tokens {
            if token.count == 1 {
                run += token
                continue
            }
            if !run.isEmpty {
                merged.append(run)
                run = []
            }
            merged.append(token)
        }
        if !run.isEmpty { merged.append(run) }
        return merged
    }

    /// Issuers named at the start of a title, before `关于`: `国务院办公厅关于…`, `教育部 财政部关于…`.
    func issuers(inTitle title: String) -> [String] {
        let scalars = Scalars(title)
        let folded = ScriptFolding.matchingKey(scalars)
        guard let about = folded.find("关于"), about > 0 else {
            // `经济部公告`, `国家知识产权局公告`: an issuer and the type, nothing else.
            guard let type = DocumentType.of(title: title), folded.ends(with: type.unicodeScalars) else { return [] }
            return names(inRow: Array(scalars.dropLast(type.unicodeScalars.count))) ?? []
        }
        let head = Array(scalars[..<about])
        var names = [String]()
        for piece in head.split(whereSeparator: { $0.separatesNames || $0.isLayoutSpace }) {
            let part = Array(piece)
            if let pieces = gazetteer.split(part) {
                names += pieces
            } else if isOrganization(part) {
                names.append(part.string)
            } else if let stated = statedCountPrefix(part) {
                names += stated
            } else {
                return []
            }
        }
        return names
    }

    /// `市场监管总局等16部门` names only its lead agency.
    private func statedCountPrefix(_ part: Scalars) -> [String]? {
        guard let position = part.firstIndex(where: { $0 == "等" }), position > 1 else { return nil }
        let lead = Array(part[..<position])
        return isOrganization(lead) ? [lead.string] : nil
    }
}
