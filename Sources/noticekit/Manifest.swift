import Foundation
import NoticeKit

/// One line of `manifest.ndjson`: what became of one input.
struct ManifestEntry: JSONWritable, Sendable {
    enum Status: String, Sendable { case converted, failed, skipped }

    /// How many diagnostics of each severity a converted input's record holds.
    struct SeverityCounts: JSONWritable, Sendable {
        var error = 0
        var warning = 0
        var info = 0

        func write(to json: inout JSONOutput) {
            json.object { json in
                json.member("error", error)
                json.member("info", info)
                json.member("warning", warning)
            }
        }
    }

    var path: String
    var sha256: String?
    var status: Status
    var output: String?
    var diagnostics: SeverityCounts?
    var error: String?

    static func converted(_ input: Input, notice: Notice, output: String?) -> ManifestEntry {
        var counts = SeverityCounts()
        for diagnostic in notice.diagnostics {
            switch diagnostic.severity {
            case .error: counts.error += 1
            case .warning: counts.warning += 1
            case .info: counts.info += 1
            }
        }
        return ManifestEntry(path: input.displayPath, sha256: notice.source.sha256, status: .converted, output: output, diagnostics: counts)
    }

    /// The entry as one line of the manifest, line feed included.
    var line: [UInt8] {
        var json = JSONOutput(pretty: false, capacity: 256)
        write(to: &json)
        return json.bytes + [0x0A]
    }

    func write(to json: inout JSONOutput) {
        json.object { json in
            json.member("diagnostics", diagnostics)
            json.member("error", error)
            json.member("output", output)
            json.member("path", path)
            json.member("sha256", sha256)
            json.member("status", status.rawValue)
        }
    }
}

/// Writes the manifest line by line as inputs finish, so that an interrupted batch leaves an account of
/// what it did.
final class ManifestWriter {
    private let handle: FileHandle

    init(at url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil), let handle = FileHandle(forWritingAtPath: url.path) else {
            throw NoticeKitError.unreadable(path: url.path, reason: "the manifest cannot be written; check that the output folder is writable")
        }
        self.handle = handle
    }

    /// `line` is an entry's `line`, encoded before the batch's lock is taken.
    func append(_ line: [UInt8]) throws {
        try handle.write(contentsOf: line)
    }

    func close() throws {
        try handle.synchronize()
        try handle.close()
    }
}
