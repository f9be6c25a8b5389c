import Foundation

/// Progress on standard error: a bar redrawn in place on a terminal, a plain line every few seconds
/// otherwise, nothing with --quiet.
final class ProgressReport {
    private let total: Int
    private let quiet: Bool
    private let terminal = isatty(STDERR_FILENO) == 1
    private let start = Date()
    private var lastShown = Date.distantPast
    private(set) var done = 0
    private(set) var failed = 0
    private(set) var skipped = 0

    init(total: Int, quiet: Bool) {
        self.total = total
        self.quiet = quiet
    }

    func record(_ status: ManifestEntry.Status) {
        done += 1
        if status == .failed { failed += 1 }
        if status == .skipped { skipped += 1 }
        let now = Date()
        guard !quiet, now.timeIntervalSince(lastShown) >= (terminal ? 0.2 : 5) else { return }
        lastShown = now
        show(final: false)
    }

    func finish() {
        guard !quiet else { return }
        show(final: true)
    }

    private func show(final: Bool) {
        let elapsed = Date().timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let remaining = rate > 0 ? Double(total - done) / rate : 0
        let counts = "\(done)/\(total)"
        let details = String(format: "%.0f/s, %@ elapsed, ETA %@, %d failed, %d skipped", rate, Self.clock(elapsed), Self.clock(remaining), failed, skipped)
        if terminal {
            let width = 24
            let filled = total > 0 ? min(width, done * width / total) : width
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            FileHandle.standardError.write(Data("\r[\(bar)] \(counts) \(details)\u{1B}[K\(final ? "\n" : "")".utf8))
        } else {
            FileHandle.standardError.write(Data("noticekit: \(counts) inputs, \(details)\n".utf8))
        }
    }

    private static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return String(format: "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
    }
}
