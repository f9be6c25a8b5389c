/// Stepping through UTF-8 that is known to be valid — a `String`'s own bytes, iconv's output — where
/// most scalars are only passed over and a few are looked at. The standard library's decoders check
/// every byte again, which on these hot paths cost more than the work they fed.
enum ValidUTF8 {
    /// How many bytes the sequence a lead byte starts takes.
    static func length(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar at `index` and its length in bytes. A sequence cut off by the end of the buffer, which
    /// valid UTF-8 never has, reads as U+FFFD and ends with the buffer, so no caller steps past it.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        let length = length(lead: lead)
        guard length > 1 else { return (Unicode.Scalar(lead), 1) }
        guard index + length <= bytes.count else { return ("\u{FFFD}", bytes.count - index) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The part of `range` left when scalars matching `isTrimmed` are taken off both ends; empty (at the
    /// range's end) when every scalar matches.
    static func trimming(
        _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, where isTrimmed: (Unicode.Scalar) -> Bool
    ) -> Range<Int> {
        var start = range.lowerBound
        while start < range.upperBound {
            let (scalar, length) = scalar(in: bytes, at: start)
            guard isTrimmed(scalar) else { break }
            start += length
        }
        var end = range.upperBound
        while end > start {
            var lead = end - 1
            while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard isTrimmed(scalar(in: bytes, at: lead).scalar) else { break }
            end = lead
        }
        return start == end ? range.upperBound..<range.upperBound : start..<end
    }
}
