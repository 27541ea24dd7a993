/// The columns of a token table (`TokenTable`) gathered from a document, or from the sections of
/// a long one in turn, then written at once: per token its scalar offsets, its kind and, for each
/// layer of the table, the numbers of its label and of its attribute set among those gathered.
/// Some 10 bytes a token, where a section's annotated document takes hundreds; a label or an
/// attribute set met in several sections is kept once.
struct TokenTableColumns {
    /// A layer of the table: the distinct labels and attribute sets of its sections, and per
    /// token the number of its label and of its attribute set (none: no annotation).
    private struct Layer {
        var labels: [String] = []
        var attributeSets: [Attributes] = []
        var labelOfToken = CompactNumbers()
        var setOfToken = CompactNumbers()
        /// The numbers of the labels and sets, made when a second section comes (a document
        /// annotated whole has its own tables, already distinct).
        var labelNumbers: [String: Int] = [:]
        var setNumbers: [Attributes: Int] = [:]

        /// The numbers of `table`'s labels and attribute sets among this layer's, added when new.
        mutating func numbers(of table: TokenLayer) -> (labels: [Int], sets: [Int]) {
            if labels.isEmpty && attributeSets.isEmpty {
                labels = table.labels
                attributeSets = table.attributeSets
                return (Array(labels.indices), Array(attributeSets.indices))
            }
            if labelNumbers.isEmpty { for (number, label) in labels.enumerated() { labelNumbers[label] = number } }
            if setNumbers.isEmpty { for (number, set) in attributeSets.enumerated() { setNumbers[set] = number } }
            return (table.labels.map { Self.number(of: $0, in: &labels, numbers: &labelNumbers) },
                    table.attributeSets.map { Self.number(of: $0, in: &attributeSets, numbers: &setNumbers) })
        }

        /// The number of `value` in `values`, added when new.
        private static func number<Value: Hashable>(of value: Value, in values: inout [Value], numbers: inout [Value: Int]) -> Int {
            if let known = numbers[value] { return known }
            values.append(value)
            numbers[value] = values.count - 1
            return values.count - 1
        }
    }

    /// Per token: its first scalar offset in the whole text, its length in scalars (255: in
    /// `longLengths`) and its kind (`TokenKind.allCases` order).
    private var starts: [Int32] = []
    private var lengths: [UInt8] = []
    private var longLengths: [Int: Int] = [:]
    private var kinds: [UInt8] = []
    /// The layers of the table in the order first met (`tokens` for the kinds' column).
    private var layerNames: [String] = []
    private var layers: [String: Layer] = [:]
    /// The number of tokens the columns have room for.
    private var capacity = 0

    /// The number of tokens gathered.
    var count: Int { starts.count }

    /// Makes room for `tokens` tokens in all (the whole document's, guessed from a first section),
    /// so that the columns are not grown by doubling.
    mutating func reserveCapacity(_ tokens: Int) {
        guard tokens > capacity else { return }
        capacity = tokens
        starts.reserveCapacity(tokens)
        lengths.reserveCapacity(tokens)
        kinds.reserveCapacity(tokens)
        for name in layerNames where name != LayerName.tokens {
            layers[name]?.labelOfToken.reserveCapacity(tokens)
            layers[name]?.setOfToken.reserveCapacity(tokens)
        }
    }

    /// Adds the tokens of `document` and their annotations in `tabled` (the layers
    /// `TokenTable.layers(of:among:)` gives for it), its offsets moved by `scalarShift` (where
    /// its text starts in the whole). A layer not met before is null for the tokens before.
    mutating func append(_ document: Document, tabled: [String], scalarShift: Int) {
        let tokens = document.tokens, offsets = document.scalarOffsets, before = count
        if before + tokens.count > capacity { reserveCapacity(max(before + tokens.count, capacity + capacity / 4)) }
        let allKinds = TokenKind.allCases
        var cursor = ScalarOffsets.Cursor()
        for (index, token) in tokens.enumerated() {
            let start = offsets.scalarOffset(ofByte: token.range.lowerBound, from: &cursor)
            let length = offsets.scalarOffset(ofByte: token.range.upperBound, from: &cursor) - start
            starts.append(Int32(clamping: scalarShift + start))
            if length < Int(UInt8.max) {
                lengths.append(UInt8(length))
            } else {
                lengths.append(UInt8.max)
                longLengths[before + index] = length
            }
            kinds.append(UInt8(truncatingIfNeeded: allKinds.firstIndex(of: token.kind) ?? 0))
        }
        // A layer not kept one annotation per token is no column (`TokenTable.layers` gives none).
        for name in tabled where !layerNames.contains(name) && (name == LayerName.tokens || document.tokenLayer(name) != nil) {
            layerNames.append(name)
        }
        for name in layerNames where name != LayerName.tokens {
            var layer = layers.removeValue(forKey: name) ?? Layer()
            layer.labelOfToken.reserveCapacity(capacity)
            layer.setOfToken.reserveCapacity(capacity)
            layer.labelOfToken.pad(to: count)
            layer.setOfToken.pad(to: count)
            if tabled.contains(name), let table = document.tokenLayer(name) {
                let (labelNumbers, setNumbers) = layer.numbers(of: table)
                for entry in table.annotated where Int(entry.token) < tokens.count {
                    layer.labelOfToken[before + Int(entry.token)] = labelNumbers[Int(entry.label)]
                    layer.setOfToken[before + Int(entry.token)] = setNumbers[Int(entry.attributes)]
                }
            }
            layers[name] = layer
        }
    }

    /// The last scalar offset (exclusive) of token `index`.
    private func end(_ index: Int) -> Int {
        let length = lengths[index] == UInt8.max ? longLengths[index] ?? 0 : Int(lengths[index])
        return Int(starts[index]) + length
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
        open("start")
        for index in 0..<count {
            writer.integer(Int(starts[index]))
            next(index)
        }
        writer.raw("]" as StaticString)
        open("end")
        for index in 0..<count {
            writer.integer(end(index))
            next(index)
        }
        writer.raw("]" as StaticString)
        for name in layerNames {
            if name == LayerName.tokens {
                var kinds = JSONPieces()
                for kind in TokenKind.allCases { _ = kinds.add(.string(kind.rawValue)) }
                column("kind", kinds) { Int(self.kinds[$0]) }
                continue
            }
            guard let layer = layers[name] else { continue }
            var labels = JSONPieces()
            let null = labels.add(nil)
            let labelPieces = layer.labels.map { labels.add(.string($0)) }
            column(name, labels) { index in layer.labelOfToken[index].map { labelPieces[$0] } ?? null }
            for attribute in Set(layer.attributeSets.flatMap(\.keys)).sorted() {
                var values = JSONPieces()
                let null = values.add(nil)
                let valuePieces = layer.attributeSets.map { values.add($0[attribute]) }
                column(name + "." + attribute, values) { index in layer.setOfToken[index].map { valuePieces[$0] } ?? null }
            }
        }
        writer.raw(first ? "{}" as StaticString : (pretty ? "\n }" : "}"))
    }
}
