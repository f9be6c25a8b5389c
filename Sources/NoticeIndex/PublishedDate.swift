import NoticeKit

/// 发布日期: the day a page says it was published, from its metadata. It is not 成文日期 (`issuedDate`).
enum PublishedDate {
    /// Metadata names that hold the publishing time, most trusted first: portal `<meta name="PubDate">`,
    /// gov.cn's info table, XML exports, and gov.cn's own `<meta name="firstpublishedtime">`.
    static let keys = ["pubdate", "发布日期", "published", "firstpublishedtime"]

    static func of(_ notice: Notice) -> CalendarDate? {
        let entries = notice.metadata.sorted { $0.key < $1.key }
        for key in keys {
            for (name, value) in entries where name.lowercased() == key {
                if let date = CalendarDate(leadingDateOf: value) { return date }
            }
        }
        return nil
    }
}
