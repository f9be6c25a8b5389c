import Foundation
import NoticeKit

/// One notice to convert: a file, an entry of a zip archive, or standard input.
struct Input: Sendable {
    enum Origin: Sendable, Equatable {
        case file(String)
        case zipEntry(archive: String, entry: String)
        case standardInput
    }

    /// As the user named it, or as found under what they named: `dir/a.html`, `notices.zip/2021/a.txt`.
    var displayPath: String
    /// Where its record goes under --output: the path relative to what the user named, archive entries
    /// under the archive's name.
    var relativePath: String
    var origin: Origin
    /// Why the input cannot be converted, when that is known before reading it.
    var refusal: String?
}

/// Expands the command line's inputs into `Input`s: directories recursively (following links, stopping
/// at loops), zip archives entry by entry, `--from-list` files line by line; in a stable order.
struct InputCollector {
    /// Files a directory walk takes when no --include is given: the notice formats, and files without
    /// an extension, which scraped archives are full of.
    static let defaultPatterns = ["*.txt", "*.text", "*.html", "*.htm", "*.shtml", "*.xhtml", "*.xml"].map(FilePattern.init)

    let include: [FilePattern]
    let exclude: [FilePattern]
    let maxBytes: Int

    init(include: [String] = [], exclude: [String] = [], maxBytes: Int = 64 * 1024 * 1024) {
        self.include = include.map(FilePattern.init)
        self.exclude = exclude.map(FilePattern.init)
        self.maxBytes = maxBytes
    }

    /// The inputs, found one at a time as they are asked for, so that a batch of a million files holds
    /// one folder listing at a time rather than a million paths.
    func inputs(_ arguments: [String], fromList list: String? = nil) throws -> Inputs {
        var file: ListFile?
        if let list {
            file = ListFile(path: list)
            if file == nil {
                throw UsageError(description: "\(list): the list of inputs cannot be read; give a UTF-8 file with one path a line.")
            }
        }
        return Inputs(collector: self, arguments: arguments, list: file)
    }

    /// The inputs one argument names: a lone input, or nil once the walk or archive it starts is pushed.
    func start(_ argument: String, on walk: inout InputWalk) -> Input? {
        if argument == "-" { return Input(displayPath: "-", relativePath: "stdin", origin: .standardInput) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
            let shown = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
            return walk.enter(folder: shown, relative: "")
        }
        if argument.lowercased().hasSuffix(".zip"), FileManager.default.fileExists(atPath: argument) {
            return walk.enter(archive: argument, named: (argument as NSString).lastPathComponent, shown: argument, maxBytes: maxBytes)
        }
        // A missing file is accounted for like any input that cannot be read: it fails alone.
        return Input(displayPath: argument, relativePath: (argument as NSString).lastPathComponent, origin: .file(argument))
    }

    /// What a walk does with one name in a folder: an input, or nil when it entered a folder or an
    /// archive or the file is not taken.
    func visit(_ entry: InputWalk.Entry, in folder: InputWalk.Folder, on walk: inout InputWalk) -> Input? {
        let name = entry.name
        // The shown path doubles as the path to open (the working folder never changes), so both share
        // one string.
        let shown = folder.shown + "/" + name
        let relative = folder.relative.isEmpty ? name : folder.relative + "/" + name
        var isDirectory: ObjCBool = entry.kind == .folder ? true : false
        // Links, and file systems that do not say, are asked: a link is followed to what it names.
        if entry.kind == .unknown, !FileManager.default.fileExists(atPath: shown, isDirectory: &isDirectory) {
            return Input(displayPath: shown, relativePath: relative, origin: .file(shown), refusal: "a broken symbolic link")
        }
        if isDirectory.boolValue { return walk.enter(folder: shown, relative: relative) }
        if name.lowercased().hasSuffix(".zip") { return walk.enter(archive: shown, named: relative, shown: shown, maxBytes: maxBytes) }
        return takes(relative) ? Input(displayPath: shown, relativePath: relative, origin: .file(shown)) : nil
    }

    /// Whether a file found in a walk is taken: it matches an --include pattern (or, without any, the
    /// default patterns or has no extension) and no --exclude pattern. Patterns match the path relative
    /// to the folder named, or the file's name alone.
    func takes(_ relative: String) -> Bool {
        let bytes = relative.utf8
        let name = bytes.lastIndex(of: UInt8(ascii: "/")).map { String(decoding: bytes[bytes.index(after: $0)...], as: UTF8.self) } ?? relative
        func matches(_ pattern: FilePattern) -> Bool {
            pattern.matches(path: relative, name: name)
        }
        if exclude.contains(where: matches) { return false }
        if include.isEmpty { return Self.defaultPatterns.contains(where: matches) || !name.contains(".") }
        return include.contains(where: matches)
    }
}
