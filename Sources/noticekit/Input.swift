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
    static let defaultPatterns = ["*.txt", "*.text", "*.html", "*.htm", "*.shtml", "*.xhtml", "*.xml"]

    var include: [String] = []
    var exclude: [String] = []
    var maxBytes = 64 * 1024 * 1024

    func collect(_ arguments: [String], fromList list: String? = nil) throws -> [Input] {
        var named = arguments
        if let list {
            guard let text = try? String(contentsOfFile: list, encoding: .utf8) else {
                throw UsageError(description: "\(list): the list of inputs cannot be read; give a UTF-8 file with one path a line.")
            }
            named += text.split(whereSeparator: \.isNewline).map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        var inputs = [Input]()
        for argument in named {
            if argument == "-" {
                inputs.append(Input(displayPath: "-", relativePath: "stdin", origin: .standardInput))
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
                var visited = Set<FileIdentity>()
                inputs += walk(URL(fileURLWithPath: argument), shown: argument.hasSuffix("/") ? String(argument.dropLast()) : argument,
                               relative: "", visited: &visited)
            } else if argument.lowercased().hasSuffix(".zip"), FileManager.default.fileExists(atPath: argument) {
                inputs += ZipInputs(maxBytes: maxBytes).entries(of: argument, named: (argument as NSString).lastPathComponent)
            } else {
                // A missing file is accounted for like any input that cannot be read: it fails alone.
                inputs.append(Input(displayPath: argument, relativePath: (argument as NSString).lastPathComponent, origin: .file(argument)))
            }
        }
        return inputs
    }

    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private func identity(of path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    private func walk(_ directory: URL, shown: String, relative: String, visited: inout Set<FileIdentity>) -> [Input] {
        guard let identity = identity(of: directory.path) else { return [] }
        guard visited.insert(identity).inserted else {
            return [Input(displayPath: shown, relativePath: relative, origin: .file(directory.path),
                          refusal: "a symbolic link loops back to a folder already walked; it was not followed again")]
        }
        defer { visited.remove(identity) }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        var inputs = [Input]()
        for name in names where !name.hasPrefix(".") {
            let url = directory.appendingPathComponent(name)
            let childShown = shown + "/" + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                inputs.append(Input(displayPath: childShown, relativePath: childRelative, origin: .file(url.path),
                                    refusal: "a broken symbolic link"))
                continue
            }
            if isDirectory.boolValue {
                inputs += walk(url, shown: childShown, relative: childRelative, visited: &visited)
            } else if name.lowercased().hasSuffix(".zip") {
                inputs += ZipInputs(maxBytes: maxBytes).entries(of: url.path, named: childRelative, shown: childShown)
            } else if takes(childRelative) {
                inputs.append(Input(displayPath: childShown, relativePath: childRelative, origin: .file(url.path)))
            }
        }
        return inputs
    }

    /// Whether a file found in a walk is taken: it matches an --include pattern (or, without any, the
    /// default patterns or has no extension) and no --exclude pattern. Patterns match the path relative
    /// to the folder named, or the file's name alone.
    func takes(_ relative: String) -> Bool {
        let name = (relative as NSString).lastPathComponent
        func matches(_ pattern: String) -> Bool {
            fnmatch(pattern, relative, 0) == 0 || fnmatch(pattern, name, 0) == 0
        }
        if exclude.contains(where: matches) { return false }
        if include.isEmpty { return Self.defaultPatterns.contains(where: matches) || !name.contains(".") }
        return include.contains(where: matches)
    }
}
