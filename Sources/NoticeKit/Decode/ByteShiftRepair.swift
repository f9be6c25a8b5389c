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
    let documentPairs: Set<UInt64>

    /// `damaged` holds the characters between the lost byte and the end of the damage, with the
    /// narrowed punctuation widened again; `closing` is the ASCII byte that put the decoder back in step,
    /// or nil when a second lost byte did.
    func repair(damaged: [Unicode.Scalar], closing: UInt8?, left: String, right: String) -> Result? {
        guard let bytes = gbk.encode(String(String.UnicodeScalarView(damaged))), bytes.count == damaged.count * 2,
            let firstByte = bytes.first, let lastByte = bytes.last
        else { return nil }
        var middle = ""
        var index = 1
        while index + 2 < bytes.count {
            guard let character = gbk.decodeStrictly([bytes[index], bytes[index + 1]]) else { return nil }
            middle += character
            index += 2
        }
        let firstChoices = candidates { [$0, firstByte] }
        guard let first = best(firstChoices, reading: { left + $0 + middle }, leftNeighbour: left.unicodeScalars.last,
                               rightNeighbour: middle.unicodeScalars.first)
        else { return nil }
        let last: (String, Double)
        if let closing {
            guard let fixed = gbk.decodeStrictly([lastByte, closing]) else { return nil }
            last = (fixed, 1)
        } else {
            let lastChoices = candidates { [lastByte, $0] }
            guard let ranked = best(lastChoices, reading: { middle + $0 + right }, leftNeighbour: middle.unicodeScalars.last,
                                    rightNeighbour: right.unicodeScalars.first)
            else { return nil }
            last = ranked
        }
        return Result(text: first.0 + middle + last.0, confidence: first.1 * last.1)
    }

    /// The characters a pair of bytes can make when one of them is unknown: hanzi and CJK punctuation.
    /// Every pair is decoded in one call, each on its own line.
    private func candidates(_ pair: (UInt8) -> [UInt8]) -> [String] {
        var bytes = [UInt8]()
        for byte in UInt8(0x40)...UInt8(0xFE) where byte != 0x7F { bytes += pair(byte) + [0x0A] }
        let all = gbk.decode(bytes).text.split(separator: "\n").compactMap { line -> (String, Unicode.Scalar)? in
            guard line.unicodeScalars.count == 1, let scalar = line.unicodeScalars.first,
                CommonHanzi.isHan(scalar) || (0x3000...0x303F).contains(scalar.value)
                    || (0xFF01...0xFF5E).contains(scalar.value) || "“”‘’—…".unicodeScalars.contains(scalar)
            else { return nil }
            return (String(line), scalar)
        }
        // Rare characters and odd signs only get a hearing when nothing common fits.
        let likely = all.filter { CommonHanzi.shared.contains($0.1) || Lexicon.punctuationCosts[$0.1] != nil }
        return (likely.isEmpty ? all : likely).map(\.0)
    }

    /// The best candidate and the confidence that it beats the next: 1 − e^(−margin).
    private func best(
        _ candidates: [String], reading: (String) -> String, leftNeighbour: Unicode.Scalar?, rightNeighbour: Unicode.Scalar?
    ) -> (String, Double)? {
        let common = CommonHanzi.shared
        var scored = candidates.map { candidate -> (String, Double) in
            let text = reading(candidate)
            var score = lexicon.score(text)
            let scalar = candidate.unicodeScalars.first!
            if !Self.isBalanced(scalar, in: text) { score -= 6 }
            if CommonHanzi.isHan(scalar), !common.contains(scalar) { score -= 4 }
            if let left = leftNeighbour, documentPairs.contains(Self.pair(left, scalar)) { score += 6 }
            if let right = rightNeighbour, documentPairs.contains(Self.pair(scalar, right)) { score += 6 }
            return (candidate, score)
        }
        scored.sort { $0.1 > $1.1 }
        guard let top = scored.first else { return nil }
        let margin = scored.count > 1 ? top.1 - scored[1].1 : 10
        return (top.0, 1 - exp(-margin))
    }

    /// An opening quotation mark or bracket wants its closing one after it, and the other way round.
    private static func isBalanced(_ mark: Unicode.Scalar, in text: String) -> Bool {
        let pairs: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "‘": "’", "（": "）", "《": "》", "〔": "〕", "【": "】"]
        let scalars = Array(text.unicodeScalars)
        if let closing = pairs[mark], let position = scalars.firstIndex(of: mark) {
            return scalars[position...].contains(closing)
        }
        if let opening = pairs.first(where: { $0.value == mark })?.key, let position = scalars.lastIndex(of: mark) {
            return scalars[...position].contains(opening)
        }
        return true
    }

    /// Adjacent characters of a text, folded to Simplified, as keys.
    static func pairs(of text: String) -> Set<UInt64> {
        let scalars = Array(ScriptFolding.matchingKey(text).unicodeScalars)
        var pairs = Set<UInt64>()
        for index in scalars.indices.dropLast() where CommonHanzi.isHan(scalars[index]) || CommonHanzi.isHan(scalars[index + 1]) {
            pairs.insert(pair(scalars[index], scalars[index + 1]))
        }
        return pairs
    }

    static func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        let tables = ScriptTables.shared
        return UInt64(tables.simplified(a).value) << 32 | UInt64(tables.simplified(b).value)
    }
}
