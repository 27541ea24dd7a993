import Foundation
import LedeCore

/// One document to annotate, not yet read or parsed (the workers do that, in parallel).
struct BatchItem: Sendable {
    enum Source: Sendable {
        /// A file (or `-` for standard input) holding one text.
        case file(String)
        /// One JSON Lines record.
        case record(Data, origin: String, line: Int)
    }

    let index: Int
    let source: Source

    /// A name for messages before the document's own id is known.
    var label: String {
        switch source {
        case .file(let path): return path
        case .record(_, let origin, let line): return "\(origin):\(line)"
        }
    }

    /// Reads (or parses) the document.
    func load(with loader: DocumentLoader) throws -> (Document, String?) {
        switch source {
        case .file(let path):
            do {
                let loaded = try loader.load(path: path)
                return (loaded.document, loaded.warning)
            } catch {
                throw BatchFailure(id: path, message: error.reason)
            }
        case .record(let data, _, _):
            let object: Any
            do { object = try JSONSerialization.jsonObject(with: data) } catch {
                throw BatchFailure(id: label, message: "not valid JSON")
            }
            guard let record = object as? [String: Any] else { throw BatchFailure(id: label, message: "not a JSON object") }
            let id: String
            switch record["id"] {
            case let text as String: id = text
            case let number as NSNumber: id = number.stringValue
            default: id = label
            }
            guard let text = record["text"] as? String else {
                throw BatchFailure(id: id, message: "no \"text\" string")
            }
            if text.utf8.count > loader.maximumBytes {
                throw BatchFailure(id: id, message: "too large (\(text.utf8.count) bytes; the limit is \(loader.maximumBytes))")
            }
            return (Document(id: id, text: text), nil)
        }
    }
}

/// A document that could not be annotated.
struct BatchFailure: Error, Sendable {
    let id: String
    let message: String
}

/// The items of a batch, read lazily so that memory follows the documents in flight, not the
/// size of the input.
struct BatchInput: Sequence, IteratorProtocol {
    let paths: [String]
    let format: InputFormat
    private var pathIndex = 0
    private var index = 0
    private var reader: LineReader?
    private var lineNumber = 0
    /// Files that could not be opened (reported as failures).
    private(set) var unreadable: [BatchFailure] = []

    init(paths: [String], format: InputFormat) {
        self.paths = paths.isEmpty ? ["-"] : paths
        self.format = format
    }

    mutating func next() -> BatchItem? {
        switch format {
        case .text:
            guard pathIndex < paths.count else { return nil }
            defer { pathIndex += 1; index += 1 }
            return BatchItem(index: index, source: .file(paths[pathIndex]))
        case .jsonl:
            while true {
                if reader == nil {
                    guard pathIndex < paths.count else { return nil }
                    let path = paths[pathIndex]
                    lineNumber = 0
                    if let opened = LineReader(path: path) {
                        reader = opened
                    } else {
                        // An unreadable file becomes one failed item.
                        pathIndex += 1
                        defer { index += 1 }
                        return BatchItem(index: index, source: .file(path))
                    }
                }
                guard let line = reader?.next() else {
                    reader = nil
                    pathIndex += 1
                    continue
                }
                lineNumber += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                defer { index += 1 }
                let origin = paths[pathIndex] == "-" ? "stdin" : paths[pathIndex]
                return BatchItem(index: index, source: .record(line, origin: origin, line: lineNumber))
            }
        }
    }
}

/// Reads a file (or standard input) line by line in blocks.
final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    init?(path: String) {
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let opened = FileHandle(forReadingAtPath: path) else { return nil }
            handle = opened
        }
    }

    /// The next line without its newline, or nil at the end.
    func next() -> Data? {
        while true {
            let newline = buffer.withUnsafeBufferPointer { bytes -> Int? in
                guard let base = bytes.baseAddress, start < bytes.count,
                      let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
                return UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            }
            if let newline {
                let line = Data(buffer[start..<newline])
                start = newline + 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                defer { buffer = []; start = 0 }
                return Data(buffer[start...])
            }
            buffer.removeFirst(start)
            start = 0
            let chunk = handle.readData(ofLength: 1 << 18)
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
