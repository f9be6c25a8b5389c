import Testing
@testable import NoticeKit

@Suite struct HTMLReaderTests {
    static let page = """
        <html><head><title>关于开展检查的通知_某某省人民政府</title>
        <meta name="ArticleTitle" content="关于开展检查的通知"><meta name="PubDate" content="2021-05-06 09:00">
        <script>var x = "不应出现";</script></head><body>
        <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li></ul></div>
        <div class="breadcrumb">当前位置：首页 &gt; 通知公告</div>
        <h1 class="article-title">关于开展检查的<br>通知</h1>
        <div class="TRS_Editor"><p>各市人民政府：</p><p style="text-indent:2em">为做好<span>检查</span><span>工作</span>，现通知如下。</p>
        <p style="text-align:right">某某省人民政府</p><div class="share">分享到：微信 微博</div></div>
        <div class="related">相关链接：<a href="#">另一篇文章</a></div>
        <div class="footer">主办单位：某某省人民政府办公厅 联系电话：0571-88880000</div>
        </body></html>
        """

    @Test func keepsTheArticleAndDropsTheSite() {
        let document = HTMLReader().read(Self.page)
        #expect(document.blocks.map(\.text) == ["关于开展检查的通知", "各市人民政府：", "为做好检查工作，现通知如下。", "某某省人民政府"])
        #expect(document.blocks[0].hints.contains(.heading))
        #expect(document.blocks[3].hints.contains(.alignRight))
    }

    /// A page laid out with tables prints its headline in a centred cell above the body's cell, and its
    /// `<title>` names only the site's owner.
    @Test func aCentredHeadlineAboveTheBodyCell() {
        let page = """
            <HTML><HEAD><TITLE>广州市卫生局--通知公告</TITLE></HEAD><BODY><TABLE WIDTH=778 ALIGN=CENTER>
            <TR><TD ALIGN=CENTER><FONT SIZE=4><B>广州市卫生局关于做好2009年登革热防控工作的通知</B></FONT></TD></TR>
            <TR><TD ALIGN=CENTER>【发布时间：2009-07-03】</TD></TR>
            <TR><TD CLASS=zw>各区、县级市卫生局：<BR>　　为做好我市登革热防控工作，请各单位于2009年7月20日前完成辖区蚊媒密度监测，并将监测结果报送我局。<BR>
            <P ALIGN=RIGHT>广州市卫生局<BR>二○○九年七月一日</P></TD></TR></TABLE></BODY></HTML>
            """
        let document = HTMLReader().read(page)
        #expect(document.blocks.first?.text == "广州市卫生局关于做好2009年登革热防控工作的通知")
        #expect(document.evidence["标题"] == "广州市卫生局关于做好2009年登革热防控工作的通知")
    }

    /// A shortened `ArticleTitle` gives way to a heading that names the same notice's issuer in full.
    @Test func aHeadingWithTheIssuerInFull() {
        let page = """
            <html><head><meta name="ArticleTitle" content="学院路街道关于辖区部分社区计划停电的通告"></head><body>
            <h2 class="detail-title">北京市海淀区学院路街道办事处关于辖区部分社区计划停电的通告</h2>
            <div class="detail-content" id="zoom"><p>因电力设施检修，辖区部分社区将于2025年11月8日8时至18时停电，请居民提前做好准备。</p>
            <p>特此通告。</p></div></body></html>
            """
        #expect(HTMLReader().read(page).evidence["标题"] == "北京市海淀区学院路街道办事处关于辖区部分社区计划停电的通告")
        // So does a `<title>` cut short, to an element its class marks as the title.
        let marked = """
            <html><head><title>农光里社区关于暂停社区活动室开放的通知-劲松街道</title></head><body><div class="bd">
            <div class="txt-title">劲松街道农光里社区居民委员会关于暂停社区活动室开放的通知</div><div class="txt-info">发布时间：2025/06/12</div>
            <div class="txt-content"><p>各位居民：</p><p>因活动室改造施工，社区活动室暂停开放，恢复时间另行通知。</p></div></div></body></html>
            """
        #expect(HTMLReader().read(marked).evidence["标题"] == "劲松街道农光里社区居民委员会关于暂停社区活动室开放的通知")
    }

