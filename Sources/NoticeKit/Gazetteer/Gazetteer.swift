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
    private var longestName = 0
    /// `浙江省`, `北京市`, `广西壮族自治区`: the places whose governments the table lists.
    private var provinces: [String] = []

    /// The gazetteer shipped with NoticeKit.
    public static let shared: Gazetteer = {
        guard let url = Bundle.module.url(forResource: "agencies", withExtension: "tsv"),
            let data = try? String(contentsOf: url, encoding: .utf8)
        else { return Gazetteer(tsv: "") }
        return Gazetteer(tsv: data)
    }()

    /// Parses `canonical<TAB>english<TAB>alias|alias<TAB>kind` lines after a header line.
    public init(tsv: String) {
        for line in tsv.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4, !fields[0].isEmpty else { continue }
            let position = agencies.count
            agencies.append(Agency(canonicalName: fields[0], englishName: fields[1], kind: fields[3]))
            for name in [fields[0]] + fields[2].split(separator: "|").map(String.init) where index[name] == nil {
                index[name] = position
                longestName = max(longestName, name.count)
            }
        }
        provinces = agencies.filter { $0.kind == "provincial-government" && $0.canonicalName.hasSuffix("人民政府") }
            .map { String($0.canonicalName.dropLast("人民政府".count)) }
    }

    public var count: Int { agencies.count }

    /// The agency a printed name denotes, in either script and with layout spaces ignored.
    public func agency(named printed: String) -> Agency? {
        let key = Self.key(printed)
        return index[key].map { agencies[$0] }
    }

    /// Printed name → organization with the gazetteer's names filled in where known.
    public func organization(_ printed: String) -> Organization {
        let name = Self.removingSpaces(printed)
        if let agency = agency(named: name) {
            return Organization(name: name, canonicalName: agency.canonicalName, englishName: agency.englishName)
        }
        return composed(name) ?? Organization(name: name)
    }

    /// `第十三届全国人民代表大会第五次会议` → `全国人民代表大会`: a session, named by its body.
    static func sessionBody(_ name: String) -> String? {
        var scalars = Array(name.unicodeScalars)
        guard scalars.first == "第", let term = scalars.firstIndex(of: "届"), term <= 5 else { return nil }
        scalars.removeSubrange(...term)
        guard let meeting = scalars.lastIndex(of: "第"), scalars.count - meeting <= 10 else { return nil }
        let tail = String(String.UnicodeScalarView(scalars[meeting...]))
        guard tail.hasSuffix("会议") else { return nil }
        let body = String(String.UnicodeScalarView(scalars[..<meeting]))
        return body.count >= 2 ? body : nil
    }

    /// Offices the table does not list one by one: a listed agency's general office
    /// (`交通运输部办公厅`), and a provincial government's departments (`浙江省教育厅`).
    private func composed(_ name: String) -> Organization? {
        let folded = Self.key(name)
        if let body = Self.sessionBody(folded), let agency = agency(named: body) {
            return Organization(name: name, canonicalName: agency.canonicalName, englishName: agency.englishName)
        }
        // `中共四川省委办公厅`: a provincial Party committee and its offices.
        if folded.hasPrefix("中共"), let province = provinces.first(where: { folded.dropFirst(2).hasPrefix($0) }),
            folded.dropFirst(2 + province.count).hasPrefix("委") {
            return Organization(name: name, canonicalName: folded, englishName: nil)
        }
        for office in ["办公厅", "办公室"] where folded.hasSuffix(office) && folded.count > office.count {
            if let parent = index[String(folded.dropLast(office.count))].map({ agencies[$0] }) {
                let english = parent.englishName.isEmpty ? nil : "General Office of the \(parent.englishName)"
                return Organization(name: name, canonicalName: parent.canonicalName + office, englishName: english)
            }
        }
        for province in provinces where folded.hasPrefix(province) && folded.count > province.count + 1 {
            let unit = folded.dropFirst(province.count)
            if ["厅", "局", "委员会", "委", "办公室", "办"].contains(where: { unit.hasSuffix($0) }), !unit.hasPrefix("人民政府") {
                return Organization(name: name, canonicalName: folded, englishName: nil)
            }
        }
        return nil
    }



    /// Splits a run of names printed together (`交通運輸部農業農村部`) when known names cover it exactly;
    /// nil otherwise. Pieces keep their printed script.
    public func split(_ printed: String) -> [String]? {
        let name = Self.removingSpaces(printed)
        let folded = [Character](ScriptFolding.matchingKey(name))
        let original = [Character](name)
        guard folded.count == original.count, !folded.isEmpty else { return nil }
        // best[i]: the fewest known names covering folded[i...], and the length of the first one.
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

    static func key(_ printed: String) -> String {
        var name = ScriptFolding.matchingKey(removingSpaces(printed))
        let state = "中华人民共和国"
        if name.hasPrefix(state), name.count > state.count { name.removeFirst(state.count) }
        return name
    }

    static func removingSpaces(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.isLayoutSpace })
    }
}
