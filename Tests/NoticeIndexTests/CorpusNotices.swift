import Foundation
import NoticeKit

/// Every notice of the repository's `Corpus/`, converted once, with its path relative to `Corpus/`.
enum CorpusNotices {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let all: [Notice] = {
        let corpus = root.appendingPathComponent("Corpus")
        let extensions: Set<String> = ["txt", "html", "htm", "shtml", "xml"]
        let paths = (FileManager.default.subpaths(atPath: corpus.path) ?? [])
            .filter { extensions.contains(($0 as NSString).pathExtension) && !$0.hasSuffix("README.md") }
            .sorted()
        return paths.compactMap { path in
            guard let data = FileManager.default.contents(atPath: corpus.appendingPathComponent(path).path) else { return nil }
            return try? NoticeConverter().convert([UInt8](data), path: path)
        }
    }()

    static let referencePaths: Set<String> = [
        "reference/reference-notice.txt", "reference/reference-notice.html", "reference/reference-notice.xml",
    ]
}
