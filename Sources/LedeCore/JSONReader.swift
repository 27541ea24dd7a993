/// Parses JSON text (RFC 8259) into `AttributeValue`s, working on UTF-8 bytes.
///
/// Lenient where a reader of real data must be, strict where it matters: a lone UTF-16 surrogate
/// escape (`"\ud800"`) or an invalid UTF-8 sequence inside a string is repaired with U+FFFD and
/// counted, as files are; nesting deeper than `maximumDepth` and anything after the value are
/// errors, with the byte offset where the problem was found.
public struct JSONReader {
    /// Why a text is not JSON.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        /// The byte offset where the problem was found.
        public let offset: Int
        public let message: String
        public var description: String { "\(message) at byte \(offset)" }
    }

    /// The deepest nesting of arrays and objects accepted.
    public static let maximumDepth = 512

    /// How many invalid sequences (lone surrogates, invalid UTF-8) were replaced with U+FFFD.
    public private(set) var repairs = 0

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Parses one JSON value that fills `bytes` (white space around it allowed). Returns the value
    /// and how many invalid sequences were repaired.
    public static func parse<Bytes: Collection>(_ bytes: Bytes) throws(Failure) -> (value: AttributeValue, repairs: Int)
    where Bytes.Element == UInt8 {
        let result: Result<(AttributeValue, Int), Failure>? = bytes.withContiguousStorageIfAvailable { buffer in
            parseBuffer(buffer)
        }
        switch result ?? parseBuffer(Array(bytes)) {
        case .success(let parsed): return (parsed.0, parsed.1)
        case .failure(let failure): throw failure
        }
    }

    private static func parseBuffer(_ bytes: [UInt8]) -> Result<(AttributeValue, Int), Failure> {
        bytes.withUnsafeBufferPointer { parseBuffer($0) }
    }

    private static func parseBuffer(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<(AttributeValue, Int), Failure> {
        var reader = JSONReader(buffer)
        do throws(Failure) {
            reader.skipSpace()
            let value = try reader.value(depth: 0)
            reader.skipSpace()
            if reader.position < buffer.count { throw reader.failure("unexpected text after the JSON value") }
            return .success((value, reader.repairs))
        } catch {
            return .failure(error)
        }
    }

    /// A short description of a value's type, for messages ("a JSON number").
    public static func kind(of value: AttributeValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "a JSON boolean"
        case .int, .double: return "a JSON number"
        case .string: return "a JSON string"
        case .array: return "a JSON array"
        case .object: return "a JSON object"
        }
    }

    // MARK: Parsing

    private func failure(_ message: String) -> Failure {
        Failure(offset: position, message: message)
    }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(Failure) -> AttributeValue {
        guard let byte = current else { throw failure("unexpected end of the JSON text") }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw failure("unexpected character '\(Self.show(byte))'")
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let length = word.utf8CodeUnitCount
        guard bytes.count - position >= length else { throw failure("unexpected end of the JSON text") }
        for offset in 0..<length where bytes[position + offset] != word.utf8Start[offset] {
            throw failure("unexpected character '\(Self.show(bytes[position]))'")
        }
        position += length
    }

    private mutating func object(depth: Int) throws(Failure) -> AttributeValue {
        guard depth <= Self.maximumDepth else { throw failure("nested deeper than \(Self.maximumDepth) levels") }
        position += 1
        var members: [String: AttributeValue] = [:]
        skipSpace()
        if current == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw failure("expected a member name in quotes") }
            let key = try string()
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw failure("expected ':' after a member name") }
            position += 1
            skipSpace()
            members[key] = try value(depth: depth)
            skipSpace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                position += 1
                return .object(members)
            case nil: throw failure("unexpected end of the JSON text (an object is not closed)")
            default: throw failure("expected ',' or '}' in an object")
            }
        }
    }

    private mutating func array(depth: Int) throws(Failure) -> AttributeValue {
        guard depth <= Self.maximumDepth else { throw failure("nested deeper than \(Self.maximumDepth) levels") }
        position += 1
        var items: [AttributeValue] = []
        skipSpace()
        if current == UInt8(ascii: "]") {
            position += 1
            return .array(items)
        }
        while true {
            skipSpace()
            items.append(try value(depth: depth))
            skipSpace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                return .array(items)
            case nil: throw failure("unexpected end of the JSON text (an array is not closed)")
            default: throw failure("expected ',' or ']' in an array")
            }
        }
    }

    private mutating func number() throws(Failure) -> AttributeValue {
        let start = position
        var isInteger = true
        if current == UInt8(ascii: "-") { position += 1 }
        guard let first = current, first >= 0x30, first <= 0x39 else { throw failure("a number needs a digit") }
        if first == 0x30 {
            position += 1
        } else {
            while let digit = current, digit >= 0x30, digit <= 0x39 { position += 1 }
        }
        if current == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard let digit = current, digit >= 0x30, digit <= 0x39 else { throw failure("a fraction needs a digit") }
            while let digit = current, digit >= 0x30, digit <= 0x39 { position += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard let digit = current, digit >= 0x30, digit <= 0x39 else { throw failure("an exponent needs a digit") }
            while let digit = current, digit >= 0x30, digit <= 0x39 { position += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        if isInteger, let integer = Int(text) { return .int(integer) }
        guard let double = Double(text) else { throw Failure(offset: start, message: "unreadable number") }
        return .double(double)
    }

    private mutating func string() throws(Failure) -> String {
        position += 1
        let start = position
        // Fast path: no escapes and no control characters up to the closing quote.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                if let text = String(validating: raw, as: UTF8.self) { return text }
                return repairing(raw)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            position += 1
        }
        var scalars: [UInt8] = Array(bytes[start..<position])
        while true {
            guard position < bytes.count else { throw Failure(offset: start - 1, message: "a string is not closed") }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                if let text = String(validating: scalars, as: UTF8.self) { return text }
                return scalars.withUnsafeBufferPointer { repairing($0) }
            case UInt8(ascii: "\\"):
                position += 1
                guard let escape = current else { throw failure("a string is not closed") }
                position += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append(0x22)
                case UInt8(ascii: "\\"): scalars.append(0x5C)
                case UInt8(ascii: "/"): scalars.append(0x2F)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"): appendUTF8(of: try unicodeEscape(), to: &scalars)
                default:
                    position -= 1
                    throw failure("unknown escape '\\\(Self.show(escape))' in a string")
                }
            case 0..<0x20:
                throw failure("a control character (U+\(String(byte, radix: 16, uppercase: true))) in a string must be escaped")
            default:
                scalars.append(byte)
                position += 1
            }
        }
    }

    /// The scalar of `\uXXXX` (after the `u`), joining a surrogate pair; a lone surrogate is U+FFFD.
    private mutating func unicodeEscape() throws(Failure) -> Unicode.Scalar {
        let high = try hexQuad()
        if (0xD800...0xDBFF).contains(high) {
            if bytes.count - position >= 6, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                let saved = position
                position += 2
                let low = try hexQuad()
                if (0xDC00...0xDFFF).contains(low),
                   let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) {
                    return scalar
                }
                position = saved
            }
            repairs += 1
            return "\u{FFFD}"
        }
        guard let scalar = Unicode.Scalar(high) else {
            repairs += 1
            return "\u{FFFD}"
        }
        return scalar
    }

    private mutating func hexQuad() throws(Failure) -> UInt32 {
        guard bytes.count - position >= 4 else { throw failure("a \\u escape needs four hexadecimal digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw failure("a \\u escape needs four hexadecimal digits")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private func appendUTF8(of scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        UTF8.encode(scalar) { bytes.append($0) }
    }

    /// Invalid UTF-8 inside a string, each bad sequence replaced with U+FFFD.
    private mutating func repairing(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = raw.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .error:
                repairs += 1
                scalars.append("\u{FFFD}")
            case .emptyInput: return String(scalars)
            }
        }
    }

    /// A byte as shown in a message.
    private static func show(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16, uppercase: true)
    }
}
