/// The lede JSON form of a document (see the annotation guidelines): the text and every
/// annotation with Unicode scalar offsets, the text it covers and its attributes.
public enum DocumentJSON {
    /// Encodes `document`. With `layers`, only those layers are written. `pretty` puts each
    /// annotation on a line of its own; otherwise the document is one line (JSON Lines). With
    /// `tokenTable`, the layers of one annotation per token are written as one table of columns
    /// (`TokenTable`) instead of an annotation per token.
    public static func encode(_ document: Document, layers: Set<String>? = nil, pretty: Bool = false,
                              tokenTable: Bool = false) -> String {
        String(decoding: encodedBytes(document, layers: layers, pretty: pretty, tokenTable: tokenTable), as: UTF8.self)
    }

    /// Encodes `document` as UTF-8 bytes, followed by `terminator` (JSON Lines ends each
    /// document with a line break): what a batch writes, without making a `String` of it.
    public static func encodedBytes(_ document: Document, layers: Set<String>? = nil, pretty: Bool = false,
                                    tokenTable: Bool = false, terminator: StaticString = "") -> [UInt8] {
        // Room for what an annotation per token usually takes, about fifty bytes a byte of text.
        var writer = JSONWriter(capacity: 4096 + document.bytes.count * (tokenTable ? 12 : 56))
        write(document, layers: layers, pretty: pretty, tokenTable: tokenTable, into: &writer, chunkBytes: .max) { _ in }
        writer.raw(terminator)
        return writer.bytes
    }

    /// Encodes `document` in pieces of about `chunkBytes` bytes each, handed to `write` in order:
    /// a large document is written without ever holding its whole JSON text.
    public static func encode(_ document: Document, layers: Set<String>? = nil, pretty: Bool = false, tokenTable: Bool = false,
                              chunkBytes: Int, write: (String) -> Void) {
        var writer = JSONWriter(capacity: min(chunkBytes, 1 << 16) + 4096)
        self.write(document, layers: layers, pretty: pretty, tokenTable: tokenTable, into: &writer,
                   chunkBytes: chunkBytes) { write($0.takeOutput()) }
        write(writer.takeOutput())
    }

    /// Encodes a long `document` section by section, in pieces of about `chunkBytes` bytes
    /// handed to `write`: its text whole, then the annotations of each of its `sections` (byte
    /// ranges of its text, as `DocumentSections` cuts them), which `annotate` gives for a
    /// document of the section's text alone, with their offsets moved to the whole text's (and
    /// the attributes `offsetAttributes` names, by layer, with them). Only one section's document
    /// is held at a time. With `tokenTable`, the table's columns are gathered from each section
    /// (some 10 bytes a token) and written after the annotations.
    public static func encode(_ document: Document, sections: [Range<Int>], annotate: (Document) -> Document,
                              offsetAttributes: [String: [String]] = [:], layers: Set<String>? = nil, pretty: Bool = false,
                              tokenTable: Bool = false, chunkBytes: Int, write: (String) -> Void) {
        var writer = JSONWriter(capacity: min(chunkBytes, 1 << 16) + 4096)
        writeHead(document, pretty: pretty, into: &writer, chunkBytes: chunkBytes) { write($0.takeOutput()) }
        writer.raw(pretty ? ",\n \"annotations\":[" : ",\"annotations\":[")
        var annotations = AnnotationList(pretty: pretty)
        var table = TokenTableColumns(), tabledAny = false
        document.annotateSections(sections, with: annotate, offsetAttributes: offsetAttributes) { section in
            let tabled = tokenTable ? TokenTable.layers(of: section.document, among: layers) : []
            if !tabled.isEmpty {
                table.append(section.document, tabled: tabled, scalarShift: section.scalarStart)
                if !tabledAny, section.document.bytes.count > 0 {
                    // Room for the whole text's tokens, guessed from the first section's.
                    table.reserveCapacity(table.count * (document.bytes.count / section.document.bytes.count + 1) * 21 / 20)
                }
                tabledAny = true
            }
            annotations.start(section.document, scalarShift: section.scalarStart)
            writeAnnotations(of: section.document, layers: layers, except: tabled, into: &writer, list: &annotations,
                             chunkBytes: chunkBytes) { write($0.takeOutput()) }
        }
        writer.raw(pretty && !annotations.isEmpty ? "\n]" : "]")
        if tabledAny {
            writer.raw(pretty ? ",\n \"tokens\":" : ",\"tokens\":")
            table.write(pretty: pretty, into: &writer, chunkBytes: chunkBytes) { write($0.takeOutput()) }
        }
        writer.raw("}")
        write(writer.takeOutput())
    }

