/// 联系人, 电话, 传真, 邮箱: labelled contact details, on their own lines or run into a paragraph.
struct ContactParser {
    enum Label: String, CaseIterable {
        /// `hotline`: a number the public calls (咨询, 监督, 举报 …), which a line may give apart from the people.
        case personAndPhone, person, organization, phone, hotline, phoneAndFax, mobile, fax, email, other
    }

    /// Labels as Simplified text, longest first so `联系人及电话` wins over `联系人`.
    static let labels: [(String, Label)] = [
        ("联系人及联系方式", .personAndPhone), ("联系人及电话", .personAndPhone), ("联系人和电话", .personAndPhone),
        ("联系人及联系电话", .personAndPhone), ("联系人", .person), ("联络人", .person), ("承办人", .person),
        ("联络窗口", .person), ("联系窗口", .person), ("洽询窗口", .person), ("咨询窗口", .person),
        ("咨询单位", .organization), ("承办单位", .organization), ("联系机构", .organization), ("联系单位", .organization), ("联系部门", .organization), ("联系处室", .organization),
        ("联系科室", .organization), ("承办处室", .organization), ("承办科室", .organization),
        ("联系电话（传真）", .phoneAndFax), ("联系电话(传真)", .phoneAndFax), ("电话（传真）", .phoneAndFax), ("电话(传真)", .phoneAndFax),
        ("电话/传真", .phoneAndFax), ("电话、传真", .phoneAndFax), ("电话及传真", .phoneAndFax), ("电话和传真", .phoneAndFax),
        ("电话（办）", .phone), ("电话(办)", .phone),
        ("联系电话", .phone), ("联系方式", .phone), ("办公电话", .phone), ("联络电话", .phone),
        ("监督举报电话", .hotline), ("投诉举报电话", .hotline), ("举报投诉电话", .hotline), ("咨询电话", .hotline), ("举报电话", .hotline),
        ("监督电话", .hotline), ("查询电话", .hotline), ("报名电话", .hotline), ("受理电话", .hotline), ("客服电话", .hotline),
        ("投诉电话", .hotline), ("值班电话", .hotline), ("服务电话", .hotline), ("热线电话", .hotline), ("服务热线", .hotline),
        ("电话", .phone), ("座机", .phone), ("手机", .mobile), ("传真", .fax),
        ("电子邮箱", .email), ("电子信箱", .email), ("电子邮件", .email), ("电邮", .email), ("邮箱", .email), ("E-mail", .email),
        ("Email", .email), ("email", .email), ("邮件", .email),
        ("通讯地址", .other), ("地址", .other), ("邮编", .other), ("邮政编码", .other), ("QQ", .other),
    ]

    /// `林嘉敏女士`, `刘佳同志`, `王明处长`, `吴刚（副处长）`: the name without the courtesy or the post after it.
    static func withoutHonorific(_ person: Scalars) -> Scalars {
        var person = person
        if let (before, inside) = trailingBracket(person), before.count >= 2, CommonHanzi.isHan(before[before.count - 1]),
            honorifics.contains(where: { ScriptFolding.matchingKey(inside).elementsEqual($0) })
        {
            person = before
        }
        let folded = ScriptFolding.matchingKey(person)
        guard let honorific = honorifics.first(where: { folded.ends(with: $0) }), person.count - honorific.count >= 2,
            CommonHanzi.isHan(person[person.count - honorific.count - 1])
        else { return person }
        return Array(person.dropLast(honorific.count))
    }

    /// Courtesies and posts printed after a name, a deputy's before the post itself.
    private static let honorifics = [
        "先生", "女士", "同志", "副处长", "副科长", "副主任", "副局长", "副部长", "副司长", "副厅长", "处长", "科长", "主任", "局长",
        "部长", "司长", "厅长", "书记", "科员", "干事", "专员",
    ].map { Array($0.unicodeScalars) }

    /// `环境问题举报热线：`, `价格投诉举报电话：`, `市应急管理局值班电话：`: a number's label the list does not hold,
    /// a few hanzi ending in `电话` or `热线` before a colon. Where the office it opens with ends, if it
    /// opens with one, and where the label ends.
    static func qualifiedHotline(in folded: Scalars, at start: Int) -> (officeEnd: Int?, end: Int)? {
        guard start < folded.count, CommonHanzi.isHan(folded[start]) else { return nil }
        // `市疾病预防控制中心24小时值班电话：`: the hours a hotline keeps may stand between its office and its kind.
        func opensHours(_ index: Int) -> Bool {
            var end = index
            while end < folded.count, folded[end].isASCIIDigit { end += 1 }
            return end > index && folded[end...].starts(with: "小时".unicodeScalars)
        }
        var position = start
        while position < folded.count, position - start <= 18, CommonHanzi.isHan(folded[position]) || folded[position].isASCIIDigit && opensHours(position) {
            for ending in hotlineEndings where folded[position...].starts(with: ending) {
                guard position > start, let end = colonEnd(in: folded, after: position + ending.count) else { continue }
                var qualifier = Array(folded[start..<position])
                while let word = hotlineWords.first(where: { qualifier.count > $0.count && qualifier.ends(with: $0) }) {
                    qualifier.removeLast(word.count)
                }
                if qualifier.ends(with: "小时".unicodeScalars), let digits = qualifier.dropLast(2).lastIndex(where: { !$0.isASCIIDigit }),
                    digits + 1 < qualifier.count - 2
                {
                    qualifier.removeSubrange((digits + 1)...)
                }
                return (isOfficeAlone(qualifier) ? start + qualifier.count : nil, end)
            }
            position += 1
        }
        return nil
    }

    private static let hotlineEndings = ["电话", "热线", "专线", "联系方式"].map { Array($0.unicodeScalars) }
    /// What a hotline is for, printed between its office and `电话`: taken off to find the office.
    private static let hotlineWords = ["值班", "举报", "投诉", "咨询", "监督", "服务", "查询", "受理", "报名", "客服", "求助", "预约", "应急", "值守", "防汛", "救援"]
        .map { Array($0.unicodeScalars) }

