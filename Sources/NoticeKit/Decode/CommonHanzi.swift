/// The characters the national standards count as common: GB 2312's level-1 hanzi (3,755, Simplified)
/// and Big5's frequently used hanzi (5,401, Traditional).
///
/// Both are read out of the standards' own code tables through iconv, so no list is kept by hand. Text
/// made of these characters reads as Chinese; GBK or Big5 bytes decoded wrongly land mostly outside them.
struct CommonHanzi: Sendable {
    static let shared = CommonHanzi()

    private var bits = [UInt64](repeating: 0, count: 0x10000 / 64)

    private init() {
        var table = [UInt8]()
        for lead in UInt8(0xB0)...UInt8(0xD7) {
            for trail in UInt8(0xA1)...UInt8(0xFE) { table += [lead, trail] }
        }
        insert(Transcoder(encoding: .gb18030).decode(table).text)
        table.removeAll()
        for lead in UInt8(0xA4)...UInt8(0xC6) {
            for trail in Array(UInt8(0x40)...UInt8(0x7E)) + Array(UInt8(0xA1)...UInt8(0xFE)) {
                table += [lead, trail]
            }
        }
        insert(Transcoder(encoding: .big5).decode(table).text)
    }

    private mutating func insert(_ text: String) {
        for scalar in text.unicodeScalars where Self.isHan(scalar) {
            bits[Int(scalar.value) >> 6] |= 1 << (UInt64(scalar.value) & 63)
        }
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        contains(value: scalar.value)
    }

    func contains(value: UInt32) -> Bool {
        value < 0x10000 && bits[Int(value) >> 6] & (1 << (UInt64(value) & 63)) != 0
    }

    /// CJK unified ideographs, their extension A and the compatibility block.
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }
}
