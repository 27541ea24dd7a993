/// Writes JSON text: strings escaped, object keys sorted so output is deterministic.
public struct JSONWriter {
    /// The JSON written so far.
    public private(set) var output = ""

    public init() {}

    /// The JSON written since the last call, which is then forgotten (for writing in pieces).
    public mutating func takeOutput() -> String {
        defer { output = "" }
        return output
    }

    /// Appends raw JSON text (punctuation, or a value already encoded).
    public mutating func raw(_ text: String) {
        output += text
    }

    /// Appends a JSON string literal.
    public mutating func string(_ value: String) {
        var escaped: [UInt8] = [UInt8(ascii: "\"")]
        escaped.reserveCapacity(value.utf8.count + 2)
        let hex = Array("0123456789abcdef".utf8)
        let bytes = Array(value.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): escaped += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): escaped += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\n"): escaped += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): escaped += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): escaped += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20:
                escaped += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            case 0xE2 where bytes.count - index >= 2 && bytes[index] == 0x80 && (bytes[index + 1] == 0xA8 || bytes[index + 1] == 0xA9):
                // U+2028 and U+2029 are valid JSON but end lines in JavaScript.
                escaped += Array((bytes[index + 1] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default: escaped.append(byte)
            }
        }
        escaped.append(UInt8(ascii: "\""))
        output += String(decoding: escaped, as: UTF8.self)
    }

    /// Appends a value.
    public mutating func value(_ value: AttributeValue) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .double(let number): output += Self.format(number)
        case .string(let text): string(text)
        case .array(let items):
            output += "["
            for (offset, item) in items.enumerated() {
                if offset > 0 { output += "," }
                self.value(item)
            }
            output += "]"
        case .object(let members):
            object(members)
        }
    }

    /// Appends an annotation's attributes as a JSON object, in name order.
    public mutating func object(_ members: Attributes) {
        output += "{"
        for (offset, member) in members.enumerated() {
            if offset > 0 { output += "," }
            string(member.key)
            output += ":"
            value(member.value)
        }
        output += "}"
    }

    /// Appends an object with sorted keys.
    public mutating func object(_ members: [String: AttributeValue]) {
        output += "{"
        for (offset, key) in members.keys.sorted().enumerated() {
            if offset > 0 { output += "," }
            string(key)
            output += ":"
            value(members[key] ?? .null)
        }
        output += "}"
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
