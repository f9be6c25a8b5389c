import Foundation
import NoticeKit

/// Converts many inputs on every core: inputs are read one after another, converted in parallel with a
/// bounded number in flight (so memory stays flat however long the list), and written as they finish.
struct Batch {
    struct Summary {
        var converted = 0
        var failed = 0
        var skipped = 0
        var notStarted = 0
    }

    /// Where finished records go: files under --output with a manifest, or lines on standard output.
    enum Destination {
        case folder(RecordWriter, ManifestWriter)
        case lines
    }

    let converter: NoticeConverter
    let format: RecordFormat
    let bulkIndex: String
    let jobs: Int
    let maxBytes: Int
    let resume: Bool
    let quiet: Bool

    private struct Outcome: Sendable {
        var input: Input
        var record: Data?
        var notice: Notice?
        var error: String?
    }

    /// `total` is how many inputs a walk found before this one, for the progress report.
    func run(_ inputs: some Sequence<Input>, total: Int, into destination: Destination, interruption: Interruption) async -> Summary {
        var summary = Summary()
        let progress = ProgressReport(total: total, quiet: quiet)
        let reader = InputReader(maxBytes: maxBytes)
        let converter = self.converter
        let format = self.format
        let bulkIndex = self.bulkIndex

        func finish(_ outcome: Outcome) {
            let entry: ManifestEntry
            if let record = outcome.record, let notice = outcome.notice {
                do {
                    switch destination {
                    case .folder(let writer, _):
                        try writer.write(record, for: outcome.input)
                        entry = .converted(outcome.input, notice: notice, output: writer.relativePath(for: outcome.input))
                    case .lines:
                        FileHandle.standardOutput.write(record)
                        entry = .converted(outcome.input, notice: notice, output: nil)
                    }
                    summary.converted += 1
                } catch {
                    entry = failure(outcome.input, "\(error)")
                    summary.failed += 1
                }
            } else {
                entry = failure(outcome.input, outcome.error ?? "it could not be converted")
                summary.failed += 1
            }
            if entry.status == .failed, !quiet { FileHandle.standardError.write(Data("noticekit: \(entry.error ?? "")\n".utf8)) }
            record(entry)
            progress.record(entry.status)
        }

        func failure(_ input: Input, _ message: String) -> ManifestEntry {
            ManifestEntry(path: input.displayPath, sha256: nil, status: .failed, output: nil, diagnostics: nil, error: message)
        }

        func record(_ entry: ManifestEntry) {
            guard case .folder(_, let manifest) = destination else { return }
            do {
                try manifest.append(entry)
            } catch {
                FileHandle.standardError.write(Data("noticekit: the manifest could not be written (\(error)); check free space\n".utf8))
            }
        }

        await withTaskGroup(of: Outcome.self) { group in
            var inFlight = 0
            var unstarted = inputs.makeIterator()
            while let input = unstarted.next() {
                if interruption.isRequested {
                    summary.notStarted = 1 + IteratorSequence(unstarted).reduce(0) { count, _ in count + 1 }
                    break
                }
                let bytes: [UInt8]
                do {
                    bytes = try reader.read(input)
                } catch {
                    finish(Outcome(input: input, error: "\(error)"))
                    continue
                }
                if resume, case .folder(let writer, _) = destination, let existing = writer.existingSHA256(for: input),
                    existing == NoticeConverter.sha256(of: bytes)
                {
                    summary.skipped += 1
                    record(ManifestEntry(
                        path: input.displayPath, sha256: existing, status: .skipped, output: writer.relativePath(for: input),
                        diagnostics: nil, error: nil))
                    progress.record(.skipped)
                    continue
                }
                group.addTask {
                    do {
                        let notice = try converter.convert(bytes, path: input.displayPath)
                        return Outcome(input: input, record: try format.encode(notice, bulkIndex: bulkIndex), notice: notice)
                    } catch {
                        return Outcome(input: input, error: "\(error)")
                    }
                }
                inFlight += 1
                if inFlight >= jobs, let outcome = await group.next() {
                    finish(outcome)
                    inFlight -= 1
                }
            }
            for await outcome in group { finish(outcome) }
        }
        progress.finish()
        return summary
    }
}
