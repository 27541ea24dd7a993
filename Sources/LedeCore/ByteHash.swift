/// A fast 64-bit hash of a word's UTF-8 bytes, for the tables asked about every token (`WordSet`,
/// `KeyFilter`): FNV-1a over the bytes, then MurmurHash3's finalizer so that every bit spreads;
/// never 0, which marks an empty slot.
public enum ByteHash {
    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        return hash == 0 ? 1 : hash
    }

    public static func of(_ text: String) -> UInt64 {
        // Native and small strings are read in place, with no copy of the string.
        WordForm.withBytes(of: text) { of($0) }
    }
}
