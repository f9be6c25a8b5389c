import Testing
@testable import NoticeKit

@Suite struct GazetteerTests {
    let gazetteer = Gazetteer.shared

    @Test func loadsTheShippedTable() {
        #expect(gazetteer.count > 150)
    }

    @Test func abbreviationsInEitherScript() {
        #expect(gazetteer.agency(named: "市场监管总局")?.canonicalName == "国家市场监督管理总局")
        #expect(gazetteer.agency(named: "市場監管總局")?.canonicalName == "国家市场监督管理总局")
        #expect(gazetteer.agency(named: "國務院國資委")?.canonicalName == "国务院国有资产监督管理委员会")
        #expect(gazetteer.agency(named: "科 技 部")?.canonicalName == "科学技术部")
        #expect(gazetteer.agency(named: "某某县农业局") == nil)
    }

    @Test func splitsNamesRunTogether() {
        #expect(gazetteer.split("交通運輸部農業農村部") == ["交通運輸部", "農業農村部"])
        #expect(gazetteer.split("财政部人力资源社会保障部") == ["财政部", "人力资源社会保障部"])
        #expect(gazetteer.split("某某县农业局") == nil)
    }

    @Test func unknownNamesStayAsPrinted() {
        let organization = gazetteer.organization("宁波市人民政府")
        #expect(organization == Organization(name: "宁波市人民政府"))
    }

    @Test func composedOffices() {
        #expect(gazetteer.organization("交通運輸部辦公廳").canonicalName == "交通运输部办公厅")
        #expect(gazetteer.organization("浙江省教育厅").canonicalName == "浙江省教育厅")
        // A province's other organs, and its Party committee's commission for discipline inspection.
        for name in ["浙江省高级人民法院", "浙江省人民检察院", "浙江省人大常委会", "中共浙江省纪委", "中共浙江省委"] {
            #expect(gazetteer.organization(name).canonicalName == name)
        }
        #expect(gazetteer.organization("浙江省高級人民法院").canonicalName == "浙江省高级人民法院")
        #expect(gazetteer.organization("杭州市中级人民法院").canonicalName == nil, "a city's court is not a province's")
        // Departments printed short get their full names.
        #expect(gazetteer.organization("广东省卫生健康委").canonicalName == "广东省卫生健康委员会")
        #expect(gazetteer.organization("浙江省市场监管局").canonicalName == "浙江省市场监督管理局")
        #expect(gazetteer.organization("四川省發展改革委").canonicalName == "四川省发展和改革委员会")
        // A department named after the province's government, in full and short.
        #expect(gazetteer.organization("四川省人民政府国有资产监督管理委员会").canonicalName == "四川省人民政府国有资产监督管理委员会")
        #expect(gazetteer.organization("江苏省国资委").canonicalName == "江苏省人民政府国有资产监督管理委员会")
        #expect(gazetteer.organization("湖南省人民政府关于表彰先进集体的决定各市州人民政府办公厅").canonicalName == nil, "not a name")
        // The Xinjiang Production and Construction Corps ranks as a province; so do its departments.
        #expect(gazetteer.organization("新疆生产建设兵团财政局").canonicalName == "新疆生产建设兵团财政局")
    }

    @Test func signatureRows() {
        let names = OrganizationNames(gazetteer: gazetteer)
        #expect(names.names(inRow: Scalars("市場監管總局 中央宣傳部 國家發展改革委 科 技 部")) == ["市場監管總局", "中央宣傳部", "國家發展改革委", "科技部"])
        #expect(names.names(inRow: Scalars("住房和城鄉建設部 交通運輸部農業農村部 商務部")) == ["住房和城鄉建設部", "交通運輸部", "農業農村部", "商務部"])
        #expect(names.names(inRow: Scalars("请各单位认真贯彻执行")) == nil)
        // Customs, border inspection stations, state farms sign as bodies too.
        #expect(names.names(inRow: Scalars("南宁海关　广西海事局")) == ["南宁海关", "广西海事局"])
        #expect(names.names(inRow: Scalars("东兴出入境边防检查站")) == ["东兴出入境边防检查站"])
    }
}
