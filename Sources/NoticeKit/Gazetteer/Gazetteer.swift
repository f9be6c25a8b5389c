import Foundation

/// Agency names as data (`agencies.tsv`): official full names, the abbreviations notices print, English
/// names. Lookups fold the script first, so Traditional printings find their Simplified entries.
public struct Gazetteer: Sendable {
    public struct Agency: Sendable, Equatable {
        public var canonicalName: String
        public var englishName: String
        public var kind: String
    }

    private var agencies: [Agency] = []
    /// Every official name and alias, Simplified, to its agency.
    private var index: [String: Int] = [:]
    /// The same names in canonically composed form (NFC), to be walked scalar by scalar. For text of
    /// plain scalars (see `isPlain`) this finds exactly what `index` finds, without building strings.
    private var names = NameTrie([])
    private var longestName = 0
    /// `浙江省`, `北京市`, `广西壮族自治区`: the places whose governments the table lists.
    private var provinces: [String] = []
    private var provinceScalars: [[Unicode.Scalar]] = []
    /// The names provincial departments open with: the provinces, and provincial bodies that are no
    /// government (`新疆生产建设兵团财政局`).
    private var departmentPrefixes: [String] = []
    private var departmentPrefixScalars: [[Unicode.Scalar]] = []

    /// The gazetteer shipped with NoticeKit.
    public static let shared: Gazetteer = {
        guard let url = Bundle.module.url(forResource: "agencies", withExtension: "tsv"),
            let data = try? String(contentsOf: url, encoding: .utf8)
        else { return Gazetteer(tsv: "") }
        return Gazetteer(tsv: data)
    }()

    /// Parses `canonical<TAB>english<TAB>alias|alias<TAB>kind` lines after a header line.
    public init(tsv: String) {
        var composedNames = [([Unicode.Scalar], Int)]()
        // Split as bytes, at line feeds and tabs: splitting characters cost more than building the index.
        for line in tsv.utf8.split(separator: 0x0A).dropFirst() {
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count >= 4, !fields[0].isEmpty else { continue }
            let position = agencies.count
            agencies.append(Agency(canonicalName: fields[0], englishName: fields[1], kind: fields[3]))
            for name in [fields[0]] + fields[2].split(separator: "|").map(String.init) where index[name] == nil {
                index[name] = position
                longestName = max(longestName, name.count)
                composedNames.append((Array(name.precomposedStringWithCanonicalMapping.unicodeScalars), position))
            }
        }
        names = NameTrie(composedNames)
        provinces = agencies.filter { $0.kind == "provincial-government" && $0.canonicalName.hasSuffix("人民政府") }
            .map { String($0.canonicalName.dropLast("人民政府".count)) }
        provinceScalars = provinces.map { Array($0.precomposedStringWithCanonicalMapping.unicodeScalars) }
        departmentPrefixes = provinces + agencies.filter { $0.kind == "provincial-government" && !$0.canonicalName.hasSuffix("人民政府") }
            .map(\.canonicalName)
        departmentPrefixScalars = departmentPrefixes.map { Array($0.precomposedStringWithCanonicalMapping.unicodeScalars) }
    }

    public var count: Int { agencies.count }

    /// The agency a printed name denotes, in either script and with layout spaces ignored.
    public func agency(named printed: String) -> Agency? {
        agency(named: Array(printed.unicodeScalars))
    }

    func agency(named printed: [Unicode.Scalar]) -> Agency? {
        let name = printed.squeezed
        var key = ScriptFolding.matchingKey(name)
        guard key.allSatisfy(Self.isPlain) else { return index[Self.key(name.string)].map { agencies[$0] } }
        if key.count > Self.state.count, key.starts(with: Self.state) { key.removeFirst(Self.state.count) }
        return names.value(of: key).map { agencies[$0] }
    }

    /// Printed name → organization with the gazetteer's names filled in where known.
    public func organization(_ printed: String) -> Organization {
        let scalars = Scalars(printed).squeezed
        let name = scalars.string
        if let agency = agency(named: scalars) {
            return Organization(name: name, canonicalName: agency.canonicalName, englishName: agency.englishName)
        }
        return composed(name) ?? Organization(name: name)
    }

