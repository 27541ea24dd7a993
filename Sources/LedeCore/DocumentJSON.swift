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

    /// Writes `document` to `writer`, calling `flush` whenever `chunkBytes` or more are written
    /// (the last piece is left in the writer).
    private static func write(_ document: Document, layers: Set<String>?, pretty: Bool, tokenTable: Bool,
                              into writer: inout JSONWriter, chunkBytes: Int, flush: (inout JSONWriter) -> Void) {
        let offsets = document.scalarOffsets
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
        writer.string(document.text)
        let tabled = tokenTable ? TokenTable.layers(of: document, among: layers) : []
        if !tabled.isEmpty {
            writer.raw(pretty ? ",\n \"tokens\":" : ",\"tokens\":")
            TokenTable.write(document, layers: tabled, pretty: pretty, into: &writer, chunkBytes: chunkBytes, flush: flush)
        }
        writer.raw(pretty ? ",\n \"annotations\":[" : ",\"annotations\":[")
        var first = true
        var cursor = ScalarOffsets.Cursor()
        /// Opens the next annotation's object.
        func separate() {
            if !first { writer.raw(",") }
            first = false
            if pretty { writer.raw("\n  ") }
        }
        /// The offsets and the text of an annotation over `range`, after its `"start":`.
        func offsetsAndText(_ range: Range<Int>) {
            writer.integer(offsets.scalarOffset(ofByte: range.lowerBound, from: &cursor))
            writer.raw(",\"end\":" as StaticString)
            writer.integer(offsets.scalarOffset(ofByte: range.upperBound, from: &cursor))
            writer.raw(",\"text\":" as StaticString)
            let range = range.clamped(to: 0..<document.bytes.count)
            document.bytes.withUnsafeBufferPointer { bytes in
                // A range that cuts a character is written repaired, as `text(_:)` gives it.
                let cuts = (range.lowerBound < bytes.count && bytes[range.lowerBound] & 0xC0 == 0x80)
                    || (range.upperBound < bytes.count && bytes[range.upperBound] & 0xC0 == 0x80)
                if cuts { writer.string(document.text(range)) } else { writer.string(utf8: UnsafeBufferPointer(rebasing: bytes[range])) }
            }
        }
        /// The attributes that end an annotation, and its closing brace.
        func attributesAndClose(_ attributes: Attributes) {
            writer.raw(",\"attrs\":" as StaticString)
            writer.object(attributes)
            writer.raw("}" as StaticString)
            if writer.count >= chunkBytes { flush(&writer) }
        }
        /// An annotation of a layer of one annotation per token: `head` is the JSON before its
        /// offsets (`{"layer":…,"label":…,"start":`), made once for each label.
        func tokenAnnotation(head: [UInt8], token: Int, attributes: Attributes) {
            separate()
            head.withUnsafeBufferPointer { writer.raw(utf8: $0) }
            offsetsAndText(document.tokens[token].range)
            attributesAndClose(attributes)
        }
        for layer in document.layerNames where (layers?.contains(layer) ?? true) && !tabled.contains(layer) {
            if let compact = document.tokenLayer(layer) {
                let heads = compact.labels.map { annotationHead(layer: layer, label: $0) }
                for entry in compact.annotated where Int(entry.token) < document.tokens.count {
                    tokenAnnotation(head: heads[Int(entry.label)], token: Int(entry.token), attributes: compact.attributeSets[Int(entry.attributes)])
                }
                continue
            }
            if layer == LayerName.tokens && document.hasLayer(layer) {
                let heads = TokenKind.allCases.map { annotationHead(layer: layer, label: $0.rawValue) }
                for (index, token) in document.tokens.enumerated() {
                    tokenAnnotation(head: heads[TokenKind.allCases.firstIndex(of: token.kind) ?? 0], token: index, attributes: Attributes())
                }
                continue
            }
            document.forEachAnnotation(in: layer) { annotation in
                separate()
                writer.raw("{\"layer\":" as StaticString)
                writer.string(annotation.layer)
                writer.raw(",\"label\":" as StaticString)
                writer.string(annotation.label)
                writer.raw(",\"start\":" as StaticString)
                offsetsAndText(annotation.range)
                attributesAndClose(annotation.attributes)
            }
        }
        writer.raw(pretty && !first ? "\n]}" : "]}")
    }

    /// The JSON of an annotation before its offsets: `{"layer":…,"label":…,"start":`.
    static func annotationHead(layer: String, label: String) -> [UInt8] {
        var piece = JSONWriter(capacity: 64)
        piece.raw("{\"layer\":" as StaticString)
        piece.string(layer)
        piece.raw(",\"label\":" as StaticString)
        piece.string(label)
        piece.raw(",\"start\":" as StaticString)
        return piece.bytes
    }
}
