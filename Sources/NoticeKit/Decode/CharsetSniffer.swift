/// Finds the charset an input declares: a byte-order mark, an XML declaration or an HTML `<meta>`.
///
/// Only the head of the input is looked at, as ASCII: every label NoticeKit honours is ASCII, and the
/// bytes around it may be in any encoding.
struct CharsetSniffer {
    enum Declaration: Equatable {
        case byteOrderMark(TextEncoding, length: Int)
        case label(String)
    }

    static let headLength = 4096

    func declaration(in bytes: [UInt8]) -> Declaration? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .byteOrderMark(.utf8, length: 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return .byteOrderMark(.utf16LE, length: 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return .byteOrderMark(.utf16BE, length: 2) }
        let head = String(decoding: bytes.prefix(Self.headLength).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
            .lowercased()
        if head.hasPrefix("<?xml"), let end = head.firstRange(of: "?>"),
            let label = attributeValue(named: "encoding", in: head[..<end.lowerBound])
        {
            return .label(label)
        }
        if let label = metaCharset(in: head) { return .label(label) }
        return nil
    }

    /// `<meta charset="gbk">` or `<meta http-equiv="Content-Type" content="text/html; charset=gbk">`.
    private func metaCharset(in head: String) -> String? {
        var rest = head[...]
        while let meta = rest.firstRange(of: "<meta") {
            let tagEnd = rest[meta.upperBound...].firstIndex(of: ">") ?? rest.endIndex
            let tag = rest[meta.upperBound..<tagEnd]
            if let value = attributeValue(named: "charset", in: tag) { return value }
            if let content = attributeValue(named: "content", in: tag), let charset = content.firstRange(of: "charset=") {
                let value = content[charset.upperBound...].prefix { !";, \"'".contains($0) }
                if !value.isEmpty { return String(value) }
            }
            rest = rest[tagEnd...]
        }
        return nil
    }

    /// The value of `name=value`, `name="value"` or `name='value'` in a tag's text.
    private func attributeValue(named name: String, in tag: Substring) -> String? {
        var rest = tag
        while let found = rest.firstRange(of: name) {
            let before = found.lowerBound == tag.startIndex ? " " : tag[tag.index(before: found.lowerBound)]
            var after = rest[found.upperBound...].drop { $0 == " " }
            rest = rest[found.upperBound...]
            guard before == " " || before == "\t" || before == "\n" || before == "\"" || before == "'" || before == ";",
                after.first == "="
            else { continue }
            after = after.dropFirst().drop { $0 == " " }
            if let quote = after.first, quote == "\"" || quote == "'" {
                let value = after.dropFirst().prefix { $0 != quote }
                return value.isEmpty ? nil : String(value)
            }
            let value = after.prefix { !" >;/\"'".contains($0) }
            return value.isEmpty ? nil : String(value)
        }
        return nil
    }
}
