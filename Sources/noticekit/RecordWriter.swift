import Foundation
import NoticeKit

/// Writes records under the output folder: each to a temporary file first, then renamed into place, so
/// that no half-written record is ever left behind, and never outside the folder.
struct RecordWriter: Sendable {
    let directory: URL
    let format: RecordFormat
    private let directoryPath: String

    init(directory path: String, format: RecordFormat) throws {
        directory = URL(fileURLWithPath: path).standardizedFileURL
        directoryPath = directory.path
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

    /// Where the input's record goes. Folder walks never produce `..`, and archive entries that hold one
    /// are refused before conversion; this check keeps any other caller inside the folder too. Plain
    /// string work: building a URL for every record cost more than writing it.
    func path(for input: Input) throws -> String {
        let relative = relativePath(for: input)
        guard !relative.split(separator: "/").contains("..") else {
            throw NoticeKitError.unreadable(path: input.displayPath, reason: "its record would be written outside the output folder")
        }
        return directoryPath + "/" + relative
    }

    func write(_ data: Data, for input: Input) throws {
        let path = try path(for: input)
        let slash = path.lastIndex(of: "/")!
        let folder = String(path[..<slash])
        let temporary = folder + "/." + path[path.index(after: slash)...] + ".\(getpid()).partial"
        do throws(POSIXFailure) {
            try writeWhole(data, to: temporary, creatingFolder: folder)
            // Rename makes the record appear whole or not at all; an fsync per record would cost more
            // than the conversion and guard only against a power cut.
            guard rename(temporary, path) == 0 else { throw POSIXFailure(code: errno) }
        } catch {
            unlink(temporary)
            throw NoticeKitError.unreadable(
                path: path, reason: "the record could not be written (\(error.reason)); check free space and permissions")
        }
    }

    /// Creates the record's folder only when opening the file says it is missing, which it is once per
    /// folder, rather than asking the file system before every record.
    private func writeWhole(_ data: Data, to path: String, creatingFolder folder: String) throws(POSIXFailure) {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0, errno == ENOENT {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw POSIXFailure(code: ENOENT)
            }
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw POSIXFailure(code: errno) }
        defer { close(descriptor) }
        let failure: Int32? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno != EINTR { return errno }
                offset += max(written, 0)
            }
            return nil
        }
        if let failure { throw POSIXFailure(code: failure) }
    }

    private struct POSIXFailure: Error {
        var code: Int32
        var reason: String { String(cString: strerror(code)) }
    }

    /// The source sha256 of a record already written for this input, if there is one.
    func existingSHA256(for input: Input) -> String? {
        guard let path = try? path(for: input), let data = FileManager.default.contents(atPath: path) else { return nil }
        switch format {
        case .xml: return (try? NoticeXML.decode(data))?.source.sha256
        case .json, .ndjson, .bulk:
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            return (object?["source"] as? [String: Any])?["sha256"] as? String
        }
    }
}
