/// Turns an input's bytes into text: the declared charset when the bytes bear it out, else detection.
///
/// Nothing is dropped: an undecodable sequence becomes U+FFFD and an `invalid-bytes` diagnostic that
/// names its byte offset.
public struct TextDecoder: Sendable {
    public init() {}

    public func decode(_ bytes: [UInt8]) -> DecodedText {
        let declaration = CharsetSniffer().declaration(in: bytes)
        var notes = [Diagnostic]()

        if case .byteOrderMark(let encoding, let length) = declaration {
            return finish(Transcoder(encoding: encoding).decode(Array(bytes.dropFirst(length))),
                          encoding: encoding, label: "BOM", notes: notes, offset: length)
        }
        var label: String?
        var declared: TextEncoding?
        if case .label(let text) = declaration {
            label = text
            declared = TextEncoding(label: text)
            if declared == nil {
                notes.append(Diagnostic(
                    code: "unknown-encoding", severity: .warning,
                    message: "The input declares the charset \"\(text)\", which NoticeKit does not decode; the encoding was detected from the bytes instead."))
            }
        }

        if let utf16 = Self.unmarkedUTF16(bytes) {
            return finish(Transcoder(encoding: utf16).decode(bytes), encoding: utf16, label: label, notes: notes)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            if let declared, declared != .utf8, bytes.contains(where: { $0 >= 0x80 }) {
                notes.append(Diagnostic(
                    code: "charset-mismatch", severity: .info,
                    message: "The input declares \(label ?? declared.rawValue) but its bytes are valid UTF-8; it was decoded as UTF-8."))
            }
            return DecodedText(text: text, encoding: .utf8, declaredLabel: label, diagnostics: notes)
        }
        if let declared {
            let result = Transcoder(encoding: declared).decode(bytes)
            let clean = result.invalidOffsets.isEmpty || declared == .utf8 && result.invalidOffsets.count * 200 < bytes.count
            // GB18030 and Big5 each accept most two-byte pairs of the other, so a page labelled with the
            // wrong one of them decodes without an error, into rare characters instead of common ones.
            let doubtful = declared != .utf8 && (declared != .gb18030 || Self.mayBeBig5(bytes)) && !Self.readsAsChinese(result.text)
            if clean, !doubtful {
                return finish(result, encoding: declared, label: label, notes: notes)
            }
            let best = detect(bytes)
            let fewerErrors = best.result.invalidOffsets.count < result.invalidOffsets.count || clean && best.result.invalidOffsets.isEmpty
            if best.encoding != declared, fewerErrors {
                notes.append(Diagnostic(
                    code: "charset-mismatch", severity: .warning,
                    message: "The input declares \(label ?? declared.rawValue) but its bytes read as \(best.encoding.rawValue); it was decoded as \(best.encoding.rawValue)."))
                return finish(best.result, encoding: best.encoding, label: label, notes: notes)
            }
            return finish(result, encoding: declared, label: label, notes: notes)
        }
        let best = detect(bytes)
        return finish(best.result, encoding: best.encoding, label: label, notes: notes)
    }

