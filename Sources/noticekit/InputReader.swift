import Foundation
import NoticeKit

/// Reads an input's bytes, refusing files over the limit before reading them whole.
final class InputReader {
    private let zip = ZipInputs.Reader()
    let maxBytes: Int

    init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    func read(_ input: Input) throws -> [UInt8] {
        if let refusal = input.refusal {
            throw NoticeKitError.unreadable(path: input.displayPath, reason: refusal)
        }
        switch input.origin {
        case .standardInput:
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= maxBytes else { throw NoticeKitError.tooLarge(path: "<stdin>", byteCount: data.count, limit: maxBytes) }
            return [UInt8](data)
        case .zipEntry(let archive, let entry):
            return try zip.read(archivePath: archive, entryPath: entry, maxBytes: maxBytes)
        case .file(let path):
            return try readFile(path, shown: input.displayPath)
        }
    }

    private func readFile(_ path: String, shown: String) throws -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw NoticeKitError.unreadable(path: shown, reason: errno == ENOENT ? "there is no such file" : String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw NoticeKitError.unreadable(path: shown, reason: "it is not a regular file") }
        guard Int(info.st_size) <= maxBytes else {
            throw NoticeKitError.tooLarge(path: shown, byteCount: Int(info.st_size), limit: maxBytes)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw NoticeKitError.unreadable(path: shown, reason: "permission denied")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
            guard data.count <= maxBytes else { throw NoticeKitError.tooLarge(path: shown, byteCount: data.count, limit: maxBytes) }
            return [UInt8](data)
        } catch let error as NoticeKitError {
            throw error
        } catch {
            throw NoticeKitError.unreadable(path: shown, reason: error.localizedDescription)
        }
    }
}
