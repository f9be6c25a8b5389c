import ArgumentParser
import Foundation
import NoticeKit

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what NoticeKit reads in a notice.",
        discussion: """
            Prints the record as an outline: title, number, issuers, recipients, sections, attachments, \
            contacts and dates, then the diagnostics with the text they point at. Colors when standard output \
            is a terminal and NO_COLOR is not set. With --html, writes one self-contained page instead, the \
            notice's text with every extracted element marked beside the record's fields; `--html -` writes \
            it to standard output. Exit status: 0 when the notice was read, 1 when it could not be, 2 for \
            usage errors.
            """
    )

    @Argument(help: "The notice: a text, HTML or XML file, or - for standard input.")
    var file: String

    @Option(help: ArgumentHelp("Write an annotated HTML page to this file instead of printing the outline.", valueName: "OUT.html"))
    var html: String?

    @Option(help: "Fit the outline to this many columns (default: the terminal's width, else 80).")
    var width: Int?

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = 64 * 1024 * 1024

    /// Narrower than this, the tree's indentation leaves no room for what it indents.
    static let narrowest = 20

    /// Checked in `run` rather than `validate`: ArgumentParser wraps what `validate` throws, and only a bare
    /// `UsageError` gets the project's exit status 2 and message.
    private func checkOptions() throws {
        if let width, width < Self.narrowest {
            throw UsageError(description: "--width \(width) is too narrow: give at least \(Self.narrowest) columns.")
        }
        if maxBytes <= 0 { throw UsageError(description: "--max-bytes must be a positive number of bytes.") }
        if html == "" { throw UsageError(description: "--html needs a file name to write the page to, or - for standard output.") }
    }

    func run() throws {
        try checkOptions()
        let notice = try NoticeConverter().convert(try read(), path: file == "-" ? nil : file)

        guard let html else {
            let renderer = OutlineRenderer(width: width ?? Self.terminalWidth ?? 80, colors: Self.colors)
            FileHandle.standardOutput.write(Data(renderer.render(notice).utf8))
            return
        }
        let page = Data(AnnotatedPage().render(notice).utf8)
        if html == "-" {
            FileHandle.standardOutput.write(page)
            return
        }
        do {
            try page.write(to: URL(fileURLWithPath: html), options: .atomic)
        } catch {
            FileHandle.standardError.write(Data(
                "noticekit: \(html): cannot write the page; check that its folder exists and that you may write there.\n".utf8))
            throw ExitCode(1)
        }
    }

    /// One notice, read whole only when it is within the limit.
    private func read() throws -> [UInt8] {
        let name = file == "-" ? "<stdin>" : file
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
                throw NoticeKitError.unreadable(path: file, reason: "there is no such file")
            }
            if isDirectory.boolValue {
                throw UsageError(description: "\(file) is a folder: inspect reads one notice, so name a file in it.")
            }
            guard let handle = FileHandle(forReadingAtPath: file) else {
                throw NoticeKitError.unreadable(path: file, reason: "permission denied")
            }
            defer { try? handle.close() }
            do {
                data = try handle.read(upToCount: maxBytes + 1) ?? Data()
            } catch {
                throw NoticeKitError.unreadable(path: file, reason: error.localizedDescription)
            }
        }
        guard data.count <= maxBytes else {
            throw NoticeKitError.tooLarge(path: name, byteCount: data.count, limit: maxBytes)
        }
        return [UInt8](data)
    }

    /// The terminal's columns when standard output is one; a pipe or file gets the default.
    private static var terminalWidth: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Colors only for a person at a terminal, and never against their wish (https://no-color.org).
    private static var colors: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) == 1
    }
}
