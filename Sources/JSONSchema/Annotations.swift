/// What the keywords applied to one instance location have evaluated, which is all that
/// `unevaluatedItems` and `unevaluatedProperties` need to know about annotations.
struct Annotations {
    /// Items before this index were evaluated by `prefixItems`.
    var itemPrefix = 0
    /// Set by `items` and `unevaluatedItems`, which evaluate every item they reach.
    var allItems = false
    /// Items that `contains` matched.
    var items: Set<Int> = []
    /// Positions of the evaluated members in the instance object; positions are cheaper to compare than
    /// names, and every keyword looking at the object sees the same order.
    var properties: Set<Int> = []

    mutating func merge(_ other: Annotations) {
        itemPrefix = max(itemPrefix, other.itemPrefix)
        allItems = allItems || other.allItems
        items.formUnion(other.items)
        properties.formUnion(other.properties)
    }

    mutating func coverItems(upTo end: Int) {
        itemPrefix = max(itemPrefix, end)
    }

    func coversItem(at index: Int) -> Bool {
        allItems || index < itemPrefix || items.contains(index)
    }
}
