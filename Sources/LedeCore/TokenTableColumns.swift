/// The columns of a token table (`TokenTable`) gathered from a document, or from the sections of
/// a long one in turn, then written at once: per token its scalar offsets, its kind and, for each
/// layer of the table, the number of its (label, attributes) entry, each distinct entry kept
/// once. Some 13 bytes a token, where a section's annotated document takes hundreds.
struct TokenTableColumns {
    /// One distinct annotation of a layer of the table: its label and attributes.
    private struct Entry: Hashable {
        let label: String
        let attributes: Attributes
    }

    /// Per token: its scalar offsets in the whole text and its kind (`TokenKind.allCases` order).
    private var starts: [Int32] = [], ends: [Int32] = []
    private var kinds: [UInt8] = []
    /// The layers of the table in the order first met (`tokens` for the kinds' column).
    private var layers: [String] = []
    /// Per layer other than `tokens`: its entries, and per token the number of its entry (-1: none).
    private var entries: [String: [Entry]] = [:]
    private var entryNumbers: [String: [Entry: Int32]] = [:]
    private var entryOfToken: [String: [Int32]] = [:]

    /// The number of tokens gathered.
    var count: Int { starts.count }

    /// Adds the tokens of `document` and their annotations in `tabled` (the layers
    /// `TokenTable.layers(of:among:)` gives for it), its offsets moved by `scalarShift` (where
    /// its text starts in the whole). A layer not met before is null for the tokens before.
    mutating func append(_ document: Document, tabled: [String], scalarShift: Int) {
        let tokens = document.tokens, offsets = document.scalarOffsets, before = count
        var cursor = ScalarOffsets.Cursor()
        starts.reserveCapacity(before + tokens.count)
        ends.reserveCapacity(before + tokens.count)
        kinds.reserveCapacity(before + tokens.count)
        for token in tokens {
            starts.append(Int32(truncatingIfNeeded: scalarShift + offsets.scalarOffset(ofByte: token.range.lowerBound, from: &cursor)))
            ends.append(Int32(truncatingIfNeeded: scalarShift + offsets.scalarOffset(ofByte: token.range.upperBound, from: &cursor)))
            kinds.append(UInt8(truncatingIfNeeded: TokenKind.allCases.firstIndex(of: token.kind) ?? 0))
        }
        for layer in tabled where !layers.contains(layer) {
            layers.append(layer)
            if layer != LayerName.tokens { entryOfToken[layer] = [Int32](repeating: -1, count: before) }
        }
        for layer in layers where layer != LayerName.tokens {
            var column = entryOfToken.removeValue(forKey: layer) ?? []
            column.append(contentsOf: repeatElement(-1, count: count - column.count))
            if tabled.contains(layer), let table = document.tokenLayer(layer) {
                // Each of the section's (label, attributes) pairs is numbered once.
                var numbers: [UInt64: Int32] = [:]
                for entry in table.annotated where Int(entry.token) < tokens.count {
                    let local = UInt64(entry.label) << 32 | UInt64(entry.attributes)
                    let number: Int32
                    if let known = numbers[local] {
                        number = known
                    } else {
                        number = self.number(of: Entry(label: table.labels[Int(entry.label)], attributes: table.attributeSets[Int(entry.attributes)]),
                                             in: layer)
                        numbers[local] = number
                    }
                    column[before + Int(entry.token)] = number
                }
            }
            entryOfToken[layer] = column
        }
    }

    /// The number of `entry` among the entries of `layer`, added when new.
    private mutating func number(of entry: Entry, in layer: String) -> Int32 {
        if let known = entryNumbers[layer]?[entry] { return known }
        let number = Int32(entries[layer, default: []].count)
        entries[layer, default: []].append(entry)
        entryNumbers[layer, default: [:]][entry] = number
        return number
    }

    /// Writes the table, `{"start": […], "end": […], "kind": […], "pos": […], "pos.lemma": […]…}`,
    /// calling `flush` whenever `chunkBytes` or more are written.
    func write(pretty: Bool, into writer: inout JSONWriter, chunkBytes: Int, flush: (inout JSONWriter) -> Void) {
        let count = self.count
        var first = true
        /// Opens the column `name`; the caller writes a value per token, each followed by `next`.
        func open(_ name: String) {
            if first {
                writer.raw(pretty ? "{\n  " as StaticString : "{")
            } else {
                writer.raw(pretty ? ",\n  " as StaticString : ",")
            }
            first = false
            writer.string(name)
            writer.raw(":[" as StaticString)
        }
        /// Ends a value: the comma before the next, and a flush when the piece is full.
        func next(_ index: Int) {
            if index + 1 < count { writer.raw("," as StaticString) }
            if writer.count >= chunkBytes { flush(&writer) }
        }
        /// Writes a column of values made once each: token `index` gets piece `piece(index)`.
        func column(_ name: String, _ pieces: borrowing JSONPieces, _ piece: (Int) -> Int) {
            open(name)
            pieces.withPieces { pieces in
                for index in 0..<count {
                    writer.raw(utf8: pieces[piece(index)])
                    next(index)
                }
            }
            writer.raw("]" as StaticString)
        }
        for (name, offsets) in [("start", starts), ("end", ends)] {
            open(name)
            for index in 0..<count {
                writer.integer(Int(offsets[index]))
                next(index)
            }
            writer.raw("]" as StaticString)
        }
        for layer in layers {
            if layer == LayerName.tokens {
                var kinds = JSONPieces()
                for kind in TokenKind.allCases { _ = kinds.add(.string(kind.rawValue)) }
                column("kind", kinds) { Int(self.kinds[$0]) }
                continue
            }
            let entries = self.entries[layer] ?? [], entryOfToken = self.entryOfToken[layer] ?? []
            var labels = JSONPieces()
            let null = labels.add(nil)
            let labelPieces = entries.map { labels.add(.string($0.label)) }
            column(layer, labels) { index in
                let entry = Int(entryOfToken[index])
                return entry >= 0 ? labelPieces[entry] : null
            }
            for name in Set(entries.flatMap(\.attributes.keys)).sorted() {
                var values = JSONPieces()
                let null = values.add(nil)
                let valuePieces = entries.map { values.add($0.attributes[name]) }
                column(layer + "." + name, values) { index in
                    let entry = Int(entryOfToken[index])
                    return entry >= 0 ? valuePieces[entry] : null
                }
            }
        }
        writer.raw(first ? "{}" as StaticString : (pretty ? "\n }" : "}"))
    }
}