    /// Without a headline, a `<title>` holding only the site owner's name is no title: the record says one is missing.
    @Test func aSiteOwnersNameIsNoTitle() throws {
        let page = """
            <html><head><title>山东省科学技术厅</title></head><body><div id="zoom"><p>各市科技局：</p>
            <p>请各推荐单位于2014年4月25日前将推荐材料报送省科技厅政策法规处，逾期不予受理。</p>
            <p align="right">山东省科学技术厅</p><p align="right">2014年3月4日</p></div></body></html>
            """
        let notice = try NoticeConverter().convert(Array(page.utf8), path: "x.html")
        #expect(notice.title == nil)
        #expect(notice.diagnostics.map(\.code).contains("missing-title"))
    }

    @Test func keepsMetadataAndEvidence() {
        let document = HTMLReader().read(Self.page)
        #expect(document.metadata["ArticleTitle"] == "关于开展检查的通知")
        #expect(document.metadata["PubDate"] == "2021-05-06 09:00")
        #expect(document.evidence["标题"] == "关于开展检查的通知")
        #expect(document.evidence["发布日期"] == "2021-05-06 09:00")
    }

    @Test func readsTheGovCnInfoTable() {
        let page = """
            <html><body><div class="policyLibraryOverview_header"><table class="bd1">
            <tr><td><b>索 引 号：</b></td><td>000014349/2021-00012</td><td><b>主题分类：</b></td><td>综合政务</td></tr>
            <tr><td><b>发文机关：</b></td><td>国务院办公厅</td><td><b>成文日期：</b></td><td>2021年03月05日</td></tr>
            <tr><td><b>标　　题：</b></td><td colspan="3">国务院办公厅关于某事的通知</td></tr>
            <tr><td><b>发文字号：</b></td><td>国办发〔2021〕12号</td><td><b>发布日期：</b></td><td>2021年03月10日</td></tr>
            </table></div><div class="pages_content" id="UCAP-CONTENT"><p>各省、自治区、直辖市人民政府：</p>
            <p>现将有关事项通知如下。请认真贯彻执行，确保各项工作落到实处。</p></div></body></html>
            """
        let document = HTMLReader().read(page)
        #expect(document.evidence["发文字号"] == "国办发〔2021〕12号")
        #expect(document.evidence["成文日期"] == "2021年03月05日")
        #expect(document.evidence["发布日期"] == "2021年03月10日")
        #expect(document.evidence["索引号"] == "000014349/2021-00012")
        #expect(document.evidence["标题"] == "国务院办公厅关于某事的通知")
        #expect(document.blocks.first?.text == "各省、自治区、直辖市人民政府：")
        #expect(!document.blocks.contains { $0.text.contains("索引号") })
    }

    /// A ministry's info table whose labels are spread out with half-width spaces (`索 引 号：`, `文　　号：`).
    @Test func anInfoTableWithSpacedLabels() {
        let page = """
            <html><body><div class="xxgk_table"><table>
            <tr><td>索 引 号：</td><td>717800519/2025-00291</td><td>主题分类：</td><td>职业能力建设</td></tr>
            <tr><td>文　　号：</td><td>人社厅函〔2025〕64号</td></tr></table></div>
            <div class="insMainConTxt"><p>各省、自治区、直辖市人力资源社会保障厅（局）：</p>
            <p>为加强技能人才评价监管，我部决定开展督导检查，请于2025年11月10日前报送工作总结。</p></div></body></html>
            """
        let document = HTMLReader().read(page)
        #expect(document.evidence["发文字号"] == "人社厅函〔2025〕64号")
        #expect(document.evidence["索引号"] == "717800519/2025-00291")
        #expect(!document.blocks.contains { $0.text.contains("索 引 号") })
    }

    /// A template's editor class on a small box before the article does not make the box the body.
    @Test func theMarkedContainerWithTheTextIsTheBody() {
        let page = """
            <html><body><div class="left"><div class="TRS_Editor"><p>厅长信箱 | 领导信箱 | 网上调查</p></div></div>
            <div class="main"><div class="TRS_Editor"><p>各设区市生态环境局：</p><p>为加强排污许可证后管理，现将有关事项通知如下。</p>
            <p>一、检查范围。全省持证排污单位。</p><p>二、工作要求。各地要于6月30日前完成检查。</p></div></div></body></html>
            """
        #expect(HTMLReader().read(page).blocks.first?.text == "各设区市生态环境局：")
    }

