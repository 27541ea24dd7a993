import LedeCore

/// A memo keyed by 64-bit hashes that are already well mixed (a `FeatureHasher` value): open
/// addressing over the key's low bits, so a lookup hashes nothing and probes one cache line.
/// For the per-word memos of a tagger, where `Dictionary`'s own hashing would cost more than
/// the lookup. Values are kept in one array, in the order they were stored.
public struct HashKeyedMemo<Value> {
    @usableFromInline var slots: HashSlots
    @usableFromInline var stored: [Value] = []
    /// The values, in the order they were stored.
    public var values: [Value] { stored }
    /// The number of values stored.
    public var count: Int { stored.count }

    /// An empty memo with room for about `capacity` values before it grows.
    @inlinable
    public init(capacity: Int = 512) {
        slots = HashSlots(capacity: capacity)
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
        // Keys are unique: the first position with the key's hash is its own.
        slots.position(of: key == 0 ? 1 : key) { _ in true }
    }

    /// Stores `value` for `key` (a key is stored once: later values for it are ignored).
    @inlinable
    public mutating func store(_ value: Value, for key: UInt64) {
        guard position(of: key) < 0 else { return }
        slots.insert(key == 0 ? 1 : key, position: stored.count)
        stored.append(value)
    }
}
