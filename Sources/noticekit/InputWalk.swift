import Foundation

/// The inputs of one command line as a sequence that walks again each time it is iterated: once to
/// count them for the progress report, once to convert them.
struct Inputs: Sequence {
    let collector: InputCollector
    let arguments: [String]
    let list: ListFile?

    func makeIterator() -> InputWalk {
        InputWalk(collector: collector, arguments: arguments, list: list.map(ListLines.init))
    }
}

/// A depth-first walk over the arguments, then the lines of --from-list: the folders and archives being
/// walked sit on a stack, each folder with its sorted listing and how far the walk has come in it.
struct InputWalk: IteratorProtocol {
    struct Folder {
        var shown: String
        var relative: String
        var entries: [Entry]
        var position = 0
        var identity: FileIdentity
    }

    /// A name in a folder's listing, with what the listing says it is: a plain file or folder needs no
    /// `stat` of its own, which twice over (counting, then converting) cost a tenth of a batch.
    struct Entry {
        enum Kind { case file, folder, unknown }

        var name: String
        var kind: Kind
    }

    private enum Frame {
        case folder(Folder)
        case archive(ZipInputs.Entries)
    }

    private let collector: InputCollector
    private var arguments: IndexingIterator<[String]>
    private var list: ListLines?
    private var frames: [Frame] = []
    /// The folders on the stack, to stop at a link that loops back to one of them.
    private var walking = Set<FileIdentity>()

    fileprivate init(collector: InputCollector, arguments: [String], list: ListLines?) {
        self.collector = collector
        self.arguments = arguments.makeIterator()
        self.list = list
    }

    mutating func next() -> Input? {
        while true {
            guard let frame = frames.popLast() else {
                guard let argument = arguments.next() ?? list?.next() else { return nil }
                if let input = collector.start(argument, on: &self) { return input }
                continue
            }
            switch frame {
            case .archive(var entries):
                if let input = entries.next() {
                    frames.append(.archive(entries))
                    return input
                }
            case .folder(var folder):
                guard folder.position < folder.entries.count else {
                    walking.remove(folder.identity)
                    continue
                }
                let entry = folder.entries[folder.position]
                folder.position += 1
                frames.append(.folder(folder))
                if let input = collector.visit(entry, in: folder, on: &self) { return input }
            }
        }
    }

    /// Starts walking a folder; an input only when the folder cannot be walked.
    mutating func enter(folder shown: String, relative: String) -> Input? {
        let path = shown.isEmpty ? "/" : shown
        // A folder that cannot be read is an input that fails, not a silent gap in the batch.
        func unreadable() -> Input {
            Input(displayPath: shown, relativePath: relative, origin: .file(path),
                  refusal: "the folder cannot be read (\(String(cString: strerror(errno)))); check that it exists and its permissions")
        }
        guard let identity = FileIdentity(path: path) else { return unreadable() }
        guard walking.insert(identity).inserted else {
            return Input(displayPath: shown, relativePath: relative, origin: .file(path),
                         refusal: "a symbolic link loops back to a folder already walked; it was not followed again")
        }
        guard let entries = Self.listing(of: path) else {
            let input = unreadable()
            walking.remove(identity)
            return input
        }
        frames.append(.folder(Folder(shown: shown, relative: relative, entries: entries, identity: identity)))
        return nil
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    /// The folder's entries but hidden ones, sorted by name; nil when it cannot be opened, with `errno`
    /// saying why.
    private static func listing(of path: String) -> [Entry]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var entries = [Entry]()
        while let found = readdir(directory) {
            // The name is read in place, up to its end: copying `d_name` as the 256-byte array C declares
            // reads past a short record at the end of the directory's buffer.
            let name = String(cString: (UnsafeRawPointer(found) + Self.nameOffset).assumingMemoryBound(to: CChar.self))
            guard !name.hasPrefix(".") else { continue }
            let kind: Entry.Kind = switch Int32(found.pointee.d_type) {
            case Int32(DT_REG): .file
            case Int32(DT_DIR): .folder
            default: .unknown
            }
            entries.append(Entry(name: name, kind: kind))
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// Starts reading an archive's entries; an input only when the archive cannot be read.
    mutating func enter(archive path: String, named name: String, shown: String, maxBytes: Int) -> Input? {
        switch ZipInputs(maxBytes: maxBytes).entries(of: path, named: name, shown: shown) {
        case .entries(let entries):
            frames.append(.archive(entries))
            return nil
        case .refused(let input):
            return input
        }
    }
}

/// A file's device and inode: the same folder reached by two paths has one identity.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

/// A --from-list file, opened once for every walk over the inputs: a list deleted or replaced after
/// the counting walk still gives the converting walk the same lines.
final class ListFile: Sendable {
    let descriptor: Int32

    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }
}

/// The non-blank lines of a --from-list file, trimmed, read as they are needed. Each walk reads at its
/// own offset (`pread`), so walks never move each other's place in the file.
final class ListLines: IteratorProtocol {
    private let file: ListFile
    private var offset: off_t = 0
    /// Bytes read but not yet returned start at `start`.
    private var pending = [UInt8]()
    private var start = 0
    private var exhausted = false

    init(_ file: ListFile) {
        self.file = file
    }

    func next() -> String? {
        while let line = nextLine() {
            let trimmed = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { return trimmed }
        }
        return nil
    }

    private func nextLine() -> ArraySlice<UInt8>? {
        while true {
            if let newline = pending[start...].firstIndex(of: 0x0A) {
                defer { start = newline + 1 }
                return pending[start..<newline]
            }
            guard !exhausted else {
                defer {
                    pending.removeAll()
                    start = 0
                }
                return start < pending.count ? pending[start...] : nil
            }
            pending.removeSubrange(..<start)
            start = 0
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            let count = chunk.withUnsafeMutableBytes { pread(file.descriptor, $0.baseAddress, $0.count, offset) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                exhausted = true
                continue
            }
            offset += off_t(count)
            pending.append(contentsOf: chunk[..<count])
        }
    }
}
