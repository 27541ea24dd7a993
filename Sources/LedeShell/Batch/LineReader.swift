import LedeCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file (or standard input) line by line in blocks, with POSIX calls whose errors are
/// reported, and a bound on the length of a line: a longer line is skipped to its end without
/// being kept, so an input with no line breaks cannot grow memory without limit.
final class LineReader {
    /// What `next()` read.
    enum Line {
        /// A line without its line break.
        case text([UInt8])
        /// A line longer than the limit (its length), skipped.
        case tooLong(Int)
    }

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let path: String
    private let maximumLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    /// The 1-based number of the line last read.
    private(set) var lineNumber = 0

    init(path: String, maximumLineBytes: Int) throws(FileReader.Failure) {
        self.path = path
        self.maximumLineBytes = maximumLineBytes
        if path == "-" {
            descriptor = 0
            ownsDescriptor = false
            return
        }
        var status = stat()
        guard stat(path, &status) == 0 else { throw FileReader.Failure(path: path, reason: FileReader.systemMessage(errno)) }
        if status.st_mode & S_IFMT == S_IFDIR { throw FileReader.Failure(path: path, reason: "is a directory") }
        let opened = open(path, O_RDONLY | O_CLOEXEC)
        guard opened >= 0 else { throw FileReader.Failure(path: path, reason: FileReader.systemMessage(errno)) }
        descriptor = opened
        ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// The next line, or nil at the end.
    func next() throws(FileReader.Failure) -> Line? {
        var skipped = 0
        while true {
            let newline = buffer.withUnsafeBufferPointer { bytes -> Int? in
                guard let base = bytes.baseAddress, start < bytes.count,
                      let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
                return UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            }
            if let newline {
                defer { start = newline + 1 }
                lineNumber += 1
                let length = skipped + newline - start
                return skipped > 0 || length > maximumLineBytes ? .tooLong(length) : .text(Array(buffer[start..<newline]))
            }
            if atEnd {
                guard start < buffer.count || skipped > 0 else { return nil }
                defer { buffer = []; start = 0 }
                lineNumber += 1
                let length = skipped + buffer.count - start
                return skipped > 0 || length > maximumLineBytes ? .tooLong(length) : .text(Array(buffer[start...]))
            }
            buffer.removeFirst(start)
            start = 0
            if buffer.count > maximumLineBytes {
                // Past the limit: count the bytes of this line and drop them.
                skipped += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 18)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileReader.Failure(path: path, reason: FileReader.systemMessage(errno))
            }
            if count == 0 { atEnd = true } else { buffer.append(contentsOf: chunk[0..<count]) }
        }
    }
}
