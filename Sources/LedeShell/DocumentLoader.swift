import LedeCore

/// Reads a file (or standard input) into a `Document`, with the checks that protect the user:
/// missing files, directories, binary data, invalid UTF-8 and oversized or endless input.
public struct DocumentLoader: Sendable {
    /// The largest document read, in bytes.
    public var maximumBytes: Int

    /// The default limit on one document: far above any article or book, and low enough that
    /// annotating it fits in memory on an ordinary machine.
    public static let defaultMaximumBytes = 16 * 1024 * 1024

    public init(maximumBytes: Int = DocumentLoader.defaultMaximumBytes) {
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
        let bytes: [UInt8]
        do { bytes = try FileReader.read(path, limit: maximumBytes, refusingBinary: true) } catch {
            throw LoadError(path: path, reason: error.reason)
        }
        return try decode(bytes, id: path, source: path == "-" ? nil : path)
    }

    /// Makes a document of raw bytes.
    public func decode<Bytes: Collection>(_ bytes: Bytes, id: String, source: String?) throws(LoadError) -> Loaded
    where Bytes.Element == UInt8 {
        if bytes.count > maximumBytes {
            throw LoadError(path: id, reason: FileReader.tooLarge(bytes.count, limit: maximumBytes))
        }
        do {
            let result = try TextDecoding.decode(bytes)
            let warning = result.replacements > 0
                ? "\(id): invalid UTF-8: \(result.replacements) byte sequence\(result.replacements == 1 ? "" : "s") replaced with U+FFFD"
                : nil
            return Loaded(document: Document(id: id, text: result.text, source: source), warning: warning)
        } catch {
            throw LoadError(path: id, reason: error.description)
        }
    }

    /// What `open` found in a file: text, or a lede JSON document with its layers.
    public enum Opened: Sendable {
        case text(Loaded)
        case json(Document)
    }

    /// Reads `path` as `open` does: a `.json` file whose content is an object is a lede JSON
    /// document (its layers kept; up to 8 times the text limit, for the annotations), anything
    /// else a text.
    public func open(path: String) throws(LoadError) -> Opened {
        guard path.hasSuffix(".json") else { return .text(try load(path: path)) }
        let bytes: [UInt8]
        do { bytes = try FileReader.read(path, limit: maximumBytes * 8, refusingBinary: true) } catch {
            throw LoadError(path: path, reason: error.reason)
        }
        guard bytes.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) == UInt8(ascii: "{") else {
            return .text(try decode(bytes, id: path, source: path))
        }
        do { return .json(try DocumentJSON.decode(bytes, defaultID: path)) } catch {
            throw LoadError(path: path, reason: "not a lede JSON document: \(error.description)")
        }
    }
}
