/// The characters GB18030 makes of two bytes, decoded once for every pair of bytes from 0x40 to 0xFE.
/// Repairing a byte shift tries byte pairs by the hundred, and each call into iconv costs more than a
/// page's worth of lookups in this table. Loaded on first use: only damaged notices need it.
struct GBKPairs: Sendable {
    static let shared = GBKPairs()

    /// No pair outside this range makes one character: a two-byte character is a lead byte 0x81–0xFE
    /// and a second byte 0x40–0xFE, and a second byte 0x30–0x39 starts a four-byte one.
    private static let bytes: ClosedRange<UInt8> = 0x40...0xFE
    /// The scalar of each pair, by (first − 0x40) × 191 + (second − 0x40); 0 where the pair does not
    /// decode strictly to a single character.
    private let table: [UInt32]

    private init() {
        var lines = [UInt8]()
        lines.reserveCapacity(Self.bytes.count * Self.bytes.count * 3)
        for first in Self.bytes {
            for second in Self.bytes { lines += [first, second, 0x0A] }
        }
        // A line feed is never part of a two-byte character and puts the decoder back in step after an
        // invalid byte, so each line decodes as its pair would alone.
        let decoded = Transcoder(encoding: .gb18030).decode(lines)
        var isValid = [Bool](repeating: true, count: Self.bytes.count * Self.bytes.count)
        for offset in decoded.invalidOffsets { isValid[offset / 3] = false }
        let decodedLines = decoded.text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        table = zip(decodedLines, isValid).map { line, isValid in isValid && line.count == 1 ? line.first!.value : 0 }
    }

    /// The one character `first` and `second` make, or nil when they are invalid or make two.
    func character(_ first: UInt8, _ second: UInt8) -> Unicode.Scalar? {
        guard Self.bytes.contains(first), Self.bytes.contains(second) else { return nil }
        let value = table[Int(first - 0x40) * Self.bytes.count + Int(second - 0x40)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }
}
