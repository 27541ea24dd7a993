import LedeCore

/// CSV of one table: the quotes (default), roles, numbers, entities, places or any layer, one
/// row per annotation, with the document's id first so that a batch makes one table, then the
/// number of the sentence the annotation starts in (1 for the first; empty without sentences).
struct CSVExporter: Exporter {
    let layer: String
    /// The attribute columns of the layer: those its declaration shows as columns.
    let attributeColumns: [String]
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
        attributeColumns = options.catalog.declared[layer]?.columns.map(\.name) ?? []
    }

    func header() -> String {
        CSV.render(header: ["document", "sentence", "layer", "label", "start", "end", "text"] + attributeColumns + ["attributes"], rows: [])
    }

    func render(_ document: Document) throws -> String {
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
            let sentence = index.sentenceIndex(at: annotation.range.lowerBound).map { "\($0 + 1)" } ?? ""
            return [document.id, sentence, layer, annotation.label, "\(scalars.lowerBound)", "\(scalars.upperBound)", document.text(of: annotation)]
                + attributeColumns.map { Text.value(annotation[$0]) } + [other]
        }
        return rows.map { $0.map(CSV.field).joined(separator: ",") + "\r\n" }.joined()
    }
}
