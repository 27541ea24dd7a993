/// Splits tokenized text into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets after it) when
/// the next token could start a sentence; at an abbreviation only when a typical sentence opener
/// follows (`… in the U.S. The …`), never after a title or an initial (`Mr.`, `J.`); at a blank
/// line; and at a line break, so headlines and captions without final punctuation stand alone,
/// unless the line was merely wrapped (it ends without punctuation and the next starts lowercase).
public struct SentenceSplitter: Sendable {
    /// The language's abbreviations and sentence openers.
    public let rules: TokenizationRules

    public init(rules: TokenizationRules = .none) {
        self.rules = rules
    }

    /// Sentence byte ranges over `tokens` of `bytes`.
    public func split(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        guard !tokens.isEmpty else { return sentences }
        var sentenceStart = 0
        var index = 0
        while index < tokens.count {
            var last = index
            var boundary = false
            if isTerminal(bytes, tokens[index]) || isFinalAbbreviationCandidate(bytes, tokens[index]) {
                // Take in closing quotes, brackets and further terminal marks.
                while last + 1 < tokens.count, isCloser(bytes, tokens[last + 1]),
                      tokens[last].range.upperBound == tokens[last + 1].range.lowerBound {
                    last += 1
                }
                if last + 1 >= tokens.count {
                    boundary = true
                } else {
                    boundary = startsSentence(bytes, after: tokens[index], next: tokens[last + 1])
                }
            }
            if !boundary, last + 1 < tokens.count, breaksAtLine(bytes, tokens[last], tokens[last + 1]) {
                boundary = true
            }
            if boundary || last + 1 >= tokens.count {
                sentences.append(tokens[sentenceStart].range.lowerBound..<tokens[last].range.upperBound)
                sentenceStart = last + 1
            }
            index = last + 1
        }
        return sentences
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
    }

    func isTerminal(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        let first = bytes[token.range.lowerBound]
        if first == UInt8(ascii: ".") || first == UInt8(ascii: "!") || first == UInt8(ascii: "?") { return true }
        return token.range.count == 3 && first == 0xE2 && bytes[token.range.lowerBound + 1] == 0x80
            && bytes[token.range.lowerBound + 2] == 0xA6  // …
    }

    /// A word token that keeps its final period (`U.S.`, `Inc.`, `Mr.`).
    func isFinalAbbreviationCandidate(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        token.kind == .word && token.range.count > 1 && bytes[token.range.upperBound - 1] == UInt8(ascii: ".")
    }

    func isCloser(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        if token.kind == .quote { return true }
        guard token.kind == .punctuation else { return false }
        let first = bytes[token.range.lowerBound]
        switch first {
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
            return true
        default:
            return isTerminal(bytes, token)
        }
    }

    /// Whether `next` begins a new sentence after the terminal token `terminal`.
    func startsSentence(_ bytes: UnsafeBufferPointer<UInt8>, after terminal: Token, next: Token) -> Bool {
        if hasLineBreak(bytes, terminal, next) { return true }
        let first = bytes[next.range.lowerBound]
        let startsUpper: Bool
        if first < 0x80 {
            startsUpper = (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39)
        } else {
            let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[next.range]), as: UTF8.self)
                .unicodeScalars.first
            startsUpper = scalar.map { $0.properties.isUppercase || $0.properties.numericType != nil } ?? false
        }
        let opens = next.kind == .quote || (next.kind == .punctuation && (first == UInt8(ascii: "(") || first == UInt8(ascii: "[")))
        guard startsUpper || opens else { return false }
        if isFinalAbbreviationCandidate(bytes, terminal) {
            let abbreviation = text(bytes, terminal)
            if rules.isNeverFinal(abbreviation) { return false }
            return opens || rules.sentenceOpeners.contains(text(bytes, next))
        }
        return true
    }

    func hasLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ before: Token, _ after: Token) -> Bool {
        for index in before.range.upperBound..<after.range.lowerBound where bytes[index] == UInt8(ascii: "\n") {
            return true
        }
        return false
    }

    /// A line break between two tokens ends the sentence unless the line was just wrapped.
    func breaksAtLine(_ bytes: UnsafeBufferPointer<UInt8>, _ before: Token, _ after: Token) -> Bool {
        var newlines = 0
        for index in before.range.upperBound..<after.range.lowerBound where bytes[index] == UInt8(ascii: "\n") {
            newlines += 1
        }
        if newlines == 0 { return false }
        if newlines > 1 { return true }
        let first = bytes[after.range.lowerBound]
        let nextIsLower = first >= 0x61 && first <= 0x7A
        let endsWithPunctuation = before.kind == .punctuation || before.kind == .quote
        return !(nextIsLower && !endsWithPunctuation)
    }
}