    /// `第十三届全国人民代表大会第五次会议` → `全国人民代表大会`: a session, named by its body.
    static func sessionBody(_ name: String) -> String? {
        sessionBody(Array(name.unicodeScalars))
    }

    static func sessionBody(_ scalars: [Unicode.Scalar]) -> String? {
        guard scalars.first == "第", let term = scalars.firstIndex(of: "届"), term <= 5 else { return nil }
        let session = scalars[(term + 1)...]
        guard let meeting = session.lastIndex(of: "第"), session.endIndex - meeting <= 10 else { return nil }
        let tail = String(scalars: session[meeting...])
        guard tail.hasSuffix("会议") else { return nil }
        let body = String(scalars: session[..<meeting])
        return body.count >= 2 ? body : nil
    }

    /// Offices the table does not list one by one: a listed agency's general office
    /// (`交通运输部办公厅`), and a provincial government's departments (`浙江省教育厅`).
    private func composed(_ name: String) -> Organization? {
        let folded = Self.key(name)
        let scalars = Array(folded.unicodeScalars)
        guard scalars.allSatisfy(Self.isPlain) else { return composedByCharacters(name, folded: folded) }
        if let body = Self.sessionBody(scalars), let agency = agency(named: body) {
            return Organization(name: name, canonicalName: agency.canonicalName, englishName: agency.englishName)
        }
        // `中共四川省委办公厅`, `中共浙江省纪委`: a provincial Party committee, its offices, its commission
        // for discipline inspection.
        if scalars.starts(with: "中共".unicodeScalars), let province = provinceScalars.first(where: { scalars.dropFirst(2).starts(with: $0) }),
            Self.partyBodies.contains(where: { scalars.dropFirst(2 + province.count).starts(with: $0.unicodeScalars) }) {
            return Organization(name: name, canonicalName: folded, englishName: nil)
        }
        for office in Self.offices where scalars.count > office.unicodeScalars.count && scalars.ends(with: office.unicodeScalars) {
            if let parent = names.value(of: scalars.dropLast(office.unicodeScalars.count)).map({ agencies[$0] }) {
                return generalOffice(name: name, parent: parent, office: office)
            }
        }
        for province in departmentPrefixScalars where scalars.count > province.count + 1 && scalars.starts(with: province) {
            let unit = scalars.dropFirst(province.count)
            if unit.count <= Self.longestUnit, unit.allSatisfy(\.isHan), Self.units.contains(where: { unit.ends(with: $0.unicodeScalars) }) {
                return Organization(name: name, canonicalName: Self.fullProvincialName(folded, unitAt: province.count), englishName: nil)
            }
        }
        return nil
    }

    /// The full name of a provincial department printed short (`广东省卫生健康委` → `广东省卫生健康委员会`).
    private static func fullProvincialName(_ folded: String, unitAt offset: Int) -> String {
        let scalars = Array(folded.unicodeScalars)
        let unit = String(String.UnicodeScalarView(scalars[offset...]))
        guard let full = provincialUnits[unit] else { return folded }
        return String(String.UnicodeScalarView(scalars[..<offset])) + full
    }

    /// How a provincial department names itself in its own province's text: `省发展改革委`, `省发展和改革委员会`
    /// for `四川省发展和改革委员会`. Empty for any other body.
    public func selfReferences(_ canonicalName: String) -> [String] {
        let scalars = Array(canonicalName.unicodeScalars)
        guard let province = provinceScalars.first(where: { scalars.count > $0.count + 1 && scalars.starts(with: $0) }) else { return [] }
        let level = province.ends(with: "自治区".unicodeScalars) ? "自治区" : String(province[province.count - 1])
        let unit = String(String.UnicodeScalarView(scalars[province.count...]))
        return ([unit] + (Self.shortUnits[unit] ?? [])).map { level + $0 }
    }

    /// The first province-level division named in `text` (`浙江省`), as the gazetteer spells it, or nil.
    public func province(namedIn text: String) -> String? {
        let folded = Array(ScriptFolding.matchingKey(Array(text.unicodeScalars)))
        for start in folded.indices {
            if let province = provinceScalars.first(where: { folded[start...].starts(with: $0) }) { return String(String.UnicodeScalarView(province)) }
        }
        return nil
    }

