/// Finds text that survived decoding but is damaged: GBK bytes decoded one byte out of step, UTF-8 read
/// as GBK, multi-byte text read as Latin-1, and runs of lost characters; and computes the repair where
/// the bytes allow one.
///
/// Runs on the printed text before any script folding: OpenCC would rewrite the damaged characters.
public struct MojibakeDetector: Sendable {
    public init() {}

    private let common = CommonHanzi.shared
    private let gbk = Transcoder(encoding: .gb18030)

    public func damage(in text: String) -> [Damage] {
        // Most text is clean: one pass over it, building nothing, says so.
        guard mayHoldDamage(text) else { return [] }
        let scalars = Array(text.unicodeScalars)
        var found = [Damage]()
        var repair: ByteShiftRepair?
        var index = 0
        while index < scalars.count {
            guard mayStartDamage(scalars[index]) else {
                index += 1
                continue
            }
            // UTF-8 read as GBK may open with a hanzi that is common itself (`鏈夊叧` for 有关): the run
            // is also tried from the one or two characters before the rare one, after any damage found.
            let floor = found.last?.span.end ?? 0
            let gbkStarts = (max(floor, index - 2)...index).filter { CommonHanzi.isHan(scalars[$0]) }
            if let damage = byteShift(in: scalars, at: index, repair: &repair)
                ?? gbkStarts.lazy.compactMap({ utf8ReadAsGBK(in: scalars, at: $0) }).first ?? utf8LastByteLost(in: scalars, at: index)
                ?? readAsLatin1(in: scalars, at: index)
                ?? lostRun(in: scalars, at: index)
            {
                found.append(damage)
                index = damage.span.end
                // `閯ф泬` (鄧曉) then `闆�`: the run's next character, cut where bytes were lost, may read as a
                // hanzi common enough to start nothing itself.
                if damage.kind == .utf8ReadAsGBK, index < scalars.count, let cut = utf8LastByteLost(in: scalars, at: index, afterRun: true) {
                    found.append(cut)
                    index = cut.span.end
                }
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether any scalar of the text may start damage, read from its UTF-8: ASCII other than `?` is
    /// passed over by the byte, a character of U+4000–U+9FFF (leads E4–E9) is looked up in the common
    /// set at once, and only other sequences go through the whole test. A yes only costs a closer look.
    private func mayHoldDamage(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    if lead == 0x3F { return true }
                    index += 1
                    continue
                }
                if lead >= 0xE4, lead <= 0xE9, index + 2 < bytes.count {
                    let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    if !common.contains(value: value) { return true }
                    index += 3
                    continue
                }
                let (scalar, length) = ValidUTF8.scalar(in: bytes, at: index)
                if mayStartDamage(scalar) { return true }
                index += length
            }
            return false
        }
    }

