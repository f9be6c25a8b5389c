import COpenCC

/// The one place that touches OpenCC: phrase-level conversion between scripts through Debian's libopencc.
///
/// A converter is opened once per configuration and then only read; OpenCC documents conversion as
/// thread-safe, so one instance serves every thread.
final class OpenCCConverter: @unchecked Sendable {
    private let handle: opencc_t?

    /// `t2s.json`: Traditional to Simplified, with phrases (乾隆 stays 乾隆).
    static let toSimplified = OpenCCConverter(configuration: "t2s.json")
    /// `s2t.json`: Simplified to Traditional.
    static let toTraditional = OpenCCConverter(configuration: "s2t.json")

    private init(configuration: String) {
        let opened = opencc_open(configuration)
        handle = Int(bitPattern: opened) == -1 ? nil : opened
    }

    deinit {
        if let handle { opencc_close(handle) }
    }

    func convert(_ text: String) -> String {
        guard let handle, !text.isEmpty else { return text }
        var utf8 = Array(text.utf8)
        let length = utf8.count
        utf8.append(0)
        let converted = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { opencc_convert_utf8(handle, $0.baseAddress, length) }
        }
        guard let converted else { return text }
        defer { opencc_convert_utf8_free(converted) }
        return String(cString: converted)
    }
}