    /// `省发展改革委` printed in a notice of `浙江省`: a department named as its own province's text names it,
    /// resolved in that province. The organization as it was when the short form names nothing there.
    public func inProvince(_ organization: Organization, _ province: String) -> Organization {
        guard organization.canonicalName == nil else { return organization }
        let level = province.hasSuffix("自治区") ? "自治区" : String(province.suffix(1))
        guard organization.name.hasPrefix(level), organization.name.count > level.count + 1 else { return organization }
        let full = self.organization(province + organization.name.dropFirst(level.count))
        guard let canonicalName = full.canonicalName else { return organization }
        return Organization(name: organization.name, canonicalName: canonicalName, englishName: full.englishName)
    }

    /// `provincialUnits` the other way: a department's full name to the short forms it is printed in.
    private static let shortUnits = Dictionary(grouping: provincialUnits.keys, by: { provincialUnits[$0]! })

    /// Short forms provinces print for their departments, and the departments' full names.
    private static let provincialUnits = [
        "发展改革委": "发展和改革委员会", "发改委": "发展和改革委员会", "卫生健康委": "卫生健康委员会", "卫健委": "卫生健康委员会",
        "市场监管局": "市场监督管理局", "人力资源社会保障厅": "人力资源和社会保障厅", "人社厅": "人力资源和社会保障厅",
        "住房城乡建设厅": "住房和城乡建设厅", "住建厅": "住房和城乡建设厅", "科技厅": "科学技术厅", "经信厅": "经济和信息化厅",
        "工信厅": "工业和信息化厅", "文旅厅": "文化和旅游厅", "医保局": "医疗保障局", "林草局": "林业和草原局", "药监局": "药品监督管理局",
        "广电局": "广播电视局", "国资委": "人民政府国有资产监督管理委员会", "地方金融监管局": "地方金融监督管理局",
        "民宗委": "民族宗教事务委员会", "退役军人厅": "退役军人事务厅", "外办": "人民政府外事办公室", "应急厅": "应急管理厅",
    ]

    /// The length of the province-level division that `scalars` open with, in Simplified (`江苏省`,
    /// `北京市`, or short, `江苏`), or nil.
    func provinceLength(at scalars: some Collection<Unicode.Scalar>) -> Int? {
        var longest: Int?
        for province in provinceScalars {
            for length in [province.count, province.count - 1] where length >= 2 && scalars.starts(with: province.prefix(length)) {
                longest = max(longest ?? 0, length)
            }
        }
        return longest
    }

    /// `composed` for names with scalars that combine into one character or equal others canonically.
    private func composedByCharacters(_ name: String, folded: String) -> Organization? {
        if let body = Self.sessionBody(folded), let agency = agency(named: body) {
            return Organization(name: name, canonicalName: agency.canonicalName, englishName: agency.englishName)
        }
        if folded.hasPrefix("中共"), let province = provinces.first(where: { folded.dropFirst(2).hasPrefix($0) }),
            Self.partyBodies.contains(where: folded.dropFirst(2 + province.count).hasPrefix) {
            return Organization(name: name, canonicalName: folded, englishName: nil)
        }
        for office in Self.offices where folded.hasSuffix(office) && folded.count > office.count {
            if let parent = index[String(folded.dropLast(office.count))].map({ agencies[$0] }) {
                return generalOffice(name: name, parent: parent, office: office)
            }
        }
        for province in departmentPrefixes where folded.hasPrefix(province) && folded.count > province.count + 1 {
            let unit = folded.dropFirst(province.count)
            if unit.count <= Self.longestUnit, unit.unicodeScalars.allSatisfy(\.isHan), Self.units.contains(where: { unit.hasSuffix($0) }) {
                return Organization(name: name, canonicalName: Self.fullProvincialName(folded, unitAt: province.unicodeScalars.count), englishName: nil)
            }
        }
        return nil
    }

    private static let offices = ["办公厅", "办公室"]
    /// The departments a provincial government names after the province (`浙江省教育厅`, and with the
    /// government's name, `四川省人民政府国有资产监督管理委员会`), and the province's other organs: its
    /// people's congress, court and procuratorate.
    private static let units = ["厅", "局", "委员会", "委", "办公室", "办", "人大常委会", "高级人民法院", "人民检察院"]
    private static let partyBodies = ["委", "纪委"]
    /// No department's name after its province's runs longer (`人民政府国有资产监督管理委员会` is 15): a
    /// longer text that opens with a province is not a name.
    private static let longestUnit = 24

