import Foundation
import LedeCore

/// brat standoff: `NAME.txt` (the text) and `NAME.ann` (a `T` line per annotation, its offsets in
/// characters, split at line breaks into fragments; attributes as `AnnotatorNotes`; relations
/// `Speaker` from a quote to its speaker's mention and `Holder` from a role to its holder's
/// nearest mention), plus an `annotation.conf` declaring the types and relations when the folder
/// has none, so the pair opens in brat.
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

    /// A span written as a `T` line.
    private struct Term {
        let number: Int
        let layer: String
        let scalars: Range<Int>
        let annotation: Annotation
    }

    /// The relations brat is told about, with what they link.
    static let relationTypes = ["Speaker", "Holder"]

    func annotations(_ document: Document) -> (ann: String, types: [String]) {
        let offsets = document.scalarOffsets
        var lines: [String] = []
        var types: [String] = []
        var terms: [Term] = []
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
                terms.append(Term(number: termNumber, layer: layer, scalars: offsets.scalarRange(ofBytes: annotation.range),
                                  annotation: annotation))
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
        lines += relations(terms, document: document, termNumber: &termNumber, types: &types)
        return (lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n"), types)
    }

    /// `R` lines: each quote to the mention its speaker was resolved from (a `SPEAKER` span is
    /// added when that mention is not written, a pronoun say), and each role to the mention of
    /// its holder nearest to it.
    private func relations(_ terms: [Term], document: Document, termNumber: inout Int, types: inout [String]) -> [String] {
        var lines: [String] = []
        var relationNumber = 0
        var byScalars: [Range<Int>: Int] = [:]
        for term in terms where byScalars[term.scalars] == nil || term.layer == LayerName.entities {
            byScalars[term.scalars] = term.number
        }
        let offsets = document.scalarOffsets
        for term in terms where term.layer == LayerName.quotes {
            guard let bytes = Exporters.speakerMention(of: term.annotation, in: document) else { continue }
            let scalars = offsets.scalarRange(ofBytes: bytes)
            var speaker = byScalars[scalars]
            if speaker == nil {
                termNumber += 1
                if !types.contains("SPEAKER") { types.append("SPEAKER") }
                lines.append("T\(termNumber)\tSPEAKER \(scalars.lowerBound) \(scalars.upperBound)\t\(Text.oneLine(document.text(bytes)))")
                byScalars[scalars] = termNumber
                speaker = termNumber
            }
            if let speaker {
                relationNumber += 1
                lines.append("R\(relationNumber)\tSpeaker Arg1:T\(term.number) Arg2:T\(speaker)")
            }
        }
        let people = terms.filter { $0.layer == LayerName.entities && $0.annotation.label == "PERSON" }
        for term in terms where term.layer == LayerName.roles {
            guard let person = term.annotation["person"]?.stringValue else { continue }
            let mentions = people.filter { ($0.annotation["canonical"]?.stringValue ?? document.text($0.annotation.range)) == person }
            func distance(_ mention: Term) -> Int {
                max(mention.scalars.lowerBound - term.scalars.upperBound, term.scalars.lowerBound - mention.scalars.upperBound, 0)
            }
            guard let holder = mentions.min(by: { distance($0) < distance($1) }) else { continue }
            relationNumber += 1
            lines.append("R\(relationNumber)\tHolder Arg1:T\(term.number) Arg2:T\(holder.number)")
        }
        return lines
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
            # Entity types and relations written by lede.
            [entities]
            \(types.joined(separator: "\n"))
            [relations]
            # A quote and the mention of its speaker; a role (a title) and the mention of its holder.
            Speaker\tArg1:<ENTITY>, Arg2:<ENTITY>
            Holder\tArg1:<ENTITY>, Arg2:<ENTITY>
            <OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>
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
