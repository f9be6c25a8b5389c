import Foundation

/// Runs the built `noticekit` as a user would, and gives what it printed and how it exited.
enum CommandRunner {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Run {
        var status: Int32
        var output: Data
        var error: String

        var text: String { String(decoding: output, as: UTF8.self) }
    }

    /// The built `noticekit`, beside the test bundle.
    static var executable: URL? {
        let built = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return [built, built.deletingLastPathComponent()].map { $0.appendingPathComponent("noticekit") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func noticekit(_ arguments: [String], in folder: URL = packageRoot) throws -> Run {
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

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("noticekit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
