/// Converts UTF-8 byte offsets of a text into Unicode scalar offsets, the unit that lede's JSON,
/// spaCy, brat and Python's `str` use.
///
/// Keeps the scalar count at every 64th byte, so a lookup counts at most 63 bytes; an ASCII text
/// needs no table at all.
public struct ScalarOffsets: Sendable {
    private let bytes: [UInt8]
    private let checkpoints: [Int32]
    private let isASCII: Bool
    private static let stride = 64

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        let ascii = bytes.allSatisfy { $0 < 0x80 }
        self.isASCII = ascii
        if ascii {
            checkpoints = []
            return
        }
        var table: [Int32] = []
        table.reserveCapacity(bytes.count / Self.stride + 1)
        var count: Int32 = 0
        for (index, byte) in bytes.enumerated() {
            if index % Self.stride == 0 { table.append(count) }
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        checkpoints = table
    }

    /// The scalar offset of a byte offset (clamped to the text).
    public func scalarOffset(ofByte offset: Int) -> Int {
        let byteOffset = max(0, min(offset, bytes.count))
        if isASCII { return byteOffset }
        let block = byteOffset / Self.stride
        if block >= checkpoints.count {
            return scalarCount(from: (checkpoints.count - 1) * Self.stride, base: Int(checkpoints.last ?? 0), to: byteOffset)
        }
        return scalarCount(from: block * Self.stride, base: Int(checkpoints[block]), to: byteOffset)
    }

    /// Where the last lookup through `scalarOffset(ofByte:from:)` ended: offsets asked in
    /// increasing order (the tokens of a layer, one after another) are counted from there.
    public struct Cursor: Sendable {
        var byte = 0
        var scalar = 0

        public init() {}

        init(byte: Int, scalar: Int) {
            self.byte = byte
            self.scalar = scalar
        }
    }

    /// The scalar offset of a byte offset (clamped to the text), counted from `cursor` when the
    /// offset is a little after it, and remembered there.
    public func scalarOffset(ofByte offset: Int, from cursor: inout Cursor) -> Int {
        let byteOffset = max(0, min(offset, bytes.count))
        if isASCII { return byteOffset }
        let scalar = byteOffset >= cursor.byte && byteOffset - cursor.byte <= Self.stride
            ? scalarCount(from: cursor.byte, base: cursor.scalar, to: byteOffset)
            : scalarOffset(ofByte: byteOffset)
        cursor = Cursor(byte: byteOffset, scalar: scalar)
        return scalar
    }

    /// The scalar range of a byte range.
    public func scalarRange(ofBytes range: Range<Int>) -> Range<Int> {
        scalarOffset(ofByte: range.lowerBound)..<scalarOffset(ofByte: range.upperBound)
    }

    private func scalarCount(from start: Int, base: Int, to end: Int) -> Int {
        var count = base
        var index = max(0, start)
        bytes.withUnsafeBufferPointer { bytes in
            // Eight bytes at a time: every byte but a continuation byte (10xxxxxx) starts a scalar.
            if let base = bytes.baseAddress {
                let highs: UInt64 = 0x8080_8080_8080_8080
                while end - index >= 8 {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    count += 8 - (word & ~(word << 1) & highs).nonzeroBitCount
                    index += 8
                }
            }
            while index < end {
                if bytes[index] & 0xC0 != 0x80 { count += 1 }
                index += 1
            }
        }
        return count
    }

    /// The byte offset of a scalar offset (clamped), for input given in scalar offsets.
    public func byteOffset(ofScalar scalar: Int) -> Int {
        if isASCII { return max(0, min(scalar, bytes.count)) }
        var count = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 {
                if count == scalar { return index }
                count += 1
            }
            index += 1
        }
        return bytes.count
    }
}
