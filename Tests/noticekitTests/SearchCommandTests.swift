import Foundation
import Testing

/// `noticekit search` over an index of the corpus: ranking in either script, filters, output forms.
@Suite struct SearchCommandTests {
    typealias Runner = IndexCommandRunner

    static let referencePaths: Set<String> = [
        "Corpus/reference/reference-notice.txt", "Corpus/reference/reference-notice.html",
        "Corpus/reference/reference-notice.xml",
    ]

    func results(_ arguments: [String]) throws -> [[String: Any]] {
        let db = try #require(Runner.corpusIndex)
        let run = try Runner.noticekit(["search"] + arguments + ["--db", db, "--format", "json"])
        #expect(run.status == 0, "\(run.error)")
        let output = try #require(try JSONSerialization.jsonObject(with: Data(run.text.utf8)) as? [String: Any])
        return try #require(output["results"] as? [[String: Any]])
    }

    @Test(arguments: ["质量月", "質量月"])
    func theReferenceNoticeComesFirst(query: String) throws {
        let found = try results([query])
        #expect(Set(found.prefix(3).compactMap { $0["path"] as? String }) == Self.referencePaths)
    }

    @Test func aTwoCharacterWordFindsIt() throws {
        let paths = Set(try results(["质量", "--limit", "50"]).compactMap { $0["path"] as? String })
        #expect(Self.referencePaths.isSubset(of: paths))
    }

    @Test func theOfficialNameFiltersAlthoughTheNoticePrintsTraditional() throws {
        let found = try results(["质量月", "--issuer", "国家市场监督管理总局"])
        #expect(Set(found.compactMap { $0["path"] as? String }) == Self.referencePaths)
        let issuers = found.first?["issuers"] as? [[String: Any]]
        #expect(issuers?.first?["name"] as? String == "市場監管總局")
        #expect(try results(["质量月", "--issuer", "教育部"]).isEmpty)
    }

    @Test func filtersByTypeAndIssuedDate() throws {
        let found = try results(["质量月", "--type", "通知", "--from", "2020-08-01", "--to", "2020-08-31"])
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0["issuedDate"] as? String == "2020-08-14" && $0["documentType"] as? String == "通知" })
        #expect(try results(["质量月", "--to", "2020-08-13"]).isEmpty)
    }

    @Test func jsonHasHighlightsIntoThePlainSnippet() throws {
        let first = try #require(try results(["质量月"]).first)
        let snippet = try #require(first["snippet"] as? String)
        let highlight = try #require((first["highlights"] as? [[String: Int]])?.first)
        let scalars = Array(snippet.unicodeScalars)
        let marked = String(String.UnicodeScalarView(scalars[highlight["start"]!..<highlight["end"]!]))
        #expect(["质量月", "質量月"].contains(marked))
        #expect(first["title"] as? String != nil && first["sha256"] as? String != nil)
    }

    @Test func textMarksTheMatchWithBrackets() throws {
        let db = try #require(Runner.corpusIndex)
        let run = try Runner.noticekit(["search", "質量月", "--db", db, "--limit", "3"])
        #expect(run.status == 0)
        #expect(run.text.hasPrefix("1. "))
        #expect(run.text.contains("[質量月]") || run.text.contains("[质量月]"))
        #expect(run.text.contains("Corpus/reference/reference-notice"))
    }

    @Test func aMissingIndexSaysToRunIndexFirst() throws {
        let run = try Runner.noticekit(["search", "质量月", "--db", "no-such-index.sqlite"])
        #expect(run.status == 2)
        #expect(run.error.contains("no-such-index.sqlite"))
        #expect(run.error.contains("run `noticekit index"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let db = try #require(Runner.corpusIndex)
        #expect(try Runner.noticekit(["search", "--db", db]).status == 2)
        #expect(try Runner.noticekit(["search", "质量月"]).status == 2)
        let date = try Runner.noticekit(["search", "质量月", "--db", db, "--from", "2020-8-1"])
        #expect(date.status == 2)
        #expect(date.error.contains("YYYY-MM-DD"))
        #expect(try Runner.noticekit(["search", "。", "--db", db]).status == 2)
    }
}
