import Testing
@testable import NoticeKit

@Suite struct NoticeAnalyzerTests {
    private func analyze(_ text: String) -> NoticeAnalyzer.Analysis {
        NoticeAnalyzer().analyze(TextReader().read(text))
    }

    @Test func titleKeepsTheSpaceBetweenJointIssuers() {
        let spaced = Scalars("人力资源社会保障部 财政部关于调整失业保险金标准的通知")
        #expect(NoticeAnalyzer.withoutLayoutSpaces(spaced) == "人力资源社会保障部 财政部关于调整失业保险金标准的通知")
        #expect(NoticeAnalyzer.withoutLayoutSpaces(Scalars("教育部 國家文物局關於推進博物館工作的意見")) == "教育部 國家文物局關於推進博物館工作的意見")
        #expect(NoticeAnalyzer.withoutLayoutSpaces(Scalars("经济部　公告")) == "经济部公告")
        #expect(NoticeAnalyzer.withoutLayoutSpaces(Scalars("关 于 做 好 防 汛 工 作 的 通 知")) == "关于做好防汛工作的通知")
        #expect(NoticeAnalyzer.withoutLayoutSpaces(Scalars("国务院办公厅 关于做好防汛工作的通知")) == "国务院办公厅关于做好防汛工作的通知")
        #expect(NoticeAnalyzer.withoutLayoutSpaces(Scalars("2022 年 Q1 Q2 报告")) == "2022年Q1 Q2报告")
        #expect(NoticeAnalyzer.withoutLayoutSpaces(Scalars("关 于 开 展 2 0 2 5 年 检 查 的 通 知")) == "关于开展2025年检查的通知")
    }

    /// Three signers: two on the `签发人：` line, the third on a row of its own with the number beside it.
    @Test func theNumberOnTheLastSignersRow() {
        for rows in ["", "　　　　　　　　　　　　　　　　　　　　　　赵　敏　孙立新\n"] {
            let notice = analyze("""
                江苏省发展和改革委员会文件

                　　　　　　　　　　　　　　　　签发人：王志明　李晓华
                \(rows)苏发改投资报〔2024〕15号　　　　　　　　陈　刚

                关于2024年上半年省级重大项目推进情况的报告

                江苏省人民政府：
                　　现将有关情况报告如下：
                """)
            #expect(notice.documentNumber == "苏发改投资报〔2024〕15号")
            #expect(notice.title == "关于2024年上半年省级重大项目推进情况的报告")
            #expect(notice.recipients.map(\.name) == ["江苏省人民政府"])
        }
    }

    /// Names stacked over the `关于` line, with no 版头 above them, open a joint title and are its issuers.
    @Test func stackedNamesOverATitleAreItsIssuers() {
        let notice = analyze("""
            四川省生态环境厅
            四川省林业和草原局
            国家林业和草原局
            关于加强自然保护地生态环境监督工作的通知

            各市（州）生态环境局：
            为落实要求，现通知如下：
            一、工作要求
            """)
        #expect(notice.title == "四川省生态环境厅四川省林业和草原局国家林业和草原局关于加强自然保护地生态环境监督工作的通知")
        let four = analyze("""
            四川省生态环境厅
            四川省林业和草原局
            国家林业和草原局
            四川省应急管理厅
            关于开展2024年度基层应急能力
            提升示范创建工作的通知
            各市（州）生态环境局：
            为落实要求，现通知如下：
            一、工作要求
            """)
        #expect(four.title == "四川省生态环境厅四川省林业和草原局国家林业和草原局四川省应急管理厅关于开展2024年度基层应急能力提升示范创建工作的通知")
        #expect(four.issuers.count == 4)
        #expect(notice.issuers.map(\.name) == ["四川省生态环境厅", "四川省林业和草原局", "国家林业和草原局"])
        #expect(notice.recipients.map(\.name) == ["生态环境局"])
    }

