/// A token: a UTF-8 byte range of the text and its kind.
///
/// The offsets are kept in 32 bits (a document has a token per five bytes of text, and a long
/// one a million tokens): twelve bytes a token. Offsets past 4 GiB are clamped to it; lede
/// reads no document that large.
public struct Token: Sendable, Hashable {
    @usableFromInline var start: UInt32
    @usableFromInline var end: UInt32
    public var kind: TokenKind

    public init(range: Range<Int>, kind: TokenKind) {
        start = UInt32(clamping: range.lowerBound)
        end = max(start, UInt32(clamping: range.upperBound))
        self.kind = kind
    }

    /// The UTF-8 byte range of the token in the text.
    @inlinable
    public var range: Range<Int> {
        get { Range(uncheckedBounds: (Int(start), Int(end))) }
        set {
            start = UInt32(clamping: newValue.lowerBound)
            end = max(start, UInt32(clamping: newValue.upperBound))
        }
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
