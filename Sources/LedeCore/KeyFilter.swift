import Synchronization

/// A Bloom filter over the keys of a sorted table: says at once, from a few bits that stay in
/// cache, that most words are not keys, so that a lexicon asked about every token (speech verbs,
/// titles, organizations) answers "no" without a memo lookup. "Maybe" is wrong about 1 % of the
/// time; a real key is never missed.
public final class KeyFilter: Sendable {
    private let bits: [UInt64]
    private let mask: UInt64

    /// The filter of every key of `table` (16 bits per key, two probes).
    public init(_ table: SortedTSV) {
        var size = 64
        while size < table.count * 16 { size <<= 1 }
        var bits = [UInt64](repeating: 0, count: size / 64)
        let mask = UInt64(size - 1)
        table.forEachKey { key in
            let hash = ByteHash.of(key)
            let first = hash & mask, second = (hash >> 32 | hash << 32) & mask
            bits[Int(first >> 6)] |= 1 << (first & 63)
            bits[Int(second >> 6)] |= 1 << (second & 63)
        }
        self.bits = bits
        self.mask = mask
    }

    /// Whether `key` may be a key of the table (false: it certainly is not).
    public func mayContain(_ key: String) -> Bool {
        mayContain(hash: ByteHash.of(key))
    }

    /// Whether a key whose `ByteHash` is `hash` may be a key of the table.
    public func mayContain(hash: UInt64) -> Bool {
        let first = hash & mask, second = (hash >> 32 | hash << 32) & mask
        return bits[Int(first >> 6)] & (1 << (first & 63)) != 0 && bits[Int(second >> 6)] & (1 << (second & 63)) != 0
    }
}

/// A `KeyFilter` built on first use (a lexicon that is never asked costs nothing), then read
/// without a lock or a reference count: the filter is written once, under a lock, before
/// `ready` is set, and kept until the lexicon goes.
public final class LazyKeyFilter: @unchecked Sendable {
    private let table: SortedTSV
    private let ready = Atomic<Bool>(false)
    private let building = Mutex(())
    private var filter: Unmanaged<KeyFilter>?

    public init(_ table: SortedTSV) {
        self.table = table
    }

    deinit {
        filter?.release()
    }

    /// Whether `key` may be a key of the table (false: it certainly is not).
    public func mayContain(_ key: String) -> Bool {
        mayContain(hash: ByteHash.of(key))
    }

    /// Whether a key whose `ByteHash` is `hash` may be a key of the table.
    public func mayContain(hash: UInt64) -> Bool {
        if ready.load(ordering: .acquiring), let filter {
            return filter._withUnsafeGuaranteedRef { $0.mayContain(hash: hash) }
        }
        return built()._withUnsafeGuaranteedRef { $0.mayContain(hash: hash) }
    }

    private func built() -> Unmanaged<KeyFilter> {
        building.withLock { _ in
            if let filter { return filter }
            let made = Unmanaged.passRetained(KeyFilter(table))
            filter = made
            ready.store(true, ordering: .releasing)
            return made
        }
    }
}
