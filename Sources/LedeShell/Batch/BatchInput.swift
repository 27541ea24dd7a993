import Foundation
import LedeCore

/// One document to annotate, not yet read or parsed (the workers do that, in parallel).
struct BatchItem: Sendable {
    enum Source: Sendable {
        /// A file (or `-` for standard input) holding one text.
        case file(String)
        /// One JSON Lines record.
        case record([UInt8], origin: String, line: Int)
        /// Input that could not be read: reported as a failed document.
        case unreadable(label: String, reason: String)
    }

    let index: Int
    let source: Source

    /// About how many bytes of text the item holds (a file's size; a record's), so that a batch
    /// of small documents can be many and one of large documents few.
    var estimatedBytes: Int {
        switch source {
        case .file(let path):
            var status = stat()
            return path != "-" && stat(path, &status) == 0 ? Int(status.st_size) : 0
        case .record(let bytes, _, _): return bytes.count
        case .unreadable: return 0
        }
    }

    /// A name for messages before the document's own id is known.
    var label: String {
        switch source {
        case .file(let path): return path
        case .record(_, let origin, let line): return "\(origin):\(line)"
        case .unreadable(let label, _): return label
        }
    }

    /// Reads (or parses) the document; returns it with the warnings to show.
    func load(with loader: DocumentLoader) throws(BatchFailure) -> (Document, [String]) {
        switch source {
        case .file(let path):
            do {
                let loaded = try loader.load(path: path)
                return (loaded.document, loaded.warning.map { [$0] } ?? [])
            } catch {
                throw BatchFailure(id: path, message: error.reason)
            }
        case .unreadable(let label, let reason):
            throw BatchFailure(id: label, message: reason)
        case .record(let bytes, _, _):
            let parsed: (value: AttributeValue, repairs: Int)
            do { parsed = try JSONReader.parse(bytes) } catch {
                throw BatchFailure(id: label, message: "not valid JSON: \(error)")
            }
            guard case .object(let record) = parsed.value else {
                throw BatchFailure(id: label, message: "\(JSONReader.kind(of: parsed.value)), not an object with \"id\" and \"text\"")
            }
            let id = record["id"].flatMap(DocumentJSON.identifier) ?? label
            guard let text = record["text"]?.stringValue else {
                throw BatchFailure(id: id, message: "no \"text\" string")
            }
            if text.utf8.count > loader.maximumBytes {
                throw BatchFailure(id: id, message: FileReader.tooLarge(text.utf8.count, limit: loader.maximumBytes))
            }
            var warnings: [String] = []
            if parsed.repairs > 0 {
                warnings.append("\(id): \(parsed.repairs) invalid character\(parsed.repairs == 1 ? "" : "s") (lone surrogates or invalid UTF-8) replaced with U+FFFD")
            }
            // A record's "date" (YYYY-MM-DD) is the article's date, for relative dates ("last Friday").
            var metadata: [String: AttributeValue] = [:]
            if let date = record["date"]?.stringValue {
                if Self.isISODate(date) { metadata["date"] = .string(date) } else {
                    warnings.append("\(id): \"date\" \(Text.oneLine(date).prefix(40)) is not YYYY-MM-DD; ignored")
                }
            }
            return (Document(id: id, text: text, metadata: metadata), warnings)
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
    /// The longest JSON Lines record read; a longer line is reported and skipped.
    let maximumLineBytes: Int
    private var pathIndex = 0
    private var index = 0
    private var reader: LineReader?

    init(paths: [String], format: InputFormat, maximumLineBytes: Int) {
        self.paths = paths.isEmpty ? ["-"] : paths
        self.format = format
        self.maximumLineBytes = maximumLineBytes
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
                    do {
                        reader = try LineReader(path: path, maximumLineBytes: maximumLineBytes)
                    } catch {
                        // An unreadable file becomes one failed item.
                        pathIndex += 1
                        defer { index += 1 }
                        return BatchItem(index: index, source: .unreadable(label: path, reason: error.reason))
                    }
                }
                guard let reader else { continue }
                let origin = paths[pathIndex] == "-" ? "stdin" : paths[pathIndex]
                let line: LineReader.Line?
                do { line = try reader.next() } catch {
                    self.reader = nil
                    pathIndex += 1
                    defer { index += 1 }
                    return BatchItem(index: index, source: .unreadable(label: "\(origin):\(reader.lineNumber)", reason: error.reason))
                }
                switch line {
                case nil:
                    self.reader = nil
                    pathIndex += 1
                    continue
                case .tooLong(let length)?:
                    defer { index += 1 }
                    return BatchItem(index: index, source: .unreadable(
                        label: "\(origin):\(reader.lineNumber)",
                        reason: "a line of \(ByteCount.describe(length)) is longer than a record may be (\(ByteCount.describe(maximumLineBytes))); skipped"))
                case .text(let bytes)?:
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    defer { index += 1 }
                    return BatchItem(index: index, source: .record(bytes, origin: origin, line: reader.lineNumber))
                }
            }
        }
    }
}

extension BatchItem {
    /// Whether `text` reads as a date `YYYY-MM-DD`.
    static func isISODate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { index, byte in index == 4 || index == 7 || (byte >= 0x30 && byte <= 0x39) }
    }
}
