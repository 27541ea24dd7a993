/// A memo keyed by 64-bit hashes that are already well mixed (a `FeatureHasher` value): open
/// addressing over the key's low bits, so a lookup hashes nothing and probes one cache line.
/// For the per-word memos of a tagger, where `Dictionary`'s own hashing would cost more than
/// the lookup. Values are kept in one array, in the order they were stored.
public struct HashKeyedMemo<Value> {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var positions: [Int32]
    @usableFromInline var stored: [Value] = []
    /// The values, in the order they were stored.
    public var values: [Value] { stored }
    /// The number of values stored.
    public var count: Int { stored.count }

    /// An empty memo with room for about `capacity` values before it grows.
    @inlinable
    public init(capacity: Int = 512) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        positions = [Int32](repeating: 0, count: size)
    }

    /// The value stored for `key`.
    @inlinable
    public subscript(key: UInt64) -> Value? {
        let position = position(of: key)
        return position >= 0 ? stored[position] : nil
    }

    /// The position in `values` of the value stored for `key`, or -1.
    @inlinable
    public func position(of key: UInt64) -> Int {
        let key = key == 0 ? 1 : key
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = keys[slot]
            if found == key { return Int(positions[slot]) }
            if found == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` for `key` (a key is stored once: later values for it are ignored).
    @inlinable
    public mutating func store(_ value: Value, for key: UInt64) {
        guard position(of: key) < 0 else { return }
        if (stored.count + 1) * 2 > keys.count { grow() }
        insert(key == 0 ? 1 : key, position: stored.count)
        stored.append(value)
    }

    @usableFromInline
    mutating func insert(_ key: UInt64, position: Int) {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        positions[slot] = Int32(truncatingIfNeeded: position)
    }

    @usableFromInline
    mutating func grow() {
        let oldKeys = keys, oldPositions = positions
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        positions = [Int32](repeating: 0, count: oldKeys.count * 2)
        for (slot, key) in oldKeys.enumerated() where key != 0 { insert(key, position: Int(oldPositions[slot])) }
    }
}