    /// UTF-16 without a byte-order mark shows as zero bytes in every other position of its ASCII parts.
    static func unmarkedUTF16(_ bytes: [UInt8]) -> TextEncoding? {
        let sample = bytes.prefix(1024)
        guard sample.count >= 16 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index.isMultiple(of: 2) { evenZeros += 1 } else { oddZeros += 1 }
        }
        let half = sample.count / 2
        if oddZeros * 5 > half, evenZeros * 20 < half { return .utf16LE }
        if evenZeros * 5 > half, oddZeros * 20 < half { return .utf16BE }
        return nil
    }

    /// Decodes with each candidate and keeps the one whose text has the fewest errors and reads most like
    /// Chinese; between equals, the first of UTF-8, GB18030, Big5 and Big5-HKSCS (the rank).
    private func detect(_ bytes: [UInt8]) -> (encoding: TextEncoding, result: Transcoder.Result) {
        var best: (rank: Int, encoding: TextEncoding, utf8: [UInt8], invalidOffsets: [Int], score: Int)?
        // GB18030 is tried first: text that reaches detection is never valid UTF-8, and a good score
        // early lets the other candidates stop early.
        for (rank, encoding) in [(1, TextEncoding.gb18030), (0, .utf8), (2, .big5), (3, .big5HKSCS)] {
            // GB text read as Big5 decodes without an error, so both Big5 conversions would run to the
            // end only to lose; they are spared when the bytes do not look like Big5 and a clean decoding
            // has enough Han characters to tell that it reads as Chinese.
            if rank == 2, let current = best, current.invalidOffsets.isEmpty, !Self.mayBeBig5(bytes),
               current.utf8.withUnsafeBufferPointer({ Self.readsAsChinese($0, evidence: 20) }) {
                break
            }
            // In each of these encodings a Han character takes two bytes or more and scores at most 2,
            // and an invalid byte costs 8, so a decoding with n invalid bytes scores at most
            // count − 9n. Once that cannot reach the least score that would win, the rest of the
            // conversion is spared: text in one encoding read as another fails byte after byte.
            let limit = best.map { best in
                let winning = rank < best.rank ? best.score : best.score + 1
                return (bytes.count - winning) / 9
            } ?? .max
            guard let converted = Transcoder(encoding: encoding).decodeToUTF8(bytes, invalidLimit: limit) else { continue }
            let score = Self.hanScore(converted.bytes) - converted.invalidOffsets.count * 8
            if let current = best, score < current.score || score == current.score && rank > current.rank { continue }
            best = (rank, encoding, converted.bytes, converted.invalidOffsets, score)
        }
        let winner = best!
        return (winner.encoding, Transcoder.Result(text: String(decoding: winner.utf8, as: UTF8.self), invalidOffsets: winner.invalidOffsets))
    }

    /// Two points for each common hanzi and one off for any other Han character, read straight from
    /// iconv's UTF-8 output. Han characters lie in U+3400–U+9FFF, U+F900–U+FAFF and from U+20000 on,
    /// whose UTF-8 leads are E3–E9, EF and F0–F3; any other sequence is passed over by its lead byte.
    static func hanScore(_ utf8: [UInt8]) -> Int {
        let counts = utf8.withUnsafeBufferPointer { hanCounts($0) }
        return counts.common * 2 - (counts.han - counts.common)
    }

    /// Big5 puts a trail byte below 0x80 in about two pairs of five, where GBK text does so only for its
    /// rare characters: a GB label is doubted only then, without decoding anything.
    static func mayBeBig5(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            var pairs = 0
            var lowTrails = 0
            var index = 0
            while index + 1 < bytes.count, pairs < 200 {
                guard bytes[index] >= 0x81 else {
                    index += 1
                    continue
                }
                pairs += 1
                if bytes[index + 1] < 0x80 { lowTrails += 1 }
                index += 2
            }
            return pairs >= 20 && lowTrails * 10 >= pairs
        }
    }

    /// Whether three in four of a text's first Han characters are common ones; a text with too few to
    /// tell counts as read. Three hundred tell as well as a whole page does.
    static func readsAsChinese(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { readsAsChinese($0, evidence: 0) }
    }

    /// Whether the first 300 Han characters are three in four common ones, or fewer than `evidence`
    /// of them, too few to tell, are found at all.
    private static func readsAsChinese(_ utf8: UnsafeBufferPointer<UInt8>, evidence: Int) -> Bool {
        let counts = hanCounts(utf8, upTo: 300)
        return counts.han >= evidence && (counts.han < 20 || counts.common * 4 >= counts.han * 3)
    }

    private static func hanCounts(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int = .max) -> (han: Int, common: Int) {
        let table = CommonHanzi.shared
        var han = 0
        var common = 0
        var index = 0
        while index < bytes.count, han < limit {
            let lead = bytes[index]
            guard (0xE3...0xE9).contains(lead) || lead == 0xEF || (0xF0...0xF3).contains(lead) else {
                index += ValidUTF8.length(lead: lead)
                continue
            }
            let (scalar, length) = ValidUTF8.scalar(in: bytes, at: index)
            index += length
            guard CommonHanzi.isHan(scalar) else { continue }
            han += 1
            if table.contains(scalar) { common += 1 }
        }
        return (han, common)
    }

    private func finish(
        _ result: Transcoder.Result, encoding: TextEncoding, label: String?, notes: [Diagnostic], offset: Int = 0
    ) -> DecodedText {
        var diagnostics = notes
        let offsets = result.invalidOffsets.map { $0 + offset }
        if !offsets.isEmpty {
            let shown = offsets.prefix(10).map(String.init).joined(separator: ", ")
            let more = offsets.count > 10 ? " and \(offsets.count - 10) more" : ""
            diagnostics.append(Diagnostic(
                code: "invalid-bytes", severity: .warning,
                message: "\(offsets.count) byte sequence(s) could not be decoded as \(encoding.rawValue) (at byte offset \(shown)\(more)) and were replaced with U+FFFD; check the input's encoding."))
        }
        return DecodedText(
            text: result.text, encoding: encoding, declaredLabel: label, diagnostics: diagnostics, replacedSequences: offsets.count)
    }
}
