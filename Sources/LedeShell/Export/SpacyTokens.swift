import LedeCore

/// A document's tokens as spaCy sees them: lede's tokens, plus a white-space token for each gap
/// of more than one space or with a line break (a single space after a token is that token's
/// trailing space), so that the words and their spaces rebuild the text exactly. Shared by the
/// spaCy JSON and DocBin exports.
struct SpacyTokens {
    /// The byte range of each token.
    let ranges: [Range<Int>]
    /// Whether each token is followed by a space that belongs to it.
    let spaces: [Bool]
    private let starts: [Int], ends: [Int]

    init(_ document: Document) {
        let bytes = document.bytes
        var ranges: [Range<Int>] = []
        var spaces: [Bool] = []
        var position = 0
        func gap(to end: Int) {
            guard end > position else { return }
            var start = position
            if !ranges.isEmpty, bytes[start] == 0x20 {   // the space attached to the previous token
                spaces[spaces.count - 1] = true
                start += 1
            }
            if end > start {
                ranges.append(start..<end)
                spaces.append(false)
            }
        }
        for token in document.tokens where token.range.lowerBound >= position {
            gap(to: token.range.lowerBound)
            ranges.append(token.range)
            spaces.append(false)
            position = token.range.upperBound
        }
        gap(to: bytes.count)
        self.ranges = ranges
        self.spaces = spaces
        starts = ranges.map(\.lowerBound)
        ends = ranges.map(\.upperBound)
    }

    /// The indices of the first and last token a byte range touches (nil: none).
    func tokenIndices(_ range: Range<Int>) -> ClosedRange<Int>? {
        guard !ranges.isEmpty else { return nil }
        var low = 0, high = starts.count
        while low < high { let mid = (low + high) / 2; if ends[mid] <= range.lowerBound { low = mid + 1 } else { high = mid } }
        guard low < starts.count else { return nil }
        let first = low
        low = first; high = starts.count
        while low < high { let mid = (low + high) / 2; if starts[mid] < range.upperBound { low = mid + 1 } else { high = mid } }
        return first...max(first, low - 1)
    }

    /// The range widened to whole tokens, as `Doc.char_span` needs.
    func aligned(_ range: Range<Int>) -> Range<Int>? {
        tokenIndices(range).map { starts[$0.lowerBound]..<ends[$0.upperBound] }
    }

    /// The entity-like annotations of the document as spaCy's `ents`: aligned to tokens, with
    /// no two overlapping, labelled as spaCy labels them (places GPE or LOC).
    func entities(of document: Document, options: ExportOptions) -> [(range: Range<Int>, label: String)] {
        var ents: [(range: Range<Int>, label: String)] = []
        var lastEnd = 0
        for annotation in Exporters.nonOverlapping(document, layers: Exporters.entityLikeLayers(of: document, options: options)) {
            guard let range = aligned(annotation.range), range.lowerBound >= lastEnd else { continue }
            ents.append((range, Self.label(annotation, in: document, options: options)))
            lastEnd = range.upperBound
        }
        return ents
    }

    /// spaCy's label for an entity-like annotation: places become GPE (countries, cities,
    /// regions) or LOC (other locations); others keep their label.
    static func label(_ annotation: Annotation, in document: Document, options: ExportOptions) -> String {
        guard options.catalog.category(of: annotation, in: document) == .place else { return annotation.label }
        return annotation.label == "LOCATION" ? "LOC" : "GPE"
    }

    /// The referent of an annotation, where lede knows one: its agent (a speaker, a role's
    /// holder), its fullest name, or a nationality's country.
    static func knowledgeBaseID(_ annotation: Annotation, in document: Document, options: ExportOptions) -> String {
        let spec = options.catalog.spec(annotation.layer, in: document)
        for attribute in [spec.attribute(playing: .agent), spec.attribute(playing: .name), spec.attribute("country")].compactMap({ $0 }) {
            if let value = annotation[attribute.name]?.stringValue, !value.isEmpty { return value }
        }
        return ""
    }

    /// A token's part of speech, Penn tag and lemma, as spaCy holds them.
    struct Tags {
        let pos: String, tag: String, lemma: String
    }

    /// The tagger's tags of each token, or nil when the document has no part-of-speech layer.
    /// spaCy wants them on every token or none: a white-space token is SPACE and _SP, a token the
    /// tagger did not see X and XX, each with its text as lemma.
    func tags(of document: Document) -> [Tags]? {
        let tagged = document.annotations(in: LayerName.partOfSpeech)
        guard !tagged.isEmpty else { return nil }
        var byStart: [Int: Annotation] = [:]
        for annotation in tagged { byStart[annotation.range.lowerBound] = annotation }
        return ranges.map { range in
            let text = document.text(range)
            if let tag = byStart[range.lowerBound], tag.range == range {
                return Tags(pos: tag.label, tag: tag["xpos"]?.stringValue ?? "XX", lemma: tag["lemma"]?.stringValue ?? text)
            }
            let isSpace = text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
            return Tags(pos: isSpace ? "SPACE" : "X", tag: isSpace ? "_SP" : "XX", lemma: text)
        }
    }

    /// A span of a span group, widened to whole tokens.
    struct Span {
        let annotation: Annotation
        /// The first and last token.
        let tokens: ClosedRange<Int>
        /// Its Unicode scalar offsets.
        let scalars: Range<Int>
        /// Its referent (`kb_id`), or "".
        let knowledgeBaseID: String
    }

    /// The span groups: every shown layer (or the chosen ones), each with its spans.
    func spanGroups(of document: Document, options: ExportOptions) -> [(layer: String, spans: [Span])] {
        let offsets = document.scalarOffsets
        let layers = options.catalog.shownLayers(of: document).filter { options.layers?.contains($0) ?? true }
        return layers.map { layer in
            let spans = document.annotations(in: layer).compactMap { annotation -> Span? in
                guard let indices = tokenIndices(annotation.range) else { return nil }
                return Span(annotation: annotation, tokens: indices,
                            scalars: offsets.scalarRange(ofBytes: starts[indices.lowerBound]..<ends[indices.upperBound]),
                            knowledgeBaseID: Self.knowledgeBaseID(annotation, in: document, options: options))
            }
            return (layer, spans)
        }
    }
}
