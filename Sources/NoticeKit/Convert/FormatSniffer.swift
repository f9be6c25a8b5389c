/// Tells text, HTML and XML apart by their first bytes, and refuses binary files that are not notices.
public enum FormatSniffer {
    /// Magic numbers of files that turn up in scraped archives but are not notices.
    static let binarySignatures: [(bytes: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"), ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0x25, 0x50, 0x44, 0x46], "a PDF file"), ([0x1F, 0x8B], "a gzip archive"), ([0x50, 0x4B, 0x03, 0x04], "a zip archive"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document"), ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
        ([0x42, 0x5A, 0x68], "a bzip2 archive"), ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "an xz archive"),
        ([0x52, 0x61, 0x72, 0x21], "a RAR archive"), ([0x37, 0x7A, 0xBC, 0xAF], "a 7z archive"),
    ]

    /// What kind of binary file the bytes are, or nil when they may be text.
    public static func binaryKind(_ bytes: [UInt8]) -> String? {
        for signature in binarySignatures where bytes.starts(with: signature.bytes) { return signature.kind }
        // Zero bytes padding the end of a file (a fixed-size export, a disk block) are not its content.
        var contentEnd = bytes.count
        while contentEnd > 0, bytes[contentEnd - 1] == 0 { contentEnd -= 1 }
        let head = bytes[..<contentEnd].prefix(4096)
        let utf16 = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
        // Counted in one pass over the buffer, with no array built for either count. Eight bytes at a
        // time are passed over when none of them is below 0x20, as in almost all of a text.
        let (zeros, controls) = head.withUnsafeBufferPointer { buffer in
            var zeros = 0
            var controls = 0
            var index = 0
            while index < buffer.count {
                if index + 8 <= buffer.count, !ByteWords.mayHoldControl(ByteWords.word(in: buffer, at: index)) {
                    index += 8
                    continue
                }
                let byte = buffer[index]
                if byte < 0x20 {
                    if byte == 0 { zeros += 1 }
                    if byte < 0x09 || (byte > 0x0D && byte != 0x1B) { controls += 1 }
                }
                index += 1
            }
            return (zeros, controls)
        }
        // A few NUL bytes are damage in a text (they are removed, with a diagnostic); many make a binary file.
        if !utf16, zeros * 20 > head.count, TextDecoder.unmarkedUTF16(bytes) == nil { return "a binary file" }
        if !utf16, zeros == 0, controls * 10 > head.count { return "a binary file" }
        return nil
    }

    /// The format of decoded text: markup is recognized by its opening, whatever the file is called;
    /// the extension decides only when the content could be either.
    ///
    /// The head is the text's first 2048 scalars less its leading white space, the opening the first 512
    /// of those; both are matched as bytes, ASCII letters in either case.
    public static func format(of text: String, path: String?) -> SourceFormat {
        var text = text
        return text.withUTF8 { bytes in
            // Most inputs are told by their first bytes; the bounds of the opening and the head, which
            // take a walk over 2,048 scalars, are found only when those do not settle it.
            let indent = indentEnd(of: bytes)
            let start = bytes[indent...]
            if start.starts(withBytes: "<!doctype html".utf8, ignoringASCIICase: true)
                || start.starts(withBytes: "<html".utf8, ignoringASCIICase: true)
            {
                return .html
            }
            let bounds = headBounds(of: bytes, indent: indent)
            let opening = bytes[indent..<bounds.opening]
            let head = bytes[indent..<bounds.head]
            if opening.starts(withBytes: "<?xml".utf8, ignoringASCIICase: true) {
                let html = opening.contains(bytes: "<html".utf8, ignoringASCIICase: true)
                    || opening.contains(bytes: "<!doctype html".utf8, ignoringASCIICase: true)
                return html ? .html : .xml
            }
            if opening.first == UInt8(ascii: "<") {
                if htmlTags.contains(where: { head.contains(bytes: $0.utf8, ignoringASCIICase: true) }) { return .html }
                if head.contains(bytes: "</".utf8) { return .xml }
            }
            let name = (path ?? "").lowercased()
            if [".html", ".htm", ".shtml", ".xhtml"].contains(where: name.hasSuffix), opening.contains(UInt8(ascii: "<")) {
                return .html
            }
            if name.hasSuffix(".xml"), opening.first == UInt8(ascii: "<") { return .xml }
            return .text
        }
    }

    /// Byte offsets into the text's UTF-8 where its leading layout space, its opening and its head end.
    /// A scalar is stepped over by its first byte's length; only the leading ones are decoded, to find
    /// where the layout space ends.
    private static func indentEnd(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var offset = 0
        var count = 0
        while count < 2048, offset < bytes.count {
            let (scalar, length) = ValidUTF8.scalar(in: bytes, at: offset)
            guard scalar.isLayoutSpace else { break }
            offset += length
            count += 1
        }
        return min(offset, bytes.count)
    }

    private static func headBounds(of bytes: UnsafeBufferPointer<UInt8>, indent: Int) -> (opening: Int, head: Int) {
        // The leading layout space counts towards the 2,048 scalars of the head.
        var count = 0
        var offset = 0
        while offset < indent {
            offset += ValidUTF8.length(lead: bytes[offset])
            count += 1
        }
        guard count < 2048, offset < bytes.count else { return (indent, indent) }
        var opening: Int?
        let openingCount = count + 512
        while count < 2048, offset < bytes.count {
            if count == openingCount { opening = offset }
            offset += ValidUTF8.length(lead: bytes[offset])
            count += 1
        }
        let end = min(offset, bytes.count)
        return (opening ?? end, end)
    }

    /// Tags only HTML has, or that make a document HTML wherever they appear in its head.
    static let htmlTags = ["<body", "<div", "<p>", "<p ", "<table", "<head", "<meta", "<title", "<br"]
}
