import Testing

@testable import NoticeKit

@Suite struct TextLayoutTests {
    /// `characterCount` skips grapheme breaking for scalars said to stand alone; each of them, next to
    /// itself and next to a hanzi, must count as `count` does.
    @Test func scalarsThatStandAloneCountAsCharacters() {
        var mismatches = [UInt32]()
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), scalar.standsAlone else { continue }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: [scalar, scalar, "中", scalar])
            let string = String(text)
            if string.characterCount != string.count { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty)
    }

    /// Marks that join the character before them send the count through grapheme breaking.
    @Test func combiningMarksJoinTheirBase() {
        for text in ["e\u{301}tude", "か\u{3099}き", "一\u{302A}二", "第1条\u{FE0F}", "甲\r\n乙"] {
            #expect(text.characterCount == text.count, "\(text.unicodeScalars.map(\.value))")
        }
    }
}
