/// Writes JSON text: strings escaped, object keys sorted so output is deterministic.
///
/// The text is built as UTF-8 bytes in one buffer (no `String` per value): a tagger's layer is
/// an annotation per token, and writing them is most of what `lede annotate --format jsonl` does.
public struct JSONWriter {
    /// The JSON written so far, as UTF-8.
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// The JSON written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }

    /// The JSON written since the last call, which is then forgotten (for writing in pieces).
    public mutating func takeOutput() -> String {
        defer { bytes.removeAll(keepingCapacity: true) }
        return output
    }

    /// Appends raw JSON text (punctuation, or a value already encoded).
    public mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends raw JSON text known at compile time (no `String` made).
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends an integer in decimal.
    public mutating func integer(_ number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

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

    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.reserveCapacity(bytes.count + text.count + 2)
        bytes.append(UInt8(ascii: "\""))
        var start = 0, index = 0
        /// Writes the plain bytes before `index`, then `escape`.
        func flush(_ escape: StaticString, skipping skipped: Int) {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
            escape.withUTF8Buffer { bytes.append(contentsOf: $0) }
            index += skipped
            start = index
        }
        while index < text.count {
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
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                flush("\\u00", skipping: 0)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
                index += 1
                start = index
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
        bytes.append(UInt8(ascii: "\""))
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
