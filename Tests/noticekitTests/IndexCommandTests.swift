import Foundation
import Testing

/// `noticekit index` as a user runs it: counts, indexing again, failures, usage errors.
@Suite struct IndexCommandTests {
    typealias Runner = IndexCommandRunner

    @Test func indexingAgainLeavesEverythingUnchangedAndReplacingNeverDuplicates() throws {
        let folder = try Runner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("notices.sqlite").path

        // Every notice of the corpus and the reference notice in its three forms.
        let count = try BatchTests.corpusNotices().count + 3
        let first = try Runner.noticekit(["index", "Corpus", "--db", db])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.text.contains("\(count) indexed, 0 unchanged, 0 failed; it holds \(count) notices."))

        let again = try Runner.noticekit(["index", "Corpus", "--db", db])
        #expect(again.status == 0)
        #expect(again.text.contains("0 indexed, \(count) unchanged, 0 failed; it holds \(count) notices."))

        let replaced = try Runner.noticekit(["index", "Corpus/reference", "--db", db, "--replace"])
        #expect(replaced.status == 0)
        #expect(replaced.text.contains("3 indexed, 0 unchanged, 0 failed; it holds \(count) notices."))

        let search = try Runner.noticekit(["search", "质量月", "--db", db, "--limit", "50", "--format", "json"])
        let results = try #require(try JSONSerialization.jsonObject(with: search.output) as? [String: Any])["results"] as? [[String: Any]]
        #expect(results?.count == 3)
    }

    @Test func anInputThatFailsIsCountedAndTheOthersIndexed() throws {
        let folder = try Runner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Runner.packageRoot.appendingPathComponent("Corpus/reference/reference-notice.html"),
            to: inputs.appendingPathComponent("good.html"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]).write(to: inputs.appendingPathComponent("picture.html"))
        let db = folder.appendingPathComponent("notices.sqlite").path

        let run = try Runner.noticekit(["index", inputs.path, "--db", db])
        #expect(run.status == 1)
        #expect(run.text.contains("1 indexed, 0 unchanged, 1 failed"))
        #expect(run.error.contains("picture.html: this is a PNG image, not a notice"))
    }

    @Test func usageErrorsExitWithTwoAndNameTheFile() throws {
        #expect(try Runner.noticekit(["index", "--db", "/tmp/x.sqlite"]).status == 2)
        #expect(try Runner.noticekit(["index", "Corpus/reference"]).status == 2)
        let foreign = try Runner.noticekit(["index", "Corpus/reference", "--db", "README.md"])
        #expect(foreign.status == 2)
        #expect(foreign.error.contains("README.md: this file is not a NoticeKit index"))
    }
}
