/// A fast 64-bit hash of a word's UTF-8 bytes, for the tables asked about every token (`WordSet`,
/// `KeyFilter`, `NameTable`): the bytes are read eight at a time (a short word in two or three
/// overlapping reads, never past its end), each word of bytes multiplied in, then MurmurHash3's
/// finalizer spreads every bit; never 0, which marks an empty slot. Nothing stored on disk
/// depends on it: the tables are made from their lexicons when loaded.
public enum ByteHash {
    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ (UInt64(truncatingIfNeeded: count) &* 0x9e37_79b9_7f4a_7c15)
        guard let base = bytes.baseAddress, count > 0 else { return finish(hash) }
        let raw = UnsafeRawPointer(base)
        if count >= 8 {
            var position = 0
            while position + 8 < count {
                hash = mix(hash, raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
                position += 8
            }
            // The last eight bytes, which may overlap the last word read.
            hash = mix(hash, raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        } else if count >= 4 {
            let low = UInt64(raw.loadUnaligned(as: UInt32.self))
            let high = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            hash = mix(hash, low | high << 32)
        } else {
            let first = UInt64(base[0]), middle = UInt64(base[count / 2]), last = UInt64(base[count - 1])
            hash = mix(hash, first | middle << 8 | last << 16)
        }
        return finish(hash)
    }

    public static func of(_ text: String) -> UInt64 {
        // Native and small strings are read in place, with no copy of the string.
        WordForm.withBytes(of: text) { of($0) }
    }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let product = (hash ^ word) &* 0x9fb2_1c65_1e98_df25
        return (product << 29) | (product >> 35)
    }

    /// MurmurHash3's 64-bit finalizer, and never 0.
    @inline(__always)
    private static func finish(_ value: UInt64) -> UInt64 {
        var hash = value
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        hash = hash &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return hash == 0 ? 1 : hash
    }
}
