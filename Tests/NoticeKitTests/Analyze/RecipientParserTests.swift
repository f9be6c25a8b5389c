import Testing
@testable import NoticeKit

@Suite struct RecipientParserTests {
    func recipients(_ line: String) -> [Recipient] {
        RecipientParser(names: OrganizationNames(gazetteer: .shared)).parse([Paragraph(Block(line), offset: 0)][...])
    }

    @Test func scopesOfDivisions() {
        #expect(recipients("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：") == [
            Recipient(name: "人民政府", scope: "各省、自治区、直辖市"),
            Recipient(name: "国务院各部委"), Recipient(name: "各直属机构"),
        ])
        #expect(recipients("各市、县（市、区）人民政府，省政府各部门：") == [
            Recipient(name: "人民政府", scope: "各市、县（市、区）"), Recipient(name: "省政府各部门"),
        ])
        #expect(recipients("各市州、县市区人民政府：").first == Recipient(name: "人民政府", scope: "各市州、县市区"))
        // `团` is a division too (a regiment of the 兵团), but not before `委`.
        #expect(recipients("各市团委：") == [Recipient(name: "团委", scope: "各市")])
        #expect(recipients("各师、团人民政府：") == [Recipient(name: "人民政府", scope: "各师、团")])
        // `镇街` is towns and subdistricts together; `镇街道` is a town and a subdistrict.
        #expect(recipients("各镇街纪工委，区各有关单位：").first == Recipient(name: "纪工委", scope: "各镇街"))
        #expect(recipients("各镇街道办事处：") == [Recipient(name: "办事处", scope: "各镇街道")])
        // Groups a page parts by spaces instead of `，`; a name spread out stays one.
        #expect(recipients("各区县（自治县）人民政府　市政府各部门　有关单位：") == [
            Recipient(name: "人民政府", scope: "各区县（自治县）"), Recipient(name: "市政府各部门"), Recipient(name: "有关单位"),
        ])
        #expect(recipients("公　安　部：") == [Recipient(name: "公安部")])
        // Divisions that damage made unreadable, before a division or a bracket of them.
        #expect(recipients("各湴绱氫互涓\u{FFFD}市教育局,廳直屬各學校:").first == Recipient(name: "教育局", scope: "各湴绱氫互涓\u{FFFD}市"))
        #expect(recipients("各甯傘\u{FFFD}佺福(市、區)人民政府,省政府直屬各單位:").first == Recipient(name: "人民政府", scope: "各甯傘\u{FFFD}佺福(市、區)"))
    }

    /// A bracket in the middle of the list of divisions: the list goes on after it.
    @Test func divisionsAfterABracket() {
        #expect(recipients("各区（市）县教育局，市直属各学校：") == [
            Recipient(name: "教育局", scope: "各区（市）县"), Recipient(name: "市直属各学校"),
        ])
        #expect(recipients("各省（区、市）市场监管局：") == [Recipient(name: "市场监管局", scope: "各省（区、市）")])
        #expect(recipients("各县（市、区）卫生健康局：") == [Recipient(name: "卫生健康局", scope: "各县（市、区）")])
        #expect(recipients("各省直管县（市）人民政府：") == [Recipient(name: "人民政府", scope: "各省直管县（市）")])
    }

    /// Hubei's and Henan's lists: cities administered by the province, and zones by their names.
    @Test func directlyAdministeredCitiesAndNamedZones() {
        #expect(recipients("各市、州、直管市、神农架林区发展改革委、经信局、交通运输局：") == [
            Recipient(name: "发展改革委", scope: "各市、州、直管市、神农架林区"), Recipient(name: "经信局"), Recipient(name: "交通运输局"),
        ])
        #expect(recipients("各省辖市、济源示范区、航空港区教育局：") == [Recipient(name: "教育局", scope: "各省辖市、济源示范区、航空港区")])
        #expect(recipients("各区、园区人民政府（管委会）：") == [Recipient(name: "人民政府", alternates: ["管委会"], scope: "各区、园区")])
        // One division before a name with its alternate after it.
        #expect(recipients("各市住房城乡建设局（城市管理局）：") == [Recipient(name: "住房城乡建设局", alternates: ["城市管理局"], scope: "各市")])
        // Counties the province funds directly, with a bracket of their cities.
        #expect(recipients("各省辖市、济源示范区财政局，各财政直管县（市）财政局：").last == Recipient(name: "财政局", scope: "各财政直管县（市）"))
        // The first zone leaves out the `新区` it shares with the second.
        #expect(recipients("各区环境保护和水务局，光明、坪山新区城市建设局：") == [
            Recipient(name: "环境保护和水务局", scope: "各区"), Recipient(name: "城市建设局", scope: "光明、坪山新区"),
        ])
    }

    @Test func aListOfDivisionsInsideAName() {
        #expect(recipients("国家税务总局各省、自治区、直辖市和计划单列市税务局，有关单位：").map(\.name)
            == ["国家税务总局各省、自治区、直辖市和计划单列市税务局", "有关单位"])
    }

    @Test func namesThatStartLikeDivisions() {
        #expect(recipients("各市场监管局：") == [Recipient(name: "各市场监管局")])
        #expect(recipients("各市委组织部：") == [Recipient(name: "各市委组织部")])
        #expect(recipients("各市交通运输局：") == [Recipient(name: "交通运输局", scope: "各市")])
        #expect(recipients("各市州教育局：") == [Recipient(name: "教育局", scope: "各市州")])
        // A body named by what it does.
        #expect(recipients("各市自然资源主管部门，省级有关单位：") == [
            Recipient(name: "自然资源主管部门", scope: "各市"), Recipient(name: "省级有关单位"),
        ])
        #expect(recipients("各市直部门：") == [Recipient(name: "各市直部门")])
        #expect(recipients("各省、自治区、直辖市及新疆生产建设兵团市场监管局（厅、委）：").first
            == Recipient(name: "市场监管局", alternates: ["厅", "委"], scope: "各省、自治区、直辖市及新疆生产建设兵团"))
    }

    @Test func proseEndingInAColonIsNotAnAddress() {
        #expect(!RecipientParser.looksLikeRecipients(Paragraph(Block("现就有关事项通知如下："), offset: 0)))
        #expect(RecipientParser.looksLikeRecipients(Paragraph(Block("国务院："), offset: 0)))
    }

    /// `各委、办、局` names kinds of body by one character each: one recipient, not three.
    @Test func kindsOfBodyListedAfterEach() {
        #expect(recipients("各县（区）人民政府，市政府各委、办、局，各企事业单位：").map(\.name) == ["人民政府", "市政府各委、办、局", "各企事业单位"])
        #expect(recipients("教育部、财政部：").map(\.name) == ["教育部", "财政部"])
    }

    /// Provinces named one by one before a body are its scope, as `各省` would be.
    @Test func namedProvincesBeforeOneBody() {
        #expect(recipients("江苏省、浙江省、安徽省生态环境厅：") == [Recipient(name: "生态环境厅", scope: "江苏省、浙江省、安徽省")])
        #expect(recipients("北京市、天津市、河北省发展改革委：") == [Recipient(name: "发展改革委", scope: "北京市、天津市、河北省")])
        #expect(recipients("江苏省人民政府、浙江省人民政府：").map(\.name) == ["江苏省人民政府", "浙江省人民政府"])
        // Zones, cities and districts are named before one body too.
        #expect(recipients("各设区市人民政府，杨凌示范区、西咸新区管委会：").last == Recipient(name: "管委会", scope: "杨凌示范区、西咸新区"))
        #expect(recipients("郑州市、洛阳市人民政府：") == [Recipient(name: "人民政府", scope: "郑州市、洛阳市")])
        #expect(recipients("温州市、台州市：").map(\.name) == ["温州市", "台州市"])
        #expect(recipients("市委办公室、市政府办公室：").map(\.name) == ["市委办公室", "市政府办公室"])
    }
}
