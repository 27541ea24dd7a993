/// The token table of lede JSON: the layers of one annotation per token (`tokens`, `pos`)
/// written as columns of one value per token, instead of an annotation per token:
///
///     "tokens": {"start": [0, 4], "end": [3, 12], "kind": ["WORD", "WORD"],
///                "pos": ["PROPN", "PROPN"], "pos.lemma": ["Ada", "Lovelace"], "pos.xpos": ["NNP", "NNP"]}
///
/// `start` and `end` are Unicode scalar offsets, as everywhere in lede JSON; `kind` is the label
/// of the `tokens` layer; a layer's column holds its labels and `layer.attribute` its attributes,
/// null where a token has none. A reader gets a row per token (`pandas.DataFrame(doc["tokens"])`)
/// from JSON about a third of the size (news with every layer). `lede annotate --token-table` writes it; the reader of
/// lede JSON reads it back as those layers.
public enum TokenTable {
    /// The layers of `document` that the table holds, of those asked for (nil: all): the tokens
    /// and every layer kept as one annotation per token (`Document.tokenLayer(_:)`) whose name has
    /// no `.` (which separates a layer's name from an attribute's in a column's name); the others
    /// stay annotations.
    public static func layers(of document: Document, among asked: Set<String>?) -> [String] {
        guard !document.tokens.isEmpty else { return [] }
        return document.layerNames.filter { layer in
            (asked?.contains(layer) ?? true) && !layer.contains(".")
                && (layer == LayerName.tokens || document.tokenLayer(layer) != nil)
        }
    }

    /// Writes the table of `layers` (as `layers(of:among:)` gives them) to `writer`, calling
    /// `flush` whenever `chunkBytes` or more are written.
    static func write(_ document: Document, layers: [String], pretty: Bool, into writer: inout JSONWriter, chunkBytes: Int,
                      flush: (inout JSONWriter) -> Void) {
        var columns = TokenTableColumns()
        columns.append(document, tabled: layers, scalarShift: 0)
        columns.write(pretty: pretty, into: &writer, chunkBytes: chunkBytes, flush: flush)
    }

    /// The layers of a token table read back, the tokens first and then the others by name, each
    /// annotation over the bytes that `byteOfScalar` gives for its scalar offsets.
    static func layers(of table: [String: AttributeValue], byteOfScalar: [Int]) throws(DocumentJSON.DecodingError)
        -> [(layer: String, annotations: [Annotation])] {
        guard case .array(let starts)? = table["start"], case .array(let ends)? = table["end"], starts.count == ends.count else {
            throw DocumentJSON.DecodingError(reason: "the token table has no \"start\" and \"end\" lists of one length")
        }
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(starts.count)
        for (index, (start, end)) in zip(starts, ends).enumerated() {
            guard let lower = start.intValue, let upper = end.intValue, lower >= 0, lower <= upper, upper < byteOfScalar.count else {
                throw DocumentJSON.DecodingError(reason: "token \(index + 1) of the token table has offsets "
                    + "\(start.intValue.map(String.init) ?? "?")-\(end.intValue.map(String.init) ?? "?"), "
                    + "not character offsets of its text (0-\(byteOfScalar.count - 1))")
            }
            ranges.append(byteOfScalar[lower]..<byteOfScalar[upper])
        }
        var columns: [String: [AttributeValue]] = [:]
        for (name, value) in table where name != "start" && name != "end" {
            guard case .array(let values) = value, values.count == ranges.count else {
                throw DocumentJSON.DecodingError(reason: "column \"\(name)\" of the token table is not a list of \(ranges.count) values, one a token")
            }
            columns[name] = values
        }
        var result: [(layer: String, annotations: [Annotation])] = []
        if let kinds = columns.removeValue(forKey: "kind") {
            result.append((LayerName.tokens, zip(kinds, ranges).compactMap { kind, range in
                kind.stringValue.map { Annotation(layer: LayerName.tokens, label: $0, range: range) }
            }))
        }
        let labelled = columns.keys.filter { !$0.contains(".") }.sorted()
        for name in columns.keys where name.contains(".") {
            let layer = String(name.prefix { $0 != "." })
            guard labelled.contains(layer) else {
                throw DocumentJSON.DecodingError(reason: "column \"\(name)\" of the token table has no column \"\(layer)\" of labels")
            }
        }
        for layer in labelled {
            guard let labels = columns[layer] else { continue }
            let attributeColumns = columns.filter { $0.key.hasPrefix(layer + ".") }
                .map { (name: String($0.key.dropFirst(layer.count + 1)), values: $0.value) }
            var annotations: [Annotation] = []
            for (index, label) in labels.enumerated() {
                guard let label = label.stringValue else { continue }
                var attributes = Attributes()
                for column in attributeColumns where !column.values[index].isNull { attributes[column.name] = column.values[index] }
                annotations.append(Annotation(layer: layer, label: label, range: ranges[index], attributes: attributes))
            }
            result.append((layer, annotations))
        }
        return result
    }
}
