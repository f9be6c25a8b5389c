import Foundation

/// Runs the built `noticekit` for the index and search tests, and makes index files of the corpus.
enum IndexCommandRunner {
    static let packageRoot = CommandRunner.packageRoot

    static func noticekit(_ arguments: [String]) throws -> CommandRunner.Run {
        try CommandRunner.noticekit(arguments)
    }

    static func temporaryFolder() throws -> URL {
        try CommandRunner.temporaryFolder()
    }

    /// One index of `Corpus/`, made once for the search tests.
    static let corpusIndex: String? = {
        guard let folder = try? temporaryFolder() else { return nil }
        let path = folder.appendingPathComponent("notices.sqlite").path
        guard (try? noticekit(["index", "Corpus", "--db", path]))?.status == 0 else { return nil }
        return path
    }()
}
