import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A TSV file kept as bytes and searched by its first column, with no parsing at load time:
/// loading costs one pass to find the line starts (and to check that the keys are in order), a
/// lookup a binary search.
///
/// Rows must be sorted by key in byte order, as the lexicon builders write them; a file that is
/// not is corrupt, and loading it throws.
public struct SortedTSV: Sendable {
    private let bytes: [UInt8]
    /// Start offsets of the data lines, in key order.
    private let lines: [Int32]

    /// A row of the file.
    public struct Row: Sendable {
        /// The fields of the row.
        public let fields: [Substring]

        /// The field at `index`, or an empty string when the row is shorter.
        public subscript(index: Int) -> Substring { index < fields.count ? fields[index] : "" }
    }

    /// An empty table.
    public init() {
        bytes = []
        lines = []
    }

    /// Reads `Resources/<name>` from a module's bundle (pass `Bundle.module`).
    public init(resource name: String, in bundle: Bundle) throws(ResourceError) {
        try self.init(bytes: try ResourceFile.bytes(name, in: bundle), name: name)
    }

    /// A table over TSV bytes; lines starting with `#` and blank lines are skipped. Throws when
    /// the keys are not in byte order (`name` names the file in the error).
    public init(bytes: [UInt8], name: String = "table") throws(ResourceError) {
        var starts: [Int32] = []
        starts.reserveCapacity(bytes.count / 24)
        var unsortedLine: Int?
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var lineStart = 0
            var lineNumber = 0
            let count = buffer.count
            while lineStart < count {
                lineNumber += 1
                let remaining = count - lineStart
                let end: Int
                if let found = memchr(base + lineStart, 0x0A, remaining) {
                    end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                } else {
                    end = count
                }
                let first = base[lineStart]
                if end > lineStart && first != UInt8(ascii: "#") && first != 0x0D {
                    if unsortedLine == nil, let previous = starts.last,
                       Self.compareKeys(buffer, Int(previous), lineStart) > 0 {
                        unsortedLine = lineNumber
                    }
                    starts.append(Int32(lineStart))
                }
                lineStart = end + 1
            }
        }
        if let unsortedLine {
            throw ResourceError(resource: name, reason: "line \(unsortedLine) is out of order (the keys must be sorted byte by byte)")
        }
        self.bytes = bytes
        self.lines = starts
    }

    /// Whether the rows are in byte order of their keys (what lookups need).
    public var isSorted: Bool {
        bytes.withUnsafeBufferPointer { buffer in
            lines.indices.dropFirst().allSatisfy { Self.compareKeys(buffer, Int(lines[$0 - 1]), Int(lines[$0])) <= 0 }
        }
    }

    /// The number of rows.
    public var count: Int { lines.count }

    /// Every row whose key equals `key`, in file order.
    public func rows(for key: String) -> [Row] {
        var key = key
        return key.withUTF8 { keyBytes -> [Row] in
            var low = 0
            var high = lines.count
            while low < high {
                let middle = (low + high) / 2
                if compare(line: Int(lines[middle]), to: keyBytes) < 0 { low = middle + 1 } else { high = middle }
            }
            var rows: [Row] = []
            var index = low
            while index < lines.count, compare(line: Int(lines[index]), to: keyBytes) == 0 {
                rows.append(row(at: Int(lines[index])))
                index += 1
            }
            return rows
        }
    }

    /// The first row whose key equals `key`.
    public func firstRow(for key: String) -> Row? {
        rows(for: key).first
    }

    /// Whether some row has the key.
    public func contains(_ key: String) -> Bool {
        firstRow(for: key) != nil
    }

    /// Whether some key starts with `prefix` (and is longer than it), so that a caller matching
    /// names word by word knows when to stop.
    public func hasKey(extending prefix: String) -> Bool {
        var prefix = prefix
        return prefix.withUTF8 { prefixBytes -> Bool in
            var low = 0
            var high = lines.count
            while low < high {
                let middle = (low + high) / 2
                if compare(line: Int(lines[middle]), to: prefixBytes) <= 0 { low = middle + 1 } else { high = middle }
            }
            guard low < lines.count else { return false }
            let start = Int(lines[low])
            for offset in 0..<prefixBytes.count {
                let index = start + offset
                if index >= bytes.count || bytes[index] != prefixBytes[offset] { return false }
            }
            let next = start + prefixBytes.count
            return next < bytes.count && bytes[next] != 0x09 && bytes[next] != 0x0A
        }
    }

    /// Calls `body` with the bytes of every key, in order (no allocation).
    public func forEachKey(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            for start in lines {
                var end = Int(start)
                while end < buffer.count && buffer[end] != 0x09 && buffer[end] != 0x0A && buffer[end] != 0x0D { end += 1 }
                body(UnsafeBufferPointer(rebasing: buffer[Int(start)..<end]))
            }
        }
    }

    /// Every key, in order (for completion and tests; allocates a string per row).
    public var keys: [String] {
        lines.map { start in
            var end = Int(start)
            while end < bytes.count && bytes[end] != 0x09 && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
            return String(decoding: bytes[Int(start)..<end], as: UTF8.self)
        }
    }

    private func row(at start: Int) -> Row {
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        let line = String(decoding: bytes[start..<end], as: UTF8.self)
        // Split at tabs byte by byte (a tab is ASCII, so each cut is a character boundary).
        var fields: [Substring] = []
        let utf8 = line.utf8
        var fieldStart = utf8.startIndex, index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == 0x09 {
                fields.append(line[fieldStart..<index])
                fieldStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        fields.append(line[fieldStart...])
        return Row(fields: fields)
    }

    /// Compares the key of the line at `start` with `key`, bytewise.
    private func compare(line start: Int, to key: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return key.isEmpty ? 0 : -1 }
            let count = bytes.count
            var index = start
            var keyIndex = 0
            while true {
                let byte: UInt8 = index < count ? base[index] : 0x0A
                let lineEnded = byte == 0x09 || byte == 0x0A || byte == 0x0D
                let keyEnded = keyIndex >= key.count
                if lineEnded || keyEnded { return lineEnded && keyEnded ? 0 : (lineEnded ? -1 : 1) }
                let other = key[keyIndex]
                if byte != other { return byte < other ? -1 : 1 }
                index += 1
                keyIndex += 1
            }
        }
    }

    private static func compareKeys(_ bytes: UnsafeBufferPointer<UInt8>, _ first: Int, _ second: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let count = bytes.count
        var a = first, b = second
        while true {
            let aByte: UInt8 = a < count ? base[a] : 0x0A
            let bByte: UInt8 = b < count ? base[b] : 0x0A
            let aEnded = aByte == 0x09 || aByte == 0x0A || aByte == 0x0D
            let bEnded = bByte == 0x09 || bByte == 0x0A || bByte == 0x0D
            if aEnded || bEnded { return aEnded && bEnded ? 0 : (aEnded ? -1 : 1) }
            if aByte != bByte { return aByte < bByte ? -1 : 1 }
            a += 1
            b += 1
        }
    }
}