    private static let callingVerbWords = ["拨打", "致电", "请拨"]
    private static let callingVerbs = callingVerbWords.map { Array($0.unicodeScalars) }
    /// The verbs' last characters: a line's other characters need no closer look.
    private static let callingVerbLasts = Set(callingVerbs.compactMap(\.last))

    /// `技术联系人：`, `二、活动联络窗口：`: a word of two to four hanzi opening the line (after its item's
    /// number, if any), before a person's label.
    private static func qualifiesPerson(_ folded: Scalars, before index: Int) -> Bool {
        // Indent, an item's number and the word fit in the first sixteen scalars; most of a line is past them.
        guard index >= 2, index <= 16, CommonHanzi.isHan(folded[index - 1]) else { return false }
        var opening = Array(folded[..<index].drop { $0.isLayoutSpace || $0.isOpenParen })
        if let marker = SectionMarker.parse(opening), marker.length < opening.count { opening.removeFirst(marker.length) }
        return (2...4).contains(opening.count) && opening.allSatisfy(CommonHanzi.isHan)
    }

    /// True when the paragraph opens with a contact label and its colon: a line of the contact block.
    static func isContactLine(_ paragraph: Paragraph) -> Bool {
        var scalars = paragraph.scalars.trimmed()
        if scalars.first?.isOpenParen == true { scalars.removeFirst() }
        let folded = ScriptFolding.matchingKey(scalars)
        if label(in: folded, at: 0) != nil { return true }
        // `平台技术支持电话：400-…`: a number under a label of its own, when a number follows it.
        guard let (_, end) = qualifiedHotline(in: folded, at: 0) else { return false }
        return isContactDetailLine(Array(scalars[end...]))
    }

    /// Titles of a table's columns, spaced out as tables print them: `单　　位　　联系人　　座　机　　手　机`.
    private static let columnTitles = [
        "单位名称", "单位", "部门", "处室", "科室", "联系人", "联络员", "联络人", "姓名", "职务", "座机", "联系电话", "办公电话", "固定电话", "电话",
        "手机号码", "手机", "移动电话", "传真", "电子邮箱", "邮箱", "备注",
    ].map { Array($0.unicodeScalars) }

    /// The kinds of number of a line of column titles, one of them a person's, and nothing else; nil
    /// for any other line.
    static func numberColumns(_ line: Scalars) -> [Phone.Kind?]? {
        // Every body line comes here: the title of a person's column (联系人, 姓名) is looked for first.
        guard line.count <= 80, line.contains(where: { $0 == "联" || $0 == "聯" || $0 == "姓" }), !line.contains(where: \.isColon)
        else { return nil }
        let folded = ScriptFolding.matchingKey(line.squeezed)
        var position = 0
        var titles = [String]()
        while position < folded.count {
            guard let title = columnTitles.first(where: { folded[position...].starts(with: $0) }) else { return nil }
            titles.append(String(String.UnicodeScalarView(title)))
            position += title.count
        }
        guard titles.count >= 3, titles.contains(where: { ["联系人", "联络员", "联络人", "姓名"].contains($0) }) else { return nil }
        return titles.compactMap { title -> Phone.Kind?? in
            switch title {
            case "手机", "手机号码", "移动电话": .mobile
            case "传真": .fax
            case "座机", "办公电话", "固定电话": .voice
            case "联系电话", "电话": .some(nil)
            default: nil
            }
        }
    }

    /// `（一）业务咨询`, `（三）财务（缴费、发票）`: a numbered heading of a few hanzi and nothing else.
    private static func isTopicHeading(_ line: Scalars) -> Bool {
        let trimmed = line.trimmed()
        guard let marker = SectionMarker.parse(trimmed) else { return false }
        let rest = trimmed.dropFirst(marker.length)
        return (2...16).contains(rest.count) && rest.allSatisfy { $0.isHan || $0.isOpenParen || $0.isCloseParen || $0 == "、" }
    }

    /// A line of names with numbers under a `联系人：`: `教育部职成司　李明　010-66097335`.
    static func isContactDetailLine(_ scalars: Scalars) -> Bool {
        guard scalars.count <= 100, !scalars.contains(where: { $0 == "。" }) else { return false }
        return !PhoneParser.find(in: scalars, areaCode: nil, label: .voice).isEmpty || !emails(in: scalars).isEmpty
    }

    private var contacts = [Contact]()
    /// The people one name list just added (`基础教育司 王磊 陈静`), until numbers or addresses are shared out.
    private var group: Range<Int>?
    private var areaCode: String?
    /// People the lines below list, one a line, after a `联系人：` with nothing on its line, a contact
    /// heading or a table's column titles.
    private struct PeopleList {
        /// The kinds of number a table's columns hold, in order; nil for a column of any phone (`电话`),
        /// where a number keeps the kind its digits give.
        var columns: [Phone.Kind?]?
        /// The office a line of its own named in the list, for the people under it.
        var office: String?
    }
    /// The list being read, while the lines below still list people.
    private var list: PeopleList?

    var result: [Contact] { contacts.filter { $0.name != nil || !$0.phones.isEmpty || !$0.emails.isEmpty } }

