/// Names as a trie over their Unicode scalars, so that one walk from a position of a text finds every
/// name that starts there, without building a string for each candidate.
struct NameTrie: Sendable {
    static let root: Int32 = 0

    /// The edges, keyed by (node, scalar).
    private var edges: KeyTable<Int32>
    /// The value stored at each node, -1 where no name ends.
    private var values: [Int32] = [-1]
    /// The number of scalars in the longest name.
    private(set) var longestName = 0

    /// Names with their values; a name already present keeps its first value.
    init(_ names: [([Unicode.Scalar], Int)]) {
        edges = KeyTable(capacity: names.reduce(0) { $0 + $1.0.count }, filler: 0)
        for (name, value) in names {
            var node = Self.root
            for scalar in name {
                if let next = child(of: node, scalar) {
                    node = next
                } else {
                    let next = Int32(values.count)
                    edges.set(next, for: Self.key(node, scalar))
                    values.append(-1)
                    node = next
                }
            }
            if values[Int(node)] < 0 { values[Int(node)] = Int32(value) }
            longestName = max(longestName, name.count)
        }
    }

    /// The node reached from `node` by `scalar`, or nil when no name continues that way.
    func child(of node: Int32, _ scalar: Unicode.Scalar) -> Int32? {
        edges.value(for: Self.key(node, scalar))
    }

    /// The value of the name that ends at `node`, if one does.
    func value(at node: Int32) -> Int? {
        let value = values[Int(node)]
        return value < 0 ? nil : Int(value)
    }

    /// The value of exactly this name.
    func value(of name: some Sequence<Unicode.Scalar>) -> Int? {
        var node = Self.root
        for scalar in name {
            guard let next = child(of: node, scalar) else { return nil }
            node = next
        }
        return value(at: node)
    }

    private static func key(_ node: Int32, _ scalar: Unicode.Scalar) -> UInt64 {
        UInt64(UInt32(node)) << 32 | UInt64(scalar.value)
    }
}
