import Testing
@testable import NoticeKit

@Suite struct KeyTableTests {
    /// Far more keys than the table was made for: it must grow, keep every value and still say no for
    /// keys it never held.
    @Test func growsPastItsCapacityAndKeepsEveryValue() {
        var table = KeyTable(capacity: 4, filler: 0)
        for key in 0..<10_000 as Range<UInt64> { table.set(Int(key) * 3, for: key &* 0x1_0000_0001) }
        #expect((0..<10_000 as Range<UInt64>).allSatisfy { table.value(for: $0 &* 0x1_0000_0001) == Int($0) * 3 })
        #expect(table.value(for: 7) == nil)
        table.set(-1, for: 0)
        #expect(table.value(for: 0) == -1)
    }

    @Test func aSetSaysWhatItHolds() {
        var set = KeySet(capacity: 2)
        for key: UInt64 in [5, 1 << 40, 42, 0] { set.insert(key) }
        #expect(set.contains(1 << 40) && set.contains(0) && set.contains(42))
        #expect(!set.contains(6))
    }
}
