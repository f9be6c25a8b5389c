import NoticeKit

/// Text as the index stores and queries it: folded to Simplified, so a query in either script finds a
/// notice printed in the other.
public enum SearchText {
    public static func folded(_ text: String) -> String {
        ScriptFolding.simplified(text)
    }
}
