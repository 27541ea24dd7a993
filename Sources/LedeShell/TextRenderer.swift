import LedeCore

/// Renders a document's annotations as aligned plain-text lines: layer, label, scalar offsets,
/// the covered text and the attributes.
public struct TextRenderer: Sendable {
    /// Layers left out unless asked for by name: they are long and rarely what a reader wants.
    public static let quietLayers: Set<String> = [LayerName.tokens]

    public init() {}

    public func render(_ document: Document, layers: Set<String>? = nil) -> String {
        heading(of: document) + lines(of: document, layers: layers)
    }

    /// The first line: the document's id.
    func heading(of document: Document) -> String {
        "# \(Text.oneLine(document.id))\n"
    }

    /// A line per annotation of the layers shown, layer by layer, each ending in a line break;
    /// `scalarShift` is added to the offsets (a section's start in a longer text).
    func lines(of document: Document, layers: Set<String>?, scalarShift: Int = 0) -> String {
        var lines = ""
        let offsets = document.scalarOffsets
        for layer in document.layerNames {
            if let layers { if !layers.contains(layer) { continue } } else if Self.quietLayers.contains(layer) { continue }
            let layerColumn = pad(TerminalText.visible(layer), 11)
            for annotation in document.annotations(in: layer) {
                let scalars = offsets.scalarRange(ofBytes: annotation.range)
                lines += layerColumn
                lines += pad(TerminalText.visible(annotation.label), 10)
                lines += pad("\(scalarShift + scalars.lowerBound)-\(scalarShift + scalars.upperBound)", 12)
                lines += oneLine(document.text(of: annotation), limit: 80)
                if !annotation.attributes.isEmpty {
                    var writer = JSONWriter()
                    writer.object(annotation.attributes)
                    lines += "  " + TerminalText.visible(writer.output)
                }
                lines += "\n"
            }
        }
        return lines
    }

    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    /// The text on one line, shortened with an ellipsis in the middle when longer than `limit`.
    func oneLine(_ text: String, limit: Int) -> String {
        // Most texts have no control character, line break or tab: nothing to make visible or join.
        let plain = !TerminalText.needsEscaping(text) && !text.utf8.contains { $0 == 0x0A || $0 == 0x09 }
        if plain && text.utf8.count <= limit { return text }
        let flat = plain ? text : TerminalText.visible(text).split(whereSeparator: { $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        guard flat.count > limit else { return flat }
        return String(flat.prefix(limit / 2 - 1)) + " … " + String(flat.suffix(limit / 2 - 2))
    }
}
