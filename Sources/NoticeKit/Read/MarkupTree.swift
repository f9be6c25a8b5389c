/// An immutable HTML or XML document as Swift values: the nodes in document order, each knowing where
/// its subtree ends, so walking needs no pointers and no recursion.
struct MarkupTree: Sendable {
    struct Node: Sendable {
        enum Kind: Sendable { case element, text, comment }

        var kind: Kind
        /// Lowercased tag name for elements; empty otherwise.
        var name: String
        var attributes: [String: String]
        /// Character data of text and comment nodes.
        var text: String
        var parent: Int?
        /// One past the last node of this node's subtree.
        var end: Int
    }

    var nodes: [Node]

    /// Indexes of the direct children of `index`, in order.
    func children(of index: Int) -> [Int] {
        var result = [Int]()
        var child = index + 1
        while child < nodes[index].end {
            result.append(child)
            child = nodes[child].end
        }
        return result
    }

    func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        index > ancestor && index < nodes[ancestor].end
    }

    /// The concatenated character data of a subtree.
    func textContent(of index: Int) -> String {
        var text = ""
        for node in nodes[index..<nodes[index].end] where node.kind == .text { text += node.text }
        return text
    }

    func attribute(_ name: String, of index: Int) -> String? {
        nodes[index].attributes[name]
    }

    /// True when the `class` or `id` attribute holds one of the (lowercase ASCII) words, ignoring case.
    func classOrID(of index: Int, contains words: [String]) -> Bool {
        let node = nodes[index]
        guard !node.attributes.isEmpty else { return false }
        let marks = (node.attributes["class"] ?? "").utf8 + [0x20] + (node.attributes["id"] ?? "").utf8
        let lowered = marks.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        return words.contains { Self.bytes(lowered, contain: Array($0.utf8)) }
    }

    private static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start] == first, haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }
}
