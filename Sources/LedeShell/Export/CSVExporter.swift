import LedeCore

/// CSV of one table: the quotes (default), roles, numbers, entities, places or any layer, one
/// row per annotation, with the document's id first so that a batch makes one table, then the
/// number of the sentence the annotation starts in (1 for the first; empty without sentences).
struct CSVExporter: Exporter {
    let layer: String
    /// The attribute columns of the layer: those its declaration shows as columns.
    let attributeColumns: [String]
    /// The attributes of the layer that hold offsets into the text (moved in a long document's sections).
    let offsetAttributes: [String: [String]]
    let name = "csv"
    let summary = "CSV of one table: quotes (default), roles, numbers, entities, places or a layer (--layers)"
    let fileExtension = "csv"

    init(options: ExportOptions) throws(ExportError) {
        if let layers = options.layers {
            guard layers.count == 1, let only = layers.first else {
                throw ExportError("csv writes one table; name one layer (quotes, roles, numbers, entities, places…)")
            }
            layer = only
        } else {
            layer = LayerName.quotes
        }
        let spec = options.catalog.declared[layer]
        attributeColumns = spec?.columns.map(\.name) ?? []
        offsetAttributes = spec.map { [$0.name: $0.offsetAttributes] } ?? [:]
    }

    func header() -> String {
        CSV.render(header: ["document", "sentence", "layer", "label", "start", "end", "text"] + attributeColumns + ["attributes"], rows: [])
    }

    func render(_ document: Document) throws -> String {
        rows(of: document)
    }

    /// A long document's rows, section after section, with the whole text's offsets and
    /// sentence numbers.
    var writesLongDocumentsInSections: Bool { true }

    func render(_ document: Document, sections: [Range<Int>], annotate: (Document) -> Document, into write: (String) -> Void) throws {
        document.annotateSections(sections, with: annotate, offsetAttributes: offsetAttributes) { section in
            write(rows(of: section.document, scalarShift: section.scalarStart, sentencesBefore: section.sentencesBefore))
        }
    }

    /// The rows of the layer's annotations in `document`; `scalarShift` is added to the offsets
    /// and `sentencesBefore` to the sentence numbers (a section's place in a longer text).
    private func rows(of document: Document, scalarShift: Int = 0, sentencesBefore: Int = 0) -> String {
        let offsets = document.scalarOffsets
        let known = Set(attributeColumns)
        let index = DocumentIndex(document)
        let rows = document.annotations(in: layer).map { annotation -> [String] in
            let scalars = offsets.scalarRange(ofBytes: annotation.range)
            let rest = annotation.attributes.filter { !known.contains($0.key) }
            var other = ""
            if !rest.isEmpty {
                var writer = JSONWriter()
                writer.object(rest)
                other = writer.output
            }
            let sentence = index.sentenceIndex(at: annotation.range.lowerBound).map { "\(sentencesBefore + $0 + 1)" } ?? ""
            return [document.id, sentence, layer, annotation.label, "\(scalarShift + scalars.lowerBound)", "\(scalarShift + scalars.upperBound)",
                    document.text(of: annotation)]
                + attributeColumns.map { Text.value(annotation[$0]) } + [other]
        }
        return rows.map { $0.map(CSV.field).joined(separator: ",") + "\r\n" }.joined()
    }
}
