import Crypto
import Foundation

/// The pipeline for one input: bytes → decode → read → blocks → analyze → `Notice`.
public struct NoticeConverter: Sendable {
    public struct Options: Sendable {
        /// Apply the repairs of damaged text whose confidence reaches `repairThreshold` to the record's
        /// text and fields. Each damage is reported either way.
        public var repair = false
        public var repairThreshold = 0.6

        public init(repair: Bool = false, repairThreshold: Double = 0.6) {
            self.repair = repair
            self.repairThreshold = repairThreshold
        }
    }

    public var analyzer: NoticeAnalyzer
    public var options: Options

    public init(analyzer: NoticeAnalyzer = NoticeAnalyzer(), options: Options = Options()) {
        self.analyzer = analyzer
        self.options = options
    }

    /// Converts one input's bytes. Throws only when the bytes are not a notice at all (empty, binary);
    /// anything damaged inside a notice becomes a diagnostic in the record.
    public func convert(_ bytes: [UInt8], path: String?) throws(NoticeKitError) -> Notice {
        let name = path ?? "<stdin>"
        if let kind = FormatSniffer.binaryKind(bytes) { throw .notANotice(path: name, kind: kind) }
        var decoded = TextDecoder().decode(bytes)
        // In UTF-8 a zero byte is always U+0000, so the common clean case costs one `memchr` over the
        // contiguous bytes; they are counted only when there is one.
        let nulls = decoded.text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil else { return 0 }
            return bytes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        }
        if nulls > 0 {
            decoded.text = String(decoded.text.unicodeScalars.filter { $0 != "\u{0}" })
            decoded.diagnostics.append(Diagnostic(
                code: "nul-bytes", severity: .warning,
                message: "\(nulls) NUL byte(s) in the input were removed; the file may be truncated or damaged."))
        }
        if let cleaned = Self.withoutControlCharacters(decoded.text) {
            decoded.text = cleaned.text
            decoded.diagnostics.append(Diagnostic(
                code: "control-characters", severity: .warning,
                message: "\(cleaned.removed) control character(s) in the input were removed (a vertical tab reads as a line break); the file may be damaged or exported from another system."))
        }
        guard decoded.text.unicodeScalars.contains(where: { !$0.isLayoutSpace }) else { throw .empty(path: name) }
        let format = FormatSniffer.format(of: decoded.text, path: path)
        var document: ReadDocument
        switch format {
        case .text: document = TextReader().read(decoded.text)
        case .html: document = HTMLReader().read(decoded.text)
        case .xml: document = XMLReader().read(decoded.text)
        }
        var analysis = analyzer.analyze(document)
        var damage = MojibakeDetector().damage(in: analysis.text)
        // Replacement characters the decoder put in itself are reported once, as `invalid-bytes`, not
        // again as characters lost in an earlier conversion.
        if decoded.replacedSequences > 0, decoded.text.unicodeScalars.count(where: { $0 == "\u{FFFD}" }) == decoded.replacedSequences {
            damage.removeAll { $0.kind == .lost && $0.printed.unicodeScalars.allSatisfy { $0 == "\u{FFFD}" } }
        }
        if options.repair, damage.contains(where: { $0.suggestion != nil && $0.confidence >= options.repairThreshold }) {
            (document.blocks, damage) = TextRepair(threshold: options.repairThreshold).apply(damage, to: document.blocks)
            analysis = analyzer.analyze(document)
        }
        let source = Source(
            path: path, format: format, encoding: decoded.encoding.rawValue,
            sha256: Self.sha256(of: bytes),
            byteCount: bytes.count)
        return Notice(
            source: source, script: analysis.script, title: analysis.title, documentType: analysis.documentType,
            documentNumber: analysis.documentNumber, issuers: analysis.issuers, recipients: analysis.recipients,
            preamble: analysis.preamble, sections: analysis.sections, closing: analysis.closing,
            attachments: analysis.attachments, contacts: analysis.contacts, issuedDate: analysis.issuedDate,
            dates: analysis.dates, copyTo: analysis.copyTo, printed: analysis.printed, note: analysis.note,
            metadata: document.metadata, text: analysis.text,
            diagnostics: decoded.diagnostics + document.diagnostics + analysis.diagnostics + damage.map(\.diagnostic))
    }

    /// The text without C0 control characters other than tab, line breaks and form feed, which a notice
    /// never prints: DOS's end-of-file mark, backspaces, escapes. Word writes a manual line break as a
    /// vertical tab, so that one breaks the line. Nil when there is none, which one pass over the bytes
    /// tells.
    static func withoutControlCharacters(_ text: String) -> (text: String, removed: Int)? {
        func isStray(_ byte: UInt8) -> Bool {
            byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D || byte == 0x7F
        }
        var text = text
        let stray = text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                if index + 8 <= bytes.count {
                    let word = ByteWords.word(in: bytes, at: index)
                    if !ByteWords.mayHoldControl(word), !ByteWords.mayHold(0x7F, in: word) {
                        index += 8
                        continue
                    }
                }
                if isStray(bytes[index]) { return true }
                index += 1
            }
            return false
        }
        guard stray else { return nil }
        var removed = 0
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard scalar.isASCII, isStray(UInt8(scalar.value)) else {
                kept.append(scalar)
                continue
            }
            removed += 1
            if scalar == "\u{0B}" { kept.append("\n") }
        }
        return (String(kept), removed)
    }

    /// The hex SHA-256 of an input's bytes, as `source.sha256` records it.
    public static func sha256(of bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).withUnsafeBytes(hex)
    }

    /// Written as bytes into the string's own storage: appending 64 scalars one by one cost a sixth
    /// as much as hashing the page.
    private static func hex(_ digest: UnsafeRawBufferPointer) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: digest.count * 2) { buffer in
            for (position, byte) in digest.enumerated() {
                buffer[2 * position] = digits[Int(byte >> 4)]
                buffer[2 * position + 1] = digits[Int(byte & 0x0F)]
            }
            return digest.count * 2
        }
    }
}
