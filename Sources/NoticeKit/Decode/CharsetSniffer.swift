/// Finds the charset an input declares: a byte-order mark, an XML declaration or an HTML `<meta>`.
///
/// Only the head of the input is looked at, as ASCII: every label NoticeKit honours is ASCII, and the
/// bytes around it may be in any encoding, so every other byte reads as a space. Letters match in
/// either case, and the label comes out lowercased.
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
        let head = bytes.prefix(Self.headLength)
        if head.starts(withBytes: "<?xml".utf8, ignoringASCIICase: true), let end = head.firstRange(ofBytes: "?>".utf8),
            let label = attributeValue(named: "encoding", in: head[..<end.lowerBound])
        {
            return .label(Self.label(label))
        }
        return metaCharset(in: head).map { .label(Self.label($0)) }
    }

    /// `<meta charset="gbk">` or `<meta http-equiv="Content-Type" content="text/html; charset=gbk">`.
    private func metaCharset(in head: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var rest = head
        while let meta = rest.firstRange(ofBytes: "<meta".utf8, ignoringASCIICase: true) {
            let tagEnd = rest[meta.upperBound...].firstIndex(of: UInt8(ascii: ">")) ?? rest.endIndex
            let tag = rest[meta.upperBound..<tagEnd]
            if let value = attributeValue(named: "charset", in: tag) { return value }
            if let content = attributeValue(named: "content", in: tag),
                let charset = content.firstRange(ofBytes: "charset=".utf8, ignoringASCIICase: true)
            {
                let value = content[charset.upperBound...].prefix { !Self.isSpace($0) && !";,\"'".utf8.contains($0) }
                if !value.isEmpty { return value }
            }
            rest = rest[tagEnd...]
        }
        return nil
    }

    /// The value of `name=value`, `name="value"` or `name='value'` in a tag's text.
    private func attributeValue(named name: String, in tag: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var rest = tag
        while let found = rest.firstRange(ofBytes: name.utf8, ignoringASCIICase: true) {
            rest = rest[found.upperBound...]
            var after = rest.drop(while: Self.isSpace)
            guard followsSeparator(found.lowerBound, in: tag), after.first == UInt8(ascii: "=") else { continue }
            after = after.dropFirst().drop(while: Self.isSpace)
            if let quote = after.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let value = after.dropFirst().prefix { $0 != quote }
                return value.isEmpty ? nil : value
            }
            let value = after.prefix { !Self.isSpace($0) && !">;/\"'".utf8.contains($0) }
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// Whether an attribute name starting at `position` stands apart from what precedes it. After CR LF
    /// it does not: the head has always been matched as Characters, where CR LF is one, and not "\n".
    private func followsSeparator(_ position: Int, in tag: ArraySlice<UInt8>) -> Bool {
        guard position > tag.startIndex else { return true }
        switch tag[position - 1] {
        case UInt8(ascii: "\t"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ";"): return true
        case UInt8(ascii: "\n"): return position - 1 == tag.startIndex || tag[position - 2] != UInt8(ascii: "\r")
        case let byte: return Self.isSpace(byte)
        }
    }

    /// A space, or a byte outside ASCII, which reads as one.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte >= 0x80
    }

    private static func label(_ value: ArraySlice<UInt8>) -> String {
        String(decoding: value.map { isSpace($0) ? 0x20 : $0.asciiLowercased }, as: UTF8.self)
    }
}
