import Foundation
import LedeCore

/// Reads a file (or standard input) into a `Document`, with the checks that protect the user:
/// missing files, directories, binary data, invalid UTF-8 and oversized input.
public struct DocumentLoader: Sendable {
    /// The largest input read, in bytes.
    public var maximumBytes: Int

    public init(maximumBytes: Int = 512 * 1024 * 1024) {
        self.maximumBytes = maximumBytes
    }

    /// A file that could not become a document.
    public struct LoadError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The result of loading: the document and any warning to show.
    public struct Loaded: Sendable {
        public let document: Document
        public let warning: String?
    }

    /// Loads `path`; `-` reads standard input.
    public func load(path: String) throws(LoadError) -> Loaded {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw LoadError(path: path, reason: "no such file")
            }
            if isDirectory.boolValue { throw LoadError(path: path, reason: "is a directory") }
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumBytes {
                throw LoadError(path: path, reason: "too large (\(size) bytes; the limit is \(maximumBytes))")
            }
            // Pipes and other special files (process substitution, /dev/stdin) have no size to read ahead.
            guard let contents = FileManager.default.contents(atPath: path)
                ?? FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() else {
                throw LoadError(path: path, reason: "cannot be read (permission denied?)")
            }
            data = contents
        }
        if data.count > maximumBytes {
            throw LoadError(path: path, reason: "too large (\(data.count) bytes; the limit is \(maximumBytes))")
        }
        return try decode(data, id: path == "-" ? "-" : path, source: path == "-" ? nil : path)
    }

    /// Makes a document of raw bytes.
    public func decode(_ data: Data, id: String, source: String?) throws(LoadError) -> Loaded {
        do {
            let result = try TextDecoding.decode(data)
            let warning = result.replacements > 0
                ? "\(id): invalid UTF-8: \(result.replacements) byte sequence\(result.replacements == 1 ? "" : "s") replaced with U+FFFD"
                : nil
            return Loaded(document: Document(id: id, text: result.text, source: source), warning: warning)
        } catch {
            throw LoadError(path: id, reason: error.description)
        }
    }
}
