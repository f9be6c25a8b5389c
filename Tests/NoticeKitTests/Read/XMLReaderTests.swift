import Testing
@testable import NoticeKit

@Suite struct XMLReaderTests {
    @Test func textElementsInDocumentOrderAndAttributesAsMetadata() {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <doc id="a-1" lang="zh"><meta><column>通知公告</column><title>关于某事的通知</title></meta>
            <body><p>各单位：</p><p>现通知如下<b>重要</b>事项。</p></body><sign>某某局</sign></doc>
            """
        let document = XMLReader().read(xml)
        #expect(document.blocks.map(\.text) == ["各单位：", "现通知如下重要事项。", "某某局"])
        #expect(document.metadata["id"] == "a-1")
        #expect(document.metadata["column"] == "通知公告")
        #expect(document.evidence["标题"] == "关于某事的通知")
    }

    /// A content-management export: self-named fields straight under the record, the body as HTML in CDATA.
    @Test func fieldsNameThemselvesAndAnHTMLBodyIsReadAsHTML() {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <records><record id="7">
            <field name="DOCTITLE">某某局关于开展检查的通知</field>
            <field name="FILENUM">某发〔2025〕3号</field>
            <field name="DOCRELTIME">2025-02-27</field>
            <field name="DOCHTMLCON"><![CDATA[<div class="content"><p>各单位：</p>
            <p>　　<strong>一、检查范围</strong></p><p>全市各学校。<br/>联系人：王明</p>
            <p style="text-align:right">某某局</p></div>]]></field>
            </record></records>
            """
        let document = XMLReader().read(xml)
        #expect(document.blocks.map(\.text) == ["各单位：", "一、检查范围", "全市各学校。", "联系人：王明", "某某局"])
        #expect(document.blocks.last?.hints.contains(.alignRight) == true)
        #expect(document.evidence["标题"] == "某某局关于开展检查的通知")
        #expect(document.evidence["发文字号"] == "某发〔2025〕3号")
        #expect(document.evidence["发布日期"] == "2025-02-27")
        #expect(document.metadata["FILENUM"] == "某发〔2025〕3号")
    }

    /// An export that states its fields as the root's attributes.
    @Test func rootAttributesStateFields() {
        let document = XMLReader().read("<doc title=\"某某局关于开展检查的通知\" number=\"某发〔2024〕9号\"><body><p>各单位：</p></body></doc>")
        #expect(document.evidence["标题"] == "某某局关于开展检查的通知")
        #expect(document.evidence["发文字号"] == "某发〔2024〕9号")
    }

    /// A named field too long to be a fact about the notice is its text, and stays a paragraph.
    @Test func aLongNamedFieldStaysText() {
        let body = String(repeating: "各地要认真落实有关要求。", count: 20)
        let document = XMLReader().read("<record><field name=\"正文\">\(body)</field></record>")
        #expect(document.blocks.map(\.text) == [body])
        #expect(document.metadata["正文"] == nil)
    }

    /// Plain text in one element keeps its lines as paragraphs, and a wrapped line is joined as in a text file.
    @Test func aFieldOfPlainTextKeepsItsLines() {
        let xml = """
            <doc><title>关于某事的
            通知</title><content>
            各单位：
            一、总体要求
            （一）加强领导。
            </content></doc>
            """
        let document = XMLReader().read(xml)
        #expect(document.blocks.map(\.text) == ["关于某事的通知", "各单位：", "一、总体要求", "（一）加强领导。"])
        #expect(XMLReader.markup("  一、总体要求 <b>x</b>") == nil)
        #expect(XMLReader.markup("<p>一</p>") == "<p>一</p>")
    }

