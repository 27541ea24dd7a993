/// A token's text with ASCII letters lowercased, packed into a fixed-size value so that looking a
/// token up in a lexicon hashes a few machine words and allocates nothing.
///
/// Texts longer than `capacity` bytes have no key: nothing in the number lexicons is that long.
struct WordKey: Hashable, Sendable {
    static let capacity = 24

    private var first: UInt64 = 0
    private var second: UInt64 = 0
    private var third: UInt64 = 0
    private(set) var count: UInt8 = 0

    func hash(into hasher: inout Hasher) {
        // One mixed word instead of four: lookups of every token of a document hash this.
        hasher.combine(mixed)
    }

    /// The key's bytes mixed into one word (for hashing and for `KeyFilter`).
    var mixed: UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15) ^ (second &* 0xC2B2_AE3D_27D4_EB4F) ^ (third &* 0x1656_67B1_9E37_79F9) ^ UInt64(count)
    }

    /// The key of `bytes[range]`, or nil when the range is empty or longer than `capacity`.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty, range.count <= Self.capacity else { return nil }
        var offset = 0
        for index in range {
            append(bytes[index], at: offset)
            offset += 1
        }
        count = UInt8(offset)
    }

    /// The key of a string (used when loading lexicons).
    init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard let key = bytes.withUnsafeBufferPointer({ WordKey($0, 0..<$0.count) }) else { return nil }
        self = key
    }

    /// The key of a short literal (longer ones are cut at `capacity` bytes).
    init(literal: StaticString) {
        let pointer = literal.utf8Start
        let length = min(literal.utf8CodeUnitCount, Self.capacity)
        for offset in 0..<length { append(pointer[offset], at: offset) }
        count = UInt8(length)
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8, at offset: Int) {
        let lowered = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
        let shifted = UInt64(lowered) << UInt64((offset & 7) * 8)
        switch offset >> 3 {
        case 0: first |= shifted
        case 1: second |= shifted
        default: third |= shifted
        }
    }
}

/// A bit set over mixed keys that answers "certainly not in the lexicon" for most words of a
/// text without a dictionary lookup.
struct KeyFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1 << 12)

    init<Keys: Sequence>(_ keys: Keys) where Keys.Element == WordKey {
        for key in keys { insert(key) }
    }

    private static func slot(_ key: WordKey) -> (word: Int, bit: UInt64) {
        let hash = key.mixed &* 0xFF51_AFD7_ED55_8CCD
        let index = Int(truncatingIfNeeded: hash >> 46)  // 18 bits: 4096 words of 64 bits
        return (index >> 6, 1 << UInt64(index & 63))
    }

    mutating func insert(_ key: WordKey) {
        let slot = Self.slot(key)
        bits[slot.word] |= slot.bit
    }

    /// False when the key was certainly never inserted.
    @inline(__always)
    func mayContain(_ key: WordKey) -> Bool {
        let slot = Self.slot(key)
        return bits[slot.word] & slot.bit != 0
    }
}