    /// A headline that is a fuller form of `ArticleTitle` wins, and so does one under a `<title>` that
    /// only names the site or is cut short.
    @Test func theFullerHeadlineIsTheTitle() {
        let body = "<div class=\"TRS_Editor\"><p>各市人力资源社会保障局：</p><p>现就有关事项通知如下。</p></div>"
        let shortened = """
            <html><head><meta name="ArticleTitle" content="关于做好招生工作的通知"></head><body>
            <h1>河北省人力资源和社会保障厅关于做好招生工作的通知</h1>\(body)</body></html>
            """
        #expect(HTMLReader().read(shortened).evidence["标题"] == "河北省人力资源和社会保障厅关于做好招生工作的通知")
        for title in ["河北省人民政府门户网站", "河北省人力资源和社会保障厅关于做好招生...-河北省人民政府门户网站"] {
            let page = "<html><head><title>\(title)</title></head><body><h2>热点</h2><h1>河北省人力资源和社会保障厅关于做好招生工作的通知</h1>\(body)</body></html>"
            let document = HTMLReader().read(page)
            #expect(document.evidence["标题"] == "河北省人力资源和社会保障厅关于做好招生工作的通知")
            #expect(document.blocks.first?.text == "河北省人力资源和社会保障厅关于做好招生工作的通知")
        }
        for separator in ["-", "- ", " -", "–", " － ", "--"] {
            let dashed = "<html><head><title>某某局关于做好招生工作的通知\(separator)某某省人民政府门户网站</title></head><body>\(body)</body></html>"
            #expect(HTMLReader().read(dashed).evidence["标题"] == "某某局关于做好招生工作的通知", "\(separator)")
        }
        let subtitled = "<html><head><title>某某局关于做好招生工作的通知——答记者问</title></head><body>\(body)</body></html>"
        #expect(HTMLReader().read(subtitled).evidence["标题"] == "某某局关于做好招生工作的通知——答记者问")
    }

    @Test func findsABodyWithoutAKnownContainer() {
        let page = """
            <html><body><div id="menu"><a href="/">首页</a> <a href="/a">机构设置</a> <a href="/b">政务公开</a></div>
            <div id="main"><div class="txt"><p>各有关单位：</p><p>为进一步规范管理工作，提高服务质量和效率，经研究决定开展专项检查。</p>
            <p>请各单位于本月底前完成自查，并将自查报告报送我局办公室。</p></div></div>
            <div id="foot">版权所有 电话：010-12345678</div></body></html>
            """
        let document = HTMLReader().read(page)
        #expect(document.blocks.map(\.text).first == "各有关单位：")
        #expect(!document.blocks.contains { $0.text.contains("010-12345678") })
    }

    /// An inner wrapper around the numbered items holds about half the text: the article is the
    /// element around it, which prints the recipients, the contact and the signature.
    @Test func anInnerWrapperIsNotTheArticle() {
        let page = """
            <html><body><header>某某政府在线</header><div class="m-article"><h2>某某市人民政府办公厅关于开展臭氧污染防控攻坚行动的通知</h2>
            <div class="m-content"><p>各区人民政府，市政府直属各单位：</p>
            <p>经市政府同意，决定于2025年5月至10月开展臭氧污染防控攻坚行动。现将有关事项通知如下：</p>
            <div class="para"><p>一、强化挥发性有机物源头替代。推动工业涂装、包装印刷等行业使用低挥发性原辅材料。</p>
            <p>二、深化移动源污染管控。加大对重型柴油货车、非道路移动机械的路检路查力度。</p>
            <p>三、压实工作责任。各区要于2025年5月15日前制定攻坚行动方案并报市生态环境局。</p></div>
            <p>联系人：市生态环境局大气环境处　罗海燕，电话：0755-23920123。</p>
            <p>某某市人民政府办公厅</p><p>2025年4月28日</p></div></div></body></html>
            """
        let texts = HTMLReader().read(page).blocks.map(\.text)
        #expect(texts.contains("各区人民政府，市政府直属各单位："))
        #expect(texts.last == "2025年4月28日")
    }

    /// A theme's wrapper marked as the content holds the sidebar too: the sidebar (`<aside>`) is not the
    /// article's, nor is the post's date line or a toolbar inside the article.
    @Test func aBlogThemesSidebarAndPostLines() {
        let page = """
            <html><body><div id="content" class="site-content"><main><article>
            <div class="entry-meta">发布于 2025年10月9日 作者 乌镇镇党政办</div>
            <div class="entry-content"><p>各村（社区）：</p><p>为切实做好秸秆禁烧工作，现将有关事项通告如下：</p>
            <p>一、禁烧时间为2025年10月10日至11月30日。</p><p>【打印】【关闭】【返回顶部】</p></div></article></main>
            <aside id="secondary" class="widget-area"><h2>近期文章</h2><ul><li>关于做好秋收工作的通知 2025年10月15日</li>
            <li>关于开展消防演练的通知 2025年9月26日</li></ul><h2>联系我们</h2><p>电话：0573-88710000</p></aside></div></body></html>
            """
        let texts = HTMLReader().read(page).blocks.map(\.text)
        #expect(texts == ["各村（社区）：", "为切实做好秸秆禁烧工作，现将有关事项通告如下：", "一、禁烧时间为2025年10月10日至11月30日。"])
    }