    /// Reads every labelled segment of a line: a `联系人` opens a contact, numbers and addresses join the
    /// newest one.
    mutating func read(_ line: Scalars) {
        if let columns = Self.numberColumns(line) {
            // `单位　联系人　座机　手机` over the rows of a table of contacts.
            startList(columns: columns)
            return
        }
        if line.count <= 20, line.contains(where: { $0 == "联" || $0 == "聯" }), Self.isContactHeading(line) {
            // `四、联系方式` over `节能与综合利用司　陈　伟　010-68205312`: a numbered section of contacts.
            startList()
            return
        }
        if line.count <= 16, Self.isTopicLabelAlone(line) {
            // `业务咨询：` alone over `市中小企业发展服务中心　朱文静　021-62475532`: the people to call on it.
            startList()
            return
        }
        guard list != nil || line.contains(where: \.isColon) else { return }
        let folded = ScriptFolding.matchingKey(line)
        var segments = [(label: Label, office: String?, value: Range<Int>)]()
        var index = 0
        var current: (Label, String?, Int)?
        var firstLabel: Int?
        while index < line.count {
            // `或拨打咨询电话：` and `请致电联系电话：` name the number with a verb before the label.
            let boundary = index == 0 || !line[index - 1].isHan || line[index - 1] == "及"
                || Self.callingVerbLasts.contains(folded[index - 1]) && Self.callingVerbs.contains { folded[..<index].ends(with: $0) }
            var found: (label: Label, office: String?, end: Int)?
            if boundary || firstLabel == nil && index <= 16, let (label, end) = Self.label(in: folded, at: index),
                boundary || label == .person && Self.qualifiesPerson(folded, before: index)
            {
                found = (label, nil, end)
            } else if boundary, let (officeEnd, end) = Self.qualifiedHotline(in: folded, at: index) {
                found = (.hotline, officeEnd.map { Array(line[index..<$0]).squeezed.string }, end)
            }
            if let found {
                // `24小时值班电话：`: the hours a hotline's label opens with are the label's, not the number's before.
                var labelStart = index
                if found.label == .hotline {
                    while labelStart > 0, line[labelStart - 1].isASCIIDigit { labelStart -= 1 }
                    if labelStart > 0, !(line[labelStart - 1].separatesNames || line[labelStart - 1].isLayoutSpace) { labelStart = index }
                }
                if firstLabel == nil { firstLabel = labelStart }
                if let (open, office, start) = current { segments.append((open, office, start..<labelStart)) }
                current = (found.label, found.office, found.end)
                index = found.end
                continue
            }
            index += 1
        }
        if let (open, office, start) = current { segments.append((open, office, start..<line.count)) }
        if segments.isEmpty {
            if !contacts.isEmpty, let value = Self.valueAfterUnreadableLabel(line) {
                // `闆? 瑭?:010-68792635` under a contact: its number, under a label damage made unreadable.
                addNumbers([value], kind: .voice)
                addEmails(value)
                return
            }
            if Self.introducesContacts(line) {
                // `…请及时与下列部门联系：` over rows of offices, people and numbers.
                startList()
                return
            }
            if let colon = line.firstIndex(where: \.isColon), Self.isTopicLabelAlone(Array(line[...colon])) {
                let rest = Array(line[(colon + 1)...])
                if let person = Self.personOpening(rest) {
                    // `技术支持：…信息部　韩梅` over `联系电话：…`: a person the numbers below are for.
                    addPeople(person)
                    return
                }
                if Self.isContactDetailLine(rest) {
                    // `台湾地区参展联络：…公会　张淑芬　(02)2581-3521`: the office, the person and the number.
                    addPeople(Self.clean(rest))
                    return
                }
            }
            if let open = list, Self.isContactDetailLine(line) {
                let first = contacts.count
                addPeople(Self.clean(line))
                // A row with a number in each number column: each number is of its column's kind.
                if let columns = open.columns, contacts.count == first + 1, contacts[first].phones.count == columns.count {
                    for (index, kind) in columns.enumerated() { if let kind { contacts[first].phones[index].kind = kind } }
                }
                give(open, from: first)
            } else if list != nil, Self.isOfficeLine(line) {
                // `省林业局造林绿化处` on its own line over its people and their numbers.
                list?.office = line.squeezed.string
            } else if list != nil, Self.isTopicHeading(line) {
                // `（一）业务咨询` under `二、联系方式`: what the people below are for; the list goes on.
            } else {
                list = nil
            }
            return
        }
        let listing = list
        list = nil
        let firstAdded = contacts.count
        // `陈晓峰，电话：…` under an office's line: the office is theirs, as long as the list goes on.
        defer { if listing != nil, let open = list { give(open, from: firstAdded) } }
        // A line that opens a list below it goes on with the one it is in.
        let opened = listing ?? PeopleList()
        let listsPeople = segments.contains { $0.label == .person || $0.label == .personAndPhone }
        if !listsPeople, let firstLabel {
            let opening = Array(line[..<firstLabel])
            if listing != nil, Self.isContactDetailLine(opening) {
                // `某司　王芳　010-…　邮箱：…` in the list under `联系人：`: a person with a number, then a
                // labelled address; the list goes on below.
                addPeople(Self.clean(opening))
                list = listing
            } else if let person = Self.personOpening(opening) {
                // `监督评价局　何雯，电话：…` under a contact: the next person, named before the numbers' labels.
                addPeople(person)
                list = listing
            } else if let person = Self.personToContact(opening) {
                addPeople(person)
            }
        }
        for (position, segment) in segments.enumerated() {
            var clauses = Array(line[segment.value]).pieces(separatedBy: { $0 == "；" || $0 == ";" })
            // `联系人：甲，电话：…；乙，电话：…`: after a `；` the next person of the list begins.
            let value = Self.clean(clauses.isEmpty ? [] : clauses.removeFirst())
            defer { if listsPeople { clauses.forEach { addPeople(Self.withoutTopicLabel(Self.clean($0))) } } }
            switch segment.label {
            case .person:
                addPeople(value)
                // `联系人：甲司　王明　010-…` lines up more people with their numbers on the lines below.
                list = value.isEmpty || segments.count == 1 && Self.isContactDetailLine(value) ? opened : nil
            case .organization:
                contacts.append(Contact(name: nil, organization: value.squeezed.string))
                group = nil
            case .personAndPhone:
                addPeople(value)
                list = value.isEmpty ? opened : nil
            case .phone, .hotline:
                // `监督电话：0574-…` on a line of its own, after contacts that have their numbers: the
                // public's number, not one more of the last person's.
                // So is one parted by `；` from another number's label on the line, or naming its own office
                // (`举报电话：…；市应急管理局值班电话：…`); after a `，` (`监督电话：12345，咨询电话：…`) the numbers
                // are one contact's.
                // `如遇技术问题，可拨打平台技术支持热线：` calls the number out to the reader, as a line of its own does.
                let opensLine = position == 0 && (line[..<(firstLabel ?? 0)].allSatisfy({ $0.isLayoutSpace || $0.isOpenParen })
                    || Self.callingVerbWords.contains { Array(folded[..<segment.value.lowerBound]).includes($0) })
                let parted = position > 0 && (segment.office != nil || Array(line[segments[position - 1].value]).trimmed().last.map { $0 == "；" || $0 == ";" } == true)
                let followsNumber = parted && [.phone, .hotline, .mobile, .fax].contains(segments[position - 1].label)
                if segment.label == .hotline, opensLine || followsNumber, let last = contacts.last, !last.phones.isEmpty,
                    Self.officeOpening(value) == nil
                {
                    contacts.append(Contact(name: nil, organization: segment.office))
                    group = nil
                } else if let office = segment.office, contacts.last.map({ $0.organization == nil && $0.phones.isEmpty }) ?? true {
                    if contacts.isEmpty { contacts.append(Contact(name: nil, organization: office)) } else { contacts[contacts.count - 1].organization = office }
                }
                addNumbers([value] + (listsPeople ? [] : clauses.map(Self.clean)), kind: .voice)
                // `联系方式：` or `联系电话：` heading its own block: the lines below list the people.
                if value.isEmpty, segments.count == 1 { list = opened }
            case .phoneAndFax:
                // `电话/传真：` gives each number as both, as `（兼传真）` after a number does.
                let values = [value] + (listsPeople ? [] : clauses.map(Self.clean))
                addNumbers(values, kind: .voice)
                for found in values.flatMap({ PhoneParser.find(in: $0, areaCode: areaCode, label: .voice) })
                where found.phone.kind == .voice && !contacts.isEmpty {
                    contacts[contacts.count - 1].phones.append(Phone(raw: found.phone.raw, e164: found.phone.e164, kind: .fax))
                }
            case .mobile: addNumbers([value] + (listsPeople ? [] : clauses.map(Self.clean)), kind: .mobile)
            case .fax: addNumbers([value] + (listsPeople ? [] : clauses.map(Self.clean)), kind: .fax)
            case .email: addEmails(value)
            case .other: break
            }
            // `电话:020-37628561,閮电��:tws@…`: an address after a label damage made unreadable is in the
            // number's value.
            if [.phone, .hotline, .phoneAndFax, .mobile, .fax].contains(segment.label), value.contains("@") { addEmails(value) }
        }
    }

