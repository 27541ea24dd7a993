import LedeCore
import LedeEnglish
import LedeModels

/// The `pos` annotator: each token's universal part of speech (UPOS), its Penn Treebank tag
/// (`attrs.xpos`) and its lemma (`attrs.lemma`), from averaged perceptrons trained on Universal
/// Dependencies English (EWT) and GUM (see `lede-train`), with lede's lexicons as features.
public struct PartOfSpeechAnnotator: Annotator {
    public let name = "pos"
    public let summary = "Part of speech (UPOS, Penn tag) and lemma of every token, by a learned tagger"
    public let requires = [LayerName.tokens, LayerName.sentences]
    public let layers = [LayerSpec(
        name: LayerName.partOfSpeech, kind: .structure, title: "Parts of speech",
        labels: PartOfSpeechTrainer.universalTags.map { LabelSpec($0) },
        attributes: [
            AttributeSpec("xpos", .string, "the Penn Treebank tag", isColumn: true),
            AttributeSpec("lemma", .string, "the lemma", isColumn: true),
        ])]

    public init() {}

    public func annotate(_ document: inout Document) throws {
        try English.check()
        try PartOfSpeechModel.shipped.check()
        guard let model = PartOfSpeechModel.shipped.value else { return }
        var keyMaker = WordKeyMaker()
        var work = TaggingWork()
        var sharedAttributes = HashKeyedMemo<Attributes>()
        var annotations: [Annotation] = []
        annotations.reserveCapacity(document.tokens.count)
        let tokens = document.tokens
        document.bytes.withUnsafeBufferPointer { bytes in
            var keys: [WordKeys] = []
            for span in document.tokenSpans(of: LayerName.sentences) where !span.isEmpty {
                keys.removeAll(keepingCapacity: true)
                for index in span {
                    keys.append(keyMaker.keys(UnsafeBufferPointer(rebasing: bytes[tokens[index].range]), startsSentence: index == span.lowerBound))
                }
                let tags = model.tag(keys, form: { String(decoding: bytes[tokens[span.lowerBound + $0].range], as: UTF8.self) }, work: &work)
                for (offset, tag) in tags.enumerated() {
                    // A word tagged alike again shares its attributes (one allocation per kind of word).
                    let key = PartOfSpeechFeatures.mix(201, keys[offset].form, UInt64(tag.tagIndex))
                    let attributes = sharedAttributes[key] ?? {
                        let made: Attributes = ["lemma": .string(tag.lemma), "xpos": .string(tag.xpos)]
                        sharedAttributes.store(made, for: key)
                        return made
                    }()
                    annotations.append(Annotation(layer: LayerName.partOfSpeech, label: tag.upos, range: tokens[span.lowerBound + offset].range,
                                                  attributes: attributes))
                }
            }
        }
        document.setLayer(LayerName.partOfSpeech, annotations)
    }
}
