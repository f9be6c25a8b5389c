import Foundation
import NoticeKit

/// One notice to convert: a file, or standard input.
struct Input {
    /// The path as the user named it or as found under a directory they named; `-` for standard input.
    var displayPath: String
    /// Where the record goes under --output: the path relative to the directory it was found in.
    var relativePath: String

    func read(maxBytes: Int) throws -> [UInt8] {
        if displayPath == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= maxBytes else {
                throw NoticeKitError.tooLarge(path: "<stdin>", byteCount: data.count, limit: maxBytes)
            }
            return [UInt8](data)
        }
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: displayPath)
        } catch {
            throw NoticeKitError.unreadable(path: displayPath, reason: "there is no such file")
        }
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > maxBytes {
            throw NoticeKitError.tooLarge(path: displayPath, byteCount: size, limit: maxBytes)
        }
        guard let handle = FileHandle(forReadingAtPath: displayPath) else {
            throw NoticeKitError.unreadable(path: displayPath, reason: "permission denied or not a regular file")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            throw NoticeKitError.unreadable(path: displayPath, reason: error.localizedDescription)
        }
        guard data.count <= maxBytes else {
            throw NoticeKitError.tooLarge(path: displayPath, byteCount: data.count, limit: maxBytes)
        }
        return [UInt8](data)
    }
}

/// Expands the command line's inputs into files: directories recursively, in a stable order.
struct InputCollector {
    static let extensions: Set<String> = ["txt", "text", "html", "htm", "shtml", "xhtml", "xml"]

    func collect(_ arguments: [String]) throws -> [Input] {
        var inputs = [Input]()
        for argument in arguments {
            if argument == "-" {
                inputs.append(Input(displayPath: "-", relativePath: "stdin"))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                // Accounted for like any input that cannot be read: it fails alone, with its reason.
                inputs.append(Input(displayPath: argument, relativePath: (argument as NSString).lastPathComponent))
                continue
            }
            if !isDirectory.boolValue {
                inputs.append(Input(displayPath: argument, relativePath: (argument as NSString).lastPathComponent))
                continue
            }
            let root = URL(fileURLWithPath: argument).standardizedFileURL
            var found = [Input]()
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
            while let url = enumerator?.nextObject() as? URL {
                guard Self.extensions.contains(url.pathExtension.lowercased()),
                    (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
                else { continue }
                let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
                let shown = argument.hasSuffix("/") ? argument + relative : argument + "/" + relative
                found.append(Input(displayPath: shown, relativePath: relative))
            }
            inputs += found.sorted { $0.relativePath < $1.relativePath }
        }
        return inputs
    }
}
