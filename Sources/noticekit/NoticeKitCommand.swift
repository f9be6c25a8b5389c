import ArgumentParser
import Foundation
import NoticeKit

@main
struct NoticeKitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "noticekit",
        abstract: "Turn Chinese government notices (公文) in text, HTML or XML into normalized records.",
        subcommands: [Convert.self, Validate.self, Inspect.self, Index.self, Search.self]
    )

    /// Usage errors exit with 2, as the project's commands promise, rather than ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let error as UsageError {
            FileHandle.standardError.write(Data("noticekit: \(error)\n".utf8))
            Foundation.exit(2)
        } catch let error as NoticeKitError {
            FileHandle.standardError.write(Data("noticekit: \(error)\n".utf8))
            Foundation.exit(1)
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
