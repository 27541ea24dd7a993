import Foundation
import LedeCore

/// One output format: `export FORMAT FILE` in the command language, `--format` in `lede annotate`.
///
/// Formats that can stream (JSON Lines, CoNLL, CSV…) write a header, each document, then a
/// footer; brat writes a pair of files per document and cannot stream.
public protocol Exporter: Sendable {
    /// The name after `export` and `--format`.
    var name: String { get }
    /// One line for help.
    var summary: String { get }
    /// The usual file extension, without the dot.
    var fileExtension: String { get }
    /// Whether documents can be written one after the other to one stream.
    var isStreamable: Bool { get }
    /// Text before the first document.
    func header() -> String
    /// Text before `document` when it is the only one (an HTML page takes its headline as title).
    func header(for document: Document) -> String
    /// One document.
    func render(_ document: Document) throws -> String
    /// One document, handed to `write` in pieces (a large document is never held whole).
    func render(_ document: Document, into write: (String) -> Void) throws
    /// One document as UTF-8 bytes (a format that builds bytes gives them without a `String`).
    func renderBytes(_ document: Document) throws -> [UInt8]
    /// Whether a long document (over `DocumentSections.documentLimit`) is annotated and written
    /// section by section, in memory that does not grow with its length.
    var writesLongDocumentsInSections: Bool { get }
    /// One long document, not yet annotated, handed to `write` in pieces: `annotate` gives the
    /// annotated document of each of its `sections` (byte ranges of its text) in turn.
    func render(_ document: Document, sections: [Range<Int>], annotate: (Document) -> Document, into write: (String) -> Void) throws
    /// Text between two documents written one after the other.
    var separator: String { get }
    /// Whether a later document can be added at the end of a file that holds earlier ones
    /// (the header not repeated): a stream with no footer, such as CSV or JSON Lines.
    var canAppend: Bool { get }
    /// Text after the last document.
    func footer() -> String
    /// The files that `export` writes for one document at `path`.
    func files(for document: Document, path: String) throws -> [ExportedFile]
}

extension Exporter {
    public var isStreamable: Bool { true }
    public func header() -> String { "" }
    public func header(for document: Document) -> String { header() }
    public func render(_ document: Document, into write: (String) -> Void) throws {
        write(try render(document))
    }
    public func renderBytes(_ document: Document) throws -> [UInt8] {
        Array(try render(document).utf8)
    }
    public var writesLongDocumentsInSections: Bool { false }
    /// A format that cannot write a document section by section annotates it whole.
    public func render(_ document: Document, sections: [Range<Int>], annotate: (Document) -> Document,
                       into write: (String) -> Void) throws {
        try render(annotate(document), into: write)
    }
    public func footer() -> String { "" }
    public var separator: String { "" }
    public var canAppend: Bool { isStreamable && footer().isEmpty }
    public func files(for document: Document, path: String) throws -> [ExportedFile] {
        [ExportedFile(path: path) { write in
            write(header(for: document))
            try render(document, into: write)
            write(footer())
        }]
    }
}

/// A file an exporter writes.
public struct ExportedFile: Sendable, Equatable {
    public let path: String
    /// The text, unless `produce` writes it in pieces.
    public let contents: String
    /// Written only if no such file exists (a brat configuration, say).
    public var onlyIfMissing = false
    /// Hands the text to its argument piece by piece (a large document is never held whole).
    let produce: (@Sendable (_ write: (String) -> Void) throws -> Void)?
    /// The contents of a binary file (a DocBin), written instead of `contents`.
    public let bytes: [UInt8]?

    public init(path: String, contents: String, onlyIfMissing: Bool = false) {
        self.path = path
        self.contents = contents
        self.onlyIfMissing = onlyIfMissing
        produce = nil
        bytes = nil
    }