    /// Names printed right over a line that opens without its issuer (`印发《…》的通知`) or over the bare
    /// type (`专题会议纪要`) are the title's first line; a 版头's names above the number are not, and a line
    /// cut after `印发` goes on into the next.
    @Test func namesOverATitleLineThatOpensWithoutThem() {
        let issuing = analyze("""
            中共江苏省委办公厅
            文件
            江苏省人民政府办公厅
            苏办发〔2025〕21号
            中共江苏省委办公厅 江苏省人民政府办公厅
            印发《关于推进紧密型县域医疗卫生共同体建设的实施方案》的通知
            各市、县（市、区）党委和人民政府：
            现将《实施方案》印发给你们，请认真贯彻落实。
            """)
        #expect(issuing.title == "中共江苏省委办公厅 江苏省人民政府办公厅印发《关于推进紧密型县域医疗卫生共同体建设的实施方案》的通知")
        let cut = analyze("""
            国务院办公厅关于印发
            《关于加强数字政府建设的指导意见》的通知
            各省、自治区、直辖市人民政府：
            现将《指导意见》印发给你们，请认真贯彻执行。
            """)
        #expect(cut.title == "国务院办公厅关于印发《关于加强数字政府建设的指导意见》的通知")
        let minutes = analyze("""
            杭州市余杭区人民政府
            专题会议纪要
            〔2025〕第23期
            杭州市余杭区人民政府办公室　　　　2025年6月20日
            2025年6月17日下午，区政府召开专题会议，研究环境整治工作。现将会议议定事项纪要如下：
            一、关于整治范围
            会议明确了整治范围。
            """)
        #expect(minutes.title == "杭州市余杭区人民政府专题会议纪要")
        #expect(minutes.documentType == "纪要")
        // The office on the date line in the head issues it; the body starts below that line.
        #expect(minutes.issuers.map(\.name) == ["杭州市余杭区人民政府办公室"])
        #expect(minutes.issuedDate == "2025-06-20")
        #expect(minutes.sections.map(\.heading) == ["关于整治范围"])
    }

    /// A title ends with its type: a decree's number or a serial under it is not the title, and a short
    /// opening line after it is the body's.
    @Test func aTitleEndsWithItsType() {
        let decree = analyze("""
            杭州市人民政府关于废止和修改部分市政府规章的决定
            杭州市人民政府令第352号
            为维护法制统一，市人民政府决定废止和修改部分规章。
            """)
        #expect(decree.title == "杭州市人民政府关于废止和修改部分市政府规章的决定")
        #expect(decree.documentType == "决定")
        let minutes = analyze("成都市人民政府常务会议纪要\n〔2024〕第15期\n会议研究了有关事项。\n")
        #expect(minutes.title == "成都市人民政府常务会议纪要")
        #expect(minutes.documentType == "纪要")
        let announcement = analyze("国家药监局关于调整药品目录的公告\n现将有关事项公告如下：\n一、调整范围\n")
        #expect(announcement.title == "国家药监局关于调整药品目录的公告")
        #expect(announcement.preamble == ["现将有关事项公告如下："])
        #expect(announcement.sections.map(\.heading) == ["调整范围"])
    }

    /// A 抄送 or 分送 list keeps a list of divisions as one name.
    @Test func copyToKeepsAListOfDivisionsWhole() {
        let notice = analyze("""
            某某部关于做好统计工作的通知
            各司局：
            请做好统计工作。
            某某部
            2025年3月5日
            抄送：国务院办公厅，各省、自治区、直辖市人民政府，新疆生产建设兵团。
            """)
        #expect(notice.copyTo.map(\.name) == ["国务院办公厅", "各省、自治区、直辖市人民政府", "新疆生产建设兵团"])
        let minutes = analyze("某某市人民政府常务会议纪要\n会议研究了有关事项。\n分送：市委办公厅，市人大常委会办公厅，各区（市）县政府。\n")
        #expect(minutes.copyTo.map(\.name) == ["市委办公厅", "市人大常委会办公厅", "各区（市）县政府"])
    }

    /// Portals append the number to a title, and link attachments as files; neither is the title.
    @Test func titlesWithoutTheirNumberAndAttachmentsWithoutTheirExtension() {
        #expect(NoticeAnalyzer.withoutTrailingNumber("某某厅关于做好招生工作的通知（冀人社字〔2023〕58号）") == "某某厅关于做好招生工作的通知")
        #expect(NoticeAnalyzer.withoutTrailingNumber("某某办法（试行）") == "某某办法（试行）")
        #expect(NoticeAnalyzer.withoutTrailingNumber("宁波市人民代表大会常务委员会公告（第20号）") == "宁波市人民代表大会常务委员会公告")
        #expect(NoticeAnalyzer.withoutTrailingNumber("国家税务总局公告（2025年第3号）") == "国家税务总局公告")
        #expect(NoticeAnalyzer.withoutTrailingNumber("某某规划（第2版）") == "某某规划（第2版）")
        let notice = analyze("""
            某某局关于开展评估的通知
            各区分局：
            现将有关事项通知如下。
            附件：1.评估技术要点.pdf
            2.指标体系.XLSX
            3.监测责任人汇总表.xlsx（56.5KB）
            某某局
            2023年5月6日
            """)
        #expect(notice.attachments.map(\.title) == ["评估技术要点", "指标体系", "监测责任人汇总表"])
        let beforeFormula = analyze("""
            晋江市市场监督管理局关于拟吊销部分企业营业执照的公告
            经查，附件所列企业超过6个月未开业，我局拟依法吊销其营业执照。现将有关事项公告如下：
            一、当事人可在公告之日起30日内提出陈述申辩。
            附件：拟吊销营业执照企业名单（237户）
            特此公告。
            晋江市市场监督管理局
            2025年6月3日
            """)
        #expect(beforeFormula.attachments.map(\.title) == ["拟吊销营业执照企业名单（237户）"])
    }

