/// The character encodings NoticeKit decodes, named as `source.encoding` reports them.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case gb18030 = "GB18030"
    case big5 = "Big5"
    case big5HKSCS = "Big5-HKSCS"

    /// The name glibc iconv knows the encoding by.
    var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        case .gb18030: "GB18030"
        case .big5: "BIG5"
        case .big5HKSCS: "BIG5-HKSCS"
        }
    }

    /// Maps a declared charset label to the encoding to decode with, or nil for a label NoticeKit does not know.
    ///
    /// Every GB label decodes as GB18030: pages labelled gb2312 routinely hold GBK-only characters, and a
    /// GB2312 decoder stops at the first one.
    public init?(label: String) {
        let key = label.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
        switch key {
        case "utf8", "unicode11utf8", "xunicode20utf8": self = .utf8
        case "utf16le": self = .utf16LE
        case "utf16be", "utf16", "unicode", "ucs2": self = .utf16BE
        case "gb2312", "gbk", "gb18030", "xgbk", "cp936", "ms936", "windows936", "euccn", "xeuccn",
            "csgb2312", "chinese", "isoir58", "gb231280", "csiso58gb231280":
            self = .gb18030
        case "big5", "csbig5", "xxbig5", "cp950", "ms950", "windows950", "big5tw", "xbig5":
            self = .big5
        case "big5hkscs", "hkscs": self = .big5HKSCS
        default: return nil
        }
    }
}