    /// External entities are never loaded: the record cannot hold a local file's contents.
    @Test func externalEntitiesAreNotLoaded() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE doc [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <doc><p>开始&secret;结束</p></doc>
            """
        let document = XMLReader().read(xml)
        let text = document.blocks.map(\.text).joined()
        #expect(text.contains("开始"))
        #expect(!text.contains("root:"))
    }

    @Test func malformedXMLStillReadsWhatItCan() {
        let document = XMLReader().read("<doc><p>第一段</p><p>第二段</doc>")
        #expect(document.blocks.map(\.text).first == "第一段")
    }

    /// A `<br/>` breaks the line inside a paragraph element, as it does in HTML.
    @Test func aBreakInsideAParagraphBreaksTheLine() {
        let document = XMLReader().read("<doc><content><p>联系人：甲司　周海涛　010-63908512<br/>乙司　邓丽娜　010-81929476</p></content></doc>")
        #expect(document.blocks.map(\.text) == ["联系人：甲司　周海涛　010-63908512", "乙司　邓丽娜　010-81929476"])
    }

    /// GB/T 33476's 版记 elements print as the lines their names label.
    @Test func aLayoutsPrintingFieldsReadAsPrinted() {
        let document = XMLReader().read("""
            <电子公文><公文体><正文><自然段>此复。</自然段></正文></公文体>
            <版记><抄送机关>江苏省人民政府办公厅，长江航务管理局。</抄送机关><印发机关>交通运输部办公厅</印发机关><印发日期>2024年1月10日</印发日期></版记></电子公文>
            """)
        #expect(document.blocks.map(\.text) == ["此复。", "抄送：江苏省人民政府办公厅，长江航务管理局。", "交通运输部办公厅　　2024年1月10日印发"])
        // Exports shorten the names, or spell them in pinyin.
        let short = XMLReader().read("""
            <gongwen><zhengwen><p>此复。</p></zhengwen>
            <banji><抄送>省发展改革委，省财政厅。</抄送><yinfa>省政府办公厅</yinfa><yinfariqi>2024年3月1日</yinfariqi></banji></gongwen>
            """)
        #expect(short.blocks.map(\.text) == ["此复。", "抄送：省发展改革委，省财政厅。", "省政府办公厅　　2024年3月1日印发"])
        // An exchange platform's initials (抄送机关 `csjg`, 印发机关 `yfjg`, 印发日期 `yfrq`), and English.
        let initials = XMLReader().read("""
            <gw><zw><para>特此通知。</para></zw><bj><csjg>省安委办。</csjg><yfjg>省交通运输厅办公室</yfjg><yfrq>2025年1月10日</yfrq></bj></gw>
            """)
        #expect(initials.blocks.map(\.text) == ["特此通知。", "抄送：省安委办。", "省交通运输厅办公室　　2025年1月10日印发"])
        let english = XMLReader().read("<record><content><paragraph>特此通知。</paragraph></content><copyTo>市政府办公厅。</copyTo></record>")
        #expect(english.blocks.map(\.text) == ["特此通知。", "抄送：市政府办公厅。"])
        let exchange = XMLReader().read("""
            <Document><Body><Para>特此函告。</Para></Body>
            <Footer><CC>市教育局。</CC><printer>市规划和自然资源局办公室</printer><PrintDate>2025年4月23日</PrintDate></Footer></Document>
            """)
        #expect(exchange.blocks.map(\.text) == ["特此函告。", "抄送：市教育局。", "市规划和自然资源局办公室　　2025年4月23日印发"])
        let printOrg = XMLReader().read("<Document><Body><Para>特此函告。</Para></Body><PrintOrg>市政府办公室</PrintOrg><PrintDate>2025年4月23日</PrintDate></Document>")
        #expect(printOrg.blocks.map(\.text).last == "市政府办公室　　2025年4月23日印发")
    }

    /// Attachments an export lists as elements read as a notice prints its 附件 list.
    @Test func attachmentsListedAsElements() {
        func lines(_ xml: String) -> [String] { XMLReader().read(xml).blocks.map(\.text) }
        #expect(lines("<doc><zw><p>特此通知。</p></zw><fj><fjxx xh=\"1\">检查表</fjxx><fjxx xh=\"2\">统计表</fjxx></fj></doc>")
            == ["特此通知。", "附件：1．检查表", "2．统计表"])
        #expect(lines("<doc><attachments><attachment seq=\"1\">安排表</attachment></attachments></doc>") == ["附件：安排表"])
        #expect(lines("<doc><p>特此通知。</p><fj>检查表</fj></doc>") == ["特此通知。", "附件：检查表"])
        // Items that print the list themselves, and paragraphs in GB/T 33476's 附件说明, stay as printed.
        #expect(lines("<doc><fujianshuoming><fujian xuhao=\"1\">附件：1.分配表</fujian><fujian xuhao=\"2\">2.目标表</fujian></fujianshuoming></doc>")
            == ["附件：1.分配表", "2.目标表"])
        #expect(lines("<doc><附件说明><段落>附件：1．名单</段落><段落>2．清单</段落></附件说明></doc>") == ["附件：1．名单", "2．清单"])
        // A run of items with no element around it.
        #expect(lines("<gongwen><duan>特此通知。</duan><fujian xh=\"1\">检查要点</fujian><fujian xh=\"2\">统计表</fujian></gongwen>")
            == ["特此通知。", "附件：1．检查要点", "2．统计表"])
        // A title that opens with a year is not numbered already.
        #expect(lines("<gongwen><fj xh=\"1\">2025年春季灌溉配水计划表</fj><fj xh=\"2\">检修情况统计表</fj></gongwen>")
            == ["附件：1．2025年春季灌溉配水计划表", "2．检修情况统计表"])
    }

    /// An Atom entry's identifier and time stamps are the record's facts, not lines of the notice.
    @Test func aFeedEntrysHeader() {
        let document = XMLReader().read("""
            <entry xmlns="http://www.w3.org/2005/Atom"><id>tag:www.mnr.gov.cn,2025:gk/tzgg/202510/t20251009_2891240</id>
            <title>自然资源部办公厅关于报送整改情况的函</title><updated>2025-10-09T09:00:00+08:00</updated>
            <content type="html"><![CDATA[<p>各省、自治区、直辖市自然资源主管部门：</p><p>请于2025年11月20日前报送。</p>]]></content></entry>
            """)
        #expect(document.blocks.map(\.text) == ["自然资源部办公厅关于报送整改情况的函", "各省、自治区、直辖市自然资源主管部门：", "请于2025年11月20日前报送。"])
        #expect(document.metadata["updated"] == "2025-10-09T09:00:00+08:00")
    }

    /// Recipients listed one an element read as the 主送机关 line; an English 版记 reads as printed.
    @Test func recipientsAndDistributionInEnglish() {
        let document = XMLReader().read("""
            <notice><header><docNo>人社厅发〔2025〕21号</docNo></header>
            <recipients><recipient>各省、自治区、直辖市人力资源社会保障厅（局）</recipient><recipient>新疆生产建设兵团人力资源社会保障局</recipient></recipients>
            <body><para>特此通知。</para></body>
            <distribution><cc>共青团中央学校部</cc><printedBy>人力资源社会保障部办公厅</printedBy><printedOn>2025年3月13日</printedOn></distribution></notice>
            """)
        #expect(document.blocks.map(\.text) == [
            "各省、自治区、直辖市人力资源社会保障厅（局），新疆生产建设兵团人力资源社会保障局：", "特此通知。", "抄送：共青团中央学校部",
            "人力资源社会保障部办公厅　　2025年3月13日印发",
        ])
        #expect(XMLReader().read("<doc><Head><FileNo>豫卫疾控〔2025〕16号</FileNo></Head><p>正文。</p></doc>").evidence["发文字号"] == "豫卫疾控〔2025〕16号")
    }

    /// A record of self-named fields: those named as parts of a notice are its lines, the rest metadata.
    @Test func aRecordOfNamedFields() {
        let document = XMLReader().read("""
            <doc><field name="title">国家发展改革委办公厅关于做好价格监测工作的通知</field><field name="publishTime">2025-07-04 10:00:00</field>
            <field name="mainSend">各省、自治区、直辖市发展改革委</field><field name="paragraph">一、监测品种</field>
            <field name="paragraph">请各地按时报送。</field><field name="attachment">1.监测品种目录</field><field name="attachment">2.报送模板</field>
            <field name="signOrg">国家发展改革委办公厅</field><field name="signDate">2025年6月30日</field><field name="copySend">商务部。</field></doc>
            """)
        #expect(document.blocks.map(\.text) == [
            "各省、自治区、直辖市发展改革委：", "一、监测品种", "请各地按时报送。", "附件：1.监测品种目录", "2.报送模板", "国家发展改革委办公厅",
            "2025年6月30日", "抄送：商务部。",
        ])
        #expect(document.evidence["标题"] == "国家发展改革委办公厅关于做好价格监测工作的通知")
        #expect(document.metadata["publishTime"] == "2025-07-04 10:00:00")
    }

    /// A record's header fields beside its body (`<dc:creator>`, a `date` stated as data) are metadata,
    /// not lines of the notice.
    @Test func recordFieldsBesideTheBody() {
        let document = XMLReader().read("""
            <archive-record xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>温州市人民政府专题会议纪要</dc:title>
            <dc:creator>温州市人民政府办公室</dc:creator><dc:date>2025-05-19</dc:date><dc:type>会议纪要</dc:type>
            <content><line>温州市人民政府专题会议纪要</line><line>会议议定如下事项。</line></content></archive-record>
            """)
        #expect(document.blocks.map(\.text) == ["温州市人民政府专题会议纪要", "温州市人民政府专题会议纪要", "会议议定如下事项。"])
        #expect(document.metadata["creator"] == "温州市人民政府办公室")
        #expect(document.metadata["date"] == "2025-05-19")
    }

    /// OFD's text layer: a text object's runs are one line, whatever indentation parts them in the file,
    /// and lines a page's width wrapped join.
    @Test func anOFDTextLayer() {
        let lines = [
            "为全面掌握全区地质灾害隐患点现状，有效防范地质灾害风", "险，我厅决定在全区开展核查工作，现将有关事项通知如下：",
            "一、核查范围", "全区已登记在册的地质灾害隐患点和风险点，以及新发现", "的隐患点，均纳入本次核查范围，请各市认真组织实施。",
        ]
        let objects = lines.map { line in
            "<ofd:TextObject>\n  <ofd:TextCode>\(line.prefix(5))</ofd:TextCode>\n  <ofd:TextCode>\(line.dropFirst(5))</ofd:TextCode>\n</ofd:TextObject>"
        }
        let document = XMLReader().read("<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Layer>\(objects.joined(separator: "\n"))</ofd:Layer></ofd:Document>")
        #expect(document.blocks.map(\.text) == [lines[0] + lines[1], lines[2], lines[3] + lines[4]])
    }

    /// Metadata fields named in pinyin state the same facts as their Chinese names.
    @Test func pinyinFieldNamesAreEvidence() {
        let document = XMLReader().read("<gongwen><head><fawenzihao>浙政函〔2025〕31号</fawenzihao><biaoti>关于某事的函</biaoti></head><body><p>正文。</p></body></gongwen>")
        #expect(document.evidence["发文字号"] == "浙政函〔2025〕31号")
        #expect(document.evidence["标题"] == "关于某事的函")
        let initials = XMLReader().read("<document><head><wh>温市监食〔2025〕19号</wh></head><body><p>正文。</p></body></document>")
        #expect(initials.evidence["发文字号"] == "温市监食〔2025〕19号")
    }

    /// Paragraphs whose text is kept in an attribute, and a Word tab that parts two words.
    @Test func textHeldInAttributesAndTabs() {
        let document = XMLReader().read("<doc><title text=\"国务院关于同意某事的批复\"/><p text=\"国函〔2024〕41号\" align=\"center\"/><p/></doc>")
        #expect(document.blocks.map(\.text) == ["国务院关于同意某事的批复", "国函〔2024〕41号"])
        let word = XMLReader().read("<w:document xmlns:w=\"urn:w\"><w:body><w:p><w:r><w:t>联系人：王涛</w:t></w:r><w:r><w:tab/><w:t>电话：010-87182345</w:t></w:r></w:p></w:body></w:document>")
        #expect(word.blocks.map(\.text) == ["联系人：王涛 电话：010-87182345"])
    }
}
