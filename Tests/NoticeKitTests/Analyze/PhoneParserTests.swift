import Testing
@testable import NoticeKit

@Suite struct PhoneParserTests {
    func phones(_ text: String, kind: Phone.Kind = .voice) -> [Phone] {
        PhoneParser.find(in: Scalars(text), areaCode: nil, label: kind).map(\.phone)
    }

    @Test func areaCodeIsInheritedAndFaxMarked() {
        #expect(phones("010-82262033、82260120(傳真)") == [
            Phone(raw: "010-82262033", e164: "+861082262033", kind: .voice),
            Phone(raw: "82260120", e164: "+861082260120", kind: .fax),
        ])
    }

    @Test func mobilesExtensionsAndBrackets() {
        #expect(phones("13812345678").first == Phone(raw: "13812345678", e164: "+8613812345678", kind: .mobile))
        #expect(phones("010-12345678转8001").first == Phone(raw: "010-12345678转8001", e164: "+861012345678", kind: .voice))
        #expect(phones("04-22289111分機54321").first == Phone(raw: "04-22289111分機54321", e164: "+886422289111", kind: .voice))
        #expect(phones("（0571）87050000").first?.e164 == "+8657187050000")
        #expect(phones("400-810-5000").first?.e164 == "+864008105000")
        // A city's five-digit hotline after its area code, spelled either way.
        #expect(phones("0574-12380").first == Phone(raw: "0574-12380", e164: "+8657412380", kind: .voice))
        #expect(phones("(0574)12345").first == Phone(raw: "(0574)12345", e164: "+8657412345", kind: .voice))
        #expect(phones("024-96615").first?.e164 == "+862496615")
        #expect(phones("+852 2584 4333 ext. 215") == [Phone(raw: "+852 2584 4333 ext. 215", e164: "+85225844333", kind: .voice)])
    }

    @Test func yearsAndAmountsAreNotPhones() {
        #expect(phones("2020年投入12345678万元").isEmpty)
        #expect(phones("增加12345678.5元").isEmpty)
        // A half-width full stop after a number ends the sentence.
        #expect(phones("手机:13857221098.").map(\.e164) == ["+8613857221098"])
    }

    /// A calling code before the number: the mainland's written with it, Hong Kong's and Macau's.
    @Test func numbersWithTheirCallingCode() {
        #expect(phones("+86 10 6855 2345") == [Phone(raw: "+86 10 6855 2345", e164: "+861068552345", kind: .voice)])
        #expect(phones("0086-10-68552345").map(\.e164) == ["+861068552345"])
        #expect(phones("+86 138 0123 4567") == [Phone(raw: "+86 138 0123 4567", e164: "+8613801234567", kind: .mobile)])
        #expect(phones("(853) 8866 3636") == [Phone(raw: "(853) 8866 3636", e164: "+85388663636", kind: .voice)])
        #expect(phones("+852 2804 2600", kind: .fax).map(\.e164) == ["+85228042600"])
        #expect(phones("+852 2804 2600", kind: .fax).map(\.kind) == [.fax])
        #expect(phones("第86-90页").isEmpty)
    }

    @Test func emails() {
        #expect(ContactParser.emails(in: Scalars("郵 箱:caiyugang@samr.gov.cn。")) == ["caiyugang@samr.gov.cn"])
        #expect(ContactParser.emails(in: Scalars("没有邮箱@的句子")).isEmpty)
        #expect(ContactParser.emails(in: Scalars("王芳　010-62030612jcwsrc@nhc.gov.cn")) == ["jcwsrc@nhc.gov.cn"])
        #expect(ContactParser.emails(in: Scalars("123456789@qq.com")) == ["123456789@qq.com"])
    }

    @Test func contactBlockUnderABareLabel() {
        var parser = ContactParser()
        parser.read(Scalars("联系人："))
        parser.read(Scalars("教育部职业教育与成人教育司　李明　010-66097335　zcs@moe.edu.cn"))
        parser.read(Scalars("国家发展改革委社会发展司　周涛　68502617"))
        #expect(parser.result.map(\.name) == ["李明", "周涛"])
        #expect(parser.result[1].phones.first?.e164 == "+861068502617")
        #expect(parser.result[0].emails == ["zcs@moe.edu.cn"])
    }

    /// The first person stands on the label's line, the others line up below it.
    @Test func contactBlockStartingOnTheLabelLine() {
        var parser = ContactParser()
        parser.read(Scalars("联系人：生态环境部科技与财务司　孙志强　010-65645123"))
        parser.read(Scalars("国家发展改革委环资司　周敏　010-68502345"))
        parser.read(Scalars("工业和信息化部节能与综合利用司　郭涛　010-68205678"))
        parser.read(Scalars("2025年2月20日"))
        parser.read(Scalars("请于3月1日前报送，咨询电话010-12345678"))
        #expect(parser.result.map(\.name) == ["孙志强", "周敏", "郭涛"])
        #expect(parser.result.map(\.organization) == ["生态环境部科技与财务司", "国家发展改革委环资司", "工业和信息化部节能与综合利用司"])
        #expect(parser.result.map { $0.phones.map(\.e164) } == [["+861065645123"], ["+861068502345"], ["+861068205678"]])
    }

    /// A person named before the numbers' labels, on a line under a contact, is the next contact.
    @Test func aPersonBeforeTheLabelsOfTheNumbers() {
        var parser = ContactParser()
        parser.read(Scalars("联系人：预算司　孙晓峰，电话：010-61965432"))
        parser.read(Scalars("监督评价局　何雯，电话：010-61966035，手机：13911052876"))
        parser.read(Scalars("如有问题请与我处联系，电话：010-61965400"))
        #expect(parser.result.map(\.name) == ["孙晓峰", "何雯"])
        #expect(parser.result.map(\.organization) == ["预算司", "监督评价局"])
        #expect(parser.result[1].phones.map(\.kind) == [.voice, .mobile, .voice])
        var bracketed = ContactParser()
        bracketed.read(Scalars("联系人：孙晓（省教育厅基础教育处），电话：0531-86909876；"))
        bracketed.read(Scalars("　　　　王玥（省教育科学研究院），电话：0531-86951234，邮箱：sdjky_syjx@163.com。"))
        #expect(bracketed.result.map(\.name) == ["孙晓", "王玥"])
        #expect(bracketed.result.map(\.organization) == ["省教育厅基础教育处", "省教育科学研究院"])
        #expect(bracketed.result.map(\.emails) == [[], ["sdjky_syjx@163.com"]])
        #expect(ContactParser.personOpening(Scalars("联��系人：职业能力建设处　王芳，")) == nil)
    }

    /// A table of contacts under a row of column titles: one contact a row, each number of its column's
    /// kind when the row fills every number column.
    @Test func aTableOfContactsUnderColumnTitles() {
        var parser = ContactParser()
        for line in [
            "请径向以下单位反映：", "单　　位　　　　　联系人　　座　机　　　　　传　真",
            "区住房建设局物业管理科　　郑　凯　　0755-26651234　　0755-26651235", "区规划土地监察局　　何晓丽　　0755-26655678",
            "特此通知。", "区财政局　　李明　　0755-26650000",
        ] {
            parser.read(Scalars(line))
        }
        #expect(parser.result.map(\.name) == ["郑凯", "何晓丽"], "the table ends with its rows")
        #expect(parser.result.map(\.organization) == ["区住房建设局物业管理科", "区规划土地监察局"])
        #expect(parser.result.map { $0.phones.map(\.kind) } == [[.voice, .fax], [.voice]])
        var anyPhone = ContactParser()
        for line in ["单位　　联系人　　电话", "生态环境部信息中心　　冯　涛　　13911234567", "中国环境监测总站　　钱丽娟　　010-84943123"] {
            anyPhone.read(Scalars(line))
        }
        #expect(anyPhone.result.map { $0.phones.map(\.kind) } == [[.mobile], [.voice]], "a 电话 column keeps each number's kind")
        #expect(ContactParser.numberColumns(Scalars("单位 地址 邮编")) == nil, "no person's column")
        #expect(ContactParser.numberColumns(Scalars("联系人：王明 电话 手机")) == nil)
    }

    /// Two names over two numbers share them out in printed order; the office's address goes to both.
    @Test func aNameListSharesOutItsNumbers() {
        var parser = ContactParser()
        parser.read(Scalars("联系人：基础教育司  王磊  陈静"))
        parser.read(Scalars("联系电话：010-66096322，66097856"))
        parser.read(Scalars("电子邮箱：jcjys@moe.edu.cn"))
        #expect(parser.result.map { $0.phones.map(\.e164) } == [["+861066096322"], ["+861066097856"]])
        #expect(parser.result.map(\.emails) == [["jcjys@moe.edu.cn"], ["jcjys@moe.edu.cn"]])
    }

    /// Contact lines headed by what they are for: a topic label before an office and a person, numbered
    /// topics under a contact heading, and a hotline the reader is told to call.
    @Test func contactsByTopic() {
        var labelled = ContactParser()
        labelled.read(Scalars("联系人：综合监督局医疗卫生监督处　张立平、郑　雪，电话：010-68792345、68792346"))
        labelled.read(Scalars("系统技术支持：统计信息中心　何文涛，电话：010-63313377转602"))
        #expect(labelled.result.map(\.name) == ["张立平", "郑雪", "何文涛"])
        #expect(labelled.result.last?.organization == "统计信息中心")
        var headed = ContactParser()
        for line in ["二、联系方式", "（一）业务咨询", "文化和旅游部财务司统计处　王倩　010-59881234转8021", "（二）报名系统技术支持",
                     "北京华文信息技术有限公司　陈峰　400-810-5588", "（三）财务（缴费、发票）", "杭州文化和旅游培训中心财务部　孙丽娟　0571-86531207"] {
            headed.read(Scalars(line))
        }
        #expect(headed.result.map(\.name) == ["王倩", "陈峰", "孙丽娟"])
        var hours = ContactParser()
        hours.read(Scalars("卫生健康服务热线：12320"))
        hours.read(Scalars("市疾病预防控制中心24小时值班电话：0757-83035120"))
        hours.read(Scalars("联系人：市教育局安全管理科　梁志华，电话：0756-2123456；市教育局24小时值班电话：0756-2121110"))
        hours.read(Scalars("省交通运输厅应急值班电话：0591-87077110（兼传真）。"))
        #expect(hours.result.map(\.organization) == [nil, "市疾病预防控制中心", "市教育局安全管理科", "市教育局", "省交通运输厅"])
        #expect(hours.result.map(\.name) == [nil, nil, "梁志华", nil, nil])
        // A topic label after a `；`, where the next person of the line begins.
        var clause = ContactParser()
        clause.read(Scalars("联系人：环评与排放管理处　欧阳喆，电话：020-83203456；技术支持：广州市环境技术中心　梁嘉欣，电话：020-83556789"))
        #expect(clause.result.map(\.organization) == ["环评与排放管理处", "广州市环境技术中心"])
        var called = ContactParser()
        called.read(Scalars("联系人：熊伟，联系电话：027-85723456"))
        called.read(Scalars("如在线提交遇到技术问题，可拨打平台技术支持热线：400-027-1234。"))
        #expect(called.result.map { $0.phones.map(\.raw) } == [["027-85723456"], ["400-027-1234"]])
    }

    /// A bracketed word between a label and its colon says what it is for, and so does a word before
    /// `联系方式`; a contact label's colon typed twice.
    @Test func qualifiedLabels() {
        var qualified = ContactParser()
        qualified.read(Scalars("项目联系人（询问）：徐　敏"))
        qualified.read(Scalars("项目联系方式（询问）：0571-85806789转8103"))
        qualified.read(Scalars("质疑联系方式：0571-87053320"))
        #expect(qualified.result.map(\.name) == ["徐敏", nil])
        #expect(qualified.result.map { $0.phones.map(\.e164) } == [["+8657185806789"], ["+8657187053320"]])
        var doubled = ContactParser()
        doubled.read(Scalars("联系人：：周敏　0571-8627 1234"))
        #expect(doubled.result.map(\.name) == ["周敏"])
    }

    /// Two people under a topic label; a topic label alone over its people; a topic label and a person
    /// over the numbers' line; an office, a person and a number after `…联络：`; a unit named by an ordinal.
    @Test func peopleUnderTopicLabels() {
        var topics = ContactParser()
        topics.read(Scalars("业务咨询：省财政厅会计处　刘洋、许静，电话：025-83633123、83633125"))
        #expect(topics.result.map(\.name) == ["刘洋", "许静"])
        #expect(topics.result.map(\.organization) == ["省财政厅会计处", "省财政厅会计处"])
        var alone = ContactParser()
        for line in ["业务咨询：", "市经济信息化委中小企业处　顾磊　021-23112345", "市中小企业发展服务中心　朱文静　021-62475532"] {
            alone.read(Scalars(line))
        }
        #expect(alone.result.map(\.name) == ["顾磊", "朱文静"])
        var support = ContactParser()
        for line in ["联系人：医药服务管理司　周涛", "联系电话：010-89061234", "技术支持：中国医疗保障研究会信息部　韩梅", "联系电话：13811234567"] {
            support.read(Scalars(line))
        }
        #expect(support.result.map(\.name) == ["周涛", "韩梅"])
        #expect(support.result.map { $0.phones.map(\.raw) } == [["010-89061234"], ["13811234567"]])
        var liaison = ContactParser()
        liaison.read(Scalars("台湾地区参展联络：台北市进出口商业同业公会　张淑芬　(02)2581-3521"))
        #expect(liaison.result.map(\.organization) == ["台北市进出口商业同业公会"])
        #expect(liaison.result.first?.phones.map(\.e164) == ["+886225813521"])
        var grid = ContactParser()
        grid.read(Scalars("网格员联系方式："))
        grid.read(Scalars("第一网格　孙　鹏　135 0112 3456"))
        #expect(grid.result.map(\.name) == ["孙鹏"])
        #expect(grid.result.map(\.organization) == ["第一网格"])
    }

    /// The person a sentence tells the reader to contact, with the office printed before the name.
    @Test func aPersonNamedInASentence() {
        var sentence = ContactParser()
        sentence.read(Scalars("如有疑问，请与市城市管理局市政公用处李建国联系，电话：0571-87012888。"))
        #expect(sentence.result.map(\.name) == ["李建国"])
        #expect(sentence.result.first?.organization == "市城市管理局市政公用处")
    }

    /// Several people after one office, each between spaces; an office or a place is never taken for one.
    @Test func severalPeopleAfterOneOffice() {
        #expect(ContactParser.splitPeople(Scalars("基础教育司  王磊  陈静")) == ("基础教育司", ["王磊", "陈静"]))
        #expect(ContactParser.splitPeople(Scalars("办公室 张会")) == ("办公室", ["张会"]))
        #expect(ContactParser.splitPeople(Scalars("资源开发处处长　王晓东")) == ("资源开发处", ["王晓东"]), "a post after the office")
        #expect(ContactParser.splitPeople(Scalars("海淀供电公司学院路供电所")) == (nil, ["海淀供电公司学院路供电所"]), "an office ends no name")
        #expect(ContactParser.splitPeople(Scalars("市應急管理局　?軙匝?")) == ("市應急管理局", ["?軙匝?"]), "a damaged name")
        // Transliterated names run longer than four characters, with their dot or without it.
        #expect(ContactParser.splitPeople(Scalars("兵团发展改革委农村经济处　热依拉·艾买提")) == ("兵团发展改革委农村经济处", ["热依拉·艾买提"]))
        #expect(ContactParser.splitPeople(Scalars("兵团财政局预算处　阿不都热合曼")) == ("兵团财政局预算处", ["阿不都热合曼"]))
        #expect(!ContactParser.splitPeople(Scalars("兵团农业农村局　畜牧兽医服务中心")).1.contains("畜牧兽医服务中心"), "an office is no long name")
        var paired = ContactParser()
        paired.read(Scalars("联系人：耕地保护司　张　伟、李　娜　010-59192345、59192346"))
        #expect(paired.result.map(\.name) == ["张伟", "李娜"])
        #expect(paired.result.map(\.organization) == ["耕地保护司", "耕地保护司"])
        #expect(paired.result.map { $0.phones.map(\.raw) } == [["010-59192345"], ["59192346"]])
        var damagedLabel = ContactParser()
        damagedLabel.read(Scalars("联系人:市林业水利局渔业管理处 王建华,?缁?:0571-86081234"))
        #expect(damagedLabel.result.map(\.name) == ["王建华"])
        #expect(damagedLabel.result.first?.phones.map(\.raw) == ["0571-86081234"])
        // Damage without a lost byte (`闆昏┍` is 電話 read as GBK), and an unreadable label on a line of its own.
        var clean = ContactParser()
        clean.read(Scalars("聯繫人:森林資源管理司 劉志強,闆昏┍:010-84239187"))
        clean.read(Scalars("闆? 瑭?:010-68792635"))
        clean.read(Scalars("鐢靛瓙閭:lzq@forestry.gov.cn"))
        #expect(clean.result.map(\.name) == ["劉志強"])
        #expect(clean.result.first?.phones.map(\.raw) == ["010-84239187", "010-68792635"])
        #expect(clean.result.first?.emails == ["lzq@forestry.gov.cn"])
        var mailed = ContactParser()
        mailed.read(Scalars("聯繫人:省教育廳體衛藝處 陳嘉敏,電話:020-37628561,閮电\u{FFFD}\u{FFFD}:tws@gdedu.gov.cn"))
        #expect(mailed.result.map(\.emails) == [["tws@gdedu.gov.cn"]])
        var introduced = ContactParser()
        introduced.read(Scalars("暑期即将来临，请各单位切实做好假期校园安全工作。假期如遇突发情况，请及时与下列部门联系："))
        introduced.read(Scalars("保卫处　　　　　　　赵　磊　　0574-87600110　　13857412345"))
        introduced.read(Scalars("后勤保障处　　　　　钱建国　　0574-87600220"))
        #expect(introduced.result.map(\.name) == ["赵磊", "钱建国"])
        #expect(introduced.result.map(\.organization) == ["保卫处", "后勤保障处"])
        #expect(ContactParser.introducesContacts(Scalars("各单位联系人及联系方式如下：")))
        var section = ContactParser()
        section.read(Scalars("　　二、联系方式"))
        section.read(Scalars("　　节能与综合利用司　陈　伟　010-68205312"))
        #expect(section.result.map(\.name) == ["陈伟"])
        #expect(!ContactParser.isContactHeading(Scalars("二、联系方式要保持畅通")))
        #expect(!ContactParser.introducesContacts(Scalars("现将有关事项通知如下：")))
        var continued = ContactParser()
        continued.read(Scalars("聯繫人:森林資源管理司 劉志強,電話:010-84239187"))
        continued.read(Scalars("　　　　西安專員辦 Μ鏇夌嚂,電話:029-87651324"))
        #expect(continued.result.map(\.name) == ["劉志強", "Μ鏇夌嚂"])
        #expect(continued.result.map { $0.phones.map(\.raw) } == [["010-84239187"], ["029-87651324"]])
        #expect(!ContactParser.isUnreadable(Scalars("王建华")))
        #expect(!ContactParser.isUnreadable(Scalars("孫文傑、高明")))
        #expect(ContactParser.splitPeople(Scalars("张家港市 财务科 王明")) == ("张家港市财务科", ["王明"]))
        #expect(ContactParser.splitPeople(Scalars("张三 李四")) == (nil, ["张三", "李四"]))
        #expect(ContactParser.splitPeople(Scalars("省发改委高技术处 吴 倩")) == ("省发改委高技术处", ["吴倩"]))
        #expect(ContactParser.splitPeople(Scalars("黄堃（教师工作处）")) == ("教师工作处", ["黄堃"]))
        #expect(ContactParser.splitPeople(Scalars("覃昊（自治区教师培训中心）")) == ("自治区教师培训中心", ["覃昊"]))
        #expect(ContactParser.splitPeople(Scalars("教育部办公厅王明")) == ("教育部办公厅", ["王明"]))
        #expect(ContactParser.splitPeople(Scalars("陈晓东　市政务服务和大数据管理局")) == ("市政务服务和大数据管理局", ["陈晓东"]))
        var after = ContactParser()
        after.read(Scalars("联系人：陈晓东，市政务服务和大数据管理局，电话：0571-85101234"))
        #expect(after.result.map(\.name) == ["陈晓东"])
        #expect(after.result.map(\.organization) == ["市政务服务和大数据管理局"])
    }

    /// `联系人及电话：`, `联系方式：` or `联系电话：` alone on its line heads the people below it, as `联系人：` does.
    @Test func aContactHeadingAloneListsThePeopleBelow() {
        for heading in ["联系人及电话：", "联系方式：", "联系电话：", "联系人："] {
            var parser = ContactParser()
            parser.read(Scalars(heading))
            parser.read(Scalars("信息技术发展司　陈立新　010-68208212"))
            parser.read(Scalars("中国信息通信研究院　赵雪　010-62300123、18612345678"))
            #expect(parser.result.map(\.name) == ["陈立新", "赵雪"], "\(heading)")
            #expect(parser.result.map(\.organization) == ["信息技术发展司", "中国信息通信研究院"], "\(heading)")
            #expect(parser.result.map(\.phones.count) == [1, 2], "\(heading)")
        }
    }

    /// A service number is kept in a list with full numbers, under any phone label; a trunk-0 area code,
    /// a year or an extension is never one.
    @Test func serviceNumbersInAListOfNumbers() {
        var parser = ContactParser()
        parser.read(Scalars("咨询电话：（0551）62801234、12122"))
        #expect(parser.result.first?.phones.map(\.raw) == ["（0551）62801234", "12122"])
        #expect(parser.result.first?.phones.map(\.e164) == ["+8655162801234", nil])
        var labels = ContactParser()
        labels.read(Scalars("监督电话：12345，咨询电话：0551-62801234"))
        #expect(labels.result.first?.phones.map(\.raw) == ["12345", "0551-62801234"])
        var offices = ContactParser()
        offices.read(Scalars("咨询电话：城关区住房和城乡建设局　0931-8456789；城关交警大队　0931-8822122"))
        #expect(offices.result.map(\.organization) == ["城关区住房和城乡建设局", "城关交警大队"])
        #expect(offices.result.map { $0.phones.map(\.e164) } == [["+869318456789"], ["+869318822122"]])
        var first = ContactParser()
        first.read(Scalars("咨询电话：12333、020-83190123、12345"))
        #expect(first.result.first?.phones.map(\.raw) == ["12333", "020-83190123", "12345"], "in printed order")
        #expect(ContactParser.serviceNumbers(in: Scalars("（0571） 2024年起 转8203"), besides: []).isEmpty)
        #expect(ContactParser.serviceNumbers(in: Scalars("010-68205  354，138 6812"), besides: []).isEmpty)
        var extensions = ContactParser()
        extensions.read(Scalars("电话：027-82796543转8012、8013"))
        #expect(extensions.result.first?.phones.map(\.raw) == ["027-82796543转8012"])
        var fax = ContactParser()
        fax.read(Scalars("传真：12345"))
        #expect(fax.result.isEmpty)
    }

    /// A line of its own giving the public's number (`监督电话：`) after people who have theirs is a
    /// contact apart; under a person who has no number yet, it is that person's.
    @Test func aHotlineLineAfterTheContacts() {
        var parser = ContactParser()
        parser.read(Scalars("咨询电话：市农机服务中心　0574-62701234；泗门镇农办　0574-62151133"))
        parser.read(Scalars("监督电话：0574-62709999"))
        #expect(parser.result.map(\.organization) == ["市农机服务中心", "泗门镇农办", nil])
        #expect(parser.result.last?.phones.map(\.e164) == ["+8657462709999"])
        var compound = ContactParser()
        compound.read(Scalars("联系人：王明，电话：0574-62701234"))
        compound.read(Scalars("监督举报电话：0574-62709999"))
        #expect(compound.result.map(\.name) == ["王明", nil])
        var window = ContactParser()
        window.read(Scalars("活動聯絡窗口：本部職業安全衛生署林志明先生，電話：(02)8590-2345"))
        window.read(Scalars("技术联系人：刘佳同志，电话：010-66096322"))
        #expect(window.result.map(\.name) == ["林志明", "刘佳"])
        var posts = ContactParser()
        posts.read(Scalars("联系人：大气环境处　吴刚（副处长）、郑丽，电话：0571-87012345"))
        posts.read(Scalars("联系人：王明处长，电话：0571-87012346"))
        #expect(posts.result.map(\.name) == ["吴刚", "郑丽", "王明"])
        #expect(posts.result.first?.organization == "大气环境处")
        #expect(posts.result.prefix(2).map { $0.phones.map(\.raw) } == [["0571-87012345"], ["0571-87012345"]], "one number for both")
        #expect(window.result.first?.organization == "本部職業安全衛生署")
        var office = ContactParser()
        office.read(Scalars("五、洽詢窗口：環境部資源循環署，電話：(02)2370-5888分機2301"))
        office.read(Scalars("联系人：办公室 张会，电话：010-66096322"))
        #expect(office.result.map(\.name) == [nil, "张会"])
        #expect(office.result.map(\.organization) == ["環境部資源循環署", "办公室"])
        var numbered = ContactParser()
        numbered.read(Scalars("二、活動聯絡窗口：本部職業安全衛生署林志明先生，電話：(02)8590-1234分機6021。"))
        #expect(numbered.result.map(\.name) == ["林志明"])
        var qualified = ContactParser()
        qualified.read(Scalars("联系人：王明，电话：0755-84460000"))
        qualified.read(Scalars("举报电话：0755-84465110；市应急管理局值班电话：0755-88123119"))
        qualified.read(Scalars("价格投诉举报热线：12345；市场监管投诉举报热线：12315"))
        #expect(qualified.result.map(\.name) == ["王明", nil, nil, nil, nil])
        #expect(qualified.result.map(\.organization) == [nil, nil, "市应急管理局", nil, nil])
        #expect(qualified.result.map { $0.phones.map(\.raw) } == [["0755-84460000"], ["0755-84465110"], ["0755-88123119"], ["12345"], ["12315"]])
        var bracketedOffice = ContactParser()
        bracketedOffice.read(Scalars("咨询电话：0572-8022110（德清县公安局交通警察大队）"))
        #expect(bracketedOffice.result.map(\.organization) == ["德清县公安局交通警察大队"])
        #expect(bracketedOffice.result.first?.phones.map(\.raw) == ["0572-8022110"])
        var twoOffices = ContactParser()
        twoOffices.read(Scalars("咨询电话：(0769)22830512（市医疗保障局基金监管科），(0769)22830536（市医疗保障局医药服务管理科）"))
        #expect(twoOffices.result.map(\.organization) == ["市医疗保障局基金监管科", "市医疗保障局医药服务管理科"])
        #expect(twoOffices.result.map { $0.phones.map(\.raw) } == [["(0769)22830512"], ["(0769)22830536"]])
        var dialled = ContactParser()
        dialled.read(Scalars("交通管制期间，市民可关注交警发布的信息，或拨打咨询电话：0512-65225110、122。"))
        #expect(dialled.result.first?.phones.map(\.raw) == ["0512-65225110", "122"])
        var department = ContactParser()
        department.read(Scalars("联系科室：区人社局就业促进科，联系电话：028-87861523"))
        #expect(department.result.map(\.organization) == ["区人社局就业促进科"])
        var dutyLine = ContactParser()
        dutyLine.read(Scalars("联系人：质量安全监督处　黄志刚，电话：(0755)83788123。"))
        dutyLine.read(Scalars("24小时值班电话：0755-83788000"))
        #expect(dutyLine.result.map(\.name) == ["黄志刚", nil])
        #expect(dutyLine.result.map { $0.phones.map(\.raw) } == [["(0755)83788123"], ["0755-83788000"]])
        var parted = ContactParser()
        parted.read(Scalars("举报电话：0571-86170110；24小时值班电话：0571-86229860"))
        #expect(parted.result.map { $0.phones.map(\.raw) } == [["0571-86170110"], ["0571-86229860"]])
        var own = ContactParser()
        own.read(Scalars("联系人：王明"))
        own.read(Scalars("咨询电话：0574-62701234"))
        #expect(own.result.map(\.name) == ["王明"])
        #expect(own.result.first?.phones.count == 1)
    }

    /// `电话（传真）：` and `电话/传真：` give each number as voice and as fax; `电话（办）：` as voice.
    @Test func labelsForAPhoneThatIsAlsoTheFax() {
        for label in ["电话（传真）", "电话/传真", "电话、传真", "联系电话(传真)"] {
            var parser = ContactParser()
            parser.read(Scalars("联系人：王明，\(label)：027-82796543"))
            #expect(parser.result.first?.phones.map(\.kind) == [.voice, .fax], "\(label)")
            #expect(parser.result.map(\.name) == ["王明"], "\(label)")
        }
        var office = ContactParser()
        office.read(Scalars("联系人：王明，电话（办）：027-82796543"))
        #expect(office.result.first?.phones.map(\.kind) == [.voice])
    }
}
