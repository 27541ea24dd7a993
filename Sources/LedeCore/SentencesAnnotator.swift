/// The `sentences` annotator: one `SENTENCE` annotation per sentence.
public struct SentencesAnnotator: Annotator {
    public let name = "sentences"
    public let summary = "Sentences, ending at terminal punctuation, blank lines and headline breaks"
    public let requires = [LayerName.tokens]
    public let layers = [LayerSpec(name: LayerName.sentences, kind: .structure, title: "Sentences", labels: [LabelSpec("SENTENCE")])]
    private let splitter: SentenceSplitter

    /// An annotator with a language's abbreviations (none: only the structural rules).
    public init(rules: TokenizationRules = .none) {
        splitter = SentenceSplitter(rules: rules)
    }

    /// The rules it tokenizes with.
    public var rules: TokenizationRules { splitter.rules }

    public func annotate(_ document: inout Document) throws {
        let tokens = document.tokens
        let ranges = document.bytes.withUnsafeBufferPointer { splitter.split($0, tokens: tokens) }
        document.setLayer(LayerName.sentences, ranges.map {
            Annotation(layer: LayerName.sentences, label: "SENTENCE", range: $0)
        })
    }
}
