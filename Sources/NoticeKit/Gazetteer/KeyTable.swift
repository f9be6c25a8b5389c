/// Values under 64-bit keys in one open-addressing table with a multiplicative hash. The analyzer and
/// the damage repair look up keys by the thousand per page; a `Dictionary` seeds and runs a full hasher
/// for each, where this takes a multiplication and a shift.
struct KeyTable<Value: Sendable>: Sendable {
    /// Marks a free slot: no key may be this.
    static var freeSlot: UInt64 { .max }

    private var keys: [UInt64]
    private var values: [Value]
    private let filler: Value
    private let shift: UInt64
    /// Held to half the slots by growing: a probe always meets a free slot, and soon.
    private var count = 0

    /// A table with room for `capacity` keys before it grows; `filler` only stands in free slots.
    init(capacity: Int, filler: Value) {
        var bits: UInt64 = 4
        while 1 << bits < capacity * 2 { bits += 1 }
        shift = 64 - bits
        self.filler = filler
        keys = [UInt64](repeating: Self.freeSlot, count: 1 << bits)
        values = [Value](repeating: filler, count: 1 << bits)
    }

    func value(for key: UInt64) -> Value? {
        var slot = slot(of: key)
        while keys[slot] != Self.freeSlot {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }

    /// Sets the value under `key`, replacing any.
    mutating func set(_ value: Value, for key: UInt64) {
        precondition(key != Self.freeSlot, "KeyTable: this key marks free slots")
        var slot = slot(of: key)
        while keys[slot] != Self.freeSlot, keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
        if keys[slot] == Self.freeSlot {
            guard count < keys.count / 2 else {
                grow()
                set(value, for: key)
                return
            }
            count += 1
            keys[slot] = key
        }
        values[slot] = value
    }

    private mutating func grow() {
        var larger = KeyTable(capacity: keys.count, filler: filler)
        for slot in keys.indices where keys[slot] != Self.freeSlot { larger.set(values[slot], for: keys[slot]) }
        self = larger
    }

    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}

/// A set of 64-bit keys, with `KeyTable`'s speed.
typealias KeySet = KeyTable<Void>

extension KeyTable where Value == Void {
    init(capacity: Int) {
        self.init(capacity: capacity, filler: ())
    }

    mutating func insert(_ key: UInt64) {
        set((), for: key)
    }

    func contains(_ key: UInt64) -> Bool {
        value(for: key) != nil
    }
}
