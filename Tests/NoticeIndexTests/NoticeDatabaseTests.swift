import Foundation
import NoticeKit
import Testing
@testable import NoticeIndex

/// The embedded index over the corpus: Chinese queries of every length, both scripts, filters, and
/// indexing the same notices again.
@Suite struct NoticeDatabaseTests {
    /// A new index file holding the whole corpus.
    static func corpusIndex() throws -> NoticeDatabase {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("notices-\(UUID().uuidString).sqlite").path
        let database = try NoticeDatabase.openForIndexing(at: path)
        try database.save(CorpusNotices.all)
        try database.finishIndexing(added: CorpusNotices.all.count)
        return database
    }

    static let shared: NoticeDatabase? = try? corpusIndex()

    func search(_ query: SearchQuery) throws -> [SearchResult] {
        try #require(Self.shared).search(query)
    }

    @Test(arguments: ["质量月", "質量月"])
    func theReferenceNoticeComesFirstInEitherScript(query: String) throws {
        let results = try search(SearchQuery(query))
        try #require(results.count >= 3)
        #expect(Set(results.prefix(3).compactMap(\.path)) == CorpusNotices.referencePaths)
    }

    @Test func aTwoCharacterWordFindsIt() throws {
        let paths = try search(SearchQuery("质量", limit: 100)).compactMap(\.path)
        #expect(CorpusNotices.referencePaths.isSubset(of: Set(paths)))
    }

    @Test func oneCharacterFindsIt() throws {
        let paths = try search(SearchQuery("質", limit: 100)).compactMap(\.path)
        #expect(CorpusNotices.referencePaths.isSubset(of: Set(paths)))
    }

    @Test func anOfficialNameFiltersNoticesThatPrintAnotherName() throws {
        let results = try search(SearchQuery("质量月", issuer: "国家市场监督管理总局"))
        #expect(Set(results.compactMap(\.path)) == CorpusNotices.referencePaths)
        #expect(results.allSatisfy { $0.issuers.first?.name == "市場監管總局" })
        let printed = try search(SearchQuery("质量月", issuer: "市场监管总局"))
        #expect(Set(printed.compactMap(\.path)) == CorpusNotices.referencePaths)
        #expect(try search(SearchQuery("质量月", issuer: "教育部")).isEmpty)
    }

    @Test func typeAndDateFilters() throws {
        let august = try search(SearchQuery(
            "质量月", documentType: "通知", issuedFrom: CalendarDate("2020-08-14"), issuedTo: CalendarDate("2020-08-14")))
        #expect(!august.isEmpty)
        #expect(august.allSatisfy { $0.documentType == "通知" && $0.issuedDate == "2020-08-14" })
        #expect(try search(SearchQuery("质量月", issuedFrom: CalendarDate("2020-08-15"))).isEmpty)
        #expect(try search(SearchQuery("质量月", documentType: "批复")).isEmpty)
    }

    @Test func aPhraseMatchesOnlyAsWritten() throws {
        // Every character of 量质月 is in the reference notice, but never in that order.
        #expect(try search(SearchQuery("量质月")).isEmpty)
        #expect(try search(SearchQuery("联合开展全国")).count >= 3)
        // The notice prints 質量月”活動: a quote mark stands between the words.
        #expect(try search(SearchQuery("质量月活动")).isEmpty)
    }

    @Test func theSnippetHighlightsTheMatchInThePrintedText() throws {
        let result = try #require(try search(SearchQuery("质量月")).first { $0.path == "reference/reference-notice.txt" })
        let highlight = try #require(result.highlights.first)
        let scalars = Array(result.snippet.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[highlight.start..<highlight.end])) == "質量月")
        #expect(result.issuers.first?.canonicalName == "国家市场监督管理总局")
    }

    @Test func indexingAgainReplacesAndNeverDuplicates() throws {
        let database = try Self.corpusIndex()
        defer { try? FileManager.default.removeItem(atPath: database.path) }
        let before = try database.count()
        try database.save(CorpusNotices.all)
        try database.finishIndexing(added: CorpusNotices.all.count)
        #expect(try database.count() == before)
        let results = try database.search(SearchQuery("质量月", limit: 100))
        #expect(results.count == Set(results.map(\.sha256)).count)
        #expect(Set(results.compactMap(\.path)) == CorpusNotices.referencePaths)

        var changed = try #require(CorpusNotices.all.first { $0.source.path == "reference/reference-notice.txt" })
        changed.text = changed.text.replacingOccurrences(of: "質量月", with: "品牌日")
        try database.save([changed])
        #expect(try database.count() == before)
        #expect(try database.search(SearchQuery("品牌日")).map(\.path) == ["reference/reference-notice.txt"])
        #expect(!(try database.search(SearchQuery("质量月", limit: 100)).contains { $0.sha256 == changed.source.sha256 }))
    }

    @Test func aFileThatIsNoIndexIsNamed() throws {
        let readme = CorpusNotices.root.appendingPathComponent("README.md").path
        #expect(throws: IndexError.notAnIndex(path: readme)) { try NoticeDatabase.openForSearch(at: readme) }
        #expect(throws: IndexError.missing(path: "/no/such.sqlite")) { try NoticeDatabase.openForSearch(at: "/no/such.sqlite") }
        #expect(IndexError.missing(path: "x.sqlite").description.contains("run `noticekit index"))
    }
}

extension NoticeDatabaseTests {
    @Test func aWordAndASingleCharacterMustBothMatch() throws {
        let both = try search(SearchQuery("质量月 質", limit: 100)).compactMap(\.path)
        #expect(Set(both.prefix(3)) == CorpusNotices.referencePaths)
        #expect(try search(SearchQuery("质量月 鑫")).isEmpty)
    }
}
