/// A token: a UTF-8 byte range of the text and its kind.
public struct Token: Sendable, Hashable {
    public var range: Range<Int>
    public var kind: TokenKind

    public init(range: Range<Int>, kind: TokenKind) {
        self.range = range
        self.kind = kind
    }
}

/// What a token is. The raw value is the label of its annotation in the `tokens` layer.
public enum TokenKind: String, Sendable, CaseIterable {
    /// Letters (and digits after a letter): `Iran`, `can`, `n't`, `'s`, `U.S.`, `G7`.
    case word = "WORD"
    /// Starts with a digit: `1,300`, `3.5`, `23rd`, `1990s`, `’90s`, `15:00`.
    case number = "NUM"
    /// Punctuation other than quotation marks: `.`, `,`, `-`, `—`, `(`.
    case punctuation = "PUNCT"
    /// A quotation mark or a single quote/apostrophe standing alone: `"`, `“`, `’`, `«`.
    case quote = "QUOTE"
    /// A symbol: `$`, `US$`, `%`, `€`, `+`, `&`.
    case symbol = "SYM"
    /// A web address.
    case url = "URL"
    /// An e-mail address.
    case email = "EMAIL"
}
