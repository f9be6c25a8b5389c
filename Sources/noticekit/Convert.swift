import ArgumentParser
import Foundation
import NoticeIndex
import NoticeKit

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert notices to records.",
        discussion: """
            One input prints its record on standard output. With --output, every input becomes one file in \
            DIR (its path with .json or .xml added; zip entries under the archive's name), and \
            manifest.ndjson there accounts for every input: converted, failed (with the reason) or skipped. \
            Folders are searched recursively; zip archives are read entry by entry in memory. `-` reads one \
            notice from standard input. Ctrl-C finishes the records in flight, writes the manifest and exits \
            130; --resume then carries on. Exit status: 0 when every input converted, 1 when some failed \
            (the others are still written), 2 for usage errors, 130 when interrupted.
            """
    )

    @Argument(help: "Files, folders, .zip archives, or - for standard input.")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Write one record per input into this folder, with a manifest.")
    var output: String?

    @Option(help: "Record format: json, xml (Schemas/notice.xsd), ndjson (one record a line on standard output), or bulk (OpenSearch/Elasticsearch _bulk lines on standard output).")
    var format: RecordFormat = .json

    @Option(help: "With --format bulk: the index the action lines name.")
    var index: String = "notices"

    @Flag(help: "Apply confident repairs of damaged text (mojibake) to the record's text and fields; each is still reported.")
    var repair = false

    @Option(help: "Read more inputs from this file, one path a line.")
    var fromList: String?

    @Option(help: "In folders, take only files matching this glob (repeatable), e.g. '*.html'.")
    var include: [String] = []

    @Option(help: "In folders, leave out files matching this glob (repeatable).")
    var exclude: [String] = []

    @Option(help: "Convert this many inputs at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Convert only the K-th of N parts of the inputs, chosen by a hash of each path (K from 1 to N).")
    var shard: Shard?

    @Flag(help: "Skip inputs whose record in --output already holds the same source sha256.")
    var resume = false

    @Flag(help: "Print no progress.")
    var quiet = false

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = 64 * 1024 * 1024

    func validate() throws {
        if inputs.isEmpty && fromList == nil { throw ValidationError("Name at least one file, folder, .zip archive or - to convert.") }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be a positive number of bytes.") }
        if jobs <= 0 { throw ValidationError("--jobs must be at least 1.") }
        if resume && output == nil { throw ValidationError("--resume needs --output: it skips inputs whose record is already there.") }
        if format.isStream && output != nil {
            throw ValidationError("--format \(format.rawValue) writes to standard output; leave out --output, or use json or xml.")
        }
    }

    func run() throws {
        if format == .bulk {
            do {
                try BulkIndexName.check(index)
            } catch {
                throw UsageError(description: "--index \(index): \(error)")
            }
        }
        let collector = InputCollector(include: include, exclude: exclude, maxBytes: maxBytes)
        let shard = self.shard
        let selected = try collector.inputs(inputs, fromList: fromList).lazy.filter { shard?.contains($0.displayPath) ?? true }
        let total = selected.reduce(0) { count, _ in count + 1 }
        let converter = NoticeConverter(options: NoticeConverter.Options(repair: repair))

        if output == nil, !format.isStream {
            var walk = selected.makeIterator()
            guard total == 1, let only = walk.next() else {
                throw UsageError(description:
                    "\(total) inputs found: name --output DIR to write one record per input, use --format ndjson, or convert one file at a time.")
            }
            let bytes = try InputReader(maxBytes: maxBytes).read(only)
            FileHandle.standardOutput.write(try format.encode(try converter.convert(bytes, path: only.displayPath), bulkIndex: index))
            return
        }

        let destination: Batch.Destination
        if let output {
            let writer = try RecordWriter(directory: output, format: format)
            destination = .folder(writer, try ManifestWriter(at: writer.directory.appendingPathComponent("manifest.ndjson")))
        } else {
            destination = .lines
        }
        let batch = Batch(
            converter: converter, format: format, bulkIndex: index, jobs: jobs, maxBytes: maxBytes, resume: resume, quiet: quiet)
        let summary = try batch.run(selected, total: total, into: destination, interruption: Interruption())
        if !quiet {
            FileHandle.standardError.write(Data(
                "noticekit: \(summary.converted) converted, \(summary.failed) failed, \(summary.skipped) skipped\n".utf8))
        }
        if summary.notStarted > 0 {
            FileHandle.standardError.write(Data(
                "noticekit: interrupted; \(summary.notStarted) inputs were not started. Run the same command with --resume to finish.\n".utf8))
            throw ExitCode(130)
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
