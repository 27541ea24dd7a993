/// One section of a long document (`DocumentSections`), annotated as a document of its own: what
/// the formats that write such a document in pieces read, one section at a time.
///
/// The section's annotations keep the section's byte ranges (a writer adds `scalarStart` to the
/// scalar offsets it writes), but the attributes that hold offsets into the text (`Role.offsets`:
/// a quote's `speakerStart`, a role's `mentions`) already hold the whole text's.
public struct AnnotatedSection {
    /// The section's text, annotated.
    public let document: Document
    /// The scalar offset of the section's first character in the whole text.
    public let scalarStart: Int
    /// How many sentences the sections before this one hold.
    public let sentencesBefore: Int
    /// Its number among the sections (0 for the first).
    public let index: Int
}

extension Document {
    /// Annotates `sections` of this document (byte ranges of its text, in order) one after
    /// another with `annotate`, and hands each to `body` before the next is made, so that only one
    /// section's annotations are held at a time. `offsetAttributes` names, by layer, the
    /// attributes to move to the whole text's offsets (`LayerSpec.offsetAttributes`).
    public func annotateSections(_ sections: [Range<Int>], with annotate: (Document) -> Document,
                                 offsetAttributes: [String: [String]],
                                 _ body: (AnnotatedSection) throws -> Void) rethrows {
        let offsets = scalarOffsets
        var sentencesBefore = 0
        for (index, range) in sections.enumerated() {
            var section = annotate(Document(id: id, text: text(range), source: source, metadata: metadata))
            let scalarStart = offsets.scalarOffset(ofByte: range.clamped(to: 0..<bytes.count).lowerBound)
            if scalarStart > 0 { section.moveOffsetAttributes(offsetAttributes, by: scalarStart) }
            try body(AnnotatedSection(document: section, scalarStart: scalarStart, sentencesBefore: sentencesBefore, index: index))
            sentencesBefore += section.annotations(in: LayerName.sentences).count
        }
    }

    /// Adds `shift` to every integer of the attributes named, by layer, in `names`: on layers of
    /// spans, not on the tokens or a layer kept one annotation per token (which setting it again
    /// would turn into spans).
    mutating func moveOffsetAttributes(_ names: [String: [String]], by shift: Int) {
        for (layer, attributes) in names
        where !attributes.isEmpty && hasLayer(layer) && layer != LayerName.tokens && tokenLayer(layer) == nil {
            var annotations = self.annotations(in: layer)
            guard annotations.contains(where: { annotation in attributes.contains { annotation[$0] != nil } }) else { continue }
            for index in annotations.indices {
                for name in attributes {
                    if let value = annotations[index][name] { annotations[index][name] = value.shifted(by: shift) }
                }
            }
            setLayer(layer, annotations)
        }
    }
}

extension AttributeValue {
    /// The value with `shift` added to each integer in it (in lists at any depth); other values
    /// as they are.
    func shifted(by shift: Int) -> AttributeValue {
        switch self {
        case .int(let number): return .int(number + shift)
        case .double(let number) where number.rounded() == number: return .double(number + Double(shift))
        case .array(let items): return .array(items.map { $0.shifted(by: shift) })
        default: return self
        }
    }
}