    /// A line that heads a list of people below it; `columns` when it is a table's row of column titles.
    private mutating func startList(columns: [Phone.Kind?]? = nil) {
        list = PeopleList(columns: columns)
        group = nil
    }

    /// The office a list named on a line of its own, for the people added from `first` on who have none.
    private mutating func give(_ list: PeopleList, from first: Int) {
        guard let office = list.office else { return }
        for index in first..<contacts.count where contacts[index].organization == nil { contacts[index].organization = office }
    }

    /// `王明`, `李华（010-68555678），张伟（021-23114567）`, `张三 0571-87050000，李四 13812345678`:
    /// each piece between commas names a person, possibly with an office before the name and numbers after.
    private mutating func addPeople(_ value: Scalars) {
        let first = contacts.count
        for piece in value.pieces(separatedBy: \.separatesNames) {
            let numbers = PhoneParser.find(in: piece, areaCode: areaCode, label: .voice)
            var person = Array(piece[..<(numbers.first?.range.lowerBound ?? piece.count)]).trimmed()
            // `?缁?:0571-…`, `闆昏┍:0591-…`: a label damage made unreadable, still followed by its colon and number.
            let damagedLabel = person.last?.isColon == true && Self.isUnreadable(person.dropLast())
            while let last = person.last, last.isOpenParen || last.isColon || last.isLayoutSpace { person.removeLast() }
            person = Self.withoutHonorific(person)
            if person.isEmpty || person.allSatisfy({ !$0.isHan }) || damagedLabel && !numbers.isEmpty {
                attach(numbers)
            } else if contacts.count > first, contacts[contacts.count - 1].organization == nil, Self.isOfficeAlone(person) {
                // `联系人：陈晓东，市政务服务和大数据管理局，电话：…`: the office of the person just named.
                contacts[contacts.count - 1].organization = person.squeezed.string
                attach(numbers)
            } else if contacts.count == first, Self.isOfficeAlone(person), Self.splitPeople(person).0 == nil {
                // `洽詢窗口：環境部資源循環署，電話：…`: an office to call, and no person in it.
                contacts.append(Contact(name: nil, organization: person.squeezed.string))
                group = nil
                attach(numbers)
            } else {
                var (organization, names) = Self.splitPeople(person)
                // `基础教育司　王磊、陈静`: a name listed after a person of an office is of that office too.
                if organization == nil, contacts.count > first, Self.isPersonName(person.squeezed) {
                    organization = contacts[contacts.count - 1].organization
                }
                for name in names { contacts.append(Contact(name: name, organization: organization)) }
                group = names.count > 1 ? (contacts.count - names.count)..<contacts.count : nil
                attach(numbers)
            }
            addEmails(piece)
        }
        // `张伟、李娜　010-59192345、59192346`: as many numbers as people after the last name, one each.
        let added = first..<contacts.count
        if added.count > 1, added.dropLast().allSatisfy({ contacts[$0].phones.isEmpty }), contacts[added.upperBound - 1].phones.count == added.count {
            let phones = contacts[added.upperBound - 1].phones
            for (person, phone) in zip(added, phones) { contacts[person].phones = [phone] }
        }
        // `王磊、陈静`: people listed together share out the numbers and addresses that follow.
        if added.count > 1 { group = added }
    }