    private func generalOffice(name: String, parent: Agency, office: String) -> Organization {
        let english = parent.englishName.isEmpty ? nil : "General Office of the \(parent.englishName)"
        return Organization(name: name, canonicalName: parent.canonicalName + office, englishName: english)
    }

    /// Splits a run of names printed together (`交通運輸部農業農村部`) when known names cover it exactly;
    /// nil otherwise. Pieces keep their printed script.
    public func split(_ printed: String) -> [String]? {
        split(Array(printed.unicodeScalars))
    }

    func split(_ printed: [Unicode.Scalar]) -> [String]? {
        let name = printed.squeezed
        let folded = ScriptFolding.matchingKey(name)
        guard folded.allSatisfy(Self.isPlain) else { return splitByCharacters(String(scalars: name)) }
        guard !folded.isEmpty else { return nil }
        // best[i]: the fewest known names covering folded[i...], and the length of the first one; of
        // as few names, the one with the longest first name.
        var best = [(count: Int, length: Int)?](repeating: nil, count: folded.count + 1)
        best[folded.count] = (0, 0)
        var nearest = folded.count
        for start in stride(from: folded.count - 1, through: 0, by: -1) {
            // `nearest` is the closest position after `start` from which names reach the end. When it
            // is further than the longest name, no name starting here or earlier can reach it.
            guard nearest - start <= names.longestName else { return nil }
            var node = NameTrie.root
            var end = start
            while end < folded.count, let next = names.child(of: node, folded[end]) {
                node = next
                end += 1
                guard end - start >= 2, names.value(at: node) != nil, let rest = best[end] else { continue }
                if best[start] == nil || rest.count + 1 <= best[start]!.count { best[start] = (rest.count + 1, end - start) }
            }
            if best[start] != nil { nearest = start }
        }
        guard best[0] != nil else { return nil }
        var pieces = [String]()
        var position = 0
        while position < name.count, let step = best[position] {
            pieces.append(String(scalars: name[position..<position + step.length]))
            position += step.length
        }
        return pieces
    }

    /// `split` for text with scalars that combine into one character or equal others canonically, where
    /// only comparing `String`s by character gives the right answer.
    private func splitByCharacters(_ name: String) -> [String]? {
        let folded = [Character](ScriptFolding.matchingKey(name))
        let original = [Character](name)
        guard folded.count == original.count, !folded.isEmpty else { return nil }
        var best = [(count: Int, length: Int)?](repeating: nil, count: folded.count + 1)
        best[folded.count] = (0, 0)
        for start in stride(from: folded.count - 1, through: 0, by: -1) {
            for length in stride(from: min(longestName, folded.count - start), through: 2, by: -1) {
                guard let rest = best[start + length], index[String(folded[start..<start + length])] != nil else { continue }
                if best[start] == nil || rest.count + 1 < best[start]!.count { best[start] = (rest.count + 1, length) }
            }
        }
        guard best[0] != nil else { return nil }
        var pieces = [String]()
        var position = 0
        while position < original.count, let step = best[position] {
            pieces.append(String(original[position..<position + step.length]))
            position += step.length
        }
        return pieces
    }

    /// Scalars that NFC leaves as they are wherever they stand: each is its own composed form and
    /// none combines with a neighbour. The names are stored NFC, so in text made only of these,
    /// comparing scalars is comparing `String`s. Some have canonical twins (the unified ideographs at
    /// U+F900–FAD9, `K` at U+212A, the middle dot at U+0387), but the twins are left out, so text
    /// holding one is compared by `Character`. Not `standsAlone`, which only asks about grapheme
    /// clusters: this set adds the middle dot that joins the parts of transliterated names, and leaves
    /// out the ideographic space, which lookups remove first, and the CJK signs past U+3029.
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xB7, 0x2010...0x2027, 0x3001...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }

    private static let state = Array("中华人民共和国".unicodeScalars)

    /// The `index` key of a name without layout spaces.
    static func key(_ name: String) -> String {
        var name = ScriptFolding.matchingKey(name)
        let state = "中华人民共和国"
        if name.hasPrefix(state), name.count > state.count { name.removeFirst(state.count) }
        return name
    }
}