    /// An article printed in parts keeps the number over its body and the 抄送 under it; a part that is
    /// page furniture keeps the body alone.
    @Test func anArticleInParts() {
        func page(head: String) -> String {
            """
            <html><body><div class="nav"><a href="/">首页</a></div><div class="main"><article id="cms">
            <section class="doc-head">\(head)</section>
            <section class="doc-body"><p>各市（州）人民政府，省政府各部门：</p><p>为深入推进政务服务标准化规范化便利化，现将考核结果通报如下。</p>
            <p>请各地各部门对照考核发现的问题，认真制定整改方案，按时报送整改情况。</p></section>
            <section class="doc-foot"><p>抄送：省委办公厅，省人大常委会办公厅。</p></section>
            </article><div class="related"><a href="/1">其他文章</a></div></div></body></html>
            """
        }
        let parts = HTMLReader().read(page(head: "<p>川办函〔2024〕15号</p>")).blocks.map(\.text)
        #expect(parts.first == "川办函〔2024〕15号")
        #expect(parts.last == "抄送：省委办公厅，省人大常委会办公厅。")
        let other = HTMLReader().read(page(head: "<p>本站发布的信息仅供参考，请以正式文件为准</p>")).blocks.map(\.text)
        #expect(other.first == "各市（州）人民政府，省政府各部门：")
        #expect(!other.contains("抄送：省委办公厅，省人大常委会办公厅。"))
    }

    /// A WeChat export: furniture words in the body's own class, and the article hidden until a script
    /// shows it.
    @Test func aWeChatExport() {
        let page = """
            <html><body class="zh_CN comment_feature discuss_tab"><div id="page-content" class="rich_media_area_primary">
            <h1 class="rich_media_title">关于做好防汛工作的通告</h1>
            <div class="rich_media_content" id="js_content" style="visibility: hidden;">
            <section><span>为切实做好今年防汛工作，确保人民群众生命财产安全，现将有关事项通告如下。</span></section>
            <section><span>一、各单位要落实防汛责任，加强巡查值守。</span></section></div>
            <div class="share_notice">分享到朋友圈</div></div></body></html>
            """
        let blocks = HTMLReader().read(page).blocks.map(\.text)
        #expect(blocks.contains("一、各单位要落实防汛责任，加强巡查值守。"))
        #expect(!blocks.contains("分享到朋友圈"))
    }

    /// Word's downlevel-revealed conditionals around list numbers are not text; a 发布日期 line in the
    /// article is the page's, not the notice's.
    @Test func wordListMarksAndPublicationLines() {
        let page = """
            <html><body><div class="TRS_Editor"><p class="MsoNormal">发布日期：2024年3月5日</p>
            <p>发布时间：2025-03-03 11:45:08　　来源：本网　　浏览次数：1024　　字号：大 中 小</p>
            <p class="MsoNormal"><![if !supportLists]>一、<![endif]>基本情况</p><p class="MsoNormal">全市共排查隐患120处。</p>
            <p>来源：本网讯，全市共排查隐患120处，已全部完成整改。</p></div></body></html>
            """
        #expect(HTMLReader().read(page).blocks.map(\.text) == ["一、基本情况", "全市共排查隐患120处。", "来源：本网讯，全市共排查隐患120处，已全部完成整改。"])
    }

