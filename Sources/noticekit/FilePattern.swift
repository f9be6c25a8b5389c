import Foundation

/// An --include or --exclude pattern, matched as `fnmatch` does with no flags: `*` also crosses `/`,
/// and bytes compare as they are. A pattern that is `*` and then plain text, as nearly every pattern
/// is (`*.html`), matches exactly the paths that end in that text, which is checked without `fnmatch`:
/// a walk asks every pattern of every file, twice.
struct FilePattern: Sendable {
    private enum Test: Sendable {
        case suffix([UInt8])
        case glob(String)
    }

    private let test: Test

    init(_ pattern: String) {
        let rest = pattern.utf8.dropFirst()
        let plain = !rest.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "\\") }
        test = pattern.utf8.first == UInt8(ascii: "*") && plain ? .suffix(Array(rest)) : .glob(pattern)
    }

    /// Whether the pattern matches the path relative to the folder named, or the file's name alone.
    /// The name ends the path, so a suffix of the name is a suffix of the path.
    func matches(path: String, name: String) -> Bool {
        switch test {
        case .suffix(let suffix):
            let bytes = path.utf8
            return bytes.count >= suffix.count && bytes.suffix(suffix.count).elementsEqual(suffix)
        case .glob(let pattern):
            return fnmatch(pattern, path, 0) == 0 || fnmatch(pattern, name, 0) == 0
        }
    }
}
