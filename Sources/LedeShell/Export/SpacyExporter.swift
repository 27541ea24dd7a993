import LedeCore

/// The JSON of spaCy's `Doc.to_json()`, so that `Doc(nlp.vocab).from_json(data)` loads it.
///
/// - `tokens`: lede's tokens, plus the white-space tokens spaCy makes (a gap of more than one
///   space, or a line break), so the text is rebuilt exactly; character offsets are Unicode
///   scalar offsets, as Python's.
/// - `ents`: the entity-like layers without overlaps, labels mapped to spaCy's (places become
///   GPE or LOC; the others keep theirs).
/// - `sents`: the sentences. `spans`: every other layer as a span group of its own name, with the
///   referent (canonical name, speaker, role holder or country) as `kb_id`.
/// - `underscore_span`: every attribute of those spans (a quote's `speaker` and `cue`, a number's
///   `value`, a role's `title` and `org`…), which `Doc.from_json` sets as `Span._` extensions
///   once they are registered (`Examples/spacy/lede_spacy.py` does it).
/// - the tokens' `tag`, `pos` and `lemma`, when the part-of-speech layer is there.
/// Spans are widened to whole tokens where they cut one, as `Doc.char_span` needs.
struct SpacyExporter: Exporter {
    let options: ExportOptions
    let name = "spacy"
    let summary = "spaCy's Doc.to_json() (loads with Doc.from_json); one document per line"
    let fileExtension = "json"

    func render(_ document: Document) throws -> String {
        let offsets = document.scalarOffsets
        let tokens = SpacyTokens(document)
        let spacyTokens = tokens.ranges

        var writer = JSONWriter()
        writer.raw("{\"text\":")
        writer.string(document.text)
        // Entities.
        let ents = tokens.entities(of: document, options: options)
        writer.raw(",\"ents\":[")
        for (index, (range, label)) in ents.enumerated() {
            if index > 0 { writer.raw(",") }
            let scalars = offsets.scalarRange(ofBytes: range)
            writer.raw("{\"start\":\(scalars.lowerBound),\"end\":\(scalars.upperBound),\"label\":")
            writer.string(label)
            writer.raw("}")
        }
        writer.raw("]")
        // Sentences.
        let sentences = document.annotations(in: LayerName.sentences).compactMap { tokens.aligned($0.range) }
        if !sentences.isEmpty {
            writer.raw(",\"sents\":[")
            var lastSentenceEnd = 0
            var first = true
            for range in sentences where range.lowerBound >= lastSentenceEnd {
                if !first { writer.raw(",") }
                first = false
                let scalars = offsets.scalarRange(ofBytes: range)
                writer.raw("{\"start\":\(scalars.lowerBound),\"end\":\(scalars.upperBound)}")
                lastSentenceEnd = range.upperBound
            }
            writer.raw("]")
        }
        // Tokens, with their tags where the tagger ran.
        let tags = tokens.tags(of: document)
        writer.raw(",\"tokens\":[")
        for (index, range) in spacyTokens.enumerated() {
            if index > 0 { writer.raw(",") }
            let scalars = offsets.scalarRange(ofBytes: range)
            writer.raw("{\"id\":\(index),\"start\":\(scalars.lowerBound),\"end\":\(scalars.upperBound)")
            if let tag = tags?[index] {
                writer.raw(",\"pos\":")
                writer.string(tag.pos)
                writer.raw(",\"tag\":")
                writer.string(tag.tag)
                writer.raw(",\"lemma\":")
                writer.string(tag.lemma)
            }
            writer.raw("}")
        }
        writer.raw("]")
        // Span groups: every other layer; their attributes by name, each value with its span.
        let groups = tokens.spanGroups(of: document, options: options)
        var underscore: [String: [(Range<Int>, AttributeValue)]] = [:]
        if !groups.isEmpty {
            writer.raw(",\"spans\":{")
            for (groupIndex, group) in groups.enumerated() {
                if groupIndex > 0 { writer.raw(",") }
                writer.string(group.layer)
                writer.raw(":[")
                for (index, span) in group.spans.enumerated() {
                    if index > 0 { writer.raw(",") }
                    writer.raw("{\"start\":\(span.scalars.lowerBound),\"end\":\(span.scalars.upperBound),\"label\":")
                    writer.string(span.annotation.label)
                    writer.raw(",\"kb_id\":")
                    writer.string(span.knowledgeBaseID)
                    writer.raw("}")
                    for (name, value) in span.annotation.attributes { underscore[name, default: []].append((span.scalars, value)) }
                }
                writer.raw("]")
            }
            writer.raw("}")
        }
        if !underscore.isEmpty {
            writer.raw(",\"underscore_span\":{")
            for (nameIndex, name) in underscore.keys.sorted().enumerated() {
                if nameIndex > 0 { writer.raw(",") }
                writer.string(name)
                writer.raw(":[")
                for (index, (scalars, value)) in (underscore[name] ?? []).enumerated() {
                    if index > 0 { writer.raw(",") }
                    writer.raw("{\"start\":\(scalars.lowerBound),\"end\":\(scalars.upperBound),\"value\":")
                    writer.value(value)
                    writer.raw("}")
                }
                writer.raw("]")
            }
            writer.raw("}")
        }
        writer.raw("}")
        return writer.output + "\n"
    }

}
