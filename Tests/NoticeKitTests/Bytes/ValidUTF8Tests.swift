import Testing
@testable import NoticeKit

@Suite struct ValidUTF8Tests {
    /// Trimming on bytes agrees with trimming the string's scalars, for text mixing every width of
    /// layout space with one-, two-, three- and four-byte scalars.
    @Test func trimmingAgreesWithTheScalarView() {
        let pieces: [Unicode.Scalar] = [
            " ", "\t", "\r", "\u{A0}", "\u{85}", "\u{1680}", "\u{2003}", "\u{200B}", "\u{202F}", "\u{3000}", "\u{FEFF}",
            "a", "é", "通", "知", "𠀀", "\u{7F}", "。",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let length = Int.random(in: 0...8, using: &generator)
            var text = String(String.UnicodeScalarView((0..<length).map { _ in pieces.randomElement(using: &generator)! }))
            let expected = String(text[...].trimmingLayout())
            let trimmed = text.withUTF8 { bytes in
                String(decoding: bytes[ValidUTF8.trimming(0..<bytes.count, in: bytes, where: \.isLayoutSpace)], as: UTF8.self)
            }
            #expect(trimmed == expected, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func trimmingAnAllSpaceRangeLeavesItsEnd() {
        var text = "a\u{3000} \u{A0}b"
        let range = text.withUTF8 { ValidUTF8.trimming(1..<7, in: $0, where: \.isLayoutSpace) }
        #expect(range == 7..<7)
    }
}
