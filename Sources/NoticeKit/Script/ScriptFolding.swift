/// Script detection and folding to Simplified, for matching and for search; printed fields keep their script.
public enum ScriptFolding {
    /// The text in Simplified script (phrase-level OpenCC `t2s`).
    public static func simplified(_ text: String) -> String {
        OpenCCConverter.toSimplified.convert(text)
    }

    /// `Hant` when the text has characters that only Traditional writes and (almost) none that only
    /// Simplified writes; `Hans` the other way round; `mixed` when both are common.
    public static func script(of text: String) -> Script {
        let han = String(text.unicodeScalars.filter(CommonHanzi.isHan))
        guard !han.isEmpty else { return .simplified }
        let toSimplified = OpenCCConverter.toSimplified.convert(han)
        let toTraditional = OpenCCConverter.toTraditional.convert(han)
        let traditionalOnly = zip(han.unicodeScalars, toSimplified.unicodeScalars).filter { $0 != $1 }.count
        let simplifiedOnly = zip(han.unicodeScalars, toTraditional.unicodeScalars).filter { $0 != $1 }.count
        if traditionalOnly == 0 && simplifiedOnly == 0 { return .simplified }
        if traditionalOnly >= simplifiedOnly * 8 { return .traditional }
        if simplifiedOnly >= traditionalOnly * 8 { return .simplified }
        return .mixed
    }
}