    /// The numbers of one label, its values parted by `；`. A value that names an office before its
    /// numbers (`城关交警大队　0931-8822122`) is that office's contact.
    private mutating func addNumbers(_ values: [Scalars], kind: Phone.Kind) {
        for value in values {
            // `(0769)22830512（基金监管科），(0769)22830536（医药服务管理科）`: each number with its own office.
            let pieces = value.count(where: \.isCloseParen) >= 2 ? value.pieces(separatedBy: { $0 == "，" || $0 == "," || $0 == "、" }) : []
            if pieces.count > 1, pieces.allSatisfy({ Self.officeInBrackets($0) != nil }) {
                addNumbers(pieces, kind: kind)
                continue
            }
            if let office = Self.officeOpening(value) {
                contacts.append(Contact(name: nil, organization: office))
                group = nil
            } else if let office = Self.officeInBrackets(value), contacts.last?.name == nil {
                // `0572-8022110（德清县公安局交通警察大队）`: the office after its number, where no person was named.
                if let last = contacts.indices.last, contacts[last].organization == nil, contacts[last].phones.isEmpty {
                    contacts[last].organization = office
                } else {
                    contacts.append(Contact(name: nil, organization: office))
                    group = nil
                }
            }
            addPhones(value, kind: kind)
        }
    }

    /// `闆? 瑭?`, `闆昏┍`, `鐢佃瘽`, `Μ鏇夌嚂`: a label or a name that damage made unreadable, as short as
    /// one (`length`), holding a lost byte's mark or a symbol GBK decodes stray bytes into, or hanzi that
    /// are mostly rare, with at most one stray letter.
    static func isUnreadable(_ text: some Collection<Unicode.Scalar>, length: ClosedRange<Int> = 2...10) -> Bool {
        let printed = text.filter { !$0.isLayoutSpace }
        guard length.contains(printed.count) else { return false }
        if printed.contains(where: \.isDamageSign) { return true }
        let han = ScriptFolding.matchingKey(printed).filter(\.isHan)
        return han.count >= max(2, printed.count - 1) && han.count(where: { !CommonHanzi.shared.contains($0) }) * 4 > han.count
    }

    /// `请及时与下列部门联系：`, `联系方式如下：`: a sentence that ends by introducing the lines of contacts below.
    static func introducesContacts(_ line: Scalars) -> Bool {
        guard let colon = line.lastIndex(where: { !$0.isLayoutSpace }), line[colon].isColon else { return false }
        let folded = ScriptFolding.matchingKey(line[max(0, colon - 12)..<colon])
        return folded.ends(with: "联系".unicodeScalars) || folded.ends(with: "联系方式".unicodeScalars)
            || folded.ends(with: "如下".unicodeScalars) && folded.includes("联系")
    }

    /// `四、联系方式`, `（三）联系人及联系方式`: a numbered heading that is a contact label alone, without its colon.
    static func isContactHeading(_ line: Scalars) -> Bool {
        let trimmed = line.trimmed()
        guard let marker = SectionMarker.parse(trimmed), marker.length < trimmed.count else { return false }
        let rest = ScriptFolding.matchingKey(trimmed[marker.length...].filter { !$0.isLayoutSpace })
        return contactHeadings.contains { rest.elementsEqual($0) }
    }

    /// `如有疑问，请与市城市管理局市政公用处李建国联系，`: the person a sentence tells the reader to contact, with
    /// the office printed before the name; nil when it names an office alone.
    private static func personToContact(_ opening: Scalars) -> Scalars? {
        let folded = ScriptFolding.matchingKey(opening)
        guard let contact = folded.find("联系"), let with = folded[..<contact].lastIndex(of: "与") else { return nil }
        let named = Array(opening[(with + 1)..<contact]).trimmed()
        // `请与我处联系`: the notice's own office, no person.
        guard (2...30).contains(named.count), named.allSatisfy({ $0.isHan || $0.isLayoutSpace }), !endsLikeOffice(named),
            named.first != "我", named.first != "本"
        else { return nil }
        if isPersonName(named) { return named }
        let (office, names) = splitPeople(named)
        return office != nil && !names.isEmpty && names.allSatisfy({ isPersonName(Scalars($0)) }) ? named : nil
    }

    /// `业务咨询：`, `技术支持：` and nothing after the colon: what the people listed below are to be called on.
    private static func isTopicLabelAlone(_ line: Scalars) -> Bool {
        guard line.last(where: { !$0.isLayoutSpace })?.isColon == true else { return false }
        let word = ScriptFolding.matchingKey(line.trimmed().dropLast())
        return (4...8).contains(word.count) && word.allSatisfy(\.isHan) && topicEndings.contains { word.ends(with: $0) }
    }

    private static let topicEndings = ["咨询", "支持", "联络", "对接", "答疑"].map { Array($0.unicodeScalars) }

    private static let contactHeadings = ["联系方式", "联系人", "联系人及联系方式", "联系人及电话", "联系电话"].map { Array($0.unicodeScalars) }

    /// What follows an unreadable label's colon at the start of a line, when it is a number or an address.
    static func valueAfterUnreadableLabel(_ line: Scalars) -> Scalars? {
        guard line.prefix(16).contains(where: \.isColon) else { return nil }
        let trimmed = line.trimmed()
        guard let colon = trimmed.prefix(14).firstIndex(where: \.isColon), isUnreadable(trimmed[..<colon]) else { return nil }
        let value = Array(trimmed[(colon + 1)...])
        return isContactDetailLine(value) ? value : nil
    }

