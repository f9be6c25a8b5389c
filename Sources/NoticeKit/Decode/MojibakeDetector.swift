/// Finds text that survived decoding but is damaged: GBK bytes decoded one byte off, UTF-8 read as GBK,
/// and runs of replacement characters. Each span becomes a `mojibake` diagnostic.
///
/// Runs on the printed text before any script folding: OpenCC would rewrite the damaged characters.
public struct MojibakeDetector: Sendable {
    public init() {}

    private let common = CommonHanzi.shared
    private let gbk = Transcoder(encoding: .gb18030)

    public func spans(in text: String) -> [Diagnostic] {
        let scalars = Array(text.unicodeScalars)
        var found = [Diagnostic]()
        var index = 0
        while index < scalars.count {
            if let diagnostic = byteShift(in: scalars, at: index) ?? utf8ReadAsGBK(in: scalars, at: index)
                ?? replacementRun(in: scalars, at: index)
            {
                found.append(diagnostic)
                index = diagnostic.span!.end
            } else {
                index += 1
            }
        }
        return found
    }

    /// A `?` or U+FFFD where a GBK lead byte was lost, after which the characters decode one byte off
    /// until an ASCII byte or another lost byte puts the decoder back in step: `?;顒咏Y` for `。活動結`.
    private func byteShift(in scalars: [Unicode.Scalar], at anchor: Int) -> Diagnostic? {
        guard isLostByte(scalars[anchor]), anchor > 0, isChineseContext(scalars[anchor - 1]) else { return nil }
        var end = anchor + 1
        var damaged = [Unicode.Scalar]()
        var closedByLostByte = false
        while end < scalars.count, end - anchor <= 12 {
            let scalar = scalars[end]
            if isLostByte(scalar) {
                closedByLostByte = true
                end += 1
                break
            }
            guard scalar.isASCII ? scalar.properties.isAlphabetic || "!;:,".unicodeScalars.contains(scalar) : gbkCodable(scalar) else { break }
            damaged.append(scalar)
            end += 1
            if scalar.isASCII, scalar.properties.isAlphabetic { break }
        }
        let double = damaged.filter { !$0.isASCII || "!;:,".unicodeScalars.contains($0) }.map(widened)
        guard double.count >= 2, let bytes = gbk.encode(String(String.UnicodeScalarView(double))) else { return nil }
        let rare = double.filter { CommonHanzi.isHan($0) && !common.contains($0) }.count
        let tail = damaged.last.map { $0.isASCII && $0.properties.isAlphabetic } ?? false
        guard rare > 0 || tail || closedByLostByte else { return nil }
        // Read one byte later: characters that were split across the lost byte come out whole.
        var shifted = Array(bytes.dropFirst())
        if let last = damaged.last, last.isASCII, last.properties.isAlphabetic { shifted.append(UInt8(last.value)) }
        let realigned = decodePairs(shifted)
        let commonAfter = realigned.filter { common.contains($0) || isFullWidthPunctuation($0) }.count
        let commonBefore = double.filter { common.contains($0) }.count
        guard commonAfter >= 2, commonAfter > commonBefore else { return nil }
        let span = Span(start: anchor, end: end)
        let printed = String(String.UnicodeScalarView(scalars[anchor..<end]))
        return Diagnostic(
            code: "mojibake", severity: .warning,
            message: "\"\(printed)\" looks like GBK text decoded one byte out of step (a lost byte shifted the characters after it); compare with the original document.",
            span: span)
    }

