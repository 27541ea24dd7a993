/// A zlib stream (RFC 1950) of stored deflate blocks (RFC 1951, section 3.2.4): what Python's
/// `zlib.decompress` reads, written without compressing, so lede needs no zlib library. A
/// DocBin written this way is larger than spaCy's own, and loads the same.
enum ZlibStream {
    static func stored(_ data: [UInt8]) -> [UInt8] {
        var output: [UInt8] = [0x78, 0x01]   // deflate, 32 KiB window; no dictionary; check bits
        output.reserveCapacity(data.count + data.count / 65_535 * 5 + 11)
        var start = 0
        repeat {
            let count = min(65_535, data.count - start)
            let isLast = start + count == data.count
            output.append(isLast ? 1 : 0)   // BFINAL, BTYPE 00 (stored)
            output.appendLittleEndian(UInt64(count), count: 2)
        output.appendLittleEndian(UInt64(~count & 0xFFFF), count: 2)
            output += data[start..<(start + count)]
            start += count
        } while start < data.count
        output.appendBigEndian(UInt64(adler32(data)), count: 4)
        return output
    }

    /// Adler-32 of `data`, as zlib checks it.
    static func adler32(_ data: [UInt8]) -> UInt32 {
        var low: UInt32 = 1, high: UInt32 = 0
        var index = 0
        while index < data.count {
            // 5,552 bytes is the most that can be summed before the sums must be reduced.
            let end = min(index + 5_552, data.count)
            while index < end {
                low &+= UInt32(data[index])
                high &+= low
                index += 1
            }
            low %= 65_521
            high %= 65_521
        }
        return high << 16 | low
    }
}
