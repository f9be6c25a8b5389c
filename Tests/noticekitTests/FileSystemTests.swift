import Foundation
import Testing

/// Output folders that fill up or cannot be written: small tmpfs mounts, so these run only as root
/// where mounting is allowed (as on CI), and are skipped elsewhere.
@Suite(.serialized) struct FileSystemTests {
    let command = ConvertCommandTests()

    static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    static let canMount: Bool = {
        guard getuid() == 0, let folder = try? CommandRunner.temporaryFolder() else { return false }
        defer { try? FileManager.default.removeItem(at: folder) }
        guard run("/bin/mount", ["-t", "tmpfs", "-o", "size=16k", "tmpfs", folder.path]) == 0 else { return false }
        return run("/bin/umount", [folder.path]) == 0
    }()

    func mounted(_ options: String, _ body: (URL) throws -> Void) throws {
        let folder = try command.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.run("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", folder.path]) == 0)
        defer { _ = Self.run("/bin/umount", [folder.path]) }
        try body(folder)
    }

    @Test(.enabled(if: canMount)) func aFullDiskLeavesNoPartialRecord() throws {
        try mounted("size=160k") { disk in
            let run = try command.noticekit(["convert", "Corpus/notices", "--output", disk.path, "--jobs", "1", "--quiet"])
            #expect(run.status == 1)
            #expect(run.error.contains("could not be written"))
            let files = FileManager.default.enumerator(atPath: disk.path)?.allObjects as? [String] ?? []
            #expect(!files.contains { $0.contains(".partial") }, "no temporary file is left behind")
            for file in files where file.hasSuffix(".txt.json") || file.hasSuffix(".html.json") || file.hasSuffix(".xml.json") {
                let data = try Data(contentsOf: disk.appendingPathComponent(file))
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(file) is whole")
            }
        }
    }

    @Test(.enabled(if: canMount)) func anUnwritableOutputFolderIsSaidAtOnce() throws {
        try mounted("ro,size=16k") { folder in
            let run = try command.noticekit(["convert", "Corpus/reference", "--output", folder.path, "--quiet"])
            #expect(run.status == 1)
            #expect(run.error.contains("not writable"))
        }
    }
}