    /// Damage starts at a lost character, a rare hanzi or a Latin-1 sign; everything else is skipped
    /// without a closer look.
    private func mayStartDamage(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3F, 0xFFFD: true
        case 0..<0x80: false
        default: isLatin1Mojibake(scalar) || (CommonHanzi.isHan(scalar) && !common.contains(scalar))
        }
    }

    /// A `?` or U+FFFD where a GBK lead byte was lost, after which the characters decode one byte off
    /// until an ASCII byte or another lost byte puts the decoder back in step: `?;顒咏Y` for `。活動結`.
    private func byteShift(
        in scalars: [Unicode.Scalar], at anchor: Int, repair: inout ByteShiftRepair?
    ) -> Damage? {
        // The lost byte follows Chinese text, or the half-width punctuation or line start that a notice in
        // half-width punctuation puts there.
        guard scalars[anchor].marksLostByte,
            anchor == 0 || isChineseContext(scalars[anchor - 1]) || Self.isHalfWidthBoundary(scalars[anchor - 1])
        else { return nil }
        var end = anchor + 1
        var damaged = [Unicode.Scalar]()
        var closedByLostByte = false
        var closing: UInt8?
        // Out of step, the decoder goes on until an ASCII byte or a lost byte: at most a paragraph.
        while end < scalars.count, end - anchor <= 80 {
            let scalar = scalars[end]
            if scalar.marksLostByte {
                closedByLostByte = true
                end += 1
                break
            }
            // The stray trail byte that closes the run: any ASCII byte a GBK pair may end with, 0x40–0x7E
            // (`開` leaves `_`, `題` leaves `}`), unless a clean-up narrowed it from a full-width mark.
            if (0x40...0x7E).contains(scalar.value), !Self.isNarrowed(scalar) {
                closing = UInt8(scalar.value)
                end += 1
                break
            }
            guard scalar.isASCII ? Self.isNarrowed(scalar) : gbkCodable(scalar) else { break }
            damaged.append(widened(scalar))
            end += 1
        }
        guard !damaged.isEmpty, closing != nil || closedByLostByte, let bytes = gbk.encode(String(scalars: damaged)) else { return nil }
        // Read one byte later: characters that were split across the lost byte come out whole.
        var shifted = Array(bytes.dropFirst())
        if let closing { shifted.append(closing) }
        let realigned = decodePairs(shifted)
        // Read in step, the bytes must make better Chinese than they do as printed.
        let lexicon = Lexicon.shared
        guard damaged.count >= 2, realigned.filter({ common.contains($0) || isFullWidthPunctuation($0) }).count >= 2,
            lexicon.score(realigned) - lexicon.score(damaged) > Double(damaged.count) * 2
        else {
            return shortByteShift(in: scalars, from: anchor, to: end, damaged: damaged)
        }

        if repair == nil {
            repair = ByteShiftRepair(lexicon: .shared, documentPairs: DocumentPairs(scalars))
        }
        let left = Array(scalars[max(0, anchor - 6)..<anchor])
        let right = Array(scalars[end..<min(scalars.count, end + 6)])
        // A character GB18030 writes in four bytes cannot be paired the other way: the damage stands unrepaired.
        let repaired = bytes.count == damaged.count * 2 ? repair?.repair(bytes: bytes, closing: closing, left: left, right: right) : nil
        let printed = scalars[anchor..<end].string
        var message = "\"\(printed)\" is GBK text decoded one byte out of step after a lost byte"
        if let repaired {
            let clause = clauseAround(scalars, from: anchor, to: end)
            message += "; the clause most likely read \"\(clause.before)\(repaired.text)\(clause.after)\""
        }
        return Damage(
            kind: .byteShift, span: Span(start: anchor, end: end), printed: printed, suggestion: repaired?.text,
            confidence: repaired?.confidence ?? 0, message: message + ".")
    }

    /// A lost byte's run too short to read again (`国家?部鼐?` for 疾控局, `運?攺d` for 運輸廳, close to an
    /// ASCII byte): one to three characters between the `?` and the byte that closes the run, one of them
    /// a character Chinese text hardly prints. Reported, with no reading.
    private func shortByteShift(in scalars: [Unicode.Scalar], from anchor: Int, to end: Int, damaged: [Unicode.Scalar]) -> Damage? {
        guard damaged.count <= 3, damaged.contains(where: { CommonHanzi.isHan($0) ? !common.contains($0) : $0.isGBKSymbol })
        else { return nil }
        let printed = scalars[anchor..<end].string
        return Damage(
            kind: .byteShift, span: Span(start: anchor, end: end), printed: printed, suggestion: nil, confidence: 0,
            message: "\"\(printed)\" is GBK text decoded one byte out of step after a lost byte, too short to read again; compare with the original document.")
    }

    /// The rest of the clause on either side of a span: back to the last mark that ends a clause, and
    /// on to the next one, which is kept.
    private func clauseAround(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> (before: String, after: String) {
        let marks = "，,、。；;：:！？!".unicodeScalars
        var first = start
        while first > 0, start - first < 12, !marks.contains(scalars[first - 1]), scalars[first - 1] != "\n" { first -= 1 }
        var last = end
        while last < scalars.count, last - end < 12, scalars[last] != "\n" {
            last += 1
            if marks.contains(scalars[last - 1]) { break }
        }
        return (Array(scalars[first..<start]).string, Array(scalars[end..<last]).string)
    }

    /// Runs such as `鍙戞枃` (`发文` as UTF-8 read as GBK) or `锟斤拷`.
    private func utf8ReadAsGBK(in scalars: [Unicode.Scalar], at start: Int) -> Damage? {
        guard CommonHanzi.isHan(scalars[start]) else { return nil }
        if isReplacementTriplet(scalars, at: start) {
            var end = start + 3
            while isReplacementTriplet(scalars, at: end) { end += 3 }
            return Damage(
                kind: .utf8ReadAsGBK, span: Span(start: start, end: end), printed: Array(scalars[start..<end]).string,
                suggestion: nil, confidence: 0,
                message: "\"锟斤拷\" is what replacement characters become when UTF-8 is read as GBK; the original text here is lost.")
        }
        // GBK reads UTF-8's three-byte sequences as hanzi, mostly rare ones (`鍏充簬` for 关于), and as
        // the kana, letters and symbols of its other rows (`宸ヤ綔` for 工作). A run opens with a rare
        // hanzi; the proof is that its GBK bytes are whole UTF-8 that reads as common Chinese.
        guard start + 1 < scalars.count else { return nil }
        var end = start
        while end < scalars.count, CommonHanzi.isHan(scalars[end]) || isFullWidthPunctuation(scalars[end]) || scalars[end].isGBKSymbol,
            end - start < 40
        {
            end += 1
        }
        // Encode the run once; the longest stretch from its start whose GBK bytes are whole UTF-8
        // sequences, ending on a character boundary, is the damaged text.
        guard end - start >= 2, let bytes = gbk.encode(Array(scalars[start..<end]).string), bytes.count == (end - start) * 2
        else { return nil }
        let length = Self.validUTF8Prefix(bytes) / 2
        guard length >= 2 else { return nil }
        let run = Array(scalars[start..<start + length])
        let rare = run.filter { !common.contains($0) }.count
        // A run tried from a character before the rare one that reads as a letter (`ȫ` from 全 and the
        // first byte of what follows) began too early.
        guard rare * 3 >= length, let decoded = String(validating: bytes[0..<length * 2], as: UTF8.self),
            readsAsChinese(decoded), !decoded.unicodeScalars.contains(where: { (0x80..<0x2E80).contains($0.value) })
        else { return nil }
        return Damage(
            kind: .utf8ReadAsGBK, span: Span(start: start, end: start + length), printed: run.string, suggestion: decoded,
            confidence: 0.9, message: "\"\(run.string)\" is UTF-8 text that was read as GBK; it reads \"\(decoded)\".")
    }

    /// `2025骞?12月` for 年, `绮垫?基函` for 粵教: UTF-8 read as GBK up to a character whose last bytes paired
    /// with nothing. The run's GBK bytes are whole UTF-8 characters, when there are any, that read as
    /// hanzi, then the lead byte of one more and at most one of its continuation bytes; a `?` or U+FFFD
    /// marks the bytes left over. Which character was cut, the lost bytes would tell: what reads is
    /// the suggestion, or there is none.
    private func utf8LastByteLost(in scalars: [Unicode.Scalar], at start: Int, afterRun: Bool = false) -> Damage? {
        guard CommonHanzi.isHan(scalars[start]), afterRun || !common.contains(scalars[start]) else { return nil }
        var end = start
        while end < scalars.count, end - start < 12, CommonHanzi.isHan(scalars[end]) || scalars[end].isGBKSymbol { end += 1 }
        guard end < scalars.count, scalars[end].marksLostByte, let bytes = gbk.encode(Array(scalars[start..<end]).string),
            bytes.count == (end - start) * 2
        else { return nil }
        var whole = 0
        while whole + 3 <= bytes.count, (0xE0...0xEF).contains(bytes[whole]), bytes[(whole + 1)..<(whole + 3)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
            whole += 3
        }
        let cut = bytes[whole...]
        guard (1...2).contains(cut.count), let lead = cut.first, (0xE0...0xEF).contains(lead), cut.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }),
            let read = String(validating: bytes[..<whole], as: UTF8.self), read.unicodeScalars.allSatisfy(CommonHanzi.isHan)
        else { return nil }
        let printed = Array(scalars[start...end]).string
        return Damage(
            kind: .utf8ReadAsGBK, span: Span(start: start, end: end + 1), printed: printed, suggestion: nil, confidence: 0,
            message: "\"\(printed)\" is UTF-8 text that was read as GBK, cut where bytes were lost\(read.isEmpty ? "" : "; it begins \"\(read)\"")"
                + "; compare with the original document.")
    }

    /// `é¢\u{81}å¸\u{83}` (UTF-8 read as Latin-1) or `Í¨Öª` (GBK read as Windows-1252): accented Latin
    /// letters where Chinese stood. Encoding them back gives the original bytes.
    ///
    /// Signs that Chinese text prints itself (`×`, `÷`, `…`, curly quotes, `—`) never open a run, but
    /// inside one, or right before it, they are bytes of the damage too: `×éÖ¯` is 组织 read as
    /// Latin-1, `å…³äºŽ` is 关于 read as Windows-1252.
    private func readAsLatin1(in scalars: [Unicode.Scalar], at start: Int) -> Damage? {
        guard isLatin1Mojibake(scalars[start]) else { return nil }
        var first = start
        while first > 0, Self.sharedSigns.contains(scalars[first - 1]) { first -= 1 }
        guard first == 0 || !isLatin1Mojibake(scalars[first - 1]) else { return nil }
        var end = start
        while end < scalars.count, isLatin1Mojibake(scalars[end]) || Self.sharedSigns.contains(scalars[end]) { end += 1 }
        var trimmed = end
        while trimmed > start, Self.sharedSigns.contains(scalars[trimmed - 1]) { trimmed -= 1 }
        // The whole run first; then without signs at its ends that may be the text's own punctuation.
        let spans = [first..<end, first..<trimmed, start..<trimmed].reduce(into: [Range<Int>]()) { if !$0.contains($1) { $0.append($1) } }
        for span in spans {
            // Two hanzi at least: one pair of accented letters is too easily a real word or a mask.
            guard span.count >= 4, scalars[span].contains(where: { (0xC0...0xFF).contains($0.value) }) else { continue }
            let run = Array(scalars[span])
            for (codec, source) in [("WINDOWS-1252", "UTF-8"), ("ISO-8859-1", "UTF-8"), ("WINDOWS-1252", "GB18030"), ("ISO-8859-1", "GB18030")] {
                guard let bytes = Transcoder.convertStrictly(Array(run.string.utf8), from: "UTF-8", to: codec),
                    let decoded = Transcoder.convertStrictly(bytes, from: source, to: "UTF-8").map({ String(decoding: $0, as: UTF8.self) }),
                    readsAsChinese(decoded)
                else { continue }
                let reading = source == "UTF-8" ? "UTF-8" : "GBK"
                return Damage(
                    kind: .readAsLatin1, span: Span(start: span.lowerBound, end: span.upperBound), printed: run.string, suggestion: decoded,
                    confidence: 0.9, message: "\"\(run.string)\" is \(reading) text that was read as Latin-1; it reads \"\(decoded)\".")
            }
        }
        return nil
    }

    /// Signs of Latin-1 and Windows-1252 that Chinese text also prints.
    private static let sharedSigns: Set<Unicode.Scalar> = ["×", "÷", "…", "‘", "’", "“", "”", "—"]

    /// Two or more U+FFFD, or `?` repeated inside Chinese text: characters lost in an earlier conversion.
    private func lostRun(in scalars: [Unicode.Scalar], at start: Int) -> Damage? {
        let scalar = scalars[start]
        guard scalar == "\u{FFFD}" || scalar == "?" else { return nil }
        var end = start
        while end < scalars.count, scalars[end] == scalar { end += 1 }
        // After half-width punctuation too, as a notice printed in it puts a lost character there.
        // Between digits too (`2025??9月30日`), where a date or a number lost a character.
        let beside = (start > 0 && (isChineseContext(scalars[start - 1]) || Self.isHalfWidthBoundary(scalars[start - 1])))
            || (end < scalars.count && isChineseContext(scalars[end]))
            || end - start >= 2 && start > 0 && end < scalars.count && scalars[start - 1].isASCIIDigit && scalars[end].isASCIIDigit
        guard end - start >= 2 || (scalar == "\u{FFFD}" && beside), scalar == "\u{FFFD}" || beside else { return nil }
        let printed = Array(scalars[start..<end]).string
        return Damage(
            kind: .lost, span: Span(start: start, end: end), printed: printed, suggestion: nil, confidence: 0,
            message: "\(end - start) character(s) here were lost in an earlier conversion and print as \"\(Character(scalar))\"; compare with the original document.")
    }

    /// `锟斤拷`: EF BF BD EF BF BD, two replacement characters in UTF-8, read as GBK.
    private func isReplacementTriplet(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        start + 3 <= scalars.count && scalars[start] == "锟" && scalars[start + 1] == "斤" && scalars[start + 2] == "拷"
    }

    /// Mostly common hanzi: what a right decoding of Chinese gives and a wrong one rarely does.
    private func readsAsChinese(_ text: String) -> Bool {
        let han = text.unicodeScalars.filter(CommonHanzi.isHan)
        let good = han.filter { common.contains($0) }.count
        return han.count >= 2 && good * 4 >= han.count * 3
    }

    /// Latin-1 and Windows-1252 letters and signs, less `×` and `÷`, which Chinese text uses itself.
    private func isLatin1Mojibake(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80: false
        case 0xA0, 0xD7, 0xF7: false
        case 0x80...0xFF: true
        case 0x100...0x2122: Self.isWindows1252Sign(scalar)
        default: false
        }
    }

    private static func isWindows1252Sign(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "€", "‚", "ƒ", "„", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", "Ž", "•", "–", "˜", "™", "š", "›", "œ", "ž", "Ÿ": true
        default: false
        }
    }


    private static func isHalfWidthBoundary(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ".", ":", ";", "(", ")", "!", "\"", "'", "\n", "\r": true
        default: scalar.isLayoutSpace
        }
    }

    private func isChineseContext(_ scalar: Unicode.Scalar) -> Bool {
        CommonHanzi.isHan(scalar) || isFullWidthPunctuation(scalar)
    }

    /// Out of step, GBK pairs decode to any of its characters: hanzi, kana, bopomofo, symbols.
    private func gbkCodable(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && !scalar.isLayoutSpace && scalar != "\u{FFFD}"
    }

    private func isFullWidthPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFF01...0xFF5E, 0x3000...0x3011, 0x201C, 0x201D, 0x2018, 0x2019, 0x2014, 0x2026: true
        default: false
        }
    }

    /// Half-width marks a later clean-up may have made of the full-width ones the damage produced.
    private static func isNarrowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "!", ";", ":", ",", "(", ")": true
        default: false
        }
    }

    private func widened(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard Self.isNarrowed(scalar) else { return scalar }
        return Unicode.Scalar(scalar.value + 0xFEE0)!
    }

    /// Decodes double-byte pairs, stopping before a byte that cannot start one.
    private func decodePairs(_ bytes: [UInt8]) -> [Unicode.Scalar] {
        var scalars = [Unicode.Scalar]()
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] < 0x80 {
                scalars.append(Unicode.Scalar(bytes[index]))
                index += 1
                continue
            }
            guard let scalar = GBKPairs.shared.character(bytes[index], bytes[index + 1]) else {
                index += 1
                continue
            }
            scalars.append(scalar)
            index += 2
        }
        return scalars
    }

    /// The length of the longest even-length prefix made of whole, well-formed UTF-8 sequences.
    private static func validUTF8Prefix(_ bytes: [UInt8]) -> Int {
        var index = 0
        var best = 0
        while index < bytes.count {
            let length: Int
            switch bytes[index] {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return best
            }
            guard index + length <= bytes.count, bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) else {
                return best
            }
            index += length
            if index.isMultiple(of: 2) { best = index }
        }
        return best
    }
}

extension Unicode.Scalar {
    /// What damage leaves in Chinese text besides hanzi: a lost byte's mark, or a symbol GBK decodes stray
    /// bytes into.
    var isDamageSign: Bool { marksLostByte || isGBKSymbol }

    /// What GBK's rows besides hanzi decode bytes into: kana, Greek, Cyrillic, pinyin letters, bopomofo,
    /// primes and ℃, box drawing and other symbols, and the private-use characters of its user-defined areas.
    var isGBKSymbol: Bool {
        switch value {
        case 0x0391...0x03C9, 0x0401...0x0451, 0x00E0...0x00FC, 0x0101...0x01DC, 0x2030...0x2033, 0x2103, 0x2160...0x216B,
            0x2190...0x22FF, 0x2460...0x24FF, 0x2500...0x257F, 0x25A0...0x26FF, 0x3040...0x30FF, 0x3100...0x312F, 0x3220...0x32A3,
            0xE000...0xF8FF, 0xFE30...0xFE6B:
            true
        default: false
        }
    }
}