    /// The office a value names in brackets after its number, and nothing else.
    static func officeInBrackets(_ value: Scalars) -> String? {
        let trimmed = value.trimmed()
        guard let (before, inside) = trailingBracket(trimmed), before.contains(where: { $0.digitValue != nil }) else { return nil }
        let office = inside.trimmed().squeezed
        return office.count <= 30 && isOfficeAlone(office) ? office.string : nil
    }

    /// The office a value names before its first number, and nothing else.
    static func officeOpening(_ value: Scalars) -> String? {
        guard let digit = value.firstIndex(where: { $0.digitValue != nil || $0.isOpenParen }) else { return nil }
        let office = Array(value[..<digit]).trimmed().squeezed
        return office.count <= 30 && isOfficeAlone(office) ? office.string : nil
    }

    private mutating func addPhones(_ value: Scalars, kind: Phone.Kind) {
        let numbers = PhoneParser.find(in: value, areaCode: areaCode, label: kind)
        attach(numbers)
        // A service number such as 12345 or 12122, alone or in a list with full numbers: no area code,
        // no E.164 form.
        let services = kind == .voice ? Self.serviceNumbers(in: value, besides: numbers.map(\.range)) : []
        guard !services.isEmpty else { return }
        if contacts.isEmpty { contacts.append(Contact(name: nil, organization: nil)) }
        var phones = contacts[contacts.count - 1].phones
        // In printed order among the numbers just attached, when they all went to this contact.
        let attachedHere = phones.suffix(numbers.count).map(\.raw) == numbers.map(\.phone.raw)
        let start = attachedHere ? phones.count - numbers.count : phones.count
        for (offset, service) in services.enumerated() {
            let before = attachedHere ? numbers.filter { $0.range.lowerBound < service.lowerBound }.count : numbers.count
            phones.insert(Phone(raw: Array(value[service]).string, e164: nil, kind: kind), at: min(start + before + offset, phones.count))
        }
        contacts[contacts.count - 1].phones = phones
    }

    /// Runs of three to six digits that stand alone in a list of numbers (`（0551）62801234、12122`):
    /// bounded by the value's ends, list marks, brackets or spaces, not opening with a trunk 0 (an area
    /// code), and not part of a number found already.
    static func serviceNumbers(in value: Scalars, besides numbers: [Range<Int>]) -> [Range<Int>] {
        func bounds(_ index: Int) -> Bool {
            guard index >= 0, index < value.count else { return true }
            let scalar = value[index]
            return scalar.isLayoutSpace || scalar.separatesNames || scalar.isOpenParen || scalar.isCloseParen || scalar == "/" || scalar == "。"
        }
        var found = [Range<Int>]()
        var index = 0
        while index < value.count {
            guard value[index].digitValue != nil else {
                index += 1
                continue
            }
            var end = index
            while end < value.count, value[end].digitValue != nil { end += 1 }
            // Digits spaced off other digits are a piece of a number cut apart (`010-68205  354`).
            var before = index - 1
            while before >= 0, value[before].isLayoutSpace { before -= 1 }
            var after = end
            while after < value.count, value[after].isLayoutSpace { after += 1 }
            let continuesNumber = before >= 0 && (value[before].digitValue != nil || value[before] == "-")
                || after < value.count && (value[after].digitValue != nil || value[after] == "-")
            // `转8012、8013`: a further extension of the number before, not a number of its own.
            let extendsNumber = numbers.contains { number in
                number.upperBound <= index && value[number].contains { $0 == "转" || $0 == "轉" || $0 == "機" || $0 == "机" }
                    && value[number.upperBound..<index].allSatisfy { $0.separatesNames || $0.isLayoutSpace }
            }
            if (3...6).contains(end - index), value[index] != "0", bounds(index - 1), bounds(end), !continuesNumber, !extendsNumber,
                !numbers.contains(where: { $0.overlaps(index..<end) })
            {
                found.append(index..<end)
            }
            index = end
        }
        return found
    }

    /// Numbers go to the newest contact; as many numbers as a name list has people go one to each, in
    /// printed order (`联系人：王磊 陈静` over `电话：010-66096322，66097856`).
    private mutating func attach(_ numbers: [PhoneParser.Found]) {
        guard !numbers.isEmpty else { return }
        if contacts.isEmpty { contacts.append(Contact(name: nil, organization: nil)) }
        if let people = group, people.count == numbers.count, people.allSatisfy({ contacts[$0].phones.isEmpty }) {
            for (person, number) in zip(people, numbers) {
                contacts[person].phones.append(number.phone)
                areaCode = number.areaCode ?? areaCode
            }
            return
        }
        // One number for people listed together (`吴刚、郑丽，电话：…，传真：…`) is the office's, each one's.
        if let people = group, numbers.count == 1, let number = numbers.first,
            people.allSatisfy({ contacts[$0].phones.allSatisfy { $0.kind != number.phone.kind } })
        {
            for person in people { contacts[person].phones.append(number.phone) }
            areaCode = number.areaCode ?? areaCode
            return
        }
        for number in numbers {
            contacts[contacts.count - 1].phones.append(number.phone)
            areaCode = number.areaCode ?? areaCode
        }
    }

    /// An address after a name list is the office's, and goes to each of its people.
    private mutating func addEmails(_ value: Scalars) {
        let emails = Self.emails(in: value)
        guard !emails.isEmpty else { return }
        if contacts.isEmpty { contacts.append(Contact(name: nil, organization: nil)) }
        let people = group ?? (contacts.count - 1)..<contacts.count
        for person in people {
            for email in emails where !contacts[person].emails.contains(email) { contacts[person].emails.append(email) }
        }
    }

