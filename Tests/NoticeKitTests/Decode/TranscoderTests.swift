import Testing
@testable import NoticeKit

@Suite struct TranscoderTests {
    /// Bytes that sit at the edges of UTF-8: overlong leads, surrogates, the end of Unicode, bytes that
    /// never occur, and GBK and Big5 text, which detection tries as UTF-8 first.
    static let edges: [UInt8] = [
        0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE4, 0xB8,
        0xAD, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xF8, 0xFC, 0xFE, 0xFF,
    ]

    @Test func utf8RepairAgreesWithIconv() throws {
        var generator = SplitMix(seed: 9704)
        var samples: [[UInt8]] = [
            [], [0xE4, 0xB8], [0xE4, 0xB8, 0x41], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF],
            [0xE0, 0x80, 0xAF], [0xF0, 0x8F, 0xBF, 0xBF], Array("通知".utf8), [0xCD, 0xA8, 0xD6, 0xAA], [0xB3, 0x71, 0xAA, 0xBE],
        ]
        for _ in 0..<3000 {
            let length = Int(generator.next() % 12)
            samples.append((0..<length).map { _ in Self.edges[Int(generator.next() % UInt64(Self.edges.count))] })
        }
        var compared = 0
        for sample in samples {
            let repaired = try #require(Transcoder.repairUTF8(sample))
            let converted = try #require(Transcoder.convert(sample, from: "UTF-8", to: "UTF-8", replacement: Transcoder.replacement))
            // glibc's decoder also takes five- and six-byte forms and code points past U+10FFFF, and
            // writes them out again; those are not UTF-8 and are compared below instead.
            guard String(validating: converted.bytes, as: UTF8.self) != nil else { continue }
            compared += 1
            #expect(repaired.bytes == converted.bytes, "bytes \(sample)")
            #expect(repaired.invalidOffsets == converted.invalidOffsets, "bytes \(sample)")
        }
        #expect(compared > 2000)
    }

    @Test func formsOutsideUTF8AreInvalidEveryByte() throws {
        for sample: [UInt8] in [[0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFC, 0x84, 0x80, 0x80, 0x80, 0x80]] {
            let repaired = try #require(Transcoder.repairUTF8(sample + [0x41]))
            #expect(repaired.invalidOffsets == Array(sample.indices))
            #expect(String(decoding: repaired.bytes, as: UTF8.self) == String(repeating: "\u{FFFD}", count: sample.count) + "A")
        }
    }
}

extension TranscoderTests {
    /// A limit gives up only past it: the same result up to the limit, nil beyond, for both decoders.
    @Test func conversionGivesUpPastTheInvalidLimit() throws {
        let gbk: [UInt8] = [0xCD, 0xA8, 0xD6, 0xAA, 0x80, 0x41, 0xFF, 0x42]
        for encoding in [TextEncoding.utf8, .gb18030, .big5] {
            let full = Transcoder(encoding: encoding).decodeToUTF8(gbk)
            let count = full.invalidOffsets.count
            #expect(count >= 1, "\(encoding)")
            let within = try #require(Transcoder(encoding: encoding).decodeToUTF8(gbk, invalidLimit: count))
            #expect(within.bytes == full.bytes && within.invalidOffsets == full.invalidOffsets)
            #expect(Transcoder(encoding: encoding).decodeToUTF8(gbk, invalidLimit: count - 1) == nil)
        }
        #expect(Transcoder.convertStrictly(gbk, from: "GB18030", to: "UTF-8") == nil)
        #expect(Transcoder.convertStrictly(Array(gbk.prefix(4)), from: "GB18030", to: "UTF-8") == Array("通知".utf8))
    }
}
