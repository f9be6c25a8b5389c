/// Scans that look for rare bytes in long text pass over eight bytes at a time. The tests answer "may":
/// a borrow can flag a word falsely, so a caller looks at the bytes of a flagged word one by one.
enum ByteWords {
    /// Whether any of the eight bytes may be below 0x20, a control byte. Bytes of 0x80 and above (the
    /// rest of a UTF-8 or GBK character) never flag a word.
    static func mayHoldControl(_ word: UInt64) -> Bool {
        (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Whether any of the eight bytes may be `byte`.
    static func mayHold(_ byte: UInt8, in word: UInt64) -> Bool {
        let spread = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (spread &- 0x0101_0101_0101_0101) & ~spread & 0x8080_8080_8080_8080 != 0
    }

    /// The eight bytes at `index`, which must be in the buffer.
    static func word(in buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
    }
}
