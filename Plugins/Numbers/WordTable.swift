/// A hash table from word keys to values, with open addressing and the key's own mixing as the
/// hash: cheaper than `Dictionary` (no seeded hasher), which matters for a lookup per token.
struct WordTable<Value: Sendable>: Sendable {
    private var slots: [(key: WordKey, value: Value)?]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 4) {
        var capacity = 8
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        slots = Array(repeating: nil, count: capacity)
        mask = capacity - 1
    }

    @inline(__always)
    private func home(_ key: WordKey) -> Int {
        Int(truncatingIfNeeded: (key.mixed &* 0xFF51_AFD7_ED55_8CCD) >> 32) & mask
    }

    subscript(key: WordKey) -> Value? {
        get {
            var index = home(key)
            while let slot = slots[index] {
                if slot.key == key { return slot.value }
                index = (index + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { return }  // removal is never needed
            var index = home(key)
            while let slot = slots[index] {
                if slot.key == key {
                    slots[index] = (key, newValue)
                    return
                }
                index = (index + 1) & mask
            }
            slots[index] = (key, newValue)
            count += 1
            if count * 2 > slots.count { grow() }
        }
    }

    /// Every key in the table.
    var keys: [WordKey] { slots.compactMap { $0?.key } }

    /// Every entry in the table.
    var entries: [(key: WordKey, value: Value)] { slots.compactMap { $0 } }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: nil, count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for case let (key, value)? in old { self[key] = value }
    }
}
