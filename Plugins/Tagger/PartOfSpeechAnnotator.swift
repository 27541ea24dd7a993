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
        // WordNet's parts of speech, which only the tagger reads.
        try English.wordnetClasses.check()
        try PartOfSpeechModel.shipped.check()
        guard let model = PartOfSpeechModel.shipped.value else { return }
        var work = TaggingWork.pool.take()
        defer { TaggingWork.pool.give(work) }
        // One annotation per token, kept compactly: labels and attribute sets in small tables.
        var layer = TokenLayer(labels: model.universal.classes)
        layer.reserveCapacity(document.tokens.count)
        // The number of each attribute set in this document's table, by the key of the word's tagging.
        var attributeNumbers = HashKeyedMemo<Int>(capacity: min(1024, document.tokens.count))
        let tokens = document.tokens
        document.bytes.withUnsafeBufferPointer { bytes in
            var keys: [WordKeys] = []
            for span in document.tokenSpans(of: LayerName.sentences) where !span.isEmpty {
                keys.removeAll(keepingCapacity: true)
                for index in span {
                    keys.append(work.keyMaker.keys(UnsafeBufferPointer(rebasing: bytes[tokens[index].range]), startsSentence: index == span.lowerBound))
                }
                let universal = model.universalTags(keys, work: &work)
                let slots = model.fineSlots(keys, universal: universal, work: &work)
                for offset in keys.indices {
                    // A word tagged alike again shares its attributes (one allocation per kind of
                    // word); the lemma is looked for only when they are new.
                    let key = PartOfSpeechFeatures.mix(201, keys[offset].form, UInt64(universal[offset] << 8 | slots[offset]))
                    let number: Int
                    if let known = attributeNumbers[key] {
                        number = known
                    } else {
                        let attributes: Attributes
                        if let known = work.attributes[key] {
                            attributes = known
                        } else {
                            let range = tokens[span.lowerBound + offset].range
                            let lemma = model.lemma(of: keys[offset], universal: universal[offset], work: &work) {
                                String(decoding: bytes[range], as: UTF8.self)
                            }
                            attributes = ["lemma": .string(lemma), "xpos": .string(model.xpos(universal[offset], slot: slots[offset]))]
                            work.attributes.store(attributes, for: key)
                        }
                        number = layer.addAttributes(attributes)
                        attributeNumbers.store(number, for: key)
                    }
                    layer.append(token: span.lowerBound + offset, label: universal[offset], attributes: number)
                }
            }
        }
        document.setTokenLayer(LayerName.partOfSpeech, layer)
    }
}
