/// Open-addressed slots from a well-mixed 64-bit hash (never 0) to a position in an array kept
/// beside them: the table under `LookupMemo` and `HashKeyedMemo`. Positions may share a hash; a
/// lookup says which of them it wants. Kept at most half full, so a probe rarely leaves one
/// cache line.
public struct HashSlots: Sendable {
    /// Slot → the hash stored there (0: empty).
    @usableFromInline var hashes: [UInt64]
    /// Slot → the position stored with its hash.
    @usableFromInline var positions: [Int32]
    /// The number of positions stored.
    @usableFromInline var stored = 0
    public var count: Int { stored }

    /// Slots for about `capacity` positions before they grow.
    @inlinable
    public init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        hashes = [UInt64](repeating: 0, count: size)
        positions = [Int32](repeating: 0, count: size)
    }

    /// The first position stored with `hash` for which `matches` holds, or -1.
    @inlinable
    public func position(of hash: UInt64, where matches: (Int) -> Bool) -> Int {
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == hash, matches(Int(positions[slot])) { return Int(positions[slot]) }
            slot = (slot + 1) & mask
        }
        return -1
    }

    /// Stores `position` with `hash`.
    @inlinable
    public mutating func insert(_ hash: UInt64, position: Int) {
        if (stored + 1) * 2 > hashes.count { grow() }
        place(hash, position: position)
        stored += 1
    }

    @usableFromInline
    mutating func place(_ hash: UInt64, position: Int) {
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while hashes[slot] != 0 { slot = (slot + 1) & mask }
        hashes[slot] = hash
        positions[slot] = Int32(truncatingIfNeeded: position)
    }

    @usableFromInline
    mutating func grow() {
        let oldHashes = hashes, oldPositions = positions
        hashes = [UInt64](repeating: 0, count: oldHashes.count * 2)
        positions = [Int32](repeating: 0, count: oldHashes.count * 2)
        for (slot, hash) in oldHashes.enumerated() where hash != 0 { place(hash, position: Int(oldPositions[slot])) }
    }
}
