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
/// Spans are widened to whole tokens where they cut one, as `Doc.char_span` needs. A long document
/// (`DocumentSections`) has its tokens right after its text and the other parts after them.
struct SpacyExporter: Exporter {
    let options: ExportOptions
    let name = "spacy"
    let summary = "spaCy's Doc.to_json() (loads with Doc.from_json); one document per line"
    let fileExtension = "json"

    func render(_ document: Document) throws -> String {
        var parts = SpacyJSONParts(options: options)
        var tokens = JSONWriter()
        parts.add(document, scalarShift: 0, tokens: &tokens)
        var writer = JSONWriter()
        writer.raw("{\"text\":" as StaticString)
        writer.string(document.text)
        parts.writeEntitiesAndSentences(into: &writer)
        writer.raw(",\"tokens\":[" as StaticString)
        tokens.withBytes { writer.raw(utf8: $0) }
        writer.raw("]" as StaticString)
        parts.writeSpans(into: &writer)
        writer.raw("}\n" as StaticString)
        return writer.output
    }

    /// A long document's tokens are written section by section, after its text; its entities,
    /// sentences and span groups, a few per sentence, are kept until the end and follow them.
    var writesLongDocumentsInSections: Bool { true }

    func render(_ document: Document, sections: [Range<Int>], annotate: (Document) -> Document, into write: (String) -> Void) throws {
        var parts = SpacyJSONParts(options: options)
        var writer = JSONWriter(capacity: 1 << 16)
        writer.raw("{\"text\":" as StaticString)
        document.bytes.withUnsafeBufferPointer { writer.string(utf8: $0, inPiecesOf: 1 << 20) { write($0.takeOutput()) } }
        writer.raw(",\"tokens\":[" as StaticString)
        write(writer.takeOutput())
        document.annotateSections(sections, with: annotate, offsetAttributes: options.catalog.offsetAttributes) { section in
            parts.add(section.document, scalarShift: section.scalarStart, tokens: &writer) { write($0.takeOutput()) }
        }
        writer.raw("]" as StaticString)
        parts.writeEntitiesAndSentences(into: &writer) { write($0.takeOutput()) }
        parts.writeSpans(into: &writer) { write($0.takeOutput()) }
        writer.raw("}\n" as StaticString)
        write(writer.takeOutput())
    }
}
