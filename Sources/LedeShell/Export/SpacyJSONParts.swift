import LedeCore

/// The parts of spaCy's `Doc.to_json()` gathered from a document, or from the sections of a long
/// one in turn (`SpacyExporter`): its tokens are written as each section comes, while its
/// entities, sentences, span groups and their attributes are kept here until the end, compactly:
/// each as its offsets and the numbers of its values' JSON (labels, referents, attribute values),
/// each distinct value's JSON kept once. Offsets are the whole text's scalar offsets; token
/// numbers go on from one section to the next.
struct SpacyJSONParts: ~Copyable {
    let options: ExportOptions
    /// The JSON of each distinct value met, and its number by its JSON's bytes (not by the value:
    /// Swift's strings call "é" and "e\u{301}" equal, and NaN is equal to nothing).
    private var pieces = JSONPieces()
    private var pieceNumbers: [[UInt8]: Int32] = [:]
    /// `ents`: start, end and label piece of each; `sents`: start and end of each.
    private var ents: [Int32] = [], sents: [Int32] = []
    private var hasSentences = false
    /// The span groups in the order first met: start, end, label piece and referent piece of each span.
    private var groups: [(layer: String, spans: [Int32])] = []
    /// The spans' attributes by name (`underscore_span`): start, end and value piece of each.
    private var attributes: [String: [Int32]] = [:]
    /// The tokens written so far (the next token's `id`).
    private var tokenCount = 0

    init(options: ExportOptions) {
        self.options = options
    }

    /// The number of the JSON of `value`, kept the first time it is met.
    private mutating func piece(_ value: AttributeValue) -> Int32 {
        var writer = JSONWriter(capacity: 64)
        writer.value(value)
        let json = writer.bytes
        if let known = pieceNumbers[json] { return known }
        let number = Int32(pieces.add { writer in json.withUnsafeBufferPointer { writer.raw(utf8: $0) } })
        pieceNumbers[json] = number
        return number
    }

    /// Adds the entities, sentences, span groups and attributes of `document`, whose text starts
    /// at scalar `scalarShift` of the whole, and writes its tokens' objects to `tokens`
    /// (comma-separated, after those written before), calling `flush` after about each megabyte.
    mutating func add(_ document: Document, scalarShift: Int, tokens: inout JSONWriter, flush: (inout JSONWriter) -> Void = { _ in }) {
        let offsets = document.scalarOffsets
        let spacyTokens = SpacyTokens(document)
        /// The whole text's scalar offsets of a byte range of `document`, kept in 32 bits (a text
        /// is at most `DocumentLoader.maximumBytes` long).
        func scalars(_ range: Range<Int>) -> (Int32, Int32) {
            let scalars = offsets.scalarRange(ofBytes: range)
            return (Int32(clamping: scalarShift + scalars.lowerBound), Int32(clamping: scalarShift + scalars.upperBound))
        }
        for (range, label) in spacyTokens.entities(of: document, options: options) {
            let (start, end) = scalars(range)
            let label = piece(.string(label))
            ents.append(start)
            ents.append(end)
            ents.append(label)
        }
        let sentences = document.annotations(in: LayerName.sentences).compactMap { spacyTokens.aligned($0.range) }
        hasSentences = hasSentences || !sentences.isEmpty
        var lastSentenceEnd = 0
        for range in sentences where range.lowerBound >= lastSentenceEnd {
            let (start, end) = scalars(range)
            sents.append(start)
            sents.append(end)
            lastSentenceEnd = range.upperBound
        }
        let tags = spacyTokens.tags(of: document)
        for (index, range) in spacyTokens.ranges.enumerated() {
            if tokenCount > 0 { tokens.raw("," as StaticString) }
            tokens.raw("{\"id\":" as StaticString)
            tokens.integer(tokenCount)
            tokenCount += 1
            let scalars = offsets.scalarRange(ofBytes: range)
            tokens.raw(",\"start\":" as StaticString)
            tokens.integer(scalarShift + scalars.lowerBound)
            tokens.raw(",\"end\":" as StaticString)
            tokens.integer(scalarShift + scalars.upperBound)
            if let tag = tags?[index] {
                tokens.raw(",\"pos\":" as StaticString)
                tokens.string(tag.pos)
                tokens.raw(",\"tag\":" as StaticString)
                tokens.string(tag.tag)
                tokens.raw(",\"lemma\":" as StaticString)
                tokens.string(tag.lemma)
            }
            tokens.raw("}" as StaticString)
            if tokens.count >= 1 << 20 { flush(&tokens) }
        }
        for group in spacyTokens.spanGroups(of: document, options: options) {
            let index = groups.firstIndex { $0.layer == group.layer } ?? {
                groups.append((group.layer, []))
                return groups.count - 1
            }()
            // Taken out while it grows, so that it is not copied.
            var spans = groups[index].spans
            groups[index].spans = []
            for item in group.spans {
                let start = Int32(clamping: scalarShift + item.scalars.lowerBound), end = Int32(clamping: scalarShift + item.scalars.upperBound)
                let label = piece(.string(item.annotation.label)), referent = piece(.string(item.knowledgeBaseID))
                spans.append(start)
                spans.append(end)
                spans.append(label)
                spans.append(referent)
                for (name, value) in item.annotation.attributes {
                    let value = piece(value)
                    attributes[name, default: []].append(start)
                    attributes[name, default: []].append(end)
                    attributes[name, default: []].append(value)
                }
            }
            groups[index].spans = spans
        }
    }

