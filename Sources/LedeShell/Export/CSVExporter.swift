import LedeCore

/// CSV of one table: the quotes (default), roles, numbers, entities, places or any layer, one
/// row per annotation, with the document's id first so that a batch makes one table.
struct CSVExporter: Exporter {
    let layer: String
    let name = "csv"
    let summary = "CSV of one table: quotes (default), roles, numbers, entities, places or a layer (--layers)"
    let fileExtension = "csv"

    init(options: ExportOptions) throws(ExportError) {
        guard let layers = options.layers else {
            layer = LayerName.quotes
            return
        }
        guard layers.count == 1, let only = layers.first else {
            throw ExportError("csv writes one table; name one layer (quotes, roles, numbers, entities, places…)")
        }
        layer = only
    }

    /// The attribute columns of a layer.
    var attributeColumns: [String] {
        switch layer {
        case LayerName.quotes: return ["speaker", "cue"]
        case LayerName.roles: return ["person", "title", "org"]
        case LayerName.numbers: return ["value", "unit", "counts"]
        case LayerName.entities: return ["canonical"]
        case LayerName.places: return ["country"]
        default: return []
        }
    }

    func header() -> String {
        CSV.render(header: ["document", "layer", "label", "start", "end", "text"] + attributeColumns + ["attributes"], rows: [])
    }

    func render(_ document: Document) throws -> String {
        let offsets = document.scalarOffsets
        let known = Set(attributeColumns)
        let rows = document.annotations(in: layer).map { annotation -> [String] in
            let scalars = offsets.scalarRange(ofBytes: annotation.range)
            let rest = annotation.attributes.filter { !known.contains($0.key) }
            var other = ""
            if !rest.isEmpty {
                var writer = JSONWriter()
                writer.object(rest)
                other = writer.output
            }
            return [document.id, layer, annotation.label, "\(scalars.lowerBound)", "\(scalars.upperBound)", document.text(of: annotation)]
                + attributeColumns.map { Text.value(annotation[$0]) } + [other]
        }
        return rows.map { $0.map(CSV.field).joined(separator: ",") + "\r\n" }.joined()
    }
}
