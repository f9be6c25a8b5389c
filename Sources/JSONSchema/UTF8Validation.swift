/// Checks UTF-8 by hand because `String(decoding:)` silently repairs bad bytes, and a JSON parser must
/// reject them instead of changing the document.
enum UTF8Validation {
    /// The offset (in the collection's own indices) of the first byte that starts an invalid sequence.
    static func firstInvalidOffset(in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            var lowerBound: UInt8 = 0x80
            var upperBound: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F:
                index += 1
                continue
            case 0xC2...0xDF:
                length = 2
            case 0xE0:
                length = 3
                lowerBound = 0xA0
            case 0xED:
                // Excludes the encodings of UTF-16 surrogates, which are not scalars.
                length = 3
                upperBound = 0x9F
            case 0xE1...0xEC, 0xEE...0xEF:
                length = 3
            case 0xF0:
                length = 4
                lowerBound = 0x90
            case 0xF1...0xF3:
                length = 4
            case 0xF4:
                length = 4
                upperBound = 0x8F
            default:
                return index
            }
            guard index + length <= bytes.endIndex else { return index }
            guard (lowerBound...upperBound).contains(bytes[index + 1]) else { return index }
            for continuation in bytes[(index + 2)..<(index + length)] where !(0x80...0xBF).contains(continuation) {
                return index
            }
            index += length
        }
        return nil
    }
}
