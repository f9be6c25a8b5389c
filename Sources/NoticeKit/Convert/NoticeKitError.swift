/// Why an input could not be converted, said so a person knows what to do.
public enum NoticeKitError: Error, Equatable, CustomStringConvertible, Sendable {
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, byteCount: Int, limit: Int)
    case notANotice(path: String, kind: String)
    case empty(path: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): cannot read the file (\(reason)); check that it exists and that you may read it."
        case .tooLarge(let path, let byteCount, let limit):
            "\(path): \(byteCount) bytes is over the limit of \(limit) bytes; raise --max-bytes if this file really is one notice."
        case .notANotice(let path, let kind):
            "\(path): this is \(kind), not a notice; NoticeKit reads text, HTML and XML."
        case .empty(let path):
            "\(path): the file is empty or holds only white space; there is no notice to convert."
        }
    }
}
