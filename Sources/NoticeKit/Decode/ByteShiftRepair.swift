import Foundation

/// Rebuilds GBK text decoded one byte out of step. A lost byte (printed `?`) put the decoder off by one:
/// each character it then printed is the second byte of one original character and the first byte of
/// the next. Re-encoding the damaged characters and pairing the bytes the other way recovers the
/// original, except for the bytes that were lost, which are tried one by one and judged by how well
/// the result reads in its context.
struct ByteShiftRepair {
    struct Result {
        var text: String
        var confidence: Double
    }

    let gbk = Transcoder(encoding: .gb18030)
    let lexicon: Lexicon
    /// Pairs of adjacent characters of the notice's own clean text: the best evidence of its wording.
    let documentPairs: DocumentPairs

    /// `bytes` is the GBK encoding, two bytes each, of the characters between the lost byte and the end
    /// of the damage, with the narrowed punctuation widened again; `closing` is the ASCII byte that put
    /// the decoder back in step, or nil when a second lost byte did.
    func repair(bytes: [UInt8], closing: UInt8?, left: [Unicode.Scalar], right: [Unicode.Scalar]) -> Result? {
        guard let firstByte = bytes.first, let lastByte = bytes.last else { return nil }
        var middle = [Unicode.Scalar]()
        var index = 1
        while index + 2 < bytes.count {
            guard let character = GBKPairs.shared.character(bytes[index], bytes[index + 1]) else { return nil }
            middle.append(character)
            index += 2
        }
        let firstChoices = candidates { ($0, firstByte) }
        guard let first = best(firstChoices, before: left, after: middle, leftNeighbour: left.last, rightNeighbour: middle.first)
        else { return nil }
        let last: (String, Double)
        if let closing {
            guard let fixed = gbk.decodeStrictly([lastByte, closing]) else { return nil }
            last = (fixed, 1)
        } else {
            let lastChoices = candidates { (lastByte, $0) }
            guard let ranked = best(lastChoices, before: middle, after: right, leftNeighbour: middle.last, rightNeighbour: right.first)
            else { return nil }
            last = (String(ranked.0), ranked.1)
        }
        return Result(text: String(first.0) + String(scalars: middle) + last.0, confidence: first.1 * last.1)
    }

    /// The characters a pair of bytes can make when one of them is unknown: hanzi and CJK punctuation.
    private func candidates(_ pair: (UInt8) -> (UInt8, UInt8)) -> [Unicode.Scalar] {
        let pairs = GBKPairs.shared
        let all = (UInt8(0x40)...UInt8(0xFE)).compactMap { byte -> Unicode.Scalar? in
            let (first, second) = pair(byte)
            guard byte != 0x7F, let scalar = pairs.character(first, second),
                CommonHanzi.isHan(scalar) || (0x3000...0x303F).contains(scalar.value)
                    || (0xFF01...0xFF5E).contains(scalar.value) || "“”‘’—…".unicodeScalars.contains(scalar)
            else { return nil }
            return scalar
        }
        // Rare characters and odd signs only get a hearing when nothing common fits.
        let likely = all.filter { CommonHanzi.shared.contains($0) || Lexicon.punctuationCost($0) != nil }
        return likely.isEmpty ? all : likely
    }

    /// The best candidate, read between `before` and `after`, and the confidence that it beats the
    /// next: 1 − e^(−margin).
    private func best(
        _ candidates: [Unicode.Scalar], before: [Unicode.Scalar], after: [Unicode.Scalar],
        leftNeighbour: Unicode.Scalar?, rightNeighbour: Unicode.Scalar?
    ) -> (Unicode.Scalar, Double)? {
        let common = CommonHanzi.shared
        var reading = before + [" "] + after
        let readingScores = lexicon.scores(of: candidates, between: before, and: after)
        var scored = zip(candidates, readingScores).map { candidate, readingScore -> (Unicode.Scalar, Double) in
            reading[before.count] = candidate
            var score = readingScore
            if !Self.isBalanced(candidate, in: reading) { score -= 6 }
            if CommonHanzi.isHan(candidate), !common.contains(candidate) { score -= 4 }
            if let left = leftNeighbour, documentPairs.contains(left, candidate) { score += 6 }
            if let right = rightNeighbour, documentPairs.contains(candidate, right) { score += 6 }
            return (candidate, score)
        }
        scored.sort { $0.1 > $1.1 }
        guard let top = scored.first else { return nil }
        let margin = scored.count > 1 ? top.1 - scored[1].1 : 10
        return (top.0, 1 - exp(-margin))
    }

    private static let brackets: [(opening: Unicode.Scalar, closing: Unicode.Scalar)] = [
        ("“", "”"), ("‘", "’"), ("（", "）"), ("《", "》"), ("〔", "〕"), ("【", "】"),
    ]

    /// An opening quotation mark or bracket wants its closing one after it, and the other way round.
    private static func isBalanced(_ mark: Unicode.Scalar, in scalars: [Unicode.Scalar]) -> Bool {
        if let closing = brackets.first(where: { $0.opening == mark })?.closing, let position = scalars.firstIndex(of: mark) {
            return scalars[position...].contains(closing)
        }
        if let opening = brackets.first(where: { $0.closing == mark })?.opening, let position = scalars.lastIndex(of: mark) {
            return scalars[...position].contains(opening)
        }
        return true
    }
}

/// Adjacent characters of a text, folded to Simplified, where one of them is a hanzi.
struct DocumentPairs {
    private var keys: KeySet

    init(_ text: [Unicode.Scalar]) {
        let scalars = ScriptFolding.matchingKey(text)
        // Room for the pairs of a long notice at once, so that the set need not grow; a longer text
        // repeats most of its pairs, and the set grows only as far as its different pairs need.
        keys = KeySet(capacity: min(scalars.count, 1 << 16))
        for index in scalars.indices.dropLast() where CommonHanzi.isHan(scalars[index]) || CommonHanzi.isHan(scalars[index + 1]) {
            keys.insert(Self.key(scalars[index], scalars[index + 1]))
        }
    }

    func contains(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        keys.contains(Self.key(a, b))
    }

    private static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        let tables = ScriptTables.shared
        return UInt64(tables.simplified(a).value) << 32 | UInt64(tables.simplified(b).value)
    }
}
