/// The lede JSON form of a document (see the annotation guidelines): the text and every
/// annotation with Unicode scalar offsets, the text it covers and its attributes.
public enum DocumentJSON {
    /// Encodes `document`. With `layers`, only those layers are written. `pretty` puts each
    /// annotation on a line of its own; otherwise the document is one line (JSON Lines).
    public static func encode(_ document: Document, layers: Set<String>? = nil, pretty: Bool = false) -> String {
        var text = ""
        encode(document, layers: layers, pretty: pretty, chunkBytes: .max) { text += $0 }
        return text
    }

    /// Encodes `document` in pieces of about `chunkBytes` bytes each, handed to `write` in order:
    /// a large document is written without ever holding its whole JSON text.
    public static func encode(_ document: Document, layers: Set<String>? = nil, pretty: Bool = false, chunkBytes: Int,
                              write: (String) -> Void) {
        let offsets = document.scalarOffsets
        var writer = JSONWriter()
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
        writer.raw(pretty ? ",\n \"annotations\":[" : ",\"annotations\":[")
        var first = true
        for layer in document.layerNames where layers?.contains(layer) ?? true {
            for annotation in document.annotations(in: layer) {
                if !first { writer.raw(",") }
                first = false
                if pretty { writer.raw("\n  ") }
                let scalars = offsets.scalarRange(ofBytes: annotation.range)
                writer.raw("{\"layer\":" as StaticString)
                writer.string(annotation.layer)
                writer.raw(",\"label\":" as StaticString)
                writer.string(annotation.label)
                writer.raw(",\"start\":" as StaticString)
                writer.integer(scalars.lowerBound)
                writer.raw(",\"end\":" as StaticString)
                writer.integer(scalars.upperBound)
                writer.raw(",\"text\":" as StaticString)
                let range = annotation.range.clamped(to: 0..<document.bytes.count)
                document.bytes.withUnsafeBufferPointer { bytes in
                    // A range that cuts a character is written repaired, as `text(_:)` gives it.
                    let cuts = (range.lowerBound < bytes.count && bytes[range.lowerBound] & 0xC0 == 0x80)
                        || (range.upperBound < bytes.count && bytes[range.upperBound] & 0xC0 == 0x80)
                    if cuts { writer.string(document.text(range)) } else { writer.string(utf8: UnsafeBufferPointer(rebasing: bytes[range])) }
                }
                writer.raw(",\"attrs\":" as StaticString)
                writer.object(annotation.attributes)
                writer.raw("}" as StaticString)
                if writer.bytes.count >= chunkBytes { write(writer.takeOutput()) }
            }
        }
        writer.raw(pretty && !first ? "\n]}" : "]}")
        write(writer.takeOutput())
    }
}
