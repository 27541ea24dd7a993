/// The `tokens` annotator: one annotation per token, labelled with its `TokenKind`.
public struct TokensAnnotator: Annotator {
    public let name = "tokens"
    public let summary = "Words, numbers, punctuation, URLs and e-mail addresses"
    public let produces = [LayerName.tokens]
    private let tokenizer = Tokenizer()

    public init() {}

    public func annotate(_ document: inout Document) throws {
        let tokens = document.bytes.withUnsafeBufferPointer { tokenizer.tokenize($0) }
        document.setLayer(LayerName.tokens, tokens.map {
            Annotation(layer: LayerName.tokens, label: $0.kind.rawValue, range: $0.range)
        })
    }
}

extension Document {
    /// The `tokens` layer as `Token` values (empty before the tokens annotator ran).
    public var tokens: [Token] {
        annotations(in: LayerName.tokens).map {
            Token(range: $0.range, kind: TokenKind(rawValue: $0.label) ?? .word)
        }
    }
}
