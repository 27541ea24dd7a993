/// The `sentences` annotator: one `SENTENCE` annotation per sentence.
public struct SentencesAnnotator: Annotator {
    public let name = "sentences"
    public let summary = "Sentences, ending at terminal punctuation, blank lines and headline breaks"
    public let requires = [LayerName.tokens]
    public let produces = [LayerName.sentences]
    private let splitter = SentenceSplitter()

    public init() {}

    public func annotate(_ document: inout Document) throws {
        let tokens = document.tokens
        let ranges = document.bytes.withUnsafeBufferPointer { splitter.split($0, tokens: tokens) }
        document.setLayer(LayerName.sentences, ranges.map {
            Annotation(layer: LayerName.sentences, label: "SENTENCE", range: $0)
        })
    }
}