    /// A page whose only title is in its metadata: the sentence that opens the body, ending with its
    /// colon, is not the title.
    @Test func aSentenceEndingWithAColonIsNoTitle() {
        let document = ReadDocument(
            blocks: [Block("为有效防范瓶装液化石油气安全风险，现将有关事项通告如下："), Block("一、整治时间为2025年5月1日至6月30日。")],
            evidence: ["标题": "杭州市临平区应急管理局关于开展瓶装液化石油气安全专项整治的通告"])
        let notice = NoticeAnalyzer().analyze(document)
        #expect(notice.title == "杭州市临平区应急管理局关于开展瓶装液化石油气安全专项整治的通告")
        #expect(notice.documentType == "通告")
    }

    /// Local bodies run together in a signature, each opening with its place.
    @Test func localBodiesRunTogetherAreSplit() {
        let names = OrganizationNames(gazetteer: .shared)
        #expect(names.names(inRow: Scalars("广东省工业和信息化厅广东省财政厅广东省商务厅"))
            == ["广东省工业和信息化厅", "广东省财政厅", "广东省商务厅"])
        #expect(names.names(inRow: Scalars("成都市住房和城乡建设局成都市财政局")) == ["成都市住房和城乡建设局", "成都市财政局"])
        #expect(names.names(inRow: Scalars("广东省人民政府办公厅")) == ["广东省人民政府办公厅"])
        #expect(names.names(inRow: Scalars("市局")) == ["市局"])
    }

    /// A Taiwan 函: filing lines and a contact block in the head, 正本 and 副本 after the body, and the
    /// head of the agency's title and name last.
    @Test func aTaiwanLetter() {
        let notice = analyze("""
            檔　　號：
            保存年限：
            教育部　函
            地址：100217臺北市中正區中山南路5號
            承辦人：林怡君
            電話：(02)7736-6512
            受文者：臺北市政府教育局
            發文日期：中華民國113年5月2日
            發文字號：臺教國署學字第1130051234號
            主旨：檢送計畫1份，請查照。
            說明：
            一、請各校於113年9月30日前完成演練。
            正本：臺北市政府教育局、新北市政府教育局
            副本：本部綜合規劃司(含附件)
            部長　鄭英耀
            """)
        #expect(notice.title == "教育部函")
        #expect(notice.documentNumber == "臺教國署學字第1130051234號")
        #expect(notice.issuedDate == "2024-05-02")
        #expect(notice.recipients.map(\.name) == ["臺北市政府教育局", "新北市政府教育局"])
        #expect(notice.copyTo.map(\.name) == ["本部綜合規劃司"])
        #expect(notice.contacts.map(\.name) == ["林怡君"])
        #expect(notice.contacts.first?.phones.first?.e164 == "+886277366512")
        #expect(notice.sections.map(\.heading) == ["請各校於113年9月30日前完成演練"])
        #expect(notice.issuers.map(\.name) == ["教育部"])
        #expect(notice.issuers.map(\.canonicalName) == [nil], "Taiwan's 教育部 is not the mainland's")
    }

    /// A period or a status printed in brackets under an attached document's title is part of the title.
    @Test func attachedDocumentTitleTakesItsBracketedLine() {
        let notice = analyze("""
            某某省人民政府办公厅关于印发某某行动方案的通知
            各市人民政府：
            现将《某某行动方案（2025—2027年）》印发给你们，请认真贯彻执行。
            某某省人民政府办公厅
            2025年3月5日
            某某行动方案
            （2025—2027年）
            为推动产业发展，制定本方案。
            一、总体要求
            到2027年，产业规模明显扩大。
            """)
        #expect(notice.attachments.map(\.title) == ["某某行动方案（2025—2027年）"])
        #expect(notice.attachments.first?.paragraphs == ["为推动产业发展，制定本方案。"])
    }

    /// An issued 办法 printed after the date keeps its own `附件：1．…` list; a bare `附件2` after it still
    /// opens the next attachment.
    @Test func anIssuedDocumentsOwnAttachmentListIsNotAnAttachment() {
        let notice = analyze("""
            江苏省财政厅关于印发《江苏省省级财政专项资金管理办法》的通知
            各设区市财政局，省各有关部门：
            现将《江苏省省级财政专项资金管理办法》印发给你们，请遵照执行。
            江苏省财政厅
            2025年3月1日
            江苏省省级财政专项资金管理办法
            第一条　为加强省级财政专项资金管理，制定本办法。
            第二条　本办法自2025年4月1日起施行。
            附件：1．专项资金申报表
            2．专项资金绩效目标表
            附件2
            专项资金分配方案
            抄送：财政部江苏监管局。
            """)
        #expect(notice.attachments.map(\.title) == ["江苏省省级财政专项资金管理办法", "专项资金分配方案"])
        #expect(notice.attachments.first?.sections.count == 2)
        #expect(notice.copyTo.map(\.name) == ["财政部江苏监管局"])
        let plan = analyze("""
            上海市人民政府办公厅关于印发《上海市城市更新行动实施方案（2025—2027年）》的通知
            各区人民政府，市政府各委、办、局：
            现将《上海市城市更新行动实施方案（2025—2027年）》印发给你们，请认真按照执行。
            上海市人民政府办公厅
            2025年2月26日
            上海市城市更新行动实施方案（2025—2027年）
            一、总体要求
            到2027年，累计实施城镇老旧小区改造3000万平方米。
            """)
        #expect(plan.attachments.map(\.title) == ["上海市城市更新行动实施方案（2025—2027年）"])
        let copied = analyze("""
            关于2025年度苏州市职业培训机构年检工作的公告
            现将2025年度职业培训机构年检有关事项公告如下。年检材料报送时间为2025年4月1日至4月30日。
            苏州市人力资源和社会保障局
            2025年3月10日
            上一篇：关于公布2025年苏州市最低工资标准的通知
            主办单位：苏州市人力资源和社会保障局　　电话：0512-65223300
            """)
        #expect(copied.attachments.isEmpty)
        // A title broken where it reads well, with and without `附件` over it.
        for label in ["", "附件\n"] {
            let rules = analyze("""
                广东省住房和城乡建设厅关于印发建筑工地扬尘防治工作方案的通知
                各地级以上市住房城乡建设主管部门：
                现将《广东省建筑工地扬尘防治工作方案》印发给你们，请认真贯彻执行。
                广东省住房和城乡建设厅
                2025年4月22日
                \(label)广东省建筑工地扬尘
                防治工作方案
                为加强建筑工地扬尘防治，制定本方案。
                一、工作目标
                """)
            #expect(rules.attachments.map(\.title) == ["广东省建筑工地扬尘防治工作方案"])
        }
    }

    /// One-sentence items in a row have no text of their own: the paragraph after the last one closes the
    /// notice. After an item with a heading of its own, the paragraph is still the item's text.
    @Test func aParagraphAfterOneSentenceItemsIsTheClosing() {
        let decision = analyze("""
            宁波市人民政府关于废止部分市政府规范性文件的决定
            各区（县、市）人民政府，市直各单位：
            经清理，市政府决定：
            一、对《宁波市城市房屋使用安全管理办法》等12件市政府规范性文件予以废止。
            二、各有关部门要做好废止文件的衔接工作。
            本决定自2025年9月1日起施行。
            宁波市人民政府
            2025年8月5日
            """)
        #expect(decision.closing == ["本决定自2025年9月1日起施行。"])
        #expect(decision.sections.map(\.paragraphs) == [[], []])
        let headed = analyze("""
            宁波市人民政府关于做好防汛工作的通知
            各区（县、市）人民政府：
            一、落实责任。
            各地要落实防汛责任。
            二、加强值守
            汛期实行24小时值班。
            宁波市人民政府
            2025年6月5日
            """)
        #expect(headed.closing.isEmpty)
        #expect(headed.sections.map(\.paragraphs) == [["各地要落实防汛责任。"], ["汛期实行24小时值班。"]])
    }

    /// `平台技术支持电话：` is a number's own label: with the contact above it, it ends the body.
    @Test func aContactBlockWithANumberUnderItsOwnLabel() {
        let notice = analyze("""
            山东省教育厅关于做好寒假期间学校安全工作的通知
            各市教育（教体）局：
            一、加强安全教育
            各地要在放假前开展一次安全教育。
            二、严格值班值守
            寒假期间实行24小时值班制度。
            联系人：省教育厅安全稳定工作处　刘涛，电话：0531-81916523
            平台技术支持电话：400-658-1234
            山东省教育厅
            2026年1月8日
            """)
        #expect(notice.sections.last?.paragraphs == ["寒假期间实行24小时值班制度。"])
        #expect(notice.contacts.map(\.name) == ["刘涛", nil])
    }

    /// The 版记 of GB/T 9704-1999: subject words, and a 抄送 list in groups that each end with a full stop.
    @Test func theCopyListOfTheOlderLayout() {
        let notice = analyze("""
            省人民政府办公厅关于做好2011年冬季农村公路养护工作的通知
            鄂政办发〔2011〕91号
            各市、州、县人民政府，省政府各部门：
            请各地于2011年11月15日前完成冬季养护准备工作。
            湖北省人民政府办公厅
            二〇一一年十月十日
            湖北省农村公路养护管理办法
            第一条　为加强农村公路养护管理，制定本办法。
            主题词：交通　公路　养护　通知
            抄送：省委各部门，省军区，武警湖北总队。
            　　　省人大常委会办公厅，省政协办公厅，省法院，省检察院。
            湖北省人民政府办公厅　　　　　　　　2011年10月12日印发
            """)
        #expect(notice.copyTo.map(\.name) == ["省委各部门", "省军区", "武警湖北总队", "省人大常委会办公厅", "省政协办公厅", "省法院", "省检察院"])
        #expect(notice.attachments.map(\.title) == ["湖北省农村公路养护管理办法"])
        #expect(!String(describing: notice.attachments).contains("主题词"))
    }

    /// An attachment printed after the signature with its title over two lines, as the 附件 line names it whole.
    @Test func aPrintedAttachmentsTitleOverTwoLines() {
        let notice = analyze("""
            浙江省教育厅关于报送2025年秋季学期开学工作情况的通知
            各市教育局：
            请各地于2025年9月12日前报送秋季学期开学工作情况。
            附件：2025年秋季学期开学工作情况报告提纲
            浙江省教育厅
            2025年8月28日
            附件
            2025年秋季学期开学工作
            情况报告提纲
            一、开学准备工作落实情况
            二、存在的问题
            """)
        #expect(notice.attachments.map(\.title) == ["2025年秋季学期开学工作情况报告提纲"])
        #expect(notice.attachments.first?.paragraphs == [])
        #expect(notice.attachments.first?.sections.count == 2)
    }

    /// A notice that sends the reader to its liaisons in an attachment, a table under `单位　联络员　联系电话`.
    @Test func liaisonsListedInAnAttachment() {
        let notice = analyze("""
            湖北省商务厅关于开展2025年消费促进月活动的通知
            各市、州、直管市、神农架林区商务主管部门：
            请各地与省直有关单位联络员保持沟通对接（联络员名单见附件2）。
            附件：1．活动安排表
            2．省直有关单位联络员名单
            湖北省商务厅
            2025年4月10日
            附件2
            省直有关单位联络员名单
            单　　位　　　　　　联络员　　联系电话
            省商务厅市场建设处　　王志军　　027-87335612
            省发展改革委就业收入处　　黄斌　　027-87235106
            """)
        #expect(notice.contacts.map(\.name) == ["王志军", "黄斌"])
        #expect(notice.contacts.map(\.organization) == ["省商务厅市场建设处", "省发展改革委就业收入处"])
    }

    /// A 若干措施 printed after the date is the document the notice issues; a 附注 may wrap over two lines.
    @Test func issuedMeasuresAndANoteOverTwoLines() {
        let notice = analyze("""
            成都市人民政府办公厅关于印发成都市促进夜间经济高质量发展若干措施的通知
            各区（市）县政府，市级有关部门：
            《成都市促进夜间经济高质量发展若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。
            成都市人民政府办公厅
            2025年3月28日
            （此件公开发布。各地在贯彻落实中遇到的问题，请及时向市商务局反映，我们将作适当
            调整。）
            成都市促进夜间经济高质量发展若干措施
            一、培育夜间消费场景。支持各区打造夜间消费集聚区。
            二、本措施自2025年5月1日起施行。
            """)
        #expect(notice.attachments.map(\.title) == ["成都市促进夜间经济高质量发展若干措施"])
        #expect(notice.note == "（此件公开发布。各地在贯彻落实中遇到的问题，请及时向市商务局反映，我们将作适当调整。）")
    }

    /// Hospitals under a hotline's label, one a line with a number each, the second a city's five-digit
    /// service number; `特此通告。` after them is no wrap of the line above.
    @Test func hospitalsUnderAHotlineLabel() {
        let notice = analyze("""
            沈阳市卫生健康委员会关于发热门诊服务安排的通告
            　　2025年12月1日起，发热门诊实行24小时开诊。
            　　咨询电话：
            　　沈阳市第六人民医院　024-24123000
            　　盛京医院　024-96615
            　　特此通告。
            沈阳市卫生健康委员会
            2025年11月25日
            """)
        #expect(notice.contacts.map(\.organization) == ["沈阳市第六人民医院", "盛京医院"])
        #expect(notice.contacts.map(\.name) == [nil, nil])
        #expect(notice.contacts.map { $0.phones.map(\.e164) } == [["+862424123000"], ["+862496615"]])
        #expect(notice.closing == ["特此通告。"])
    }

    /// A scan's date line with a character of the seal read into it, after the signature, is the 成文日期.
    @Test func aSealCharacterBesideTheDate() {
        for line in ["2025年9月28日然", "境2025年9月28日"] {
            let notice = analyze("""
                浙江省生态环境厅关于开展专项检查的通知
                各设区市生态环境局：
                请于2025年10月15日前报送检查方案。
                浙江省生态环境厅
                \(line)
                """)
            #expect(notice.issuedDate == "2025-09-28", "\(line)")
        }
        #expect(!DateExtractor.isDateWithStrayCharacter(Paragraph(Block("2025年9月28日前"), offset: 0)))
    }

    /// `（盖章）` where the seal stands between the signature and the date is part of the signature block.
    @Test func aSealMarkInTheSignature() {
        let notice = analyze("""
            浙江省生态环境厅关于开展挥发性有机物治理专项检查的通知
            各设区市生态环境局:
            请于2025年10月15日前报送检查方案。
            附件:1.重点企业名单
            2.专项检查情况汇总表
            浙江省生态环境厅
            （盖章）
            2025年9月28日
            """)
        #expect(notice.attachments.map(\.title) == ["重点企业名单", "专项检查情况汇总表"])
        #expect(notice.issuers.map(\.name) == ["浙江省生态环境厅"])
    }

    /// A table of contacts under its row of column titles ends the body, as a labelled contact does.
    @Test func aContactTableIsNotTheClosing() {
        let notice = analyze("""
            福建省工业和信息化厅关于组织开展2025年度省级工业设计中心认定工作的通知
            各设区市工业和信息化局：
            现组织开展2025年度省级工业设计中心认定工作。有关事项通知如下：
            1.申报条件。申报单位应当在福建省境内注册。
            2.申报程序。申报单位于2025年5月16日前在线填报。
            联系方式：
            单　　位　　　　　　　　　　　联系人　　　电　　话
            省工业和信息化厅产业政策处　　林建华　　　0591-87845632
            福建省工业和信息化厅
            2025年4月18日
            """)
        #expect(notice.contacts.map(\.name) == ["林建华"])
        #expect(notice.closing.isEmpty)
        #expect(notice.sections.last?.paragraphs.contains { $0.contains("林建华") } == false)
    }

    /// An office's name on its own line over its people: theirs, and the block still ends the body, so the
    /// 附件 list above it is the list.
    @Test func anOfficeLineOverItsPeople() {
        let notice = analyze("""
            河南省教育厅关于做好2025年学生资助政策宣传工作的通知
            各普通高等学校：
            现将有关事项通知如下。请于2025年5月30日前报送宣传工作总结。
            附件：1.2025年学生资助政策宣传重点任务清单
            2.宣传活动情况统计表
            联系方式：
            高校学生司
            郭海涛　0371-69691873
            王　璐　0371-69969227
            河南省教育厅
            2025年4月8日
            """)
        #expect(notice.contacts.map(\.name) == ["郭海涛", "王璐"])
        #expect(notice.contacts.map(\.organization) == ["高校学生司", "高校学生司"])
        #expect(notice.attachments.map(\.title) == ["2025年学生资助政策宣传重点任务清单", "宣传活动情况统计表"])
    }

    /// A notice that says its contacts are in an attachment has them there; a page's footer after the
    /// date is not a contact of a notice that says nothing of the kind.
    @Test func contactsListedInAnAttachment() {
        let notice = analyze("""
            教育部办公厅关于做好2025年高校毕业生就业统计工作的通知
            各省、自治区、直辖市教育厅（教委）：
            请于2025年6月10日前报送统计数据。工作中遇到的问题，请与附件所列联系人沟通。
            附件：联系人及联系方式
            教育部办公厅
            2025年4月1日
            附件
            联系人及联系方式
            联系人：教育部高校学生司　马骏，电话：010-66096731
            """)
        #expect(notice.contacts.map(\.name) == ["马骏"])
        let page = analyze("""
            南京市人民政府办公厅关于印发南京市城市管理办法的通知
            各区人民政府，市府各委办局：
            现将《南京市城市管理办法》印发给你们，请认真贯彻执行。
            南京市人民政府办公厅
            2025年4月1日
            南京市城市管理办法
            第一条　为加强城市管理，制定本办法。
            主办：南京市人民政府办公厅　　联系电话：025-68787000
            """)
        #expect(page.contacts.isEmpty)
    }

    /// An official signs with title and name (`省长　王　浩`): the 附件 list above the signature is still
    /// the list, and a title wrapped onto the next line is one title.
    @Test func attachmentsAboveAnOfficialsSignatureWithWrappedTitles() {
        let notice = analyze("""
            浙江省人民政府关于提请审议《浙江省公共数据条例（修订草案）》的议案
            浙江省人民代表大会常务委员会：
            为规范公共数据管理，省政府起草了修订草案，已经省政府常务会议讨论通过，现提请审议。
            附件：1.浙江省公共数据条例（修订草案）及其起草情况和主要内容
                  的说明材料
                  2.关于《浙江省公共数据条例（修订草案）》的说明
            省长　王　浩
            2025年3月28日
            """)
        #expect(notice.attachments.map(\.title) == [
            "浙江省公共数据条例（修订草案）及其起草情况和主要内容的说明材料", "关于《浙江省公共数据条例（修订草案）》的说明",
        ])
        #expect(notice.attachments.map(\.ordinal) == [1, 2])
        #expect(notice.sections.isEmpty)
        #expect(notice.issuedDate == "2025-03-28")
    }

    /// A numbered 附件 list printed below the date is the list, not one attached document.
    @Test func aNumberedListAfterTheDate() {
        let notice = analyze("""
            国务院办公厅秘书局关于2024年第一季度全国政府网站抽查情况的通报
            各省、自治区、直辖市人民政府办公厅：
            现将抽查情况通报如下。
            国务院办公厅秘书局
            2024年4月12日
            附件：1.2024年第一季度全国政府网站抽查情况表
            2.2024年第一季度政务新媒体抽查情况表
            """)
        #expect(notice.attachments.map(\.ordinal) == [1, 2])
        #expect(notice.attachments.map(\.title) == ["2024年第一季度全国政府网站抽查情况表", "2024年第一季度政务新媒体抽查情况表"])
    }

    /// A ministry's 令 keeps its type and issuer however long its name, and a 公报's issuers printed
    /// under its title over the date are its issuers.
    @Test func decreesAndBulletinsNameTheirIssuersInTheHead() {
        let decree = analyze("""
            中华人民共和国应急管理部令
            第19号
            《某某安全规定》已经2025年1月10日应急管理部第1次部务会议审议通过，现予公布，自2025年3月1日起施行。
            部长　王祥喜
            2025年1月20日
            """)
        #expect(decree.documentType == "令")
        #expect(decree.issuers.map(\.name) == ["中华人民共和国应急管理部"])
        #expect(DocumentType.of(title: "关于全面落实中央八项规定精神的禁令") == nil)
        let bulletin = analyze("""
            2024年嘉兴市国民经济和社会发展统计公报
            嘉兴市统计局
            国家统计局嘉兴调查队
            2025年3月20日
            2024年，全市经济运行总体平稳，发展质量稳步提升。
            一、综合
            全年全市生产总值7000亿元。
            """)
        #expect(bulletin.title == "2024年嘉兴市国民经济和社会发展统计公报")
        #expect(bulletin.issuers.map(\.name) == ["嘉兴市统计局", "国家统计局嘉兴调查队"])
        #expect(bulletin.issuedDate == "2025-03-20")
    }

    /// Macau signs with the date first and the agency after 於.
    @Test func aDateThenTheAgencyAfterYu() {
        let notice = analyze("""
            交通事務局通告
            為配合第七十一屆澳門格蘭披治大賽車的舉行，現公佈下列交通安排。
            一、封閉路段
            二零二四年十月二十八日於交通事務局
            局長　梁文傑
            """)
        #expect(notice.issuedDate == "2024-10-28")
        #expect(notice.issuers.map(\.name) == ["交通事務局"])
    }

    /// A deadline or a date of every year without its year is in the notice's year, whatever year the
    /// text named last; another date without its year is in the year named last.
    @Test func yearsOfDatesWithoutTheirYear() {
        let notice = analyze("""
            关于做好燃气安全工作的通知
            各市人民政府：
            拟于2024年1月中旬召开推进会。请于8月4日前报送材料，并于每年12月底前报送总结。
            2024年3月至6月集中开展排查，7月1日起转入常态化管理。
            某某省人民政府
            2023年7月28日
            """)
        #expect(notice.dates.map(\.value) == ["2024-01", "2023-08-04", "2023-12", "2024-03", "2024-07-01", "2023-07-28"])
        #expect(DocumentType.of(title: "廣東省人民政府關於南沙分區規劃的批覆") == "批复")
    }

    /// A signature row or a date line that damage made unreadable still ends the body: the attachments
    /// over it are found, and the head names the issuers.
    @Test func aDamagedSignatureOrDateLine() {
        let signed = analyze("""
            四川省發展和改革委員會　四川省能源局文件
            關於做好迎峯度夏電力保供工作的通知
            各市(州)發展改革委:
            現將有關事項通知如下:
            一、目標任務
            確保居民生活用電不受影響。
            附件:1.重點任務清單
            　　　2.有序用電方案備案表
            四川省發展和改革委員會
            ?拇ㄊ∧茉淳?
            2024年6月12日
            """)
        #expect(signed.attachments.map(\.title) == ["重點任務清單", "有序用電方案備案表"])
        #expect(signed.issuers.map(\.name) == ["四川省發展和改革委員會", "四川省能源局"])
        #expect(signed.sections.count == 1 && signed.sections[0].children.isEmpty)
        let dated = analyze("""
            德清縣人民政府關於開展農村人居環境整治的通知
            各鎮（街道）：
            現將有關事項通知如下。
            附件：德清縣農村人居環境整治提升考覈細則
            德清縣人民政府
            二〇二?哪晁脑氯?日
            """)
        #expect(dated.attachments.map(\.title) == ["德清縣農村人居環境整治提升考覈細則"])
        #expect(dated.issuers.map(\.name) == ["德清縣人民政府"])
        #expect(dated.issuedDate == nil)
        #expect(!TailParser.isDamagedName(Paragraph(Block("���2022年3月16日"), offset: 0)), "a damaged date is no name")
    }

    /// A lead issuer named short, as its own province names it, still counts the issuers the body states.
    @Test func aStatedCountWithTheLeadIssuerNamedShort() {
        let analysis = analyze("""
            关于做好迎峰度夏电力保供工作的通知
            各市（州）发展改革委：
            省发展改革委等3部门决定联合部署电力保供工作。现将有关事项通知如下。
            四川省发展和改革委员会　　四川省经济和信息化厅
            2024年6月12日
            """)
        #expect(analysis.issuers.count == 2)
        #expect(analysis.diagnostics.map(\.code).contains("issuer-count-mismatch"))
    }

    /// `主送：` printed in the 版记, over two lines, names the recipients a body did not head.
    @Test func recipientsPrintedInThePrintingBlock() {
        let analysis = analyze("""
            水利部办公厅关于做好水库安全度汛工作的函
            为做好今年水库安全度汛工作，现将有关事项函告如下。
            一、落实责任。
            水利部办公厅
            2024年5月6日
            主送：各省、自治区、直辖市水利（水务）厅（局），新疆生产建设兵团水利局，
            　　　部直属有关单位。
            抄送：应急管理部办公厅。
            """)
        #expect(analysis.recipients.map(\.name) == ["水利厅", "新疆生产建设兵团水利局", "部直属有关单位"])
        #expect(analysis.copyTo.map(\.name) == ["应急管理部办公厅"])
    }

    /// A 抄送 list that a line leaves open with `，` goes on in the next line, with a date line and without.
    @Test func aCopyListOverSeveralLines() {
        let dated = analyze("""
            山东省人民政府办公厅关于开展安全隐患排查整治的通知
            各市人民政府：
            现将有关事项通知如下。
            山东省人民政府办公厅
            2024年5月6日
            抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，
            　　　省军区，武警山东省总队。
            山东省人民政府办公厅　　　　2024年5月7日印发
            """)
        #expect(dated.copyTo.map(\.name) == ["省委各部门", "省人大常委会办公厅", "省政协办公厅", "省法院", "省检察院", "省军区", "武警山东省总队"])
        let undated = analyze("""
            关于开展安全隐患排查整治的通知
            各市人民政府：
            现将有关事项通知如下。
            抄送：省委各部门，省法院，
            省军区，武警山东省总队。
            """)
        #expect(undated.copyTo.map(\.name) == ["省委各部门", "省法院", "省军区", "武警山东省总队"])
        // A line broken inside a name joins the next without a separator; an official's signature
        // under the list is not part of it.
        let broken = analyze("""
            关于开展安全隐患排查整治的报告
            自治区人民政府：
            现将有关情况报告如下。
            广西壮族自治区生态环境厅
            2024年5月6日
            抄送：生态环境部珠江流域南海海域生态环境监督管理局，自治区人民政
            　　　府办公厅，自治区水利厅。
            """)
        #expect(broken.copyTo.map(\.name) == ["生态环境部珠江流域南海海域生态环境监督管理局", "自治区人民政府办公厅", "自治区水利厅"])
        let signed = analyze("""
            臺中市政府　函
            受文者：本市各級學校
            主旨：請加強校園霸凌防制工作。
            正本：本市各級學校
            副本：本府教育局學生事務室、臺中市學生校外生活輔導會
            市長　盧秀燕
            """)
        #expect(signed.copyTo.map(\.name) == ["本府教育局學生事務室", "臺中市學生校外生活輔導會"])
    }

    /// A garrison signs with a city's government; a province's departments sign with their short names,
    /// which the title's province resolves.
    @Test func jointIssuersAGarrisonAndShortProvincialNames() {
        let garrison = analyze("""
            宁波市人民政府 宁波警备区
            关于做好2025年度征兵工作的通知

            各区（县、市）人民政府：
            　　现就做好2025年度征兵工作通知如下。

            　　　　　宁波市人民政府　　　　　　　　　宁波警备区
            　　　　　　　　　　　　　　　　　　　　　2024年12月20日
            """)
        #expect(garrison.title == "宁波市人民政府 宁波警备区关于做好2025年度征兵工作的通知")
        #expect(garrison.issuers.map(\.name) == ["宁波市人民政府", "宁波警备区"])
        let short = analyze("""
            浙江省发展和改革委员会 浙江省经济和信息化厅
            关于开展工业园区评估工作的通知

            各设区市发展改革委、经信局：
            　　现就开展工业园区评估工作通知如下。

            　　　省发展改革委　　　　　　省经信厅
            　　　　　　　　　　　　　　　　　　2025年6月24日
            """)
        #expect(short.issuers.map(\.name) == ["省发展改革委", "省经信厅"])
        #expect(short.issuers.map(\.canonicalName) == ["浙江省发展和改革委员会", "浙江省经济和信息化厅"])
    }
}
