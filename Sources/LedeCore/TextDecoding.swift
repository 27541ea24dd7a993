#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns raw bytes into document text, refusing binary data and repairing invalid UTF-8.
public enum TextDecoding {
    /// What decoding found.
    public struct Result: Sendable {
        /// The text; invalid sequences replaced by U+FFFD.
        public let text: String
        /// How many invalid UTF-8 sequences were replaced.
        public let replacements: Int
    }

    /// Why bytes were refused as text.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The input holds NUL bytes: it is binary, not text.
        case binary(offset: Int)

        public var description: String {
            switch self {
            case .binary(let offset): return "binary data (a NUL byte at offset \(offset)); not a text file"
            }
        }
    }

    /// Decodes UTF-8 bytes (a leading byte-order mark is dropped).
    public static func decode<Bytes: Collection>(_ bytes: Bytes) throws(Failure) -> Result
    where Bytes.Element == UInt8 {
        var start = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = bytes.index(start, offsetBy: 3) }
        let body = bytes[start...]
        let nul: Int? = body.withContiguousStorageIfAvailable { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        } ?? body.firstIndex(of: 0).map { body.distance(from: body.startIndex, to: $0) }
        if let nul {
            throw .binary(offset: bytes.distance(from: bytes.startIndex, to: start) + nul)
        }
        // Fast path: most input is valid UTF-8.
        if let text = String(validating: body, as: UTF8.self) {
            return Result(text: text, replacements: 0)
        }
        var replacements = 0
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = body.makeIterator()
        decodeLoop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .error:
                replacements += 1
                scalars.append("\u{FFFD}")
            case .emptyInput: break decodeLoop
            }
        }
        return Result(text: String(scalars), replacements: replacements)
    }
}
