import Testing
@testable import NoticeKit

@Suite struct TextDecoderTests {
    /// `关于开展质量月活动的通知` in GBK.
    static let gbk: [UInt8] = [
        0xB9, 0xD8, 0xD3, 0xDA, 0xBF, 0xAA, 0xD5, 0xB9, 0xD6, 0xCA, 0xC1, 0xBF, 0xD4, 0xC2, 0xBB, 0xEE, 0xB6, 0xAF, 0xB5,
        0xC4, 0xCD, 0xA8, 0xD6, 0xAA,
    ]
    /// `關於開展質量月活動的通知` in Big5.
    static let big5: [UInt8] = [
        0xC3, 0xF6, 0xA9, 0xF3, 0xB6, 0x7D, 0xAE, 0x69, 0xBD, 0xE8, 0xB6, 0x71, 0xA4, 0xEB, 0xAC, 0xA1, 0xB0, 0xCA, 0xAA,
        0xBA, 0xB3, 0x71, 0xAA, 0xBE,
    ]

    @Test func utf8WithoutDeclaration() {
        let decoded = TextDecoder().decode(Array("关于开展质量月活动的通知".utf8))
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text == "关于开展质量月活动的通知")
        #expect(decoded.diagnostics.isEmpty)
    }

    @Test func byteOrderMarks() {
        let utf8 = TextDecoder().decode([0xEF, 0xBB, 0xBF] + Array("通知".utf8))
        #expect(utf8.encoding == .utf8 && utf8.text == "通知")
        let little = TextDecoder().decode([0xFF, 0xFE, 0xEA, 0x8C, 0xCF, 0x91])
        #expect(little.encoding == .utf16LE && little.text == "質量")
        let big = TextDecoder().decode([0xFE, 0xFF, 0x8C, 0xEA, 0x91, 0xCF])
        #expect(big.encoding == .utf16BE && big.text == "質量")
    }

    @Test func utf16WithoutByteOrderMark() {
        let bytes = Array("<p>质量月 2020</p>\n<p>通知</p>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = TextDecoder().decode(bytes)
        #expect(decoded.encoding == .utf16LE)
        #expect(decoded.text == "<p>质量月 2020</p>\n<p>通知</p>")
    }

    @Test func gbkDetectedWithoutLabel() {
        let decoded = TextDecoder().decode(Self.gbk)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == "关于开展质量月活动的通知")
    }

    @Test func big5DetectedWithoutLabel() {
        let decoded = TextDecoder().decode(Self.big5 + Self.big5)
        #expect(decoded.encoding == .big5)
        #expect(decoded.text == "關於開展質量月活動的通知關於開展質量月活動的通知")
    }

    /// A page labelled gb2312 holding 喆, which GB 2312 lacks: decoding as GB2312 would stop there.
    @Test func gb2312LabelDecodesAsGB18030() {
        let head = Array("<html><head><meta charset=\"gb2312\"></head><body>".utf8)
        let decoded = TextDecoder().decode(head + [0x86, 0xB4] + Self.gbk + Array("</body></html>".utf8))
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.declaredLabel == "gb2312")
        #expect(decoded.text.contains("喆关于开展质量月活动的通知</body>"))
    }

    /// Big5 bytes decode as GB18030 without an error, but into rare characters: the label is not believed.
    @Test func big5LabelledGB2312() {
        let head = Array("<html><head><meta charset=\"gb2312\"></head><body>".utf8)
        let decoded = TextDecoder().decode(head + Self.big5 + Self.big5 + Self.big5 + Array("</body></html>".utf8))
        #expect(decoded.encoding == .big5)
        #expect(decoded.text.contains("關於開展質量月活動的通知關於"))
        #expect(decoded.diagnostics.map(\.code) == ["charset-mismatch"])
    }

    /// The same check leaves a GBK page whose label is right alone, rare characters and all.
    @Test func gbkLabelledGB2312KeepsItsLabel() {
        let head = Array("<html><head><meta charset=\"gb2312\"></head><body>".utf8)
        let decoded = TextDecoder().decode(head + Self.gbk + Self.gbk + [0x86, 0xB4, 0x86, 0xB4] + Array("</body></html>".utf8))
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.diagnostics.isEmpty)
    }

    @Test func fourByteGB18030Sequences() {
        let decoded = TextDecoder().decode(Array("<?xml version=\"1.0\" encoding=\"GB18030\"?><a>".utf8) + [0x95, 0x32, 0x82, 0x36] + Self.gbk)
        #expect(decoded.text.contains("\u{20000}关于"))
    }

    @Test func labelThatLies() {
        let bytes = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"><p>质量月</p>".utf8)
        let decoded = TextDecoder().decode(bytes)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text.contains("质量月"))
        #expect(decoded.diagnostics.map(\.code) == ["charset-mismatch"])
    }

    @Test func invalidBytesBecomeReplacementCharactersWithOffsets() {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"gbk\"?>".utf8) + Self.gbk.prefix(4) + [0xFF] + Self.gbk.suffix(4)
        let decoded = TextDecoder().decode(bytes)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text.hasSuffix("关于\u{FFFD}通知"))
        let diagnostic = decoded.diagnostics.first { $0.code == "invalid-bytes" }
        #expect(diagnostic?.message.contains("offset 40") == true)
    }

    @Test func truncatedSequenceAtTheEnd() {
        let decoded = TextDecoder().decode(Array("<?xml version=\"1.0\" encoding=\"gb2312\"?>".utf8) + Self.gbk + [0xB9])
        #expect(decoded.text.hasSuffix("通知\u{FFFD}"))
        #expect(decoded.diagnostics.contains { $0.code == "invalid-bytes" })
    }

    @Test func unknownLabelIsReportedAndDetected() {
        let decoded = TextDecoder().decode(Array("<?xml version=\"1.0\" encoding=\"x-klingon\"?>".utf8) + Self.gbk)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.diagnostics.contains { $0.code == "unknown-encoding" })
    }

    /// Detection keeps the best-scoring candidate, and the first of UTF-8, GB18030, Big5 and
    /// Big5-HKSCS between equals, whatever order it tries them in, however early it gives up on one and
    /// whether or not it spares the Big5 candidates for a clean GB text: compared with full decodings
    /// scored in that order, on text made of GBK, Big5 and UTF-8 pieces and stray bytes, short inputs
    /// (where every candidate ties) and inputs long enough for the spared candidates included.
    @Test func detectionKeepsTheBestCandidateInPreferenceOrder() {
        let pieces: [[UInt8]] = [
            [0xCD, 0xA8, 0xD6, 0xAA], [0xB9, 0xD8, 0xD3, 0xDA], [0xB3, 0x71, 0xAA, 0xBE], [0xA4, 0xA4, 0xA4, 0xE5],
            Array("通知".utf8), Array("关于".utf8), Array("a, ".utf8), [0x80], [0xFF], [0xA1, 0xA1], [0x81, 0x30, 0x81, 0x30],
        ]
        var generator = SplitMix(seed: 18030)
        for round in 0..<3000 {
            let count = round < 1500 ? Int(generator.next() % 9) + 1 : Int(generator.next() % 50) + 10
            // The long inputs leave out the stray bytes, so that many decode cleanly as GB18030.
            let choices = round < 1500 ? pieces.count : 7
            let bytes = (0..<count).flatMap { _ in pieces[Int(generator.next() % UInt64(choices))] }
            guard String(validating: bytes, as: UTF8.self) == nil else { continue }
            var expected: (encoding: TextEncoding, score: Int)?
            for encoding in [TextEncoding.utf8, .gb18030, .big5, .big5HKSCS] {
                let full = Transcoder(encoding: encoding).decodeToUTF8(bytes)
                let score = TextDecoder.hanScore(full.bytes) - full.invalidOffsets.count * 8
                if expected == nil || score > expected!.score { expected = (encoding, score) }
            }
            #expect(TextDecoder().decode(bytes).encoding == expected?.encoding, "\(bytes)")
        }
    }
}
