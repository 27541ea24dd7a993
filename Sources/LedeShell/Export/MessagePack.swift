import LedeCore

/// Writes MessagePack (msgpack.org), the encoding of spaCy's DocBin: the few types it needs,
/// each in its shortest form.
struct MessagePack {
    private(set) var bytes: [UInt8] = []

    mutating func writeNil() { bytes.append(0xC0) }

    mutating func write(_ value: Bool) { bytes.append(value ? 0xC3 : 0xC2) }

    mutating func write(_ value: Int) {
        if value >= 0 {
            write(unsigned: UInt64(value))
        } else if value >= -32 {
            bytes.append(UInt8(bitPattern: Int8(value)))
        } else if value >= Int(Int8.min) {
            bytes.append(0xD0); bytes.append(UInt8(bitPattern: Int8(value)))
        } else if value >= Int(Int16.min) {
            bytes.append(0xD1); append(UInt64(UInt16(bitPattern: Int16(value))), count: 2)
        } else if value >= Int(Int32.min) {
            bytes.append(0xD2); append(UInt64(UInt32(bitPattern: Int32(value))), count: 4)
        } else {
            bytes.append(0xD3); append(UInt64(bitPattern: Int64(value)), count: 8)
        }
    }

    mutating func write(unsigned value: UInt64) {
        switch value {
        case 0..<0x80: bytes.append(UInt8(value))
        case 0x80...0xFF: bytes.append(0xCC); bytes.append(UInt8(value))
        case 0x100...0xFFFF: bytes.append(0xCD); append(value, count: 2)
        case 0x1_0000...0xFFFF_FFFF: bytes.append(0xCE); append(value, count: 4)
        default: bytes.append(0xCF); append(value, count: 8)
        }
    }

    mutating func write(_ value: Double) {
        bytes.append(0xCB)
        append(value.bitPattern, count: 8)
    }

    mutating func write(_ value: String) {
        let utf8 = Array(value.utf8)
        switch utf8.count {
        case 0..<32: bytes.append(0xA0 | UInt8(utf8.count))
        case 32...0xFF: bytes.append(0xD9); bytes.append(UInt8(utf8.count))
        case 0x100...0xFFFF: bytes.append(0xDA); append(UInt64(utf8.count), count: 2)
        default: bytes.append(0xDB); append(UInt64(utf8.count), count: 4)
        }
        bytes.append(contentsOf: utf8)
    }

    /// Raw bytes (MessagePack's bin type, which Python reads as `bytes`).
    mutating func write(binary: [UInt8]) {
        switch binary.count {
        case 0...0xFF: bytes.append(0xC4); bytes.append(UInt8(binary.count))
        case 0x100...0xFFFF: bytes.append(0xC5); append(UInt64(binary.count), count: 2)
        default: bytes.append(0xC6); append(UInt64(binary.count), count: 4)
        }
        bytes.append(contentsOf: binary)
    }

    /// The header of an array of `count` values (write them next).
    mutating func arrayHeader(_ count: Int) {
        switch count {
        case 0..<16: bytes.append(0x90 | UInt8(count))
        case 16...0xFFFF: bytes.append(0xDC); append(UInt64(count), count: 2)
        default: bytes.append(0xDD); append(UInt64(count), count: 4)
        }
    }

    /// The header of a map of `count` pairs (write each key, then its value).
    mutating func mapHeader(_ count: Int) {
        switch count {
        case 0..<16: bytes.append(0x80 | UInt8(count))
        case 16...0xFFFF: bytes.append(0xDE); append(UInt64(count), count: 2)
        default: bytes.append(0xDF); append(UInt64(count), count: 4)
        }
    }

    /// An attribute value of lede's, in the MessagePack type Python reads back as the same value.
    mutating func write(_ value: AttributeValue) {
        switch value {
        case .null: writeNil()
        case .bool(let flag): write(flag)
        case .int(let number): write(number)
        case .double(let number): write(number)
        case .string(let text): write(text)
        case .array(let values):
            arrayHeader(values.count)
            for value in values { write(value) }
        case .object(let members):
            mapHeader(members.count)
            for key in members.keys.sorted() {
                write(key)
                write(members[key] ?? .null)
            }
        }
    }

    /// `value`'s lowest `count` bytes (MessagePack is big-endian).
    private mutating func append(_ value: UInt64, count: Int) {
        bytes.appendBigEndian(value, count: count)
    }
}
