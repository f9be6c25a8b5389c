import Glibc

/// Converts bytes between encodings with glibc iconv; an undecodable sequence becomes U+FFFD when
/// decoding to text.
struct Transcoder {
    struct Result {
        var text: String
        /// Byte offsets of the sequences that could not be decoded.
        var invalidOffsets: [Int]
    }

    let encoding: TextEncoding

    func decode(_ bytes: [UInt8]) -> Result {
        let converted = decodeToUTF8(bytes)
        return Result(text: String(decoding: converted.bytes, as: UTF8.self), invalidOffsets: converted.invalidOffsets)
    }

    /// The same as `decode`, left as UTF-8 bytes, which are always valid: a caller that weighs several
    /// decodings builds a `String` for the one it keeps only.
    func decodeToUTF8(_ bytes: [UInt8]) -> (bytes: [UInt8], invalidOffsets: [Int]) {
        // Without a limit the conversion always finishes.
        decodeToUTF8(bytes, invalidLimit: .max)!
    }

    /// `decodeToUTF8`, given up (nil) as soon as more than `invalidLimit` sequences fail to decode.
    func decodeToUTF8(_ bytes: [UInt8], invalidLimit: Int) -> (bytes: [UInt8], invalidOffsets: [Int])? {
        encoding == .utf8
            ? Self.repairUTF8(bytes, invalidLimit: invalidLimit)
            : Self.convert(bytes, from: encoding.iconvName, to: "UTF-8", replacement: Self.replacement, invalidLimit: invalidLimit)
    }

    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// UTF-8 checked by the standard library's parser, with iconv's results: iconv stops at each byte
    /// it cannot decode and is started again one byte on, so every byte of a sequence the parser rejects
    /// is one invalid offset and one U+FFFD. (A rejected sequence is a lead byte and continuation bytes,
    /// and no continuation byte starts a sequence.) Through iconv, text in another encoding cost a call
    /// per byte when charset detection tried it as UTF-8. One difference is meant: glibc also passes
    /// five- and six-byte forms and code points past U+10FFFF, which are not UTF-8; here their bytes are
    /// invalid like any other.
    static func repairUTF8(_ bytes: [UInt8], invalidLimit: Int = .max) -> (bytes: [UInt8], invalidOffsets: [Int])? {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count + 16)
        var invalid = [Int]()
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                output.append(contentsOf: encoded)
                offset += encoded.count
            case .error(let length):
                for byte in offset..<(offset + length) {
                    invalid.append(byte)
                    output.append(contentsOf: replacement)
                }
                guard invalid.count <= invalidLimit else { return nil }
                offset += length
            case .emptyInput:
                return (output, invalid)
            }
        }
    }

    /// The text in this encoding, or nil when a character has no code in it.
    func encode(_ text: String) -> [UInt8]? {
        Self.convertStrictly(Array(text.utf8), from: "UTF-8", to: encoding.iconvName)
    }

    /// Bytes in this encoding decoded strictly: nil at the first invalid or incomplete sequence.
    func decodeStrictly(_ bytes: [UInt8]) -> String? {
        let result = decode(bytes)
        return result.invalidOffsets.isEmpty ? result.text : nil
    }

    /// Bytes converted between two iconv encodings, or nil at the first sequence that does not convert.
    static func convertStrictly(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        convert(bytes, from: source, to: target, replacement: [], invalidLimit: 0)?.bytes
    }

    /// One handle per converter, opened on first use and never used or closed. glibc unloads a
    /// converter's shared object (GB18030.so, BIG5.so) when its last handle closes, and every conversion
    /// closes its own, so each one mapped the library in again, which cost more than converting a page.
    /// Kept as bit patterns: the handles are only held, never touched.
    private static let residentConverters: [Int] = TextEncoding.allCases.map { Int(bitPattern: iconv_open("UTF-8", $0.iconvName)) }

    /// The bytes through iconv, each byte it cannot convert replaced with `replacement` and its offset
    /// noted; conversion goes on one byte later, until more than `invalidLimit` bytes have failed (nil).
    static func convert(
        _ bytes: [UInt8], from source: String, to target: String, replacement: [UInt8], invalidLimit: Int = .max
    ) -> (bytes: [UInt8], invalidOffsets: [Int])? {
        _ = residentConverters
        let handle = iconv_open(target, source)
        guard let handle, Int(bitPattern: handle) != -1 else {
            // glibc always ships these converters; reaching here means a broken installation.
            let invalid = bytes.isEmpty ? [] : [0]
            return invalid.count > invalidLimit ? nil : (bytes, invalid)
        }
        defer { iconv_close(handle) }

        var output = [UInt8]()
        output.reserveCapacity(bytes.count * 3 / 2 + 16)
        var invalid = [Int]()
        var gaveUp = false
        // Scratch space iconv only writes into, so it is left uninitialized: zeroing 64 KiB for every
        // conversion cost more than converting the short runs damage detection hands in.
        let chunkSize = 64 * 1024
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: chunkSize)
        defer { chunk.deallocate() }

        bytes.withUnsafeBufferPointer { input in
            guard let base = input.baseAddress else { return }
            var position = 0
            while position < input.count {
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base + position)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = input.count - position
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(chunk.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = chunkSize
                let status = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                let code = status == -1 ? errno : 0
                let produced = chunkSize - outLeft
                output.append(contentsOf: chunk[0..<produced])
                position = input.count - inLeft
                if status != -1 { break }
                switch code {
                case E2BIG:
                    continue
                default:
                    // EILSEQ (a byte no sequence starts with) or EINVAL (a sequence cut off by the end).
                    invalid.append(position)
                    guard invalid.count <= invalidLimit else {
                        gaveUp = true
                        return
                    }
                    output.append(contentsOf: replacement)
                    position += 1
                    iconv(handle, nil, nil, nil, nil)
                }
            }
        }
        return gaveUp ? nil : (output, invalid)
    }
}
