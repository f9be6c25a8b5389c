import Foundation
import Testing

/// The `noticekit convert` command as a user runs it: exit status, standard output, the output folder.
@Suite struct ConvertCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Run {
        var status: Int32
        var output: Data
        var error: String
    }

    /// The built `noticekit`, beside the test bundle.
    var executable: URL? {
        let built = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return [built, built.deletingLastPathComponent()].map { $0.appendingPathComponent("noticekit") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    func noticekit(_ arguments: [String], in folder: URL = packageRoot) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: outputData, error: String(decoding: errorData, as: UTF8.self))
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("noticekit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
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
