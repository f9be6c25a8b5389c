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
        // Non-blocking, so that a FIFO is refused by the check below instead of waiting for a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw NoticeKitError.unreadable(path: shown, reason: errno == ENOENT ? "there is no such file" : String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw NoticeKitError.unreadable(path: shown, reason: "it is not a regular file")
        }
        guard Int(info.st_size) <= maxBytes else {
            throw NoticeKitError.tooLarge(path: shown, byteCount: Int(info.st_size), limit: maxBytes)
        }
        // Room for one byte more than the file had, to notice one that grew since; it may grow only to
        // one byte past the limit, which is enough to refuse it.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard filled <= maxBytes else { break }
                bytes.append(contentsOf: repeatElement(0, count: min(filled, maxBytes + 1 - filled)))
            }
            let count = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw NoticeKitError.unreadable(path: shown, reason: String(cString: strerror(errno)))
            }
            filled += count
        }
        guard filled <= maxBytes else { throw NoticeKitError.tooLarge(path: shown, byteCount: filled, limit: maxBytes) }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
