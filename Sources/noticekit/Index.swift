import ArgumentParser
import Foundation
import NoticeIndex
import NoticeKit

struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert notices and add them to a search index (SQLite FTS5).",
        discussion: """
            Inputs are converted and indexed in one pass into the file named by --db, which is created when \
            it does not exist. A notice is known by the sha256 of its bytes: an input already in the index is \
            left unchanged (with --replace it is converted again and replaces the one there), so indexing \
            the same folder twice never duplicates anything. Folders are searched recursively for .txt, \
            .html, .htm, .shtml and .xml files. Exit status: 0 when every input was indexed or unchanged, 1 \
            when some failed (the others are still indexed), 2 for usage errors.
            """
    )

    @Argument(help: "Files or folders of notices.")
    var inputs: [String] = []

    @Option(help: "The index file (SQLite), such as notices.sqlite.")
    var db: String

    @Flag(help: "Convert inputs already in the index again, and replace them.")
    var replace = false

    @Flag(help: "Apply confident repairs of damaged text (mojibake) before indexing, as convert --repair does.")
    var repair = false

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = 64 * 1024 * 1024

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Name at least one file or folder of notices to index.") }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be a positive number of bytes.") }
    }

    func run() throws {
        let collected = try InputCollector(maxBytes: maxBytes).inputs(inputs)
        let counts: Counts
        do {
            counts = try index(collected)
        } catch {
            throw error.reported()
        }
        print("\(db): \(counts.indexed) indexed, \(counts.unchanged) unchanged, \(counts.failed) failed; it holds \(counts.total) notices.")
        if counts.failed > 0 { throw ExitCode(1) }
    }

    private struct Counts {
        var indexed = 0
        var unchanged = 0
        var failed = 0
        var total = 0
    }

    private func index(_ collected: Inputs) throws(IndexError) -> Counts {
        let database = try NoticeDatabase.openForIndexing(at: db)
        let reader = InputReader(maxBytes: maxBytes)
        let converter = NoticeConverter(options: NoticeConverter.Options(repair: repair))
        var counts = Counts()
        var seen = Set<String>()
        var pending = [Notice]()
        for input in collected {
            let notice: Notice
            do {
                let bytes = try reader.read(input)
                let sha256 = NoticeConverter.sha256(of: bytes)
                guard seen.insert(sha256).inserted else {
                    counts.unchanged += 1
                    continue
                }
                if !replace, try database.contains(sha256: sha256) {
                    counts.unchanged += 1
                    continue
                }
                notice = try converter.convert(bytes, path: input.displayPath)
            } catch let error as IndexError {
                throw error
            } catch {
                counts.failed += 1
                FileHandle.standardError.write(Data("noticekit: \(error)\n".utf8))
                continue
            }
            pending.append(notice)
            if pending.count == NoticeDatabase.batchSize {
                try database.save(pending)
                counts.indexed += pending.count
                pending.removeAll()
            }
        }
        try database.save(pending)
        counts.indexed += pending.count
        try database.finishIndexing(added: counts.indexed)
        counts.total = try database.count()
        return counts
    }
}

extension IndexError {
    /// The error `index` and `search` end with: a file that is missing or not an index is a usage error
    /// (exit 2), since the command line names the wrong file; a failure while using a good one is printed
    /// here and exits 1.
    func reported() -> Error {
        switch self {
        case .missing, .notAnIndex, .otherFormat:
            return UsageError(description: description)
        case .unopenable, .failed, .tokensChanged:
            FileHandle.standardError.write(Data("noticekit: \(description)\n".utf8))
            return ExitCode(1)
        }
    }
}
