import LedeCore
import Testing

@Suite struct HashSlotsTests {
    @Test func positionsSharingAHashAreToldApartByTheLookup() {
        var slots = HashSlots(capacity: 2)
        let keys = ["alpha", "beta", "gamma"]
        // Every key under one hash: only the lookup's test finds the right one.
        for position in keys.indices { slots.insert(42, position: position) }
        for (position, key) in keys.enumerated() {
            #expect(slots.position(of: 42) { keys[$0] == key } == position)
        }
        #expect(slots.position(of: 42) { _ in false } == -1)
        #expect(slots.position(of: 7) { _ in true } == -1)
    }

    @Test func slotsGrowAndKeepEveryPosition() {
        var slots = HashSlots(capacity: 1)
        for position in 0..<1_000 { slots.insert(UInt64(position + 1) &* 0x9E37_79B9_7F4A_7C15 | 1, position: position) }
        #expect(slots.count == 1_000)
        for position in 0..<1_000 {
            #expect(slots.position(of: UInt64(position + 1) &* 0x9E37_79B9_7F4A_7C15 | 1) { $0 == position } == position)
        }
    }

    @Test func aLookupMemoKeepsTheFirstValueOfAKey() {
        let memo = LookupMemo<String, Int>(capacity: 10)
        memo.store(1, for: "Tehran")
        memo.store(2, for: "Tehran")
        memo.store(3, for: "tehran")
        #expect(memo.value(for: "Tehran") == 1)
        #expect(memo.value(for: "tehran") == 3)
        #expect(memo.value(for: "Teheran") == nil)
    }

    @Test func aLookupMemoStopsGrowingAtItsCapacity() {
        let memo = LookupMemo<UInt64, Int>(capacity: 3)
        for key in UInt64(0)..<10 { memo.store(Int(key), for: key) }
        #expect((0..<10).filter { memo.value(for: UInt64($0)) != nil }.count == 3)
    }
}
