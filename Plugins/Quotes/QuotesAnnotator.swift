import LedeCore
import LedeEnglish

/// The `quotes` annotator: DIRECT quotes (speech inside quotation marks), PARTIAL quotes
/// (a quoted fragment inside a sentence) and INDIRECT quotes (reported speech after a speech
/// verb, or before "…, X said"), each with `speaker` (the fullest name, or null when the text
/// names nobody), `speakerStart`/`speakerEnd` (the mention it was resolved from, in scalar
/// offsets) and `cue` (the speech verb or phrase).
public struct QuotesAnnotator: Annotator {
    public let name = "quotes"
    public let summary = "Direct, partial and indirect quotes, attributed to their speakers"
    public let requires = [LayerName.tokens, LayerName.sentences, LayerName.paragraphs, LayerName.partOfSpeech, LayerName.entities,
                           LayerName.places, LayerName.roles]
    public let layers = [LayerSpec(
        name: LayerName.quotes, kind: .statement, title: "Quotes",
        labels: [
            LabelSpec("DIRECT", "a whole statement in quotation marks"),
            LabelSpec("PARTIAL", "a quoted fragment inside a sentence"),
            LabelSpec("INDIRECT", "reported speech"),
        ],
        attributes: [
            AttributeSpec("speaker", .string, "the speaker's fullest name, or null", isColumn: true, role: .agent),
            AttributeSpec("cue", .string, "the speech verb or phrase", isColumn: true),
            AttributeSpec("speakerStart", .integer, "start of the mention the speaker was resolved from", role: .offsets),
            AttributeSpec("speakerEnd", .integer, "end of that mention", role: .offsets),
            AttributeSpec("sieve", .string, "the rule that chose the speaker (quotes --why)"),
        ])]

    public init() {}

    public func annotate(_ document: inout Document) throws {
        try English.check()
        try QuotesVocabulary.resource.check()
        let quotes = QuoteAttributor(document: document, tags: document.tokenTags()).attribute()
        let offsets = document.scalarOffsets
        document.setLayer(LayerName.quotes, quotes.map { quote in
            var attributes: Attributes = [
                "speaker": .optional(quote.speaker?.name),
                "cue": .optional(quote.cue),
                "sieve": .string(quote.speaker?.sieve ?? (quote.cue == nil ? "no-cue" : "unnamed-source")),
            ]
            if let mention = quote.speaker?.mention {
                let scalars = offsets.scalarRange(ofBytes: mention)
                attributes["speakerStart"] = .int(scalars.lowerBound)
                attributes["speakerEnd"] = .int(scalars.upperBound)
            }
            return Annotation(layer: LayerName.quotes, label: quote.label, range: quote.range, attributes: attributes)
        })
    }
}
