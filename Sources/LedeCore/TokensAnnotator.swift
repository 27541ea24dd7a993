/// The `tokens` annotator: one annotation per token, labelled with its `TokenKind`.
public struct TokensAnnotator: Annotator {
    public let name = "tokens"
    public let summary = "Words, numbers, punctuation, URLs and e-mail addresses"
    public let produces = [LayerName.tokens]
    private let tokenizer = Tokenizer()

    public init() {}

    public func annotate(_ document: inout Document) throws {
        let tokens = document.bytes.withUnsafeBufferPointer { tokenizer.tokenize($0) }
        document.setTokens(tokens)
    }
}
