/// Writes JSON text: strings escaped, object keys sorted so output is deterministic.
///
/// The text is built as UTF-8 bytes in one buffer of its own (no `String` per value, no array
/// bookkeeping per piece): a tagger's layer is an annotation per token, and writing them is most
/// of what `lede annotate --format jsonl` does. The writer cannot be copied; its buffer is freed
/// with it.
public struct JSONWriter: ~Copyable {
    /// The buffer: `count` bytes written, room for `capacity`.
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written so far.
    public private(set) var count = 0

    /// A writer whose buffer starts with room for `capacity` bytes (it grows as needed).
    public init(capacity: Int = 256) {
        self.capacity = max(16, capacity)
        storage = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// The JSON written so far, as UTF-8.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    /// Calls `body` with the JSON written so far, in place.
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: storage, count: count))
    }

    /// The JSON written so far.
    public var output: String { String(decoding: UnsafeBufferPointer(start: storage, count: count), as: UTF8.self) }

    /// The JSON written since the last call, which is then forgotten (for writing in pieces).
    public mutating func takeOutput() -> String {
        defer { count = 0 }
        return output
    }

    /// Makes room for `more` bytes after those written.
    @inline(__always)
    private mutating func reserve(_ more: Int) {
        if count + more > capacity { grow(to: count + more) }
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        larger.update(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress, buffer.count > 0 else { return }
        reserve(buffer.count)
        Self.copy(buffer.count, from: source, to: storage + count)
        count += buffer.count
    }

    /// Copies `length` bytes: a piece of up to 64 bytes (a token's text, the head or the attributes
    /// of an annotation) by loads and stores that may overlap, rather than a call of `memcpy`.
    @inline(__always)
    private static func copy(_ length: Int, from source: UnsafePointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(destination)
        switch length {
        case 33...64:
            let first = from.loadUnaligned(as: SIMD16<UInt8>.self), second = from.loadUnaligned(fromByteOffset: 16, as: SIMD16<UInt8>.self)
            let third = from.loadUnaligned(fromByteOffset: length - 32, as: SIMD16<UInt8>.self)
            let fourth = from.loadUnaligned(fromByteOffset: length - 16, as: SIMD16<UInt8>.self)
            to.storeBytes(of: first, as: SIMD16<UInt8>.self)
            to.storeBytes(of: second, toByteOffset: 16, as: SIMD16<UInt8>.self)
            to.storeBytes(of: third, toByteOffset: length - 32, as: SIMD16<UInt8>.self)
            to.storeBytes(of: fourth, toByteOffset: length - 16, as: SIMD16<UInt8>.self)
        case 17...32:
            let head = from.loadUnaligned(as: SIMD16<UInt8>.self), tail = from.loadUnaligned(fromByteOffset: length - 16, as: SIMD16<UInt8>.self)
            to.storeBytes(of: head, as: SIMD16<UInt8>.self)
            to.storeBytes(of: tail, toByteOffset: length - 16, as: SIMD16<UInt8>.self)
        case 8...16:
            let head = from.loadUnaligned(as: UInt64.self), tail = from.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: length - 8, as: UInt64.self)
        case 4..<8:
            let head = from.loadUnaligned(as: UInt32.self), tail = from.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: length - 4, as: UInt32.self)
        case 0..<4:
            for index in 0..<length { destination[index] = source[index] }
        default:
            destination.update(from: source, count: length)
        }
    }

    /// Appends raw JSON text (punctuation, or a value already encoded).
    public mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends raw JSON text given as UTF-8 bytes (a piece encoded once and written many times).
    public mutating func raw(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        append(bytes)
    }

    /// Appends raw JSON text known at compile time (no `String` made).
    @inline(__always)
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Appends an integer in decimal.
    public mutating func integer(_ number: Int) {
        reserve(20)
        if number < 0 {
            storage[count] = UInt8(ascii: "-")
            count += 1
        }
        var magnitude = number.magnitude
        if magnitude < 10 {
            storage[count] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude)
            count += 1
            return
        }
        var digits = 2, limit: UInt = 100
        while digits < 19 && magnitude >= limit {
            digits += 1
            limit &*= 10
        }
        if digits == 19 && magnitude >= limit { digits = 20 }
        // Two digits at a time, from the last.
        var position = count + digits
        Self.digitPairs.withUTF8Buffer { pairs in
            while magnitude >= 10 {
                let pair = Int(truncatingIfNeeded: magnitude % 100) &* 2
                magnitude /= 100
                position -= 2
                storage[position] = pairs[pair]
                storage[position + 1] = pairs[pair + 1]
            }
            if position > count { storage[count] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude) }
        }
        count += digits
    }

    /// "00" to "99", for writing two digits at a time.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// Appends a JSON string literal.
    public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { appendEscaped($0) }
    }

    /// Appends the bytes of a UTF-8 text as a JSON string literal (a document's text, without
    /// making a `String` of it first).
    public mutating func string(utf8 text: UnsafeBufferPointer<UInt8>) {
        appendEscaped(text)
    }

    /// Appends the bytes of a long UTF-8 text as a JSON string literal, in pieces of about
    /// `chunkBytes` bytes (each cut before a character's first byte), calling `flush` whenever
    /// `chunkBytes` or more are written: a document's text is never held twice.
    public mutating func string(utf8 text: UnsafeBufferPointer<UInt8>, inPiecesOf chunkBytes: Int, flush: (inout JSONWriter) -> Void) {
        raw("\"" as StaticString)
        var start = 0
        while start < text.count {
            var end = min(text.count, start + max(chunkBytes, 8))
            while end < text.count && end > start + 1 && text[end] & 0xC0 == 0x80 { end -= 1 }
            appendEscapedContents(UnsafeBufferPointer(rebasing: text[start..<end]))
            start = end
            if count >= chunkBytes { flush(&self) }
        }
        raw("\"" as StaticString)
    }

    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        reserve(text.count + 2)
        // Most text needs no escape (a token, a label): found so, it is copied whole.
        if let base = text.baseAddress, Self.isPlain(text, base) {
            storage[count] = UInt8(ascii: "\"")
            Self.copy(text.count, from: base, to: storage + count + 1)
            storage[count + text.count + 1] = UInt8(ascii: "\"")
            count += text.count + 2
            return
        }
        append(UInt8(ascii: "\""))
        appendEscapedContents(text)
        append(UInt8(ascii: "\""))
    }

    private mutating func appendEscapedContents(_ text: UnsafeBufferPointer<UInt8>) {
        reserve(text.count)
        var start = 0, index = 0
        /// Writes the plain bytes before `index`, then `escape`.
        func flush(_ escape: StaticString, skipping skipped: Int) {
            append(UnsafeBufferPointer(rebasing: text[start..<index]))
            escape.withUTF8Buffer { append($0) }
            index += skipped
            start = index
        }
        while index < text.count {
            // Eight plain bytes at a time (none below 0x20, no quote, backslash or 0xE2).
            if let base = text.baseAddress, text.count - index >= 8,
               !Self.mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = text[index]
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != 0xE2 {
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): flush("\\\"", skipping: 1)
            case UInt8(ascii: "\\"): flush("\\\\", skipping: 1)
            case UInt8(ascii: "\n"): flush("\\n", skipping: 1)
            case UInt8(ascii: "\r"): flush("\\r", skipping: 1)
            case UInt8(ascii: "\t"): flush("\\t", skipping: 1)
            case 0xE2 where text.count - index >= 3 && text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
                // U+2028 and U+2029 are valid JSON but end lines in JavaScript.
                flush(text[index + 2] == 0xA8 ? "\\u2028" : "\\u2029", skipping: 3)
            case 0xE2:
                index += 1
            default:
                // Another control character: \u00XX.
                flush("\\u00", skipping: 0)
                append(Self.hexDigits[Int(byte >> 4)])
                append(Self.hexDigits[Int(byte & 0x0F)])
                index += 1
                start = index
            }
        }
        append(UnsafeBufferPointer(rebasing: text[start..<index]))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Whether no byte of `text` needs escaping or a closer look (see `mayNeedEscape`), tested
    /// eight bytes at a time: the last eight (or, for a short text, its bytes in two loads that
    /// may overlap, padded with a plain letter) in one word.
    @inline(__always)
    private static func isPlain(_ text: UnsafeBufferPointer<UInt8>, _ base: UnsafePointer<UInt8>) -> Bool {
        let length = text.count, raw = UnsafeRawPointer(base)
        if length >= 8 {
            var index = 0
            while length - index > 8 {
                if mayNeedEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return false }
                index += 8
            }
            return !mayNeedEscape(raw.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self))
        }
        if length >= 4 {
            return !mayNeedEscape(UInt64(raw.loadUnaligned(as: UInt32.self))
                | UInt64(raw.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)) << 32)
        }
        guard length > 0 else { return true }
        let padding: UInt64 = 0x6161_6161_6100_0000
        return !mayNeedEscape(padding | UInt64(base[0]) | UInt64(base[length / 2]) << 8 | UInt64(base[length - 1]) << 16)
    }

    /// Whether any of the eight bytes of `word` may need escaping or a closer look: a control
    /// byte, a quote, a backslash, or 0xE2 (the first byte of U+2028 and U+2029). Exact for
    /// "none", which is all the caller relies on.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        /// Whether some byte of `value` is zero.
        @inline(__always) func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let below0x20 = (word &- ones &* 0x20) & ~word & highs != 0
        return below0x20 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C)) || hasZeroByte(word ^ (ones &* 0xE2))
    }

    /// Appends a value.
    public mutating func value(_ value: AttributeValue) {
        switch value {
        case .null: raw("null" as StaticString)
        case .bool(let flag): raw(flag ? "true" as StaticString : "false")
        case .int(let number): integer(number)
        case .double(let number): raw(Self.format(number))
        case .string(let text): string(text)
        case .array(let items):
            raw("[" as StaticString)
            for (offset, item) in items.enumerated() {
                if offset > 0 { raw("," as StaticString) }
                self.value(item)
            }
            raw("]" as StaticString)
        case .object(let members):
            object(members)
        }
    }

    /// Appends an annotation's attributes as a JSON object, in name order.
    public mutating func object(_ members: Attributes) {
        raw("{" as StaticString)
        for (offset, member) in members.enumerated() {
            if offset > 0 { raw("," as StaticString) }
            string(member.key)
            raw(":" as StaticString)
            value(member.value)
        }
        raw("}" as StaticString)
    }

    /// Appends an object with sorted keys.
    public mutating func object(_ members: [String: AttributeValue]) {
        raw("{" as StaticString)
        for (offset, key) in members.keys.sorted().enumerated() {
            if offset > 0 { raw("," as StaticString) }
            string(key)
            raw(":" as StaticString)
            value(members[key] ?? .null)
        }
        raw("}" as StaticString)
    }

    /// A double as JSON: integral values without a fraction, non-finite ones as null.
    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}

extension String {
    /// The string with every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
