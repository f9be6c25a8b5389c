import ArgumentParser

@main
struct NoticeKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "noticekit",
        abstract: "Turn Chinese government notices (公文) in text, HTML or XML into normalized records.",
        subcommands: [Convert.self]
    )
}
