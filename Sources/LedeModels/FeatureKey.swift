/// Combines a feature template's number with one or two keys (hashes of words, tags, classes)
/// into a feature hash, well mixed in every bit whatever the keys, even 0, and never 0 (which
/// marks an empty slot of `LinearModel`'s table). Every learned model of lede keys its features so.
public enum FeatureKey {
    @inlinable @inline(__always)
    public static func mix(_ template: UInt64, _ first: UInt64, _ second: UInt64 = 0) -> UInt64 {
        var hash = (first ^ 0x5851_F42D_4C95_7F2D) &* 0x9E37_79B9_7F4A_7C15
        hash ^= template &* 0xC2B2_AE3D_27D4_EB4F
        hash ^= second &* 0x1656_67B1_9E37_79F9
        hash ^= hash >> 31
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 29
        return hash == 0 ? 1 : hash
    }
}