    /// Writes `"ents":[…]` (always), then `"sents":[…]` when there are sentences, each after a
    /// comma; `flush` is called after about each megabyte.
    func writeEntitiesAndSentences(into writer: inout JSONWriter, flush: (inout JSONWriter) -> Void = { _ in }) {
        writer.raw(",\"ents\":[" as StaticString)
        write(ents, fields: 3, names: [",\"label\":"], into: &writer, flush: flush)
        writer.raw("]" as StaticString)
        guard hasSentences else { return }
        writer.raw(",\"sents\":[" as StaticString)
        write(sents, fields: 2, names: [], into: &writer, flush: flush)
        writer.raw("]" as StaticString)
    }

    /// Writes `"spans":{…}` when there are span groups, then `"underscore_span":{…}` when their
    /// spans have attributes (names in order), each after a comma; `flush` is called after about
    /// each megabyte.
    func writeSpans(into writer: inout JSONWriter, flush: (inout JSONWriter) -> Void = { _ in }) {
        if !groups.isEmpty {
            writer.raw(",\"spans\":{" as StaticString)
            for (index, group) in groups.enumerated() {
                if index > 0 { writer.raw("," as StaticString) }
                writer.string(group.layer)
                writer.raw(":[" as StaticString)
                write(group.spans, fields: 4, names: [",\"label\":", ",\"kb_id\":"], into: &writer, flush: flush)
                writer.raw("]" as StaticString)
            }
            writer.raw("}" as StaticString)
        }
        guard !attributes.isEmpty else { return }
        writer.raw(",\"underscore_span\":{" as StaticString)
        for (index, name) in attributes.keys.sorted().enumerated() {
            if index > 0 { writer.raw("," as StaticString) }
            writer.string(name)
            writer.raw(":[" as StaticString)
            write(attributes[name] ?? [], fields: 3, names: [",\"value\":"], into: &writer, flush: flush)
            writer.raw("]" as StaticString)
        }
        writer.raw("}" as StaticString)
    }

    /// Writes the objects of `rows`, `fields` numbers each: `{"start":…,"end":…` and then, for
    /// each of `names`, that name and the JSON of the piece the next number names.
    private func write(_ rows: [Int32], fields: Int, names: [StaticString], into writer: inout JSONWriter,
                       flush: (inout JSONWriter) -> Void) {
        pieces.withPieces { pieces in
            var row = 0
            while row + fields <= rows.count {
                if row > 0 { writer.raw("," as StaticString) }
                writer.raw("{\"start\":" as StaticString)
                writer.integer(Int(rows[row]))
                writer.raw(",\"end\":" as StaticString)
                writer.integer(Int(rows[row + 1]))
                for (offset, name) in names.enumerated() {
                    let piece = Int(rows[row + 2 + offset])
                    writer.raw(name)
                    writer.raw(utf8: pieces[piece])
                }
                writer.raw("}" as StaticString)
                row += fields
                if writer.count >= 1 << 20 { flush(&writer) }
            }
        }
    }
}
