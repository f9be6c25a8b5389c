/// Finds where a field the record keeps without a span (an issuer, a heading, a phone number) is printed in
/// the record's text, tolerating what printing does to it: layout spaces (`科 技 部`), a title broken over
/// lines, brackets of either width (`(一)` for `（一）`, `[2020]` for `〔2020〕`).
struct TextLocator: Sendable {
    struct Options: OptionSet, Sendable {
        let rawValue: Int

        /// Spaces may stand between any two characters, as in signature blocks justified with spaces.
        static let spaces = Options(rawValue: 1 << 0)
        /// Line breaks may too, as in a title printed over two lines.
        static let lineBreaks = Options(rawValue: 1 << 1)
        /// A parenthesized aside may too: `农业农村（农牧、渔业）厅` prints the recipient `农业农村厅`.
        static let asides = Options(rawValue: 1 << 2)
    }

    /// Which of several equally good places to take.
    enum Preference: Sendable { case first, last }

    /// The text folded for comparison, scalar for scalar, so offsets into it are offsets into the text.
    private let folded: [Unicode.Scalar]

    init(_ text: String) {
        folded = text.unicodeScalars.map(Self.fold)
    }

    /// Every place `needle` is printed, without overlaps, in order.
    func occurrences(of needle: String, options: Options = []) -> [Span] {
        let pattern = Self.pattern(needle, options: options)
        guard let head = pattern.first else { return [] }
        var places = [Span]()
        var index = 0
        while index < folded.count {
            if folded[index] == head, let end = match(pattern, at: index, options: options) {
                places.append(Span(start: index, end: end))
                index = end
            } else {
                index += 1
            }
        }
        return places
    }

    /// One place for each needle: the run of text that prints the most of them in their order, in the
    /// least text. A list of names is printed together (a signature block, the addressee line), while each
    /// name may also turn up alone elsewhere, as the lead issuer does in the body.
    func places(of needles: [String], options: Options = [], prefer preference: Preference = .first) -> [Span?] {
        let found = needles.map { occurrences(of: $0, options: options) }
        guard let anchor = found.firstIndex(where: { !$0.isEmpty }) else { return needles.map { _ in nil } }
        var best: (places: [Span?], count: Int, length: Int)?
        for start in found[anchor] {
            var candidate = [Span?](repeating: nil, count: needles.count)
            candidate[anchor] = start
            var cursor = start.end
            for index in needles.indices.dropFirst(anchor + 1) {
                let next = Self.first(in: found[index], from: cursor)
                candidate[index] = next
                if let next { cursor = next.end }
            }
            let count = candidate.compactMap { $0 }.count
            let length = cursor - start.start
            let better = best.map { best in
                count != best.count ? count > best.count
                    : length != best.length ? length < best.length
                    : preference == .last
            } ?? true
            if better { best = (candidate, count, length) }
        }
        guard var places = best?.places else { return needles.map { _ in nil } }
        // The record may list twice what is printed once: `020-83135678（兼传真）` is the telephone and the fax.
        for index in needles.indices where places[index] == nil {
            if let twin = needles[..<index].firstIndex(of: needles[index]) { places[index] = places[twin] }
        }
        return places
    }

    /// The first of `spans` (sorted, not overlapping) that starts at or after `offset`.
    private static func first(in spans: [Span], from offset: Int) -> Span? {
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low < spans.count ? spans[low] : nil
    }

    private static func pattern(_ needle: String, options: Options) -> [Unicode.Scalar] {
        let scalars = needle.unicodeScalars.map(fold)
        guard !options.isDisjoint(with: [.spaces, .lineBreaks]) else { return scalars }
        return scalars.filter { !isGap($0, options: options) }
    }

    /// Where a match of `pattern` starting at `start` ends, or nil. Gaps are skipped only between characters,
    /// so a place never begins or ends with a space.
    private func match(_ pattern: [Unicode.Scalar], at start: Int, options: Options) -> Int? {
        if let head = pattern.first, head.isASCIIAlphanumeric, start > 0, folded[start - 1].isASCIIAlphanumeric {
            return nil
        }
        var index = start
        var matched = 0
        while matched < pattern.count {
            guard index < folded.count else { return nil }
            if folded[index] == pattern[matched] {
                index += 1
                matched += 1
            } else if matched > 0, Self.isGap(folded[index], options: options) {
                index += 1
            } else if matched > 0, options.contains(.asides), let close = asideEnd(from: index) {
                index = close + 1
            } else {
                return nil
            }
        }
        // `82260120` is not printed inside `010-822601201`, nor a date's `5` inside `15`.
        if let tail = pattern.last, tail.isASCIIAlphanumeric, index < folded.count, folded[index].isASCIIAlphanumeric {
            return nil
        }
        return index
    }

    /// The closing bracket of an aside opening at `index`, when it closes on the same line before long.
    private func asideEnd(from index: Int) -> Int? {
        guard folded[index] == "(" else { return nil }
        var close = index + 1
        while close < folded.count, close - index <= 40 {
            switch folded[close] {
            case ")": return close
            case "(", "\n": return nil
            default: close += 1
            }
        }
        return nil
    }

    private static func isGap(_ scalar: Unicode.Scalar, options: Options) -> Bool {
        if scalar == "\n" || scalar == "\r" { return options.contains(.lineBreaks) }
        guard options.contains(.spaces) || options.contains(.lineBreaks) else { return false }
        return scalar.isLayoutSpace
    }

    /// Full-width ASCII as ASCII, and every bracket as `(` or `)`: the record normalizes a number's brackets
    /// to `〔〕`, and a label or name may be printed with brackets of either width.
    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        var scalar = scalar
        if (0xFF01...0xFF5E).contains(scalar.value), let narrow = Unicode.Scalar(scalar.value - 0xFEE0) { scalar = narrow }
        switch scalar {
        case "[", "【", "〔", "〖", "［": return "("
        case "]", "】", "〕", "〗", "］": return ")"
        default: return scalar
        }
    }
}

private extension Unicode.Scalar {
    var isASCIIAlphanumeric: Bool {
        ("0"..."9").contains(self) || ("a"..."z").contains(self) || ("A"..."Z").contains(self)
    }
}
