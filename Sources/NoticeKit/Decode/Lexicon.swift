import Foundation

/// Word frequencies of Chinese (`lexicon.tsv`), to tell which of several readings of damaged text reads
/// like Chinese. Loaded on first use: only damaged notices need it.
struct Lexicon: Sendable {
    static let shared: Lexicon = {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "tsv"),
            let data = try? Data(contentsOf: url)
        else { return Lexicon(tsv: []) }
        return Lexicon(tsv: [UInt8](data))
    }()

    /// Keyed by the word's characters packed 16 bits each, tagged with its length: lookups allocate nothing.
    private var logProbability = KeyTable<Double>(capacity: 0, filler: 0)
    private var unknownCharacter = -20.0
    static let longestWord = 4
    static let otherSign = -10.0

    /// What a punctuation mark costs, about its odds as a token of Chinese prose; any other sign much more.
    static func punctuationCost(_ scalar: Unicode.Scalar) -> Double? {
        switch scalar {
        case "，", ",": -3
        case "。": -3.5
        case "、": -4.2
        case "“", "”": -5.3
        case "；", ";", "：", ":": -5.5
        case "（", "）", "(", ")", "《", "》": -6
        case "？", "！": -6.5
        case "‘", "’", "—", "…": -7
        default: nil
        }
    }

    /// Parses `word<TAB>frequency` lines of UTF-8 after a header line, in one pass over the bytes: the
    /// list loads on the first damaged notice of a batch, and splitting its 70,000 lines into slices
    /// first took as long as converting a few hundred pages.
    init(tsv: [UInt8]) {
        var entries = [(key: UInt64, count: Double)]()
        entries.reserveCapacity(tsv.count / 10)
        var total = 0.0
        tsv.withUnsafeBufferPointer { bytes in
            var lineStart = (bytes.firstIndex(of: 0x0A) ?? bytes.count) + 1
            while lineStart < bytes.count {
                var cursor = lineStart
                while cursor < bytes.count, bytes[cursor] != 0x09, bytes[cursor] != 0x0A { cursor += 1 }
                let tab = cursor
                while cursor < bytes.count, bytes[cursor] != 0x0A { cursor += 1 }
                defer { lineStart = cursor + 1 }
                guard tab > lineStart, tab < cursor, let count = Self.number(bytes[(tab + 1)..<cursor]), count > 0 else { continue }
                total += count
                if let key = Self.key(utf8: UnsafeBufferPointer(rebasing: bytes[lineStart..<tab])) { entries.append((key, count)) }
            }
        }
        guard total > 0 else { return }
        logProbability = KeyTable(capacity: entries.count, filler: 0)
        for entry in entries { logProbability.set(log(entry.count / total), for: entry.key) }
        unknownCharacter = log(0.5 / total) - 3
    }

    /// Frequencies are whole numbers; anything else goes through `Double`'s own parser.
    private static func number(_ field: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
        guard field.count <= 15, field.allSatisfy({ (0x30...0x39).contains($0) }) else {
            return Double(String(decoding: field, as: UTF8.self))
        }
        return Double(field.reduce(0) { $0 * 10 + Int($1 - 0x30) })
    }

    /// `key(_:)` for a word still in UTF-8. The list is the package's own, valid UTF-8.
    private static func key(utf8 word: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var key: UInt64 = 0
        var count: UInt64 = 0
        var index = 0
        while index < word.count {
            let (scalar, length) = ValidUTF8.scalar(in: word, at: index)
            guard count < UInt64(longestWord), scalar.value < 0x10000 else { return nil }
            key |= UInt64(scalar.value) << (16 * count)
            count += 1
            index += length
        }
        return count == 0 ? nil : key | count << 62
    }

    private static func key(_ word: some Collection<Unicode.Scalar>) -> UInt64? {
        guard (1...longestWord).contains(word.count) else { return nil }
        var key = UInt64(word.count) << 62
        for (position, scalar) in word.enumerated() {
            guard scalar.value < 0x10000 else { return nil }
            key |= UInt64(scalar.value) << (16 * UInt64(position))
        }
        return key
    }

    /// The log-probability of the best segmentation of the text into known words, characters and marks.
    /// Traditional characters are folded first, since the word list is Simplified.
    func score(_ text: [Unicode.Scalar]) -> Double {
        let scalars = ScriptFolding.matchingKey(text)
        var best = [Double](repeating: -.infinity, count: scalars.count + 1)
        best[0] = 0
        for end in stride(from: 1, through: scalars.count, by: 1) {
            for length in 1...min(Self.longestWord, end) {
                if let weight = weight(of: scalars, from: end - length, to: end) {
                    best[end] = max(best[end], best[end - length] + weight)
                }
            }
        }
        return best[scalars.count]
    }

    /// `score(before + [candidate] + after)` for each candidate. The best segmentations of the text
    /// before the open place and of the text after it are worked out once; each candidate then adds
    /// only the words that cover it. Scoring each whole reading again cost most of a damaged page.
    func scores(of candidates: [Unicode.Scalar], between before: [Unicode.Scalar], and after: [Unicode.Scalar]) -> [Double] {
        let tables = ScriptTables.shared
        var reading = ScriptFolding.matchingKey(before) + [" "] + ScriptFolding.matchingKey(after)
        let open = before.count
        let count = reading.count
        // forward[start]: the best segmentation of reading[..<start], for starts up to the open place.
        var forward = [Double](repeating: -.infinity, count: open + 1)
        forward[0] = 0
        for end in stride(from: 1, through: open, by: 1) {
            for length in 1...min(Self.longestWord, end) {
                if let weight = weight(of: reading, from: end - length, to: end) {
                    forward[end] = max(forward[end], forward[end - length] + weight)
                }
            }
        }
        // backward[end]: the best segmentation of reading[end...], for ends past the open place.
        var backward = [Double](repeating: -.infinity, count: count + 1)
        backward[count] = 0
        for start in stride(from: count - 1, to: open, by: -1) {
            for length in 1...min(Self.longestWord, count - start) {
                if let weight = weight(of: reading, from: start, to: start + length) {
                    backward[start] = max(backward[start], weight + backward[start + length])
                }
            }
        }
        return candidates.map { candidate in
            reading[open] = tables.simplified(candidate)
            var best = -Double.infinity
            for start in max(0, open + 1 - Self.longestWord)...open {
                for end in (open + 1)...min(count, start + Self.longestWord) {
                    if let weight = weight(of: reading, from: start, to: end) {
                        best = max(best, forward[start] + weight + backward[end])
                    }
                }
            }
            return best
        }
    }

    /// What `scalars[start..<end]` adds as one token of a segmentation, or nil when it cannot be one.
    /// Any single scalar can: a known or unknown character, a mark, another sign. A longer run only
    /// when it ends in a hanzi and the word list has it.
    private func weight(of scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Double? {
        let last = scalars[end - 1]
        guard CommonHanzi.isHan(last) else {
            return end - start == 1 ? Self.punctuationCost(last) ?? Self.otherSign : nil
        }
        let probability = Self.key(scalars[start..<end]).flatMap(logProbability.value)
        return end - start == 1 ? probability ?? unknownCharacter : probability
    }
}
