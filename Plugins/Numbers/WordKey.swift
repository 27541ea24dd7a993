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
    /// Read eight bytes at a time where the buffer has them, lowered all at once.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty, range.count <= Self.capacity, range.lowerBound >= 0, range.upperBound <= bytes.count,
              let base = bytes.baseAddress else { return nil }
        let length = range.count
        guard range.lowerBound + 24 <= bytes.count else {
            // Near the end of the buffer: byte by byte.
            for offset in 0..<length { append(bytes[range.lowerBound + offset], at: offset) }
            count = UInt8(length)
            return
        }
        let start = UnsafeRawPointer(base + range.lowerBound)
        first = Self.lowered(start.loadUnaligned(as: UInt64.self), keeping: length)
        if length > 8 { second = Self.lowered(start.loadUnaligned(fromByteOffset: 8, as: UInt64.self), keeping: length - 8) }
        if length > 16 { third = Self.lowered(start.loadUnaligned(fromByteOffset: 16, as: UInt64.self), keeping: length - 16) }
        count = UInt8(length)
    }

    /// The first `keeping` bytes (all eight when more) of a word read from memory, as `append`
    /// packs them: in order from the low byte, ASCII capitals made small, the rest zero.
    @inline(__always)
    static func lowered(_ loaded: UInt64, keeping: Int) -> UInt64 {
        var word = UInt64(littleEndian: loaded)
        if keeping < 8 { word &= (1 << UInt64(keeping * 8)) - 1 }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // Each byte's low seven bits plus an offset sets its high bit from 0x41 ("A") on, and
        // from 0x5B (past "Z") on: no byte carries into the next.
        let low = word & ~highs
        let fromA = low &+ ones &* 0x3F, pastZ = low &+ ones &* 0x25
        let capitals = fromA & ~pastZ & ~word & highs
        return word | capitals >> 2
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
