import Foundation
import NoticeKit

/// Writes records into an output directory, each atomically, and a manifest line for every input.
final class RecordWriter {
    private let directory: URL
    private let format: RecordFormat
    private var manifest = Data()

    init(directory path: String, format: RecordFormat) throws {
        directory = URL(fileURLWithPath: path)
        self.format = format
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw NoticeKitError.unreadable(path: path, reason: "the output directory cannot be created")
        }
    }

    func write(_ notice: Notice, for input: Input) throws {
        let relative = input.relativePath + "." + format.fileExtension
        let url = directory.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try format.encode(notice).write(to: url, options: .atomic)
        var counts = ["error": 0, "warning": 0, "info": 0]
        for diagnostic in notice.diagnostics { counts[diagnostic.severity.rawValue, default: 0] += 1 }
        record([
            "path": input.displayPath, "sha256": notice.source.sha256, "status": "converted", "output": relative,
            "diagnostics": counts, "error": NSNull(),
        ])
    }

    func fail(_ input: Input, message: String) {
        record([
            "path": input.displayPath, "sha256": NSNull(), "status": "failed", "output": NSNull(),
            "diagnostics": NSNull(), "error": message,
        ])
    }

    func finish() throws {
        try manifest.write(to: directory.appendingPathComponent("manifest.ndjson"), options: .atomic)
    }

    private func record(_ entry: [String: Any]) {
        if let line = try? JSONSerialization.data(withJSONObject: entry, options: [.sortedKeys, .withoutEscapingSlashes]) {
            manifest.append(line)
            manifest.append(0x0A)
        }
    }
}
