import LedeCore
import Testing

@Suite struct TokenSpansTests {
    /// "Ana left. Bo came." with its tokens and two sentences.
    func document() -> Document {
        var document = Document(id: "t", text: "Ana left. Bo came.")
        document.setTokens([Token(range: 0..<3, kind: .word), Token(range: 4..<8, kind: .word), Token(range: 8..<9, kind: .punctuation),
                            Token(range: 10..<12, kind: .word), Token(range: 13..<17, kind: .word), Token(range: 17..<18, kind: .punctuation)])
        document.setLayer(LayerName.sentences, [Annotation(layer: LayerName.sentences, label: "sentence", range: 0..<9),
                                                Annotation(layer: LayerName.sentences, label: "sentence", range: 10..<18)])
        return document
    }

    @Test func theSentencesTokenSpansFollowTheSentencesAndTheTokens() {
        var document = document()
        #expect(document.tokenSpans(of: LayerName.sentences) == [0..<3, 3..<6])
        // New sentences: new spans.
        document.setLayer(LayerName.sentences, [Annotation(layer: LayerName.sentences, label: "sentence", range: 0..<18)])
        #expect(document.tokenSpans(of: LayerName.sentences) == [0..<6])
        // New tokens under the same sentence: the spans count them.
        document.setTokens([Token(range: 0..<3, kind: .word), Token(range: 4..<8, kind: .word)])
        #expect(document.tokenSpans(of: LayerName.sentences) == [0..<2])
        // No sentences, no spans; paragraphs never set, none either.
        document.removeLayer(LayerName.sentences)
        #expect(document.tokenSpans(of: LayerName.sentences).isEmpty)
        #expect(document.tokenSpans(of: LayerName.paragraphs).isEmpty)
    }

    @Test func theSpansOfOtherLayersAreMadeWhenAsked() {
        var document = document()
        document.setLayer("clauses", [Annotation(layer: "clauses", label: "clause", range: 10..<17)])
        #expect(document.tokenSpans(of: "clauses") == [3..<5])
        document.removeLayer(LayerName.tokens)
        #expect(document.tokenSpans(of: LayerName.sentences) == [0..<0, 0..<0])
    }
}
