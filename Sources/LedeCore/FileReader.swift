#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file (or standard input) with a size limit, with POSIX calls whose errors are
/// reported as the system states them ("too many levels of symbolic links", "permission denied").
///
/// Endless inputs (`/dev/zero`, a pipe that never closes its end) stop at the limit with an error
/// instead of growing memory; binary data is refused at the first NUL byte, without reading on.
public enum FileReader {
    /// Why a file could not be read.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        /// The path as given (`-` for standard input).
        public let path: String
        /// What went wrong, for the user.
        public let reason: String

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        public var description: String { "\(path): \(reason)" }
    }

    /// The contents of `path` (`-`: standard input), at most `limit` bytes. With `refusingBinary`,
    /// a NUL byte ends the read with an error.
    public static func read(_ path: String, limit: Int, refusingBinary: Bool = false) throws(Failure) -> [UInt8] {
        if path == "-" { return try read(descriptor: 0, path: path, limit: limit, refusingBinary: refusingBinary) }
        var status = stat()
        guard stat(path, &status) == 0 else { throw Failure(path: path, reason: systemMessage(errno)) }
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR { throw Failure(path: path, reason: "is a directory") }
        if type == S_IFREG, Int(status.st_size) > limit {
            throw Failure(path: path, reason: tooLarge(Int(status.st_size), limit: limit))
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: path, reason: systemMessage(errno)) }
        defer { close(descriptor) }
        let expected = type == S_IFREG ? Int(status.st_size) : 0
        return try read(descriptor: descriptor, path: path, limit: limit, refusingBinary: refusingBinary, expectedSize: expected)
    }

    /// Reads `descriptor` to its end, at most `limit` bytes. With `expectedSize` (a regular
    /// file's size), that many bytes are read straight into the result, without a copy.
    public static func read(descriptor: Int32, path: String, limit: Int, refusingBinary: Bool,
                            expectedSize: Int = 0) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        if expectedSize > 0 && expectedSize <= limit {
            var failure: Int32?
            bytes = [UInt8](unsafeUninitializedCapacity: expectedSize) { buffer, initialized in
                while initialized < expectedSize, let base = buffer.baseAddress {
                    let count = systemRead(descriptor, base + initialized, expectedSize - initialized)
                    if count < 0 && errno == EINTR { continue }
                    if count < 0 { failure = errno; return }
                    if count == 0 { return }
                    initialized += count
                }
            }
            if let failure { throw Failure(path: path, reason: systemMessage(failure)) }
            if refusingBinary, let nul = bytes.firstIndex(of: 0) {
                throw Failure(path: path, reason: TextDecoding.Failure.binary(offset: nul).description)
            }
            // The file ended before its size said (it shrank while read): that is all of it.
            // Otherwise read on, in case it grew.
            if bytes.count < expectedSize { return bytes }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress, buffer.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: systemMessage(errno))
            }
            if count == 0 { return bytes }
            if refusingBinary, let nul = chunk[0..<count].firstIndex(of: 0) {
                throw Failure(path: path, reason: TextDecoding.Failure.binary(offset: bytes.count + nul).description)
            }
            if bytes.count + count > limit {
                throw Failure(path: path, reason: tooLarge(nil, limit: limit))
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
        #else
        Darwin.read(descriptor, buffer, count)
        #endif
    }

    /// The message for a file over the limit.
    public static func tooLarge(_ size: Int?, limit: Int) -> String {
        let measured = size.map { "\(ByteCount.describe($0))" } ?? "more than \(ByteCount.describe(limit))"
        return "too large (\(measured)); a document may hold at most \(ByteCount.describe(limit))"
    }

    /// The system's message for an `errno` value, in lower case as lede's messages are.
    public static func systemMessage(_ code: Int32) -> String {
        let message = String(cString: strerror(code))
        guard let first = message.first else { return "error \(code)" }
        return first.lowercased() + message.dropFirst()
    }
}

/// Byte counts as people read them.
public enum ByteCount {
    /// `512 bytes`, `12.5 KB`, `64 MB` (powers of 1,024).
    public static func describe(_ bytes: Int) -> String {
        let units = ["bytes", "KB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        if unit == 0 { return "\(bytes) bytes" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded)) \(units[unit])" : "\(rounded) \(units[unit])"
    }
}
