import ArgumentParser
import Foundation
import NoticeKit

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert notices to records.",
        discussion: """
            One input prints its record as JSON on standard output. With --output, every input becomes one \
            file in DIR (the input's name with .json), and manifest.ndjson there accounts for each input. \
            Directories are searched recursively for .txt, .html, .htm, .shtml and .xml files. `-` reads one \
            notice from standard input. Exit status: 0 when every input converted, 1 when some failed \
            (the others are still written), 2 for usage errors.
            """
    )

    @Argument(help: "Files or directories to convert, or - for standard input.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Write one record per input into this directory.")
    var output: String?

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = 64 * 1024 * 1024

    @Flag(help: "Apply confident repairs of damaged text (mojibake) to the record's text and fields; each is still reported.")
    var repair = false

    @Option(help: "Record format: json (pretty, one document), xml (Schemas/notice.xsd) or ndjson (one record a line, on standard output).")
    var format: RecordFormat = .json

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Name at least one file, directory or - to convert.") }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be a positive number of bytes.") }
    }

    func run() throws {
        let collected = try InputCollector().collect(inputs)
        if format == .ndjson {
            try streamLines(collected)
            return
        }
        if output == nil, collected.count != 1 {
            throw UsageError(description:
                "\(collected.count) inputs found: name --output DIR to write one record per input, or convert one file at a time.")
        }
        let converter = NoticeConverter(options: NoticeConverter.Options(repair: repair))
        guard let output else {
            let notice = try convertOne(collected[0], converter: converter)
            FileHandle.standardOutput.write(try format.encode(notice))
            return
        }
        let writer = try RecordWriter(directory: output, format: format)
        var failures = 0
        for input in collected {
            do {
                let notice = try convertOne(input, converter: converter)
                try writer.write(notice, for: input)
            } catch {
                failures += 1
                writer.fail(input, message: "\(error)")
                FileHandle.standardError.write(Data("noticekit: \(error)\n".utf8))
            }
        }
        try writer.finish()
        if failures > 0 { throw ExitCode(1) }
    }

    /// Every input as one line of standard output; failures go to standard error, and the exit status
    /// says whether there were any.
    private func streamLines(_ collected: [Input]) throws {
        let converter = NoticeConverter(options: NoticeConverter.Options(repair: repair))
        var failures = 0
        for input in collected {
            do {
                FileHandle.standardOutput.write(try NoticeJSON.encodeLine(try convertOne(input, converter: converter)))
            } catch {
                failures += 1
                FileHandle.standardError.write(Data("noticekit: \(error)\n".utf8))
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    private func convertOne(_ input: Input, converter: NoticeConverter) throws -> Notice {
        let bytes = try input.read(maxBytes: maxBytes)
        return try converter.convert(bytes, path: input.displayPath)
    }
}
