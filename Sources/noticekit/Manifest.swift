import Foundation
import NoticeKit

/// One line of `manifest.ndjson`: what became of one input.
struct ManifestEntry: Codable, Sendable {
    enum Status: String, Codable, Sendable { case converted, failed, skipped }

    var path: String
    var sha256: String?
    var status: Status
    var output: String?
    var diagnostics: [String: Int]?
    var error: String?

    static func converted(_ input: Input, notice: Notice, output: String?) -> ManifestEntry {
        var counts = ["error": 0, "warning": 0, "info": 0]
        for diagnostic in notice.diagnostics { counts[diagnostic.severity.rawValue, default: 0] += 1 }
        return ManifestEntry(path: input.displayPath, sha256: notice.source.sha256, status: .converted, output: output, diagnostics: counts)
    }

    private enum CodingKeys: String, CodingKey { case path, sha256, status, output, diagnostics, error }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(status, forKey: .status)
        try c.encode(output, forKey: .output)
        try c.encode(diagnostics, forKey: .diagnostics)
        try c.encode(error, forKey: .error)
    }
}

/// Writes the manifest line by line as inputs finish, so that an interrupted batch leaves an account of
/// what it did.
final class ManifestWriter {
    private let handle: FileHandle
    private let encoder: JSONEncoder

    init(at url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil), let handle = FileHandle(forWritingAtPath: url.path) else {
            throw NoticeKitError.unreadable(path: url.path, reason: "the manifest cannot be written; check that the output folder is writable")
        }
        self.handle = handle
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    func append(_ entry: ManifestEntry) throws {
        var line = try encoder.encode(entry)
        line.append(0x0A)
        try handle.write(contentsOf: line)
    }

    func close() throws {
        try handle.synchronize()
        try handle.close()
    }
}
