import LedeModels
import Testing

@Suite struct HashKeyedMemoTests {
    @Test func storesFindsAndKeepsTheFirstValue() {
        var memo = HashKeyedMemo<String>(capacity: 4)
        #expect(memo[42] == nil)
        memo.store("a", for: 42)
        memo.store("b", for: 42)
        #expect(memo[42] == "a")
        memo.store("zero", for: 0)
        #expect(memo[0] == "zero")
        #expect(memo[1] == nil || memo[1] == "zero", "0 is stored as 1")
    }

    @Test func growsPastItsCapacityWithoutLosingAValue() {
        var memo = HashKeyedMemo<Int>(capacity: 2)
        // Keys that share their low bits probe the same slots.
        let keys = (1...5_000).map { UInt64($0) << 20 | 7 }
        for (index, key) in keys.enumerated() { memo.store(index, for: key) }
        for (index, key) in keys.enumerated() { #expect(memo[key] == index) }
        #expect(memo.values.count == keys.count)
        #expect(memo[UInt64(9_999) << 20 | 7] == nil)
    }
}
