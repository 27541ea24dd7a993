import Synchronization

/// A key of a `LookupMemo`: a value with a well-mixed 64-bit hash that is cheap to compute.
public protocol MemoKey: Equatable, Sendable {
    /// The key's hash; equal keys have equal hashes.
    var memoHash: UInt64 { get }
}

extension String: MemoKey {
    /// The `ByteHash` of the string's UTF-8 bytes (the hash `KeyFilter` uses too).
    @inlinable
    public var memoHash: UInt64 { ByteHash.of(self) }
}

extension UInt64: MemoKey {
    /// The value itself, mixed once more (MurmurHash3's finalizer), never 0.
    @inlinable
    public var memoHash: UInt64 {
        var hash = self ^ (self >> 33)
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        return hash == 0 ? 1 : hash
    }
}

/// A bounded, thread-safe memo of lookups, for lexicons and gazetteers shared by every thread.
/// An open-addressed table probed by the key's `memoHash`: a lookup costs the key's hash (which
/// a lexicon has already made for its filter), a lock and a probe, not `Hasher`'s SipHash.
public final class LookupMemo<Key: MemoKey, Value: Sendable>: Sendable {
    @usableFromInline let table = Mutex(Table())
    @usableFromInline let capacity: Int

    /// A memo that stops growing at `capacity` keys (lookups past it are simply not memoized).
    public init(capacity: Int = 200_000) {
        self.capacity = capacity
    }

    /// The value stored for `key`, or nil when the key was never stored.
    @inlinable
    public func value(for key: Key) -> Value? {
        value(for: key, hash: key.memoHash)
    }

    /// The value stored for `key`, whose `memoHash` is `hash`.
    @inlinable
    public func value(for key: Key, hash: UInt64) -> Value? {
        table.withLock { table in
            let position = table.position(of: key, hash: hash)
            return position >= 0 ? table.entries[position].value : nil
        }
    }

    /// Stores the value for `key`.
    @inlinable
    public func store(_ value: Value, for key: Key) {
        store(value, for: key, hash: key.memoHash)
    }

    /// Stores the value for `key`, whose `memoHash` is `hash` (a key stored before keeps its value).
    @inlinable
    public func store(_ value: Value, for key: Key, hash: UInt64) {
        table.withLock { table in
            guard table.entries.count < capacity, table.position(of: key, hash: hash) < 0 else { return }
            table.insert(key, value, hash: hash)
        }
    }

    /// The entries in the order they were stored, and the slots that find them by hash.
    @usableFromInline
    struct Table: Sendable {
        @usableFromInline var slots = HashSlots(capacity: 32)
        @usableFromInline var entries: [(key: Key, value: Value)] = []

        @usableFromInline init() {}

        /// The position in `entries` of `key`, or -1.
        @inlinable
        func position(of key: Key, hash: UInt64) -> Int {
            slots.position(of: hash) { entries[$0].key == key }
        }

        @inlinable
        mutating func insert(_ key: Key, _ value: Value, hash: UInt64) {
            slots.insert(hash, position: entries.count)
            entries.append((key, value))
        }
    }
}