    /// Writes `document` to `writer`, calling `flush` whenever `chunkBytes` or more are written
    /// (the last piece is left in the writer).
    private static func write(_ document: Document, layers: Set<String>?, pretty: Bool, tokenTable: Bool,
                              into writer: inout JSONWriter, chunkBytes: Int, flush: (inout JSONWriter) -> Void) {
        writeHead(document, pretty: pretty, into: &writer, chunkBytes: chunkBytes, flush: flush)
        let tabled = tokenTable ? TokenTable.layers(of: document, among: layers) : []
        if !tabled.isEmpty {
            writer.raw(pretty ? ",\n \"tokens\":" : ",\"tokens\":")
            TokenTable.write(document, layers: tabled, pretty: pretty, into: &writer, chunkBytes: chunkBytes, flush: flush)
        }
        writer.raw(pretty ? ",\n \"annotations\":[" : ",\"annotations\":[")
        var annotations = AnnotationList(pretty: pretty)
        annotations.start(document, scalarShift: 0)
        writeAnnotations(of: document, layers: layers, except: tabled, into: &writer, list: &annotations, chunkBytes: chunkBytes, flush: flush)
        writer.raw(pretty && !annotations.isEmpty ? "\n]}" : "]}")
    }

    /// The document's object up to its annotations: its id, source, metadata and text.
    private static func writeHead(_ document: Document, pretty: Bool, into writer: inout JSONWriter, chunkBytes: Int,
                                  flush: (inout JSONWriter) -> Void) {
        writer.raw("{")
        writer.string("id")
        writer.raw(":")
        writer.string(document.id)
        if let source = document.source {
            writer.raw(",")
            writer.string("source")
            writer.raw(":")
            writer.string(source)
        }
        if !document.metadata.isEmpty {
            writer.raw(",\"meta\":")
            writer.object(document.metadata)
        }
        writer.raw(pretty ? ",\n \"text\":" : ",\"text\":")
        guard chunkBytes < document.bytes.count else { return writer.string(document.text) }
        document.bytes.withUnsafeBufferPointer { writer.string(utf8: $0, inPiecesOf: chunkBytes, flush: flush) }
    }

    /// The annotations of `document`'s layers (those of `layers`, or all; none of `except`), layer
    /// by layer, added to `list`.
    private static func writeAnnotations(of document: Document, layers: Set<String>?, except: [String], into writer: inout JSONWriter,
                                         list annotations: inout AnnotationList, chunkBytes: Int, flush: (inout JSONWriter) -> Void) {
        for layer in document.layerNames where (layers?.contains(layer) ?? true) && !except.contains(layer) {
            if let compact = document.tokenLayer(layer) {
                // A tagger's layer: the head of each label and the attributes of each set are
                // written once, then copied for each token (the sets up to `attributePiecesLimit`
                // bytes of them; the others, in a layer of many sets, as each token comes).
                var heads = JSONPieces(), attributes = JSONPieces()
                for label in compact.labels { _ = heads.add { annotationHead(layer: layer, label: label, into: &$0) } }
                for set in compact.attributeSets where attributes.byteCount < attributePiecesLimit {
                    _ = attributes.add { attributesAndClose(set, into: &$0) }
                }
                heads.withPieces { heads in
                    attributes.withPieces { attributes in
                        for entry in compact.annotated where Int(entry.token) < document.tokens.count {
                            annotations.writeToken(Int(entry.token), head: heads[Int(entry.label)], into: &writer)
                            let set = Int(entry.attributes)
                            if set < attributes.count {
                                writer.raw(utf8: attributes[set])
                            } else {
                                attributesAndClose(compact.attributeSets[set], into: &writer)
                            }
                            if writer.count >= chunkBytes { flush(&writer) }
                        }
                    }
                }
                continue
            }
            if layer == LayerName.tokens && document.hasLayer(layer) {
                var heads = JSONPieces()
                for kind in TokenKind.allCases { _ = heads.add { annotationHead(layer: layer, label: kind.rawValue, into: &$0) } }
                heads.withPieces { heads in
                    for index in document.tokens.indices {
                        let kind = TokenKind.allCases.firstIndex(of: document.tokens[index].kind) ?? 0
                        annotations.writeToken(index, head: heads[kind], into: &writer)
                        writer.raw(",\"attrs\":{}}" as StaticString)
                        if writer.count >= chunkBytes { flush(&writer) }
                    }
                }
                continue
            }
            document.forEachAnnotation(in: layer) { annotation in
                annotations.write(annotation, into: &writer)
                if writer.count >= chunkBytes { flush(&writer) }
            }
        }
    }