    /// The info table's fields printed as a list, with and without a colon after the label; a list in
    /// the article that names one label is the article's.
    @Test func anInfoTableAsAList() {
        let page = """
            <html><body><ul class="xxgk-info"><li><span>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</span>11370000004181536Y/2024-00127</li>
            <li><span>发文字号：</span>鲁教基字〔2024〕9号</li><li><span>成文日期</span> <span>2024年03月08日</span></li></ul>
            <dl class="meta"><dt>发文机关</dt><dd>山东省教育厅</dd><dt>文&nbsp;&nbsp;号</dt><dd>鲁教基字〔2024〕9号</dd></dl>
            <div id="zoom"><p>各市教育局：</p><ul><li>成文日期以印发日期为准。</li></ul><p>现将有关事项通知如下。</p></div></body></html>
            """
        let document = HTMLReader().read(page)
        #expect(document.evidence["发文字号"] == "鲁教基字〔2024〕9号")
        #expect(document.evidence["成文日期"] == "2024年03月08日")
        #expect(document.blocks.map(\.text) == ["各市教育局：", "成文日期以印发日期为准。", "现将有关事项通知如下。"])
        let listed = HTMLReader().read("<html><body><dl><dt>发文机关</dt><dd>山东省教育厅</dd><dt>成文日期</dt><dd>2024年3月8日</dd><dt>发文字号</dt><dd>鲁教基字〔2024〕9号</dd></dl><div id=\"zoom\"><p>正文。</p></div></body></html>")
        #expect(listed.evidence["发文机关"] == "山东省教育厅")
        #expect(listed.evidence["发文字号"] == "鲁教基字〔2024〕9号")
        // A ministry's list names its fields by shorter words.
        let ministry = HTMLReader().read("""
            <html><body><div class="content_top_box"><ul><li><span>名称：</span>关于开展排污登记质量核查的通知</li>
            <li><span>索引号：</span>000014672/2025-00801</li><li><span>发布机关：</span>生态环境部</li><li><span>生成日期：</span>2025-09-03</li>
            <li><span>文号：</span>环办环评函〔2025〕301号</li></ul></div><div class="content_body"><p>各省、自治区、直辖市生态环境厅（局）：</p>
            <p>为提升固定污染源排污登记数据质量，请各地于2025年10月31日前完成本行政区域排污登记信息核查。</p></div></body></html>
            """)
        #expect(ministry.evidence["发文字号"] == "环办环评函〔2025〕301号")
        #expect(ministry.blocks.first?.text == "各省、自治区、直辖市生态环境厅（局）：")
    }

