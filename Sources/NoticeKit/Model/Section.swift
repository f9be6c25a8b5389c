/// One numbered item of the body, with the items numbered under it.
public struct Section: Decodable, Sendable, Equatable {
    /// As printed: `一、`, `（一）`, `1.`, `（1）`, `第三条`.
    public var label: String
    /// The numbering style, whatever the bracket or dot width: `一、`, `（一）`, `1.`, `（1）`, `①`, `第一章`, `第一节`, `第一条`.
    public var style: String
    public var ordinal: Int
    /// Depth in the tree, 1 at the top; a skipped style does not leave a gap.
    public var level: Int
    /// The heading line, or for a run-in heading its first sentence.
    public var heading: String
    public var paragraphs: [String]
    public var children: [Section]

    public init(
        label: String, style: String, ordinal: Int, level: Int, heading: String,
        paragraphs: [String] = [], children: [Section] = []
    ) {
        self.label = label
        self.style = style
        self.ordinal = ordinal
        self.level = level
        self.heading = heading
        self.paragraphs = paragraphs
        self.children = children
    }
}

/// 附件说明: one attachment named under the body.
public struct Attachment: Decodable, Sendable, Equatable {
    public var ordinal: Int?
    public var title: String
    /// The attached document's text when the notice prints it (a 印发 notice carries what it issues).
    public var paragraphs: [String]
    public var sections: [Section]

    public init(ordinal: Int?, title: String, paragraphs: [String] = [], sections: [Section] = []) {
        self.ordinal = ordinal
        self.title = title
        self.paragraphs = paragraphs
        self.sections = sections
    }
}
