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

    /// Parses `word<TAB>frequency` lines of UTF-8 after a header line. Read as bytes: 70,000 lines
    /// split and parsed as `String`s took longer than converting a thousand pages.
    init(tsv: [UInt8]) {
        var entries = [(key: UInt64?, count: Double)]()
        var total = 0.0
        for line in tsv.split(separator: 0x0A).dropFirst() {
            guard let tab = line.firstIndex(of: 0x09), tab > line.startIndex,
                let count = Self.number(line[(tab + 1)...]), count > 0
            else { continue }
            entries.append((Self.key(utf8: line[..<tab]), count))
            total += count
        }
        guard total > 0 else { return }
        logProbability = KeyTable(capacity: entries.count, filler: 0)
        for entry in entries {
            if let key = entry.key { logProbability.set(log(entry.count / total), for: key) }
        }
        unknownCharacter = log(0.5 / total) - 3
    }

    /// Frequencies are whole numbers; anything else goes through `Double`'s own parser.
    private static func number(_ field: ArraySlice<UInt8>) -> Double? {
        guard field.count <= 15, field.allSatisfy({ (0x30...0x39).contains($0) }) else {
            return Double(String(decoding: field, as: UTF8.self))
        }
        return Double(field.reduce(0) { $0 * 10 + Int($1 - 0x30) })
    }

    /// `key(_:)` for a word still in UTF-8, its scalars decoded into stack space.
    private static func key(utf8 word: ArraySlice<UInt8>) -> UInt64? {
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: longestWord + 1) { scalars in
            var count = 0
            var bytes = word.makeIterator()
            var decoder = UTF8()
            while true {
                switch decoder.decode(&bytes) {
                case .scalarValue(let scalar):
                    // One past the longest is enough to be refused.
                    guard count <= longestWord else { return nil }
                    scalars[count] = scalar
                    count += 1
                case .emptyInput:
                    return key(UnsafeBufferPointer(rebasing: scalars[..<count]))
                case .error:
                    return nil
                }
            }
        }
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
        for end in 1...max(1, scalars.count) where end <= scalars.count {
            let last = scalars[end - 1]
            guard CommonHanzi.isHan(last) else {
                best[end] = best[end - 1] + (Self.punctuationCost(last) ?? Self.otherSign)
                continue
            }
            best[end] = best[end - 1] + (Self.key(scalars[(end - 1)..<end]).flatMap(logProbability.value) ?? unknownCharacter)
            for length in 2...Self.longestWord where end - length >= 0 {
                if let key = Self.key(scalars[(end - length)..<end]), let probability = logProbability.value(for: key) {
                    best[end] = max(best[end], best[end - length] + probability)
                }
            }
        }
        return best[scalars.count]
    }
}
