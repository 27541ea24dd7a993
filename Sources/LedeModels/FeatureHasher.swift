import LedeCore

/// Hashes the parts of a feature (a template number, bytes of a word, a tag) into 64 bits with
/// no allocation: FNV-1a over the parts, with a final mix so that nearby keys spread over a
/// hash table. The same parts always give the same hash, on every machine.
public struct FeatureHasher: Sendable {
    @usableFromInline var state: UInt64

    /// A hasher for the feature template `template`.
    @inlinable
    public init(template: UInt8) {
        state = 0xcbf2_9ce4_8422_2325
        combine(template)
    }

    @inlinable
    public mutating func combine(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// Adds bytes, lowercasing ASCII letters when `lowercase`.
    @inlinable
    public mutating func combine(_ bytes: UnsafeBufferPointer<UInt8>, lowercase: Bool = false) {
        for var byte in bytes {
            if lowercase, byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
            state = (state ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        state = (state ^ 0xFF) &* 0x100_0000_01b3
    }

    /// Adds the UTF-8 bytes of `text`, each as `combine(_:)` adds a byte (no separator), read
    /// from the string's own storage.
    @inlinable
    public mutating func combineBytes(of text: String) {
        WordForm.withBytes(of: text) { bytes in
            for byte in bytes { state = (state ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
    }

    /// Adds a small number (a tag, a class of a word).
    @inlinable
    public mutating func combine(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value))
        for _ in 0..<2 {
            state = (state ^ (rest & 0xFF)) &* 0x100_0000_01b3
            rest >>= 8
        }
    }

    /// The hash (never 0, which marks an empty slot of `LinearModel`'s table).
    @inlinable
    public var value: UInt64 {
        var mixed = state
        mixed ^= mixed >> 33
        mixed = mixed &* 0xff51_afd7_ed55_8ccd
        mixed ^= mixed >> 33
        return mixed == 0 ? 1 : mixed
    }
}
