/// The `tokens` annotator: one annotation per token, labelled with its `TokenKind`.
public struct TokensAnnotator: Annotator {
    public let name = "tokens"
    public let summary = "Words, numbers, punctuation, URLs and e-mail addresses"
    public let layers = [LayerSpec(name: LayerName.tokens, kind: .structure, title: "Tokens",
                                   labels: TokenKind.allCases.map { LabelSpec($0.rawValue) })]
    private let tokenizer: Tokenizer

    /// An annotator with a language's abbreviations (none: only the structural rules).
    public init(rules: TokenizationRules = .none) {
        tokenizer = Tokenizer(rules: rules)
    }

    /// The rules it tokenizes with.
    public var rules: TokenizationRules { tokenizer.rules }

    public func annotate(_ document: inout Document) throws {
        let tokens = document.bytes.withUnsafeBufferPointer { tokenizer.tokenize($0) }
        document.setTokens(tokens)
    }
}
