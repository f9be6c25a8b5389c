/// 文种: the statutory document types of the 党政机关公文处理工作条例, as titles end with them.
enum DocumentType {
    static let all = [
        "决议", "决定", "命令", "令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要",
    ]

    /// The type a title ends with (`…的复函` → `函`), ignoring a trailing `（试行）` or closing bracket.
    static func of(title: String) -> String? {
        var scalars = Scalars(ScriptFolding.matchingKey(title)).squeezed
        while let last = scalars.last, "）)》」\"”。".unicodeScalars.contains(last) {
            if last.isCloseParen, let open = scalars.lastIndex(where: \.isOpenParen), scalars.count - open <= 8 {
                scalars.removeSubrange(open...)
            } else {
                scalars.removeLast()
            }
        }
        let text = scalars.string
        for type in all.sorted(by: { $0.count > $1.count }) where text.hasSuffix(type) {
            if type == "令" && !text.hasSuffix("命令") && text.count > 12 { continue }
            return type
        }
        return nil
    }
}
