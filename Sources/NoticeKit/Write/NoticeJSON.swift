import Foundation

/// The record as stable JSON: pretty, keys sorted, slashes unescaped, one final newline, so golden files
/// diff cleanly.
public enum NoticeJSON {
    public static func encode(_ notice: Notice) throws -> Data {
        var data = try encoder().encode(notice)
        data.append(0x0A)
        return data
    }

    public static func decode(_ data: Data) throws -> Notice {
        try JSONDecoder().decode(Notice.self, from: data)
    }

    /// One line, for NDJSON streams.
    public static func encodeLine(_ notice: Notice) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(notice)
        data.append(0x0A)
        return data
    }

    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
