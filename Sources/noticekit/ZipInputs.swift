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

    enum Opened {
        case entries(Entries)
        /// The archive itself, refused with the reason it cannot be read.
        case refused(Input)
    }

    func entries(of archivePath: String, named name: String, shown: String) -> Opened {
        do {
            let archive = try Archive(url: URL(fileURLWithPath: archivePath), accessMode: .read)
            return .entries(Entries(archive: archive, archivePath: archivePath, name: name, shown: shown, maxBytes: maxBytes))
        } catch {
            return .refused(Input(displayPath: shown, relativePath: name, origin: .file(archivePath),
                                  refusal: "not a readable zip archive (\(error)); check the file"))
        }
    }

    /// An archive's file entries as inputs, in archive order, each refused alone when unsafe.
    struct Entries: IteratorProtocol {
        private let entries: AnyIterator<Entry>
        private let archivePath: String
        private let name: String
        private let shown: String
        private let maxBytes: Int
        private var seen = Set<String>()

        init(archive: Archive, archivePath: String, name: String, shown: String, maxBytes: Int) {
            entries = archive.makeIterator()
            self.archivePath = archivePath
            self.name = name
            self.shown = shown
            self.maxBytes = maxBytes
        }

        mutating func next() -> Input? {
            while let entry = entries.next() {
                if entry.type == .file { return input(for: entry) }
            }
            return nil
        }

        private mutating func input(for entry: Entry) -> Input {
            let path = entry.path
            var input = Input(displayPath: shown + "/" + path, relativePath: name + "/" + path, origin: .zipEntry(archive: archivePath, entry: path))
            if let unsafe = ZipInputs.unsafePath(path) {
                input.relativePath = name + "/" + String(path.filter { $0 != "/" })
                input.refusal = unsafe
            } else if !seen.insert(path).inserted {
                input.refusal = "the archive holds a second entry of this name; only the first was converted"
            } else if entry.uncompressedSize > UInt64(maxBytes) {
                input.refusal = "the entry inflates to \(entry.uncompressedSize) bytes, over --max-bytes (\(maxBytes))"
            } else if entry.compressedSize > 0, entry.uncompressedSize / entry.compressedSize > ZipInputs.maximumRatio {
                input.refusal = "the entry inflates \(entry.uncompressedSize / entry.compressedSize) times, as only zip bombs do"
            }
            return input
        }
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
        /// Where the last lookup stopped. Entries are asked for in archive order, so the next one is
        /// almost always the next entry; `archive[path]` scans from the first entry each time, which made
        /// an archive of 100,000 notices take billions of header reads.
        private var cursor: AnyIterator<Entry>?

        func read(archivePath: String, entryPath: String, maxBytes: Int) throws -> [UInt8] {
            if openPath != archivePath {
                do {
                    let opened: Archive = try Archive(url: URL(fileURLWithPath: archivePath), accessMode: .read)
                    archive = opened
                } catch {
                    archive = nil
                }
                openPath = archivePath
                cursor = archive?.makeIterator()
            }
            guard let archive, let entry = entry(named: entryPath, in: archive) else {
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

        /// Looks from the cursor to the end, then once more from the start for an entry asked out of order.
        private func entry(named path: String, in archive: Archive) -> Entry? {
            if let found = advance(to: path) { return found }
            cursor = archive.makeIterator()
            return advance(to: path)
        }

        private func advance(to path: String) -> Entry? {
            while let entry = cursor?.next() {
                if entry.path == path { return entry }
            }
            return nil
        }
    }

    private struct ZipEntryTooLarge: Error {}
}
