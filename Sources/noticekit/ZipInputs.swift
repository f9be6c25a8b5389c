import Foundation
import NoticeKit
import ZIPFoundation

/// The entries of a zip archive as inputs, read into memory one at a time: nothing is extracted to disk,
/// and an entry that would write outside the output folder, inflate past the size limit or at a ratio
/// only a zip bomb reaches is refused alone.
struct ZipInputs {
    /// A notice compresses perhaps tenfold; a ratio this high is a bomb.
    static let maximumRatio: UInt64 = 200

    let maxBytes: Int

    func entries(of archivePath: String, named name: String, shown: String? = nil) -> [Input] {
        let shownArchive = shown ?? archivePath
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: archivePath), accessMode: .read)
        } catch {
            return [Input(displayPath: shownArchive, relativePath: name, origin: .file(archivePath),
                          refusal: "not a readable zip archive (\(error)); check the file")]
        }
        var seen = Set<String>()
        var inputs = [Input]()
        for entry in archive where entry.type == .file {
            let path = entry.path
            let shownEntry = shownArchive + "/" + path
            var input = Input(displayPath: shownEntry, relativePath: name + "/" + path, origin: .zipEntry(archive: archivePath, entry: path))
            if let unsafe = Self.unsafePath(path) {
                input.relativePath = name + "/" + String(path.filter { $0 != "/" })
                input.refusal = unsafe
            } else if !seen.insert(path).inserted {
                input.refusal = "the archive holds a second entry of this name; only the first was converted"
            } else if entry.uncompressedSize > UInt64(maxBytes) {
                input.refusal = "the entry inflates to \(entry.uncompressedSize) bytes, over --max-bytes (\(maxBytes))"
            } else if entry.compressedSize > 0, entry.uncompressedSize / entry.compressedSize > Self.maximumRatio {
                input.refusal = "the entry inflates \(entry.uncompressedSize / entry.compressedSize) times, as only zip bombs do"
            }
            inputs.append(input)
        }
        return inputs
    }

    /// A reason to refuse an entry name that could land outside the output folder.
    static func unsafePath(_ path: String) -> String? {
        if path.hasPrefix("/") { return "the entry's path is absolute; it was not converted, so nothing is written outside --output" }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains("..") { return "the entry's path climbs out with ..; it was not converted, so nothing is written outside --output" }
        if parts.contains(where: \.isEmpty) || parts.contains(".") { return "the entry's path has empty or . components" }
        return nil
    }

    /// Reads entries from archives, keeping the last archive open while entries of it follow one another.
    final class Reader {
        private var openPath: String?
        private var archive: Archive?

        func read(archivePath: String, entryPath: String, maxBytes: Int) throws -> [UInt8] {
            if openPath != archivePath {
                do {
                    let opened: Archive = try Archive(url: URL(fileURLWithPath: archivePath), accessMode: .read)
                    archive = opened
                } catch {
                    archive = nil
                }
                openPath = archivePath
            }
            guard let archive, let entry = archive[entryPath] else {
                throw NoticeKitError.unreadable(path: archivePath + "/" + entryPath, reason: "the entry cannot be found in the archive")
            }
            var bytes = [UInt8]()
            bytes.reserveCapacity(Int(min(entry.uncompressedSize, UInt64(maxBytes))))
            let checksum: CRC32
            do {
                checksum = try archive.extract(entry) { chunk in
                    guard bytes.count + chunk.count <= maxBytes else { throw ZipEntryTooLarge() }
                    bytes.append(contentsOf: chunk)
                }
            } catch is ZipEntryTooLarge {
                throw NoticeKitError.tooLarge(path: archivePath + "/" + entryPath, byteCount: bytes.count, limit: maxBytes)
            } catch {
                throw NoticeKitError.unreadable(path: archivePath + "/" + entryPath, reason: "the entry is corrupt (\(error))")
            }
            guard checksum == entry.checksum else {
                throw NoticeKitError.unreadable(path: archivePath + "/" + entryPath, reason: "the entry is corrupt (its CRC-32 does not match)")
            }
            return bytes
        }
    }

    private struct ZipEntryTooLarge: Error {}
}
