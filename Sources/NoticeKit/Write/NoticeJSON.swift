import Foundation

/// The record as stable JSON: pretty, keys sorted, slashes unescaped, one final newline, so golden files
/// diff cleanly.
public enum NoticeJSON {
    public static func encode(_ notice: Notice) -> Data {
        write(notice, pretty: true)
    }

    public static func decode(_ data: Data) throws -> Notice {
        try JSONDecoder().decode(Notice.self, from: data)
    }

    /// One line, for NDJSON streams.
    public static func encodeLine(_ notice: Notice) -> Data {
        write(notice, pretty: false)
    }

    private static func write(_ notice: Notice, pretty: Bool) -> Data {
        // The text dominates a record's size; pretty layout and escapes rarely add half as much again.
        var json = JSONOutput(pretty: pretty, capacity: notice.text.utf8.count * 3 / 2 + 4096)
        notice.write(to: &json)
        return json.data(lineFeed: true)
    }
}
