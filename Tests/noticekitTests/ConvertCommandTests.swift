import Foundation
import Testing

/// The `noticekit convert` command as a user runs it: exit status, standard output, the output folder.
@Suite struct ConvertCommandTests {
    static let packageRoot = CommandRunner.packageRoot
    var executable: URL? { CommandRunner.executable }

    func noticekit(_ arguments: [String], in folder: URL = packageRoot) throws -> CommandRunner.Run {
        try CommandRunner.noticekit(arguments, in: folder)
    }

    func temporaryFolder() throws -> URL {
        try CommandRunner.temporaryFolder()
    }

    @Test func oneInputPrintsItsRecord() throws {
        // The golden records were made from inside Corpus/, so their paths start there.
        let run = try noticekit(["convert", "reference/reference-notice.txt"], in: Self.packageRoot.appendingPathComponent("Corpus"))
        #expect(run.status == 0)
        let golden = try Data(contentsOf: Self.packageRoot.appendingPathComponent("Corpus/reference/reference-notice.txt.json"))
        #expect(run.output == golden)
    }

    @Test func aFolderIsConvertedAndEveryInputAccountedFor() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.packageRoot.appendingPathComponent("Corpus/reference/reference-notice.html"),
            to: inputs.appendingPathComponent("good.html"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]).write(to: inputs.appendingPathComponent("picture.html"))
        try Data().write(to: inputs.appendingPathComponent("empty.txt"))
        let out = folder.appendingPathComponent("out")

        let run = try noticekit(["convert", inputs.path, "--output", out.path])
        #expect(run.status == 1, "some inputs failed")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("good.html.json").path))
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.ndjson"), encoding: .utf8)
        let lines = manifest.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 3)
        let statuses = Dictionary(uniqueKeysWithValues: lines.compactMap { line in
            (line?["path"] as? String).map { (($0 as NSString).lastPathComponent, line?["status"] as? String ?? "") }
        })
        #expect(statuses == ["good.html": "converted", "picture.html": "failed", "empty.txt": "failed"])
        #expect(run.error.contains("picture.html: this is a PNG image, not a notice"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try noticekit(["convert"]).status == 2)
        #expect(try noticekit(["convert", "--no-such-option", "x"]).status == 2)
        let several = try noticekit(["convert", "Corpus/reference"])
        #expect(several.status == 2)
        #expect(several.error.contains("--output"))
    }

    @Test func aMissingFileFailsWithItsName() throws {
        let run = try noticekit(["convert", "no/such/notice.txt"])
        #expect(run.status == 1)
        #expect(run.error.contains("no/such/notice.txt"))
    }
}

/// `convert --format bulk`: two lines a record, the action naming the index and the record's sha256.
@Suite struct BulkCommandTests {
    let command = ConvertCommandTests()

    @Test func bulkLinesForEveryRecord() throws {
        let run = try command.noticekit(["convert", "Corpus/reference", "--format", "bulk", "--index", "gov-notices", "--quiet"])
        #expect(run.status == 0)
        let lines = String(decoding: run.output, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 6)
        for (position, line) in lines.enumerated() where position.isMultiple(of: 2) {
            let action = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: [String: String]])
            #expect(action["index"]?["_index"] == "gov-notices")
            #expect(action["index"]?["_id"]?.count == 64)
        }
        #expect(try command.noticekit(["convert", "Corpus/reference", "--format", "bulk", "--index", "Bad Name"]).status == 2)
    }
}