    /// The attributes that end an annotation, and its closing brace.
    static func attributesAndClose(_ attributes: Attributes, into writer: inout JSONWriter) {
        writer.raw(",\"attrs\":" as StaticString)
        writer.object(attributes)
        writer.raw("}" as StaticString)
    }

    /// The most bytes of a tagger's attribute sets written once each and copied (about 4 MB):
    /// a layer with an attribute set per token is written as it goes instead.
    static let attributePiecesLimit = 1 << 22

    /// The annotations of a document written one after another, with the separators between
    /// them and the scalar offsets counted on from the last.
    private struct AnnotationList {
        let pretty: Bool
        /// The document whose annotations are being written (`start`).
        private var document = Document(text: "")
        private var offsets = ScalarOffsets([])
        private var cursor = ScalarOffsets.Cursor()
        /// What the offsets of `document` add up to in the text written (a section's start).
        private var scalarShift = 0
        /// No annotation written yet.
        private(set) var isEmpty = true

        init(pretty: Bool) {
            self.pretty = pretty
        }

        /// Goes on with the annotations of `section`, a document (or a section of one) whose text
        /// is written from scalar offset `scalarShift` on.
        mutating func start(_ section: Document, scalarShift: Int) {
            document = section
            offsets = section.scalarOffsets
            cursor = ScalarOffsets.Cursor()
            self.scalarShift = scalarShift
        }

        /// The annotation of a layer of one annotation per token over token `token`, up to its
        /// attributes: `head` is its JSON before the offsets (`annotationHead`).
        mutating func writeToken(_ token: Int, head: UnsafeBufferPointer<UInt8>, into writer: inout JSONWriter) {
            separate(&writer)
            writer.raw(utf8: head)
            offsetsAndText(document.tokens[token].range, into: &writer)
        }

        /// Any other annotation.
        mutating func write(_ annotation: Annotation, into writer: inout JSONWriter) {
            separate(&writer)
            DocumentJSON.annotationHead(layer: annotation.layer, label: annotation.label, into: &writer)
            offsetsAndText(annotation.range, into: &writer)
            DocumentJSON.attributesAndClose(annotation.attributes, into: &writer)
        }

        /// Opens the next annotation's object.
        private mutating func separate(_ writer: inout JSONWriter) {
            if !isEmpty { writer.raw("," as StaticString) }
            isEmpty = false
            if pretty { writer.raw("\n  " as StaticString) }
        }

        /// The offsets and the text of an annotation over `range`, after its `"start":`.
        private mutating func offsetsAndText(_ range: Range<Int>, into writer: inout JSONWriter) {
            writer.integer(scalarShift + offsets.scalarOffset(ofByte: range.lowerBound, from: &cursor))
            writer.raw(",\"end\":" as StaticString)
            writer.integer(scalarShift + offsets.scalarOffset(ofByte: range.upperBound, from: &cursor))
            writer.raw(",\"text\":" as StaticString)
            let range = range.clamped(to: 0..<document.bytes.count)
            let document = document
            document.bytes.withUnsafeBufferPointer { bytes in
                // A range that cuts a character is written repaired, as `text(_:)` gives it.
                let cuts = (range.lowerBound < bytes.count && bytes[range.lowerBound] & 0xC0 == 0x80)
                    || (range.upperBound < bytes.count && bytes[range.upperBound] & 0xC0 == 0x80)
                if cuts { writer.string(document.text(range)) } else { writer.string(utf8: UnsafeBufferPointer(rebasing: bytes[range])) }
            }
        }
    }

    /// The JSON of an annotation before its offsets: `{"layer":…,"label":…,"start":`.
    static func annotationHead(layer: String, label: String, into writer: inout JSONWriter) {
        writer.raw("{\"layer\":" as StaticString)
        writer.string(layer)
        writer.raw(",\"label\":" as StaticString)
        writer.string(label)
        writer.raw(",\"start\":" as StaticString)
    }
}
