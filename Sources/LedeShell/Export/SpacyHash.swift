/// spaCy's key of a string in a `StringStore`: a symbol's number for the strings of spaCy's
/// symbol table ("ORG", "VERB", "" is 0), else MurmurHash64A of the UTF-8 bytes with seed 1.
enum SpacyHash {
    static func of(_ text: String) -> UInt64 {
        if let symbol = SpacySymbols.keys[text] { return symbol }
        let bytes = Array(text.utf8)
        let multiplier: UInt64 = 0xC6A4_A793_5BD1_E995
        let shift: UInt64 = 47
        var hash: UInt64 = 1 ^ (UInt64(bytes.count) &* multiplier)
        let blocks = bytes.count / 8
        for block in 0..<blocks {
            var k: UInt64 = 0
            for byte in 0..<8 { k |= UInt64(bytes[block * 8 + byte]) << UInt64(8 * byte) }
            k &*= multiplier
            k ^= k >> shift
            k &*= multiplier
            hash ^= k
            hash &*= multiplier
        }
        let tail = bytes[(blocks * 8)...]
        if !tail.isEmpty {
            for (index, byte) in tail.enumerated() { hash ^= UInt64(byte) << UInt64(8 * index) }
            hash &*= multiplier
        }
        hash ^= hash >> shift
        hash &*= multiplier
        hash ^= hash >> shift
        return hash
    }
}
