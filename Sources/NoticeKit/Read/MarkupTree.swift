/// An immutable HTML or XML document as Swift values: the nodes in document order, each knowing where
/// its subtree ends, so walking needs no pointers and no recursion.
struct MarkupTree: Sendable {
    struct Node: Sendable {
        enum Kind: Sendable { case element, text, comment }

        var kind: Kind
        /// Lowercased tag name for elements; empty otherwise.
        var name: String
        var attributes: Attributes
        /// Character data of text and comment nodes.
        var text: String
        var parent: Int?
        /// One past the last node of this node's subtree.
        var end: Int
    }

    /// An element's attributes by lowercased name. An element carries a handful at most, so a list
    /// searched in order costs less than hashing each name into a dictionary, which every element paid.
    struct Attributes: Sendable, Sequence, ExpressibleByDictionaryLiteral {
        private var pairs: [(name: String, value: String)] = []

        init(dictionaryLiteral elements: (String, String)...) {
            for (name, value) in elements { self[name] = value }
        }

        var isEmpty: Bool { pairs.isEmpty }

        /// Setting a name that is already there replaces its value, as a dictionary would.
        subscript(name: String) -> String? {
            get { pairs.first { $0.name == name }?.value }
            set {
                let index = pairs.firstIndex { $0.name == name }
                switch (index, newValue) {
                case (let index?, let value?): pairs[index].value = value
                case (let index?, nil): pairs.remove(at: index)
                case (nil, let value?): pairs.append((name, value))
                case (nil, nil): break
                }
            }
        }

        func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
            pairs.makeIterator()
        }
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

    /// The same as UTF-8 bytes, for searching.
    func utf8Content(of index: Int) -> [UInt8] {
        var bytes = [UInt8]()
        for node in nodes[index..<nodes[index].end] where node.kind == .text { bytes.append(contentsOf: node.text.utf8) }
        return bytes
    }

    func attribute(_ name: String, of index: Int) -> String? {
        nodes[index].attributes[name]
    }

    /// True when the `class` or `id` attribute holds one of the (lowercase ASCII) words, ignoring case.
    func classOrID(of index: Int, contains words: [String]) -> Bool {
        let attributes = nodes[index].attributes
        guard !attributes.isEmpty else { return false }
        // No word holds a space, so none can match across the two attributes, and each is searched alone.
        func holdsWord(_ mark: String?) -> Bool {
            guard let mark else { return false }
            return words.contains { mark.contains(bytes: $0.utf8, ignoringASCIICase: true) }
        }
        return holdsWord(attributes["class"]) || holdsWord(attributes["id"])
    }
}
