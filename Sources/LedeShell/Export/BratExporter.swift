import Foundation
import LedeCore

/// brat standoff: `NAME.txt` (the text) and `NAME.ann` (a `T` line per annotation, its offsets in
/// characters, split at line breaks into fragments; attributes as `AnnotatorNotes`), plus an
/// `annotation.conf` declaring the types when the folder has none, so the pair opens in brat.
struct BratExporter: Exporter {
    let options: ExportOptions
    let name = "brat"
    let summary = "brat standoff: a .txt and .ann pair (and annotation.conf) for the brat annotation tool"
    let fileExtension = "ann"
    var isStreamable: Bool { false }

    func render(_ document: Document) throws -> String {
        throw ExportError("brat writes two files per document; give a file name (export brat FILE) or --output-dir")
    }

    /// The layers written: every layer but tokens, sentences and paragraphs (or the chosen ones).
    func layers(of document: Document) -> [String] {
        if let layers = options.layers { return document.layerNames.filter(layers.contains) }
        return options.catalog.shownLayers(of: document)
    }

    func annotations(_ document: Document) -> (ann: String, types: [String]) {
        let offsets = document.scalarOffsets
        var lines: [String] = []
        var types: [String] = []
        var termNumber = 0, noteNumber = 0
        for layer in layers(of: document) {
            // The label alone names what it is (PERSON, CITY) unless the layer's labels have no category.
            let labelsSayEnough = options.catalog.spec(layer, in: document).labels.contains { $0.category != nil }
            for annotation in document.annotations(in: layer) where !annotation.range.isEmpty {
                // Fragments: the span cut at line breaks, each trimmed of white space.
                var fragments: [Range<Int>] = []
                var start = annotation.range.lowerBound
                let bytes = document.bytes
                for index in annotation.range where bytes[index] == 0x0A || bytes[index] == 0x0D {
                    if index > start { fragments.append(start..<index) }
                    start = index + 1
                }
                if annotation.range.upperBound > start { fragments.append(start..<annotation.range.upperBound) }
                fragments = fragments.compactMap { trim($0, in: bytes) }
                guard !fragments.isEmpty else { continue }
                termNumber += 1
                let type = Self.typeName(annotation.label)
                if !types.contains(type) { types.append(type) }
                let positions = fragments.map { range in
                    let scalars = offsets.scalarRange(ofBytes: range)
                    return "\(scalars.lowerBound) \(scalars.upperBound)"
                }.joined(separator: ";")
                let text = fragments.map { document.text($0) }.joined(separator: " ")
                lines.append("T\(termNumber)\t\(type) \(positions)\t\(text)")
                let attributes = annotation.attributes.keys.sorted().compactMap { key -> String? in
                    let value = Text.value(annotation.attributes[key])
                    return value.isEmpty ? nil : "\(key)=\(value)"
                }
                if !attributes.isEmpty || !labelsSayEnough {
                    noteNumber += 1
                    let note = ([layer] + attributes).joined(separator: "; ")
                    lines.append("#\(noteNumber)\tAnnotatorNotes T\(termNumber)\t\(Text.oneLine(note))")
                }
            }
        }
        return (lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n"), types)
    }

    private func trim(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    /// A label as a brat type (letters, digits, `_`, `-`).
    static func typeName(_ label: String) -> String {
        let cleaned = String(label.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" ? $0 : "_" })
        return cleaned.isEmpty ? "SPAN" : cleaned
    }

    func files(for document: Document, path: String) throws -> [ExportedFile] {
        var base = path
        for suffix in [".ann", ".txt"] where base.hasSuffix(suffix) { base.removeLast(suffix.count) }
        let (ann, types) = annotations(document)
        let folder = (base as NSString).deletingLastPathComponent
        let configuration = """
            # Entity types written by lede.
            [entities]
            \(types.joined(separator: "\n"))
            [relations]
            [events]
            [attributes]

            """
        return [
            ExportedFile(path: base + ".txt", contents: document.text),
            ExportedFile(path: base + ".ann", contents: ann),
            ExportedFile(path: (folder.isEmpty ? "." : folder) + "/annotation.conf", contents: configuration, onlyIfMissing: true),
        ]
    }
}
