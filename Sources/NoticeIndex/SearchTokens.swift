/// The tokens the FTS5 tables hold, as space-separated words for SQLite's `unicode61` tokenizer.
///
/// FTS5's `trigram` tokenizer finds nothing shorter than three characters, and most Chinese words have
/// two. So a Han run is written as its overlapping character pairs, and a query becomes a phrase of
/// the same pairs: `质量月` is indexed as `质量 量月` and found by the phrase `"质量 量月"`, and `质量` by
/// the single pair. Words of letters and digits are written whole, among the pairs. One-character
/// queries are answered from a second table that holds each Han character of a record once.
///
/// Tokens are written as UTF-8 bytes, not appended scalar by scalar to a `String`: indexing spends a
/// third of its time here otherwise.
enum SearchTokens {
    /// Written between two runs whose pairs would otherwise chain across the gap: `关于质。质量` must
    /// not match `于质质量`'s phrase. A private-use character: a token to `unicode61`, and no query
    /// ever holds one.
    static let runBreak: Unicode.Scalar = "\u{E000}"

    /// The pairs and words of text already folded to Simplified, in order.
    static func pairs(_ folded: String) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(folded.utf8.count * 3)
        // The Han character before this one in the same run, and whether the run has written a pair.
        var previous: Unicode.Scalar?
        var runHasPairs = false
        // The second character of the last pair written: a next run starting with it would chain.
        var chainEnd: Unicode.Scalar?
        var inWord = false
        func endRun() {
            if runHasPairs { chainEnd = previous }
            previous = nil
            runHasPairs = false
        }
        func endWord() {
            if inWord {
                bytes.append(0x20)
                inWord = false
                chainEnd = nil
            }
        }
        for scalar in folded.unicodeScalars {
            switch ScalarClass(scalar) {
            case .han:
                endWord()
                if let before = previous {
                    if !runHasPairs, before == chainEnd {
                        append(runBreak, to: &bytes)
                        bytes.append(0x20)
                    }
                    append(before, to: &bytes)
                    append(scalar, to: &bytes)
                    bytes.append(0x20)
                    runHasPairs = true
                }
                previous = scalar
            case .word(let narrow):
                endRun()
                append(narrow, to: &bytes)
                inWord = true
            case .separator:
                endRun()
                endWord()
            }
        }
        endWord()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Each Han character of text already folded to Simplified, once, in the order first seen.
    static func characters(_ folded: String) -> String {
        // A bit for each character of the Basic Multilingual Plane; the rare ones beyond it in a set.
        var seen = [UInt64](repeating: 0, count: 0x10000 / 64)
        var seenBeyond = Set<UInt32>()
        var bytes = [UInt8]()
        for scalar in folded.unicodeScalars where ScalarClass(scalar) == .han {
            let value = scalar.value
            if value < 0x10000 {
                let bit: UInt64 = 1 << (value & 63)
                guard seen[Int(value >> 6)] & bit == 0 else { continue }
                seen[Int(value >> 6)] |= bit
            } else {
                guard seenBeyond.insert(value).inserted else { continue }
            }
            append(scalar, to: &bytes)
            bytes.append(0x20)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The FTS5 query for the pairs table that finds every word and every Han run of two or more
    /// characters, each as a phrase; nil when the query has none.
    static func pairExpression(_ runs: [SearchRun]) -> String? {
        var phrases = [String]()
        for run in runs {
            switch run {
            case .word(let word):
                phrases.append(word)
            case .han(let characters) where characters.count > 1:
                phrases.append((0..<(characters.count - 1)).map { index in
                    String(String.UnicodeScalarView([characters[index], characters[index + 1]]))
                }.joined(separator: " "))
            case .han:
                continue
            }
        }
        return expression(phrases)
    }

    /// The FTS5 query for the characters table that finds every one-character Han run; nil when the
    /// query has none.
    static func characterExpression(_ runs: [SearchRun]) -> String? {
        expression(runs.compactMap { run in
            if case .han(let characters) = run, characters.count == 1 { return String(characters[0]) }
            return nil
        })
    }

    private static func expression(_ phrases: [String]) -> String? {
        // Phrases hold letters, digits and Han characters only, so a double quote never needs escaping.
        phrases.isEmpty ? nil : phrases.map { "\"" + $0 + "\"" }.joined(separator: " ")
    }

    private static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }
}
