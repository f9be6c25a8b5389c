import Dispatch
import Foundation
import NoticeKit

/// Converts many inputs on every core. Each of `jobs` workers takes the next input from the walk, then
/// reads, converts and writes it on its own thread; only taking an input and accounting for it happen
/// under the ledger's lock. So at most `jobs` inputs are in memory however long the walk, and no input
/// waits for a hand-off between threads, which cost more than writing its record once conversion got fast.
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

    /// `total` is how many inputs a walk found before this one, for the progress report. Throws only
    /// when the manifest cannot be completed.
    func run(_ inputs: sending some Sequence<Input>, total: Int, into destination: sending Destination, interruption: Interruption) throws -> Summary {
        let folder: RecordWriter?
        let manifest: ManifestWriter?
        if case .folder(let writer, let manifestWriter) = destination {
            (folder, manifest) = (writer, manifestWriter)
        } else {
            (folder, manifest) = (nil, nil)
        }
        let shared = SharedLedger(Ledger(
            walk: AnyIterator(inputs.makeIterator()), manifest: manifest, progress: ProgressReport(total: total, quiet: quiet), quiet: quiet))
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            let reader = InputReader(maxBytes: maxBytes)
            while let input = shared.withLock({ $0.next(unlessStopped: interruption) }) {
                let outcome = process(input, reader: reader, folder: folder)
                let entry = manifestEntry(for: input, outcome, output: folder?.relativePath(for: input))
                let line = entry.line
                shared.withLock { $0.account(for: entry, line: line, outcome) }
            }
        }
        return try shared.withLock { ledger in
            ledger.progress.finish()
            try ledger.manifest?.close()
            return ledger.summary
        }
    }

    /// What became of one input, before it is accounted for.
    fileprivate enum Outcome {
        /// `record` is the record still to be printed, when the batch prints records rather than filing them.
        case converted(Notice, record: Data?)
        case skipped(sha256: String)
        case failed(String)
    }

    private func manifestEntry(for input: Input, _ outcome: Outcome, output: String?) -> ManifestEntry {
        switch outcome {
        case .converted(let notice, _):
            .converted(input, notice: notice, output: output)
        case .skipped(let sha256):
            ManifestEntry(path: input.displayPath, sha256: sha256, status: .skipped, output: output, diagnostics: nil, error: nil)
        case .failed(let message):
            ManifestEntry(path: input.displayPath, sha256: nil, status: .failed, output: nil, diagnostics: nil, error: message)
        }
    }

    private func process(_ input: Input, reader: InputReader, folder: RecordWriter?) -> Outcome {
        do {
            let bytes = try reader.read(input)
            if resume, let folder, let existing = folder.existingSHA256(for: input), existing == NoticeConverter.sha256(of: bytes) {
                return .skipped(sha256: existing)
            }
            let notice = try converter.convert(bytes, path: input.displayPath)
            let record = try format.encode(notice, bulkIndex: bulkIndex)
            guard let folder else { return .converted(notice, record: record) }
            try folder.write(record, for: input)
            return .converted(notice, record: nil)
        } catch {
            return .failed("\(error)")
        }
    }
}

/// The ledger behind its lock. An `NSLock` rather than a `Mutex`: `Mutex` waits on a futex, which
/// ThreadSanitizer cannot see, so it reported every access under the lock as a race.
///
/// Unchecked: `ledger` is only read or written inside `withLock`.
private final class SharedLedger: @unchecked Sendable {
    private let lock = NSLock()
    private var ledger: Ledger

    init(_ ledger: sending Ledger) {
        self.ledger = ledger
    }

    func withLock<Result>(_ body: (inout Ledger) throws -> Result) rethrows -> Result {
        try lock.withLock { try body(&ledger) }
    }
}

/// What the workers share: the walk, the tally, the manifest, standard output and the progress report.
private struct Ledger {
    var walk: AnyIterator<Input>
    let manifest: ManifestWriter?
    let progress: ProgressReport
    let quiet: Bool
    var summary = Batch.Summary()
    private var stopped = false

    init(walk: AnyIterator<Input>, manifest: ManifestWriter?, progress: ProgressReport, quiet: Bool) {
        self.walk = walk
        self.manifest = manifest
        self.progress = progress
        self.quiet = quiet
    }

    /// The next input, or nil when the walk is done or an interruption was asked for; then the inputs
    /// left are counted once, for the message that says how many were not started.
    mutating func next(unlessStopped interruption: Interruption) -> Input? {
        guard !stopped else { return nil }
        if interruption.isRequested {
            stopped = true
            while walk.next() != nil { summary.notStarted += 1 }
            return nil
        }
        return walk.next()
    }

    /// Counts an input and writes what it left: the record when records are printed, the manifest line,
    /// the failure on standard error. `line` is the entry's, encoded before the lock was taken.
    mutating func account(for entry: ManifestEntry, line: [UInt8], _ outcome: Batch.Outcome) {
        switch outcome {
        case .converted(_, let record):
            if let record { FileHandle.standardOutput.write(record) }
            summary.converted += 1
        case .skipped:
            summary.skipped += 1
        case .failed(let message):
            summary.failed += 1
            if !quiet { FileHandle.standardError.write(Data("noticekit: \(message)\n".utf8)) }
        }
        do {
            try manifest?.append(line)
        } catch {
            FileHandle.standardError.write(Data("noticekit: the manifest could not be written (\(error)); check free space\n".utf8))
        }
        progress.record(entry.status)
    }
}
