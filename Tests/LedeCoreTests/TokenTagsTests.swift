import LedeCore
import Testing

@Suite struct TokenTagsTests {
    /// "Ana said it": tokens, and a `pos` layer with `verb` as the tag of "said".
    func document(saidAs verb: String, xpos: String) -> Document {
        var document = Document(id: "t", text: "Ana said it")
        document.setTokens([Token(range: 0..<3, kind: .word), Token(range: 4..<8, kind: .word), Token(range: 9..<11, kind: .word)])
        document.setLayer(LayerName.partOfSpeech, [
            Annotation(layer: LayerName.partOfSpeech, label: "PROPN", range: 0..<3, attributes: ["xpos": "NNP"]),
            Annotation(layer: LayerName.partOfSpeech, label: verb, range: 4..<8, attributes: ["xpos": .string(xpos)]),
            Annotation(layer: LayerName.partOfSpeech, label: "PRON", range: 9..<11, attributes: ["xpos": "PRP"]),
        ])
        return document
    }

    @Test func classesComeFromTheUniversalAndPennTags() {
        var document = document(saidAs: "VERB", xpos: "VBD")
        let tags = document.tokenTags()
        #expect(tags.isTagged)
        #expect([tags[0], tags[1], tags[2]] == [.properNoun, .finiteVerb, .other])
        #expect(tags[7] == .unknown)
    }

    @Test func theTagsKeptAreReadAgainWhenThePartOfSpeechLayerChanges() {
        var document = document(saidAs: "VERB", xpos: "VBD")
        #expect(document.tokenTags()[1] == .finiteVerb)
        document.setLayer(LayerName.partOfSpeech, [
            Annotation(layer: LayerName.partOfSpeech, label: "NOUN", range: 4..<8, attributes: ["xpos": "NN"]),
        ])
        #expect(document.tokenTags()[1] == .noun)
        document.removeLayer(LayerName.partOfSpeech)
        #expect(!document.tokenTags().isTagged)
        #expect(document.tokenTags().hasFiniteVerb(in: 0..<3))
    }
}
