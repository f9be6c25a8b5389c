/// Search over UTF-8 bytes for the ASCII markers that sniffers and readers look for (tag names, CSS
/// declarations, attribute names, labels): bytes compare without String indexing, grapheme breaking or
/// Foundation, and a UTF-8 needle can only match whole scalars.
extension Collection<UInt8> {
    /// The first occurrence of `needle`; with `ignoringASCIICase`, ASCII letters match in either case and
    /// `needle` must be lowercase. An empty needle is found nowhere: an empty marker marks nothing.
    func firstRange(ofBytes needle: some Collection<UInt8>, ignoringASCIICase: Bool = false) -> Range<Index>? {
        assert(!ignoringASCIICase || needle.allSatisfy { $0.asciiLowercased == $0 }, "needle must be lowercase")
        guard let first = needle.first else { return nil }
        let rest = needle.dropFirst()
        let foldsFirst = ignoringASCIICase && (0x61...0x7A).contains(first)
        func nextStart(in candidates: SubSequence) -> Index? {
            foldsFirst ? candidates.firstIndex { $0.asciiLowercased == first } : candidates.firstIndex(of: first)
        }
        var candidates = self[...]
        while let start = nextStart(in: candidates) {
            candidates = self[index(after: start)...]
            if candidates.starts(withBytes: rest, ignoringASCIICase: ignoringASCIICase) {
                return start..<index(start, offsetBy: needle.count)
            }
        }
        return nil
    }

    func starts(withBytes prefix: some Collection<UInt8>, ignoringASCIICase: Bool = false) -> Bool {
        assert(!ignoringASCIICase || prefix.allSatisfy { $0.asciiLowercased == $0 }, "prefix must be lowercase")
        var position = startIndex
        for expected in prefix {
            guard position != endIndex else { return false }
            let byte = ignoringASCIICase ? self[position].asciiLowercased : self[position]
            guard byte == expected else { return false }
            formIndex(after: &position)
        }
        return true
    }

    func contains(bytes needle: some Collection<UInt8>, ignoringASCIICase: Bool = false) -> Bool {
        firstRange(ofBytes: needle, ignoringASCIICase: ignoringASCIICase) != nil
    }
}

extension UInt8 {
    var asciiLowercased: UInt8 { (0x41...0x5A).contains(self) ? self | 0x20 : self }
}

extension String {
    /// `contains(bytes:ignoringASCIICase:)` on the string's UTF-8, searched in place.
    func contains(bytes needle: some Collection<UInt8>, ignoringASCIICase: Bool = false) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(bytes: needle, ignoringASCIICase: ignoringASCIICase) }
            ?? Array(utf8).contains(bytes: needle, ignoringASCIICase: ignoringASCIICase)
    }
}
