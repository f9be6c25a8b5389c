import NoticeKit

/// Text as the index stores and queries it: folded to Simplified, so a query in either script finds a
/// notice printed in the other.
///
/// The folding is character by character (`ScriptFolding.matchingKey`, OpenCC's own character table),
/// not phrase by phrase: a phrase-level conversion may fold a character differently inside a notice's
/// phrase than alone in a two-character query, and then the query would miss; a character always folds
/// the same way. It also costs a table lookup a character instead of a dictionary walk.
public enum SearchText {
    public static func folded(_ text: String) -> String {
        ScriptFolding.matchingKey(text)
    }
}