    /// Runs such as `鍙戞枃` (`发文` as UTF-8 read as GBK) or `锟斤拷`.
    private func utf8ReadAsGBK(in scalars: [Unicode.Scalar], at start: Int) -> Diagnostic? {
        guard CommonHanzi.isHan(scalars[start]) else { return nil }
        if scalars.count - start >= 3, String(String.UnicodeScalarView(scalars[start..<start + 3])) == "锟斤拷" {
            var end = start + 3
            while scalars.count - end >= 3, String(String.UnicodeScalarView(scalars[end..<end + 3])) == "锟斤拷" { end += 3 }
            return Diagnostic(
                code: "mojibake", severity: .warning,
                message: "\"锟斤拷\" is what replacement characters become when UTF-8 is read as GBK; the original text here is lost.",
                span: Span(start: start, end: end))
        }
        // GBK reads a UTF-8 lead byte (E4–E9) as the first byte of a level-2 hanzi: a rare character.
        guard !common.contains(scalars[start]) else { return nil }
        var end = start
        while end < scalars.count, CommonHanzi.isHan(scalars[end]) || isGBKMojibakePunctuation(scalars[end]), end - start < 40 { end += 1 }
        // Encode the run once; the longest stretch from its start whose GBK bytes are whole UTF-8
        // sequences, ending on a character boundary, is the damaged text.
        guard end - start >= 2, let bytes = gbk.encode(Array(scalars[start..<end]).string),
            bytes.count == (end - start) * 2
        else { return nil }
        let length = Self.validUTF8Prefix(bytes) / 2
        guard length >= 2 else { return nil }
        let run = scalars[start..<start + length]
        let rare = run.filter { !common.contains($0) }.count
        guard rare * 3 >= length, let decoded = String(validating: bytes[0..<length * 2], as: UTF8.self) else { return nil }
        let han = decoded.unicodeScalars.filter(CommonHanzi.isHan)
        let good = han.filter { common.contains($0) }.count
        guard han.count >= 1, good * 4 >= han.count * 3 else { return nil }
        return Diagnostic(
            code: "mojibake", severity: .warning,
            message: "\"\(Array(run).string)\" is UTF-8 text that was read as GBK; it reads \"\(decoded)\".",
            span: Span(start: start, end: start + length), suggestion: decoded)
    }

    /// The length of the longest even-length prefix made of whole, well-formed UTF-8 sequences.
    private static func validUTF8Prefix(_ bytes: [UInt8]) -> Int {
        var index = 0
        var best = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
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

    /// Two or more U+FFFD, or `?` repeated inside Chinese text: characters lost in an earlier conversion.
    private func replacementRun(in scalars: [Unicode.Scalar], at start: Int) -> Diagnostic? {
        let scalar = scalars[start]
        guard scalar == "\u{FFFD}" || scalar == "?" else { return nil }
        var end = start
        while end < scalars.count, scalars[end] == scalar { end += 1 }
        let beside = (start > 0 && isChineseContext(scalars[start - 1])) || (end < scalars.count && isChineseContext(scalars[end]))
        guard end - start >= 2 || (scalar == "\u{FFFD}" && beside), scalar == "\u{FFFD}" || beside else { return nil }
        return Diagnostic(
            code: "mojibake", severity: .warning,
            message: "\(end - start) character(s) here were lost in an earlier conversion and print as \"\(Character(scalar))\"; compare with the original document.",
            span: Span(start: start, end: end))
    }

    private func isLostByte(_ scalar: Unicode.Scalar) -> Bool { scalar == "?" || scalar == "\u{FFFD}" }

    private func isChineseContext(_ scalar: Unicode.Scalar) -> Bool {
        CommonHanzi.isHan(scalar) || isFullWidthPunctuation(scalar)
    }

    private func gbkCodable(_ scalar: Unicode.Scalar) -> Bool {
        CommonHanzi.isHan(scalar) || isFullWidthPunctuation(scalar) || (0x3000...0x303F).contains(scalar.value)
    }

    private func isFullWidthPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        (0xFF01...0xFF5E).contains(scalar.value) || (0x3000...0x3011).contains(scalar.value)
            || "“”‘’—…".unicodeScalars.contains(scalar)
    }

    private func isGBKMojibakePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".unicodeScalars.contains(scalar)
    }

    /// Half-width punctuation that was full-width in the damaged text before a later narrowing.
    private func widened(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.isASCII, (0x21...0x7E).contains(scalar.value), !scalar.properties.isAlphabetic, !("0"..."9").contains(scalar) else {
            return scalar
        }
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
            guard let text = gbk.decodeStrictly([bytes[index], bytes[index + 1]]), let scalar = text.unicodeScalars.first else {
                index += 1
                continue
            }
            scalars.append(scalar)
            index += 2
        }
        return scalars
    }
}
