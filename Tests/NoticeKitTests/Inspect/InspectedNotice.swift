@testable import NoticeKit

/// The tests of `Sources/NoticeKit/Inspect`, together so `swift test --filter Inspect` selects them.
enum InspectTests {}

/// Records the inspect tests look at.
enum InspectedNotice {
    /// The reference notice: Traditional script, spaced issuer names, a recipient with an aside inside its
    /// name, two spans of mojibake.
    static func reference(_ form: String = "txt") throws -> Notice {
        let path = "reference/reference-notice.\(form)"
        return try NoticeConverter().convert(try CorpusFiles.bytes(path), path: path)
    }

    /// Every heading under `sections`, depth first.
    static func headings(_ sections: [Section]) -> [Section] {
        sections.flatMap { [$0] + headings($0.children) }
    }

    static func source(path: String? = "test.txt") -> Source {
        Source(path: path, format: .text, encoding: "UTF-8", sha256: String(repeating: "0", count: 64), byteCount: 0)
    }
}
