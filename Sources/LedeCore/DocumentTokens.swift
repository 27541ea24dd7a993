/// Token-level views of a document that annotators share: token text, capitalization, and the
/// tokens of each sentence and paragraph.
extension Document {
    /// The text of a token.
    public func string(of token: Token) -> String {
        text(token.range)
    }

    /// The text of the token at `index` of `tokens` (made once, when the tokens were set).
    @inlinable
    public func word(_ index: Int) -> String {
        index < tokenTexts.count ? tokenTexts[index] : ""
    }

    /// Whether the text of the token at `index` is `literal`, byte for byte: `word(index) ==
    /// literal` without reading a string, and without Unicode's equivalences (U+037E, the Greek
    /// question mark, is not ";"); false where there is no token, as for `word(at:isOneOf:)`.
    @inlinable
    public func word(_ index: Int, is literal: StaticString) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        return token(tokens[index], is: literal)
    }

    /// The text of the token at `index` with its ASCII capitals made small, as
    /// `WordForm.lowercasedASCII(word(index))` gives it, read from the bytes: a word without a
    /// capital is the token's text itself, no new string.
    @inlinable
    public func lowercasedWord(_ index: Int) -> String {
        guard index >= 0, index < tokenTexts.count, index < tokens.count else { return "" }
        let range = tokens[index].range
        return bytes.withUnsafeBufferPointer { WordForm.lowercasedASCII(utf8: UnsafeBufferPointer(rebasing: $0[range])) } ?? tokenTexts[index]
    }

    /// Whether the token starts with an uppercase letter.
    @inlinable
    public func isCapitalized(_ token: Token) -> Bool {
        let first = bytes[token.range.lowerBound]
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return text(token.range).unicodeScalars.first?.properties.isUppercase ?? false
    }

    /// Whether the token starts with a lowercase letter.
    @inlinable
    public func isLowercase(_ token: Token) -> Bool {
        let first = bytes[token.range.lowerBound]
        if first < 0x80 { return first >= 0x61 && first <= 0x7A }
        return text(token.range).unicodeScalars.first?.properties.isLowercase ?? false
    }

    /// Whether a token's text equals `word` exactly (no allocation).
    @inlinable
    public func token(_ token: Token, is word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        guard token.range.count == length else { return false }
        let pointer = word.utf8Start
        for offset in 0..<length where bytes[token.range.lowerBound + offset] != pointer[offset] { return false }
        return true
    }

    /// Whether the text of the token at `index` is one of `words`, byte for byte (no String made;
    /// false past the last token).
    @inlinable
    public func word(at index: Int, isOneOf words: StaticString...) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let token = tokens[index]
        return words.contains { self.token(token, is: $0) }
    }

    /// Whether a token's text, lowercased, equals the lowercase ASCII `word` (no allocation).
    @inlinable
    public func token(_ token: Token, isLowercased word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        guard token.range.count == length else { return false }
        let pointer = word.utf8Start
        for offset in 0..<length {
            var byte = bytes[token.range.lowerBound + offset]
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            if byte != pointer[offset] { return false }
        }
        return true
    }

    /// Whether nothing (no white space) separates two tokens.
    @inlinable
    public func touches(_ left: Token, _ right: Token) -> Bool {
        left.range.upperBound == right.range.lowerBound
    }

    /// Whether the token is the possessive 's (with a straight or a curly apostrophe).
    @inlinable
    public func isPossessive(_ token: Token) -> Bool {
        self.token(token, isLowercased: "'s") || self.token(token, is: "’s")
    }

    /// Whether the token at `index` is a hyphen joining the tokens on either side with no space
    /// ("Sea-Air", "I-44").
    @inlinable
    public func joinsByHyphen(_ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count, token(tokens[index], is: "-") else { return false }
        return touches(tokens[index - 1], tokens[index]) && touches(tokens[index], tokens[index + 1])
    }

    /// Whether a line break separates two tokens.
    @inlinable
    public func lineBreak(between left: Token, and right: Token) -> Bool {
        for index in left.range.upperBound..<right.range.lowerBound where bytes[index] == 0x0A { return true }
        return false
    }

    /// For each annotation of `layer` (sentences, paragraphs), the range of token indices it
    /// covers, in order.
    public func tokenSpans(of layer: String) -> [Range<Int>] {
        if let kept = keptTokenSpans(of: layer) { return kept }
        let tokens = self.tokens
        var spans: [Range<Int>] = []
        var index = 0
        for annotation in annotations(in: layer) {
            while index < tokens.count && tokens[index].range.upperBound <= annotation.range.lowerBound { index += 1 }
            let start = index
            while index < tokens.count && tokens[index].range.lowerBound < annotation.range.upperBound { index += 1 }
            spans.append(start..<index)
        }
        return spans
    }

    /// The index of the first token whose range starts at or after `byteOffset`.
    @inlinable
    public func tokenIndex(atOrAfter byteOffset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.lowerBound < byteOffset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// For each token, the annotation (of `annotations`) that covers it, or nil; a later
    /// annotation wins where two overlap.
    public func tokenCoverage(_ annotations: [Annotation]) -> TokenCoverage {
        var covering = [Int32](repeating: -1, count: tokens.count)
        for (position, annotation) in annotations.enumerated() {
            var index = tokenIndex(atOrAfter: annotation.range.lowerBound)
            while index < tokens.count, tokens[index].range.upperBound <= annotation.range.upperBound {
                covering[index] = Int32(position)
                index += 1
            }
        }
        return TokenCoverage(annotations: annotations, indices: covering)
    }
}

/// Which annotation covers each token (see `Document.tokenCoverage`): four bytes a token.
public struct TokenCoverage: Sendable {
    /// The annotations, as given.
    public let annotations: [Annotation]
    private let indices: [Int32]

    init(annotations: [Annotation], indices: [Int32]) {
        self.annotations = annotations
        self.indices = indices
    }

    /// The annotation covering the token at `token`, or nil.
    public subscript(token: Int) -> Annotation? {
        let index = indices[token]
        return index < 0 ? nil : annotations[Int(index)]
    }
}

/// For each token, the index of the span (sentence, paragraph) that holds it: four bytes a token.
public struct TokenSpanIndex: Sendable {
    private let indices: [Int32]

    /// An index over spans of token indices (`Document.tokenSpans(of:)`) of `tokenCount` tokens.
    public init(_ spans: [Range<Int>], tokenCount: Int) {
        var indices = [Int32](repeating: -1, count: tokenCount)
        for (index, span) in spans.enumerated() {
            for token in span.clamped(to: 0..<tokenCount) { indices[token] = Int32(index) }
        }
        self.indices = indices
    }

    /// The index of the span holding the token at `token`, or nil.
    public subscript(token: Int) -> Int? {
        guard token >= 0, token < indices.count else { return nil }
        let index = indices[token]
        return index < 0 ? nil : Int(index)
    }
}

extension Array {
    /// How many leading elements end at or before `offset`, for elements in text order whose
    /// ends do not go backwards (the mentions of a flat layer): a binary search, so that looking
    /// back from a position costs a logarithm, not a scan of the document.
    public func countEnding(atOrBefore offset: Int, end: (Element) -> Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if end(self[middle]) <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The last of the elements before `limit` that satisfies `predicate`, looking back at most
    /// `window` elements.
    public func last(before limit: Int, within window: Int, where predicate: (Element) -> Bool) -> Element? {
        var index = Swift.min(limit, count) - 1
        let stop = Swift.max(0, index - window)
        while index >= stop {
            if predicate(self[index]) { return self[index] }
            index -= 1
        }
        return nil
    }
}
