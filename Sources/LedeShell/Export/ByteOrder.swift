extension Array where Element == UInt8 {
    /// Appends the lowest `count` bytes of `value`, most significant first (MessagePack, zlib's
    /// checksum, spaCy's packed spans).
    mutating func appendBigEndian(_ value: UInt64, count: Int) {
        for shift in stride(from: (count - 1) * 8, through: 0, by: -8) { append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    /// Appends the lowest `count` bytes of `value`, least significant first (numpy's arrays).
    mutating func appendLittleEndian(_ value: UInt64, count: Int) {
        for shift in stride(from: 0, to: count * 8, by: 8) { append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }
}
