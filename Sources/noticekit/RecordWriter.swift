import Foundation
import NoticeKit

/// Writes records under the output folder: each to a temporary file first, then renamed into place, so
/// that no half-written record is ever left behind, and never outside the folder.
struct RecordWriter {
    let directory: URL
    let format: RecordFormat

    init(directory path: String, format: RecordFormat) throws {
        directory = URL(fileURLWithPath: path).standardizedFileURL
        self.format = format
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw NoticeKitError.unreadable(path: path, reason: "the output folder cannot be created")
        }
        guard FileManager.default.isWritableFile(atPath: directory.path) else {
            throw NoticeKitError.unreadable(path: path, reason: "the output folder is not writable")
        }
    }

    /// The record's path relative to the output folder: the input's path with the format's extension
    /// added, so `a.txt` and `a.html` stay apart.
    func relativePath(for input: Input) -> String {
        input.relativePath + "." + format.fileExtension
    }

    func url(for input: Input) throws -> URL {
        let url = directory.appendingPathComponent(relativePath(for: input)).standardizedFileURL
        guard url.path.hasPrefix(directory.path + "/") else {
            throw NoticeKitError.unreadable(path: input.displayPath, reason: "its record would be written outside the output folder")
        }
        return url
    }

    func write(_ data: Data, for input: Input) throws {
        let url = try url(for: input)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).partial")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
                let handle = FileHandle(forWritingAtPath: temporary.path)
            else { throw CocoaError(.fileWriteNoPermission) }
            defer { try? handle.close() }
            // Rename makes the record appear whole or not at all; an fsync per record would cost more
            // than the conversion and guard only against a power cut.
            try handle.write(contentsOf: data)
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw NoticeKitError.unreadable(
                path: url.path, reason: "the record could not be written (\(Self.reason(error))); check free space and permissions")
        }
    }

    private static func reason(_ error: Error) -> String {
        if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        return error.localizedDescription
    }

    /// The source sha256 of a record already written for this input, if there is one.
    func existingSHA256(for input: Input) -> String? {
        guard let url = try? url(for: input), let data = FileManager.default.contents(atPath: url.path) else { return nil }
        switch format {
        case .xml: return (try? NoticeXML.decode(data))?.source.sha256
        case .json, .ndjson, .bulk:
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            return (object?["source"] as? [String: Any])?["sha256"] as? String
        }
    }
}