    /// `市场监管总局质量发展局 蔡煜刚` → (office, [person]); `基础教育司 王磊 陈静` → (office, both people);
    /// `王明` → (nil, [person]).
    static func splitPeople(_ text: Scalars) -> (String?, [String]) {
        guard !text.isEmpty else { return (nil, []) }
        if let (name, office) = nameWithOffice(text) { return (office.string, [name.string]) }
        // `吴 倩`: a name spread out with spaces is one token.
        let tokens = OrganizationNames.mergeSpacedLetters(text.split(whereSeparator: \.isLayoutSpace).map(Array.init))
        // `陈晓东　市政务服务和大数据管理局`: the office printed after the name.
        if tokens.count == 2, isPersonName(tokens[0]), isOfficeAlone(tokens[1]) { return (tokens[1].string, [tokens[0].string]) }
        // `市應急管理局　?軙匝?`: a name damage made unreadable, after its office, stays as printed.
        if tokens.count == 2, endsLikeOffice(tokens[0]), isUnreadable(tokens[1], length: 2...6) {
            return (tokens[0].string, [tokens[1].string])
        }
        // Names stand last, each on its own between spaces. The last token is a name when it reads as
        // one; one before it only when it does not end as an office does (`办公室 张会` is one person).
        if tokens.count >= 2, let last = tokens.last, isPersonName(last) || isLongPersonName(last, after: tokens[tokens.count - 2]) {
            let people = 1 + tokens.dropLast().reversed().prefix { isPersonName($0) && !endsLikeOffice($0) }.count
            let names = tokens.suffix(people).map(\.string)
            var office = Array(tokens.dropLast(names.count).joined())
            // `资源开发处处长　王晓东`: the post closes the office's name; the office is the 处.
            let folded = ScriptFolding.matchingKey(office)
            if let post = honorifics.first(where: { folded.count > $0.count + 1 && folded.ends(with: $0) }),
                endsLikeOffice(Array(office.dropLast(post.count)))
            {
                office.removeLast(post.count)
            }
            return (office.isEmpty ? nil : office.string, names)
        }
        if isPersonName(text) { return (nil, [text.string]) }
        // `教育部办公厅王明`: an office ending, then two to four characters of a name.
        let folded = ScriptFolding.matchingKey(text)
        // `海淀供电公司学院路供电所` is one office: a name never ends as an office does.
        for nameLength in [3, 2, 4] where text.count > nameLength + 2 && !endsLikeOffice(Array(text.suffix(nameLength))) {
            let office = Array(folded[..<(text.count - nameLength)])
            if OrganizationNames.suffixes.contains(where: { office.ends(with: $0.unicodeScalars) && $0.count <= 2 }) {
                return (Array(text[..<(text.count - nameLength)]).string, [Array(text[(text.count - nameLength)...]).string])
            }
        }
        return (nil, [text.squeezed.string])
    }

    /// The text before a line's first label when it is a person, or an office and a person, and nothing
    /// else: `监督评价局　何雯，` before `电话：`.
    static func personOpening(_ text: Scalars) -> Scalars? {
        var value = withoutTopicLabel(text.trimmed())
        while let last = value.last, "，,、；;：:".unicodeScalars.contains(last) || last.isLayoutSpace { value.removeLast() }
        guard !value.isEmpty, value.count <= 30 else { return nil }
        if nameWithOffice(value) != nil { return value }
        value = withoutHonorific(value)
        let tokens = OrganizationNames.mergeSpacedLetters(value.split(whereSeparator: \.isLayoutSpace).map(Array.init))
        // `西安專員辦 Μ鏇夌嚂`: a name damage made unreadable stands after its office.
        // `刘洋、许静`: people of one office, listed together.
        let listed = tokens.last.map { $0.split(separator: "、").map(Array.init) } ?? []
        guard let name = tokens.last,
            isPersonName(name) || listed.count > 1 && listed.allSatisfy(isPersonName) || tokens.count == 2 && isUnreadable(name, length: 2...6),
            !endsLikeOffice(name), tokens.count <= 2
        else { return nil }
        if tokens.count == 2, !tokens[0].allSatisfy(\.isHan) || !endsLikeOffice(tokens[0]) { return nil }
        return value
    }

    /// `政策咨询：市人社局就业促进处　黄晓东，`, `技术支持：…中心　梁嘉欣`: what the contact is for, under a label
    /// of its own, before them; the text after that label.
    private static func withoutTopicLabel(_ value: Scalars) -> Scalars {
        guard let colon = value.firstIndex(where: \.isColon), (2...8).contains(colon), value[..<colon].allSatisfy(\.isHan) else { return value }
        return Array(value[(colon + 1)...]).trimmed()
    }

    /// The text before a bracketed part it ends with, and the part inside the brackets.
    private static func trailingBracket(_ text: Scalars) -> (before: Scalars, inside: Scalars)? {
        guard text.last?.isCloseParen == true, let open = text.lastIndex(where: \.isOpenParen) else { return nil }
        return (Array(text[..<open]), Array(text[(open + 1)..<(text.count - 1)]))
    }

    /// `黄堃（教师工作处）`: a person's name with the office in brackets after it.
    private static func nameWithOffice(_ text: Scalars) -> (name: Scalars, office: Scalars)? {
        guard let (before, inside) = trailingBracket(text), !before.isEmpty else { return nil }
        let name = before.trimmed()
        let office = inside.trimmed()
        return isPersonName(name) && !office.isEmpty && endsLikeOffice(office) ? (name, office) : nil
    }

    /// `办公厅`, `财务科`, `张家港市`: a short token that names an office or a place, not a person.
    /// An office's name and nothing else: Han characters ending as an agency's name ends, too long to be
    /// a person's.
    /// A line that is an office's name alone, as a list of contacts prints it over its people.
    static func isOfficeLine(_ line: Scalars) -> Bool {
        line.count <= 40 && isOfficeAlone(line.trimmed())
    }

