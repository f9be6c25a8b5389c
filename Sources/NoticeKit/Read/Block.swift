/// One paragraph of a notice in reading order, as every reader hands it to the analyzer.
public struct Block: Sendable, Equatable {
    public var text: String
    public var hints: Hints

    public init(_ text: String, hints: Hints = []) {
        self.text = text
        self.hints = hints
    }

    /// What the layout said about a paragraph; the analyzer weighs these but never needs them.
    public struct Hints: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// A heading element, or the page's headline.
        public static let heading = Hints(rawValue: 1 << 0)
        public static let alignRight = Hints(rawValue: 1 << 1)
        public static let alignCenter = Hints(rawValue: 1 << 2)
        public static let tableCell = Hints(rawValue: 1 << 3)
        /// Joined from lines that a PDF conversion had wrapped.
        public static let lineWrapped = Hints(rawValue: 1 << 4)
    }
}

/// What a reader makes of one input: the paragraphs, and what the source said about itself.
public struct ReadDocument: Sendable {
    public var blocks: [Block]
    /// HTML `<meta>` names, XML attributes and metadata elements, gov.cn info-table labels: as found.
    public var metadata: [String: String]
    /// Labelled facts the page states outside the body (gov.cn's info table: 发文字号, 成文日期, 标题 …).
    public var evidence: [String: String]
    public var diagnostics: [Diagnostic]

    public init(blocks: [Block], metadata: [String: String] = [:], evidence: [String: String] = [:], diagnostics: [Diagnostic] = []) {
        self.blocks = blocks
        self.metadata = metadata
        self.evidence = evidence
        self.diagnostics = diagnostics
    }
}