    /// A file whose text `produce` writes in pieces.
    public init(path: String, producedBy produce: @escaping @Sendable (_ write: (String) -> Void) throws -> Void) {
        self.path = path
        contents = ""
        self.produce = produce
        bytes = nil
    }

    /// A binary file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        contents = ""
        produce = nil
        self.bytes = bytes
    }

    /// The whole text (for a produced file, produced now).
    public func text() throws -> String {
        guard let produce else { return contents }
        var text = ""
        try produce { text += $0 }
        return text
    }

    public static func == (left: ExportedFile, right: ExportedFile) -> Bool {
        left.path == right.path && left.onlyIfMissing == right.onlyIfMissing && left.bytes == right.bytes
            && (try? left.text()) == (try? right.text())
    }
}

/// A format that cannot be used as asked.
public struct ExportError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// What the user chose besides the format, and what the layers hold.
public struct ExportOptions: Sendable {
    /// Only these layers (nil: every layer the format shows by default).
    public var layers: Set<String>?
    /// The declarations of the layers.
    public var catalog: LayerCatalog

    /// JSON: the layers of one annotation per token as one table of columns (`TokenTable`).
    public var tokenTable: Bool

    public init(layers: Set<String>? = nil, catalog: LayerCatalog = LayerCatalog(), tokenTable: Bool = false) {
        self.layers = layers
        self.catalog = catalog
        self.tokenTable = tokenTable
    }
}

/// Every export format, by name.
public enum Exporters {
    /// The format names, as help lists them.
    public static let names = ["json", "jsonl", "text", "conll", "brat", "spacy", "docbin", "csv", "html"]

    /// The exporter called `name`.
    public static func named(_ name: String, options: ExportOptions = ExportOptions()) throws(ExportError) -> any Exporter {
        switch name.lowercased() {
        case "json": return JSONExporter(pretty: true, options: options)
        case "jsonl": return JSONExporter(pretty: false, options: options)
        case "text": return TextExporter(options: options)
        case "conll": return CoNLLExporter(options: options)
        case "brat": return BratExporter(options: options)
        case "spacy": return SpacyExporter(options: options)
        case "docbin": return DocBinExporter(options: options)
        case "csv": return try CSVExporter(options: options)
        case "html": return HTMLExporter(options: options)
        default:
            let suggestion = Suggestion.closest(to: name, in: names).map { "; did you mean '\($0)'?" } ?? ""
            throw ExportError("unknown format '\(name)'\(suggestion) (formats: \(names.joined(separator: ", ")))")
        }
    }

    /// The byte range of the mention a quote's speaker was resolved from (its `speakerStart` and
    /// `speakerEnd`, in scalar offsets), when it lies inside the text.
    static func speakerMention(of quote: Annotation, in document: Document) -> Range<Int>? {
        let offsets = document.scalarOffsets
        guard let start = quote["speakerStart"]?.doubleValue, let end = quote["speakerEnd"]?.doubleValue, start >= 0, start < end,
              end <= Double(offsets.scalarOffset(ofByte: document.bytes.count)) else { return nil }
        return offsets.byteOffset(ofScalar: Int(start))..<offsets.byteOffset(ofScalar: Int(end))
    }

    /// The named-entity-like layers (mentions): what CoNLL tags and spaCy's `ents` hold.
    static func entityLikeLayers(of document: Document, options: ExportOptions) -> [String] {
        if let layers = options.layers { return document.layerNames.filter(layers.contains) }
        return options.catalog.layers(of: document, kind: .mention)
    }

    /// Annotations of `layers` with no two overlapping: earlier first, then longer.
    static func nonOverlapping(_ document: Document, layers: [String]) -> [Annotation] {
        let all = layers.flatMap { document.annotations(in: $0) }.filter { !$0.range.isEmpty }
            .sorted { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count }
        var kept: [Annotation] = []
        var end = 0
        for annotation in all where annotation.range.lowerBound >= end {
            kept.append(annotation)
            end = annotation.range.upperBound
        }
        return kept
    }
}