    /// A PDF converted line by line: every page's lines are the article, the lines a width wrapped are
    /// joined, and page numbers go.
    @Test func aPDFConvertedLineByLine() {
        let lines = [
            ["各省、自治区、直辖市林业和草原主管部门：", "为加强古树名木保护管理，现就有关工作提出如下意", "见。请各地结合实际认真贯彻落实，切实抓好各项任", "务落实，确保取得实效，并及时报告工作进展情况。", "一、总体要求", "— 1 —"],
            ["坚持保护优先，科学管理，全面落实保护管理责任，", "推动古树名木保护工作规范化、制度化、常态化开展。", "国家林业和草原局", "2024年5月10日", "— 2 —"],
        ]
        let pages = lines.enumerated().map { number, page in
            "<div id=\"pf\(number + 1)\" class=\"pf w0 h0\"><div class=\"pc\">" + page.map { "<div class=\"t m0 x1\">\($0)</div>" }.joined() + "</div></div>"
        }
        let document = HTMLReader().read("<html><body><div id=\"sidebar\"><a href=\"#\">目录</a></div><div id=\"page-container\">\(pages.joined())</div></body></html>")
        #expect(document.blocks.map(\.text) == [
            "各省、自治区、直辖市林业和草原主管部门：",
            "为加强古树名木保护管理，现就有关工作提出如下意见。请各地结合实际认真贯彻落实，切实抓好各项任务落实，确保取得实效，并及时报告工作进展情况。",
            "一、总体要求",
            "坚持保护优先，科学管理，全面落实保护管理责任，推动古树名木保护工作规范化、制度化、常态化开展。",
            "国家林业和草原局", "2024年5月10日",
        ])
        // pdf2htmlEX places each line by `bottom:`: a last page with only the signature and the date is
        // the article's too, though it holds far less than the page before it.
        let placed = [lines[0] + lines[1].prefix(2), ["国家林业和草原局", "2024年5月10日"]].enumerated().map { number, page in
            "<div id=\"pf\(number + 1)\" class=\"pf w0 h0\"><div class=\"pc\">"
                + page.enumerated().map { "<div class=\"t m0 x1\" style=\"bottom:\(1000 - $0 * 42)px\">\($1)</div>" }.joined() + "</div></div>"
        }
        let short = HTMLReader().read("<html><body><div id=\"page-container\">\(placed.joined())</div></body></html>")
        #expect(short.blocks.suffix(2).map(\.text) == ["国家林业和草原局", "2024年5月10日"])
    }

    /// An article split in two blocks of one editor's class by a QR code: the element around both is the
    /// article. A `<title>` that is only the column's name gives way to the headline.
    @Test func anArticleInTwoMarkedParts() {
        let page = """
            <html><head><title>通知公告</title></head><body><div class="detail-title">湖北省教育厅关于做好课后服务工作的通知</div>
            <div id="zoom"><div class="view TRS_UEDITOR"><p>各市、州教育局：</p><p>一、总体要求。各地要规范开展课后服务。</p></div>
            <div class="qr"><img src="qr.png"><p>扫一扫在手机打开当前页</p></div>
            <div class="view TRS_UEDITOR"><p>二、工作安排。请于2025年9月30日前报送方案。</p><p>湖北省教育厅</p><p>2025年8月25日</p></div></div></body></html>
            """
        let document = HTMLReader().read(page)
        #expect(document.blocks.map(\.text).suffix(2) == ["湖北省教育厅", "2025年8月25日"])
        #expect(document.evidence["标题"] == "湖北省教育厅关于做好课后服务工作的通知")
    }

    /// A layout table whose cell holds the info table and the article: only the info table is left out.
    @Test func anInfoTableInsideALayoutTable() {
        let page = """
            <html><body><table class="layout"><tr><td class="menu"><a href="/1">公开目录</a></td><td class="right">
            <table class="xxgk-info"><tr><th>索引号：</th><td>11510000MB1234567X/2024-00012</td><th>发文字号：</th><td>川应急〔2024〕9号</td></tr>
            <tr><th>成文日期：</th><td>2024年3月5日</td></tr></table>
            <h2>四川省应急管理厅关于做好汛期安全工作的通知</h2>
            <div id="NewsContent"><p>各市（州）应急管理局：</p><p>为做好今年汛期安全防范工作，现将有关事项通知如下。</p></div>
            </td></tr></table></body></html>
            """
        let document = HTMLReader().read(page)
        #expect(document.evidence["发文字号"] == "川应急〔2024〕9号")
        #expect(document.blocks.map(\.text).contains("为做好今年汛期安全防范工作，现将有关事项通知如下。"))
        #expect(!document.blocks.map(\.text).contains { $0.contains("11510000MB1234567X") })
    }

    /// A table row of short cells is one line, its cells parted by wide spaces: a table of contacts or of
    /// attachments reads as a typed one does. A cell holding paragraphs keeps them.
    @Test func rowsOfShortCellsAreLines() {
        let page = """
            <html><body><div id="zoom"><p>联系方式：</p><table><tr><th>单位</th><th>联系人</th><th>电话</th><th>邮箱</th></tr>
            <tr><td>生态环境部大气司</td><td>马　骏</td><td>010-65645432</td><td>dqs@mee.gov.cn</td></tr></table>
            <table><tr><td>1.</td><td><a href="a.docx">年度核查表</a></td></tr></table>
            <table><tr><td><p>第一段。</p><p>第二段。</p></td><td>旁注</td></tr></table></div></body></html>
            """
        #expect(HTMLReader().read(page).blocks.map(\.text) == [
            "联系方式：", "单位　　联系人　　电话　　邮箱", "生态环境部大气司　　马　骏　　010-65645432　　dqs@mee.gov.cn",
            "1.　　年度核查表", "第一段。", "第二段。", "旁注",
        ])
        let notice = NoticeAnalyzer().analyze(HTMLReader().read("""
            <html><body><div id="zoom"><p>关于开展大气污染防治检查的通知</p><p>各省生态环境厅：</p><p>现将有关事项通知如下。</p>
            <p>联系方式：</p><table><tr><th>单位</th><th>联系人</th><th>电话</th><th>邮箱</th></tr>
            <tr><td>生态环境部大气司</td><td>马　骏</td><td>010-65645432</td><td>dqs@mee.gov.cn</td></tr></table>
            <p>生态环境部</p><p>2024年3月5日</p></div></body></html>
            """))
        #expect(notice.contacts.map(\.name) == ["马骏"])
        #expect(notice.contacts.first?.emails == ["dqs@mee.gov.cn"])
        // A word processor wraps each cell's text in a paragraph of its own.
        let word = """
            <html><body><div class=WordSection1><table class=MsoTableGrid><tr>
            <td valign=top><p class=MsoNormal><span>单　　位</span></p>\n</td><td><p class=MsoNormal><span>联系人</span></p></td></tr>
            <tr><td><p class=MsoNormal><span>省财政厅</span><span>农业农村处</span></p></td><td><p class=MsoNormal>周正阳</p></td></tr></table></div></body></html>
            """
        #expect(HTMLReader().read(word).blocks.map(\.text) == ["单　　位　　联系人", "省财政厅农业农村处　　周正阳"])
        // A cell spanning rows is printed in each of them, a header's too; a date spanning its sessions once.
        let spanned = """
            <html><body><div id="zoom"><table><tr><th rowspan="2">单位</th><th rowspan="2">联系人</th><th colspan="2">联系方式</th></tr>
            <tr><th>办公电话</th><th>手机</th></tr>
            <tr><td rowspan="2">省市场监管局认证监督处</td><td>郑国强</td><td>0571-89761234</td><td rowspan="2">13805712345</td></tr>
            <tr><td>沈佳怡</td><td>0571-89761236</td></tr></table>
            <table><tr><td rowspan="2">7月14日</td><td>上午</td><td>开班式</td></tr><tr><td>下午</td><td>专题讲座</td></tr></table></div></body></html>
            """
        #expect(HTMLReader().read(spanned).blocks.map(\.text) == [
            "单位　　联系人　　联系方式", "单位　　联系人　　办公电话　　手机",
            "省市场监管局认证监督处　　郑国强　　0571-89761234　　13805712345", "省市场监管局认证监督处　　沈佳怡　　0571-89761236　　13805712345",
            "7月14日　　上午　　开班式", "下午　　专题讲座",
        ])
    }

    @Test func pageWithoutBodyIsReported() {
        let document = HTMLReader().read("<html><body><ul><li><a href='/'>首页</a></li></ul></body></html>")
        #expect(document.diagnostics.contains { $0.code == "no-body" } || document.blocks.allSatisfy { $0.text.count < 10 })
    }

    @Test func noBreakSpacesAndEntityLeftovers() {
        #expect(BlockBuilder.collapse("\u{A0}\u{A0}质量月&amp;nbsp;活动") == "质量月 活动")
    }

    @Test func whiteSpaceCollapsesLikeABrowser() {
        #expect(BlockBuilder.collapse("  质量\n  月   活动 ") == "质量月 活动")
        #expect(BlockBuilder.collapse("2020\n年") == "2020 年")
    }

    @Test func layoutSpaceOutsideTheCollapsedSetIsOnlyTrimmed() {
        #expect(BlockBuilder.collapse("\u{3000}\u{3000}第一条\n规定  x\u{A0}y \u{3000}") == "第一条规定 x y")
        #expect(BlockBuilder.collapse("甲\u{3000}\u{3000}乙") == "甲\u{3000}\u{3000}乙")
        #expect(BlockBuilder.collapse(" \u{3000} ") == "")
        #expect(BlockBuilder.collapse("𠀀\n𠀁 é") == "𠀀𠀁 é")
    }

    /// Inside `<pre>`, or an element styled to keep white space, a line break in the text breaks the line.
    @Test func preformattedTextKeepsItsLines() {
        let page = """
            <html><body><div id="zoom"><pre>关于做好学校传染病防控工作的通知
            各省、自治区、直辖市教育厅（教委）：
              现将有关事项通知如下。</pre><p>一、加强监测。</p></div></body></html>
            """
        #expect(HTMLReader().read(page).blocks.map(\.text) == [
            "关于做好学校传染病防控工作的通知", "各省、自治区、直辖市教育厅（教委）：", "现将有关事项通知如下。", "一、加强监测。",
        ])
        let styled = "<html><body><div id=\"zoom\"><div style=\"white-space: pre-wrap\">第一行\n第二行</div></div></body></html>"
        #expect(HTMLReader().read(styled).blocks.map(\.text) == ["第一行", "第二行"])
    }

    /// A page that puts every line in an element of its own, with no container marked as the article:
    /// the article is the element around the lines, not the longest line.
    @Test func anArticleOfOneElementPerLine() {
        let page = """
            <html><body><div class="sidebar"><a href="/1">关于另一项工作的通知</a></div>
            <div class="article-bd"><div>呼和浩特市教育局关于开展暑期安全教育工作的通知</div>
            <div>各旗县区教育局，市直各学校：</div>
            <div>暑期将至，为切实做好中小学生暑期安全教育工作，确保学生度过一个安全、健康、快乐的暑假，现将有关事项通知如下。</div>
            <div>一、时间安排</div><div>二、工作要求</div><div>呼和浩特市教育局</div><div>2024年6月24日</div></div>
            <div class="footer">主办单位：呼和浩特市教育局</div></body></html>
            """
        let texts = HTMLReader().read(page).blocks.map(\.text)
        #expect(texts.contains("各旗县区教育局，市直各学校："))
        #expect(texts.contains("2024年6月24日"))
    }

    /// A head printed apart from the body, with the number beside the headline: both come before the body.
    @Test func theNumberBesideAHeadlineApartFromTheBody() {
        let page = """
            <html><body><table><tr><td><div class="wj-head"><p class="wh">闽政办〔2024〕21号</p>
            <h2>福建省人民政府办公厅关于发展银发经济的意见</h2></div>
            <div class="tools">【打印】【关闭】</div>
            <div class="wj-body"><p>各市、县（区）人民政府，省人民政府各部门：</p>
            <p>为发展银发经济，增进老年人福祉，经省政府同意，现提出如下意见。</p><p>一、总体要求</p></div></td></tr></table></body></html>
            """
        let texts = HTMLReader().read(page).blocks.map(\.text)
        #expect(Array(texts.prefix(2)) == ["闽政办〔2024〕21号", "福建省人民政府办公厅关于发展银发经济的意见"])
    }

    /// The element around the headline holds the body too: the number is a text of its own in the
    /// info line between them, beside the source and the date, which are not read.
    @Test func theNumberInTheInfoLineOverTheBody() {
        let page = """
            <html><body><article class="m-article"><h2 class="m-title">深圳市人民政府办公厅关于开展臭氧污染防控攻坚行动的通知</h2>
            <div class="m-info"><span>深府办函〔2025〕45号</span><span>来源：深圳市人民政府办公厅</span><time>2025-04-30</time></div>
            <section class="m-content"><p>各区人民政府，市政府直属各单位：</p>
            <p>经市政府同意，决定于2025年5月至10月开展臭氧污染防控攻坚行动。现将有关事项通知如下：</p>
            <p>一、强化挥发性有机物源头替代。推动工业涂装、包装印刷等行业使用低挥发性原辅材料。</p></section></article></body></html>
            """
        let texts = HTMLReader().read(page).blocks.map(\.text)
        #expect(Array(texts.prefix(3)) == ["深府办函〔2025〕45号", "深圳市人民政府办公厅关于开展臭氧污染防控攻坚行动的通知", "各区人民政府，市政府直属各单位："])
        // The info line as one text: the number opens it, spaced from the date and the source.
        let plain = page.replacingOccurrences(
            of: "<span>深府办函〔2025〕45号</span><span>来源：深圳市人民政府办公厅</span><time>2025-04-30</time>",
            with: "深府办函〔2025〕45号　　2025-04-30　　来源：深圳市人民政府办公厅")
        #expect(HTMLReader().read(plain).blocks.first?.text == "深府办函〔2025〕45号")
    }

    /// The head laid out as a table of rows beside the body: the number is in a row of its own.
    @Test func theNumberInAHeadTableBesideTheBody() {
        let page = """
            <html><head><title>湖南省人民政府办公厅关于做好2024年秋冬季森林防灭火工作的通知_湖南省人民政府门户网站</title></head>
            <body><div class="wj-article"><table class="wj-head"><tr><td class="fwjg">湖南省人民政府办公厅</td></tr>
            <tr><td class="fwzh">湘政办函〔2024〕45号</td></tr>
            <tr><td class="bt"><strong>湖南省人民政府办公厅<br>关于做好2024年秋冬季森林防灭火工作的通知</strong></td></tr></table>
            <div class="wj-body" id="zoom"><p>各市州、县市区人民政府，省政府各厅委、各直属机构：</p>
            <p>2024年秋冬季我省森林防火形势严峻。经省人民政府同意，现就做好森林防灭火工作通知如下：</p></div></div></body></html>
            """
        let texts = HTMLReader().read(page).blocks.map(\.text)
        #expect(texts.first == "湘政办函〔2024〕45号")
    }

    /// A `<title>` that is only the site's owner: a whole title in a cell marked as the title is the headline.
    @Test func aTitleCellWhenThePageTitleIsTheSitesName() {
        let page = """
            <html><head><title>长兴县人民政府</title></head><body><table><tr><td class="bt">长兴县人民政府办公室关于做好2025年汛期地质灾害防治工作的通知</td></tr>
            <tr><td class="content"><p>各乡镇人民政府、街道办事处，县政府各部门：</p><p>为切实做好2025年汛期地质灾害防治工作，现将有关事项通知如下：</p>
            <p>一、各乡镇、街道要于2025年4月30日前完成辖区地质灾害隐患点巡查排查，落实监测责任人和防灾措施。</p></td></tr></table></body></html>
            """
        let document = HTMLReader().read(page)
        #expect(document.evidence["标题"] == "长兴县人民政府办公室关于做好2025年汛期地质灾害防治工作的通知")
        #expect(document.blocks.first?.text == "长兴县人民政府办公室关于做好2025年汛期地质灾害防治工作的通知")
    }
}
