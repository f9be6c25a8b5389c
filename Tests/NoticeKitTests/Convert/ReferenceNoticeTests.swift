import Foundation
import Testing
@testable import NoticeKit

/// The reference notice in its three forms: the regression anchor of DESIGN.md.
@Suite struct ReferenceNoticeTests {
    static let forms = ["reference/reference-notice.txt", "reference/reference-notice.html", "reference/reference-notice.xml"]

    func convert(_ path: String) throws -> Notice {
        try NoticeConverter().convert(try CorpusFiles.bytes(path), path: path)
    }

    @Test(arguments: forms)
    func matchesItsGoldenRecord(_ path: String) throws {
        let record = String(decoding: NoticeJSON.encode(try convert(path)), as: UTF8.self)
        let golden = String(decoding: try CorpusFiles.bytes(path + ".json"), as: UTF8.self)
        #expect(record == golden)
    }

    @Test func textFormKeepsTheReferenceBytes() throws {
        let notice = try convert("reference/reference-notice.txt")
        #expect(notice.source.sha256 == "b1b6464d6c5c72e0f4e677db15adf304e8b9e610b836d5532f0a9805aa2d5f71")
        #expect(notice.source.encoding == "UTF-8")
        #expect(notice.script == .traditional)
    }

    @Test func issuersInSignatureOrderWithCanonicalNames() throws {
        let notice = try convert("reference/reference-notice.txt")
        #expect(notice.issuers.map(\.name) == [
            "市場監管總局", "中央宣傳部", "國家發展改革委", "科技部", "工業和信息化部", "公安部", "生態環境部",
            "住房和城鄉建設部", "交通運輸部", "農業農村部", "商務部", "國家衛生健康委", "人民銀行", "國務院國資委", "海關總署",
        ])
        #expect(notice.issuers[0].canonicalName == "国家市场监督管理总局")
        #expect(notice.issuers[0].englishName == "State Administration for Market Regulation")
        #expect(notice.issuers[2].canonicalName == "国家发展和改革委员会")
        #expect(notice.issuers[12].canonicalName == "中国人民银行")
        #expect(notice.issuers.allSatisfy { $0.canonicalName != nil })
    }

    @Test func recipientsWithScopeAndAlternates() throws {
        let notice = try convert("reference/reference-notice.txt")
        #expect(notice.recipients.count == 17)
        #expect(notice.recipients[0] == Recipient(name: "市場監管局", alternates: ["廳", "委"], scope: "各省、自治區、直轄市及新疆生產建設兵團"))
        #expect(notice.recipients[9].name == "農業農村廳")
        #expect(notice.recipients.last?.name == "各直屬海關")
    }

    @Test func sectionsAtTwoLevelsWithRunInHeadings() throws {
        let notice = try convert("reference/reference-notice.txt")
        #expect(notice.sections.map(\.heading) == ["活動主題", "活動內容", "活動要求"])
        #expect(notice.sections.map(\.children.count) == [0, 5, 3])
        let first = notice.sections[1].children[0]
        #expect(first.level == 2 && first.ordinal == 1 && first.style == "（一）" && first.label == "(一)")
        #expect(first.heading == "落實黨中央、國務院決策部署,以質量提升服務疫情防控和經濟社會發展大局")
        #expect(first.paragraphs.first?.hasPrefix("推動企業通過提升質量效益") == true)
        #expect(notice.preamble.count == 1)
        #expect(notice.closing.count == 1 && notice.closing[0].hasPrefix("各地區各部門要堅決貫徹落實"))
    }

    @Test func contactWithInheritedAreaCodeAndFax() throws {
        let notice = try convert("reference/reference-notice.txt")
        #expect(notice.contacts == [Contact(
            name: "蔡煜剛", organization: "市場監管總局質量發展局",
            phones: [
                Phone(raw: "010-82262033", e164: "+861082262033", kind: .voice),
                Phone(raw: "82260120", e164: "+861082260120", kind: .fax),
            ],
            emails: ["caiyugang@samr.gov.cn"])])
    }

    @Test func datesAndDiagnostics() throws {
        let notice = try convert("reference/reference-notice.txt")
        #expect(notice.issuedDate == "2020-08-14")
        #expect(notice.dates.map(\.value) == ["2020-09", "2020-08-14"])
        #expect(notice.dates.map(\.role) == [.mentioned, .issued])
        #expect(notice.diagnostics.map(\.code) == ["missing-title", "issuer-count-mismatch", "mojibake", "mojibake"])
        let damaged = notice.diagnostics.filter { $0.code == "mojibake" }.compactMap(\.span).map { span in
            String(String.UnicodeScalarView(Array(notice.text.unicodeScalars)[span.start..<span.end]))
        }
        #expect(damaged == ["?!比蝿?", "?;顒咏Y"])
    }

    /// HTML and XML give the same record as the text, but for the title and what follows from it, the
    /// source, the metadata and where spans fall (the title line shifts them).
    @Test(arguments: ["reference/reference-notice.html", "reference/reference-notice.xml"])
    func otherFormsGiveTheSameRecord(_ path: String) throws {
        let text = try convert("reference/reference-notice.txt")
        let other = try convert(path)
        #expect(other.title == "市场监管总局等16部门关于开展2020年全国“质量月”活动的通知")
        #expect(other.documentType == "通知")
        #expect(other.issuers == text.issuers)
        #expect(other.recipients == text.recipients)
        #expect(other.preamble == text.preamble)
        #expect(other.sections == text.sections)
        #expect(other.closing == text.closing)
        #expect(other.contacts == text.contacts)
        #expect(other.issuedDate == text.issuedDate)
        #expect(other.dates.map(\.text) == text.dates.map(\.text))
        #expect(other.diagnostics.map(\.code) == text.diagnostics.map(\.code).filter { $0 != "missing-title" })
        #expect(!other.text.contains("88650000"), "the site footer's phone must not reach the record")
    }
}
