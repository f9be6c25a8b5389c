/// 文种: the statutory document types of the 党政机关公文处理工作条例, as titles end with them.
enum DocumentType {
    static let all = [
        "决议", "决定", "命令", "令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要",
    ]

    /// The type a title ends with (`…的复函` → `函`), ignoring a trailing `（试行）` or closing bracket.
    static func of(title: String) -> String? {
        of(folded: ScriptFolding.matchingKey(Scalars(title)).squeezed)
    }

    /// `of(title:)` for a title already folded to Simplified, without layout spaces.
    static func of(folded: Scalars) -> String? {
        var scalars = folded
        while let last = scalars.last, "）)》」\"”。".unicodeScalars.contains(last) {
            if last.isCloseParen, let open = scalars.lastIndex(where: \.isOpenParen), scalars.count - open <= 8 {
                scalars.removeSubrange(open...)
            } else {
                scalars.removeLast()
            }
        }
        // OpenCC writes 批复 in Traditional as 批覆, which folds back to itself.
        if scalars.ends(with: "批覆".unicodeScalars) { scalars[scalars.count - 1] = "复" }
        for type in longestFirst where scalars.ends(with: type.unicodeScalars) {
            // Counted in characters, which only a `String` can tell: a letter and its combining mark are one.
            // A longer line ending in 令 is a decree only when an agency's name comes before it
            // (`中华人民共和国应急管理部令`), not a word that ends in 令 (`…禁令`).
            if type == "令", !scalars.ends(with: "命令".unicodeScalars), scalars.string.count > 12, !isDecreeHeading(scalars) { continue }
            return type
        }
        return nil
    }

    private static let longestFirst = all.sorted { $0.count > $1.count }

    /// `<agency>令`: the name before 令 ends as an agency's does, and holds no word of a sentence.
    private static func isDecreeHeading(_ scalars: Scalars) -> Bool {
        let issuer = Array(scalars.dropLast())
        guard issuer.count <= 30, !issuer.includes("的"), !issuer.includes("关于") else { return false }
        return OrganizationNames.suffixes.contains { issuer.ends(with: $0.unicodeScalars) }
    }
}
