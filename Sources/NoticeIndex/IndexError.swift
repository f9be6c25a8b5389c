/// Why the index cannot be opened, written or searched, said so a person knows what to do.
public enum IndexError: Error, Equatable, CustomStringConvertible, Sendable {
    case missing(path: String)
    case notAnIndex(path: String)
    case otherFormat(path: String, found: Int, expected: Int)
    case unopenable(path: String, reason: String)
    case failed(path: String, reason: String)
    case tokensChanged(path: String)

    public var description: String {
        switch self {
        case .missing(let path):
            "\(path): there is no index here; run `noticekit index INPUT… --db \(path)` first, or name the index with --db."
        case .notAnIndex(let path):
            "\(path): this file is not a NoticeKit index; name the file `noticekit index` made, or a new file to index into."
        case .otherFormat(let path, let found, let expected):
            "\(path): this index is in format \(found) and this NoticeKit reads format \(expected); index the notices again into a new file."
        case .unopenable(let path, let reason):
            "\(path): the index cannot be opened (\(reason)); check the path and that you may read and write it."
        case .failed(let path, let reason):
            "\(path): the index failed (\(reason)); check the disk space and permissions, then run the command again."
        case .tokensChanged(let path):
            "\(path): this index was made with other script tables (OpenCC), so its notices cannot be replaced; index the notices again into a new file."
        }
    }
}