    private static func isOfficeAlone(_ text: Scalars) -> Bool {
        let squeezed = text.squeezed
        guard squeezed.count >= 4, squeezed.allSatisfy(\.isHan), endsLikeOffice(squeezed) else { return false }
        // `盛京医院`, `市教育局` are four hanzi as a name may be, but no name ends in a body's two-character
        // ending or opens with a division.
        return !isPersonName(squeezed) || twoCharacterEndings.contains { ScriptFolding.matchingKey(squeezed).ends(with: $0) }
            || "省市县区州".unicodeScalars.contains(squeezed[0])
    }

    private static let twoCharacterEndings = OrganizationNames.suffixes.filter { $0.count == 2 }.map { Array($0.unicodeScalars) }

    private static func endsLikeOffice(_ token: Scalars) -> Bool {
        let folded = ScriptFolding.matchingKey(token)
        if let last = folded.last, "科股组所站队馆校村市县区省州镇乡".unicodeScalars.contains(last) { return true }
        return OrganizationNames.suffixes.contains { folded.ends(with: $0.unicodeScalars) && $0.count <= 2 }
    }

    /// Two to four hanzi, or a transliterated name parted by a middle dot (`热依拉·艾买提`,
    /// `阿不都热合曼·阿不都热依木`), which may run longer.
    private static func isPersonName(_ scalars: Scalars) -> Bool {
        // `第一网格`: an ordinal opens a unit's name, not a person's.
        guard scalars.first != "第" else { return false }
        if (2...4).contains(scalars.count) && scalars.allSatisfy(\.isHan) { return true }
        guard (3...16).contains(scalars.count), let dot = scalars.firstIndex(where: \.isNameDot), dot > 0, dot < scalars.count - 1
        else { return false }
        return scalars.allSatisfy { $0.isHan || $0.isNameDot }
    }

    /// `阿不都热合曼`: five to eight hanzi, a name transliterated without its dot, taken for a person only
    /// when it stands apart after an office's name.
    private static func isLongPersonName(_ token: Scalars, after office: Scalars) -> Bool {
        (5...8).contains(token.count) && token.allSatisfy(\.isHan) && !endsLikeOffice(token) && endsLikeOffice(office)
    }

    static func emails(in scalars: Scalars) -> [String] {
        var found = [String]()
        for (index, scalar) in scalars.enumerated() where scalar == "@" {
            var start = index
            while start > 0, isLocalPart(scalars[start - 1]) { start -= 1 }
            // `010-62030612jcwsrc@…`: a phone number that joining a wrapped line glued on is not the address's.
            var glued = start
            while glued < index, scalars[glued].isASCIIDigit || scalars[glued] == "-" { glued += 1 }
            let number = scalars[start..<glued]
            if glued < index, scalars[glued].properties.isAlphabetic, number.count >= 11 || number.count >= 7 && number.contains("-") {
                start = glued
            }
            var end = index + 1
            while end < scalars.count, isDomainPart(scalars[end]) { end += 1 }
            while end > index + 1, scalars[end - 1] == "." || scalars[end - 1] == "-" { end -= 1 }
            // The domain holds ASCII letters, digits, dots and hyphens only, and ends with neither.
            let domain = scalars[(index + 1)..<end]
            guard start < index, let dot = domain.lastIndex(of: "."), end - dot > 2,
                domain[(dot + 1)...].allSatisfy({ $0.properties.isAlphabetic })
            else { continue }
            found.append(scalars[start..<end].string)
        }
        return found
    }

    private static func isLocalPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || scalar.isASCIIDigit || "._%+-".unicodeScalars.contains(scalar))
    }

    private static func isDomainPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || scalar.isASCIIDigit || scalar == "." || scalar == "-")
    }

    private static let labelScalars = labels.map { (Array($0.0.unicodeScalars), $0.1) }
    /// The letters labels open with: most positions of a line are ruled out by these alone.
    private static let labelInitials = Set(labelScalars.map { $0.0[0] })

    /// A label at `start`, its letters possibly spread with layout spaces (`电 话：`), then its colon.
    private static func label(in folded: Scalars, at start: Int) -> (Label, Int)? {
        guard start < folded.count, labelInitials.contains(folded[start]) else { return nil }
        for (text, label) in labelScalars where text[0] == folded[start] {
            var position = start
            var matched = true
            for (offset, character) in text.enumerated() {
                if offset > 0 { while position < folded.count, folded[position].isLayoutSpace { position += 1 } }
                guard position < folded.count, folded[position] == character else {
                    matched = false
                    break
                }
                position += 1
            }
            guard matched else { continue }
            if let end = colonEnd(in: folded, after: position) { return (label, end) }
        }
        return nil
    }

    /// Where the colon that ends a label starting before `position` ends: after spaces, and after a word
    /// in brackets that says what the label is for (`联系人（询问）：`, `联系方式（质疑）：`).
    private static func colonEnd(in folded: Scalars, after position: Int) -> Int? {
        var position = position
        while position < folded.count, folded[position].isLayoutSpace { position += 1 }
        if position < folded.count, folded[position].isOpenParen,
            let close = folded[position..<min(folded.count, position + 8)].firstIndex(where: \.isCloseParen),
            folded[(position + 1)..<close].allSatisfy(\.isHan)
        {
            position = close + 1
            while position < folded.count, folded[position].isLayoutSpace { position += 1 }
        }
        return position < folded.count && folded[position].isColon ? position + 1 : nil
    }

    /// Without surrounding spaces, parentheses and trailing punctuation.
    private static func clean(_ value: Scalars) -> Scalars {
        var value = value.trimmed()
        // `联系人：：周敏`: a colon typed twice.
        while let first = value.first, first.isColon { value = Array(value.dropFirst()).trimmed() }
        while let last = value.last, "，,。；;、）)".unicodeScalars.contains(last) {
            if last.isCloseParen, value.contains(where: \.isOpenParen) { break }
            value.removeLast()
            value = value.trimmed()
        }
        return value
    }
}
