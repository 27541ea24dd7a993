import LedeCore

/// The shape of a token's text, as the rules test it.
struct TokenShape: OptionSet, Sendable {
    let rawValue: UInt16

    /// Starts with an ASCII capital letter.
    static let capitalized = TokenShape(rawValue: 1 << 0)
    /// Two or more letters, all capitals.
    static let allCapitals = TokenShape(rawValue: 1 << 1)
    /// Holds a digit.
    static let hasDigit = TokenShape(rawValue: 1 << 2)
    /// Holds an ASCII letter.
    static let hasLetter = TokenShape(rawValue: 1 << 3)
    /// No white space between this token and the next.
    static let touchesNext = TokenShape(rawValue: 1 << 4)
    /// The first word of its sentence (after any opening quotes or brackets).
    static let sentenceInitial = TokenShape(rawValue: 1 << 5)
    /// A line break comes right before this token.
    static let startsLine = TokenShape(rawValue: 1 << 6)
    /// A phrase of the vocabulary (`at least`, `shortly after`) starts with this token.
    static let startsPhrase = TokenShape(rawValue: 1 << 7)
    /// A unit or currency (`$`, `US$`, `Rs`, `km`) starts with this token.
    static let startsMeasure = TokenShape(rawValue: 1 << 8)
    /// A rule can start at this word of the vocabulary.
    static let startsRule = TokenShape(rawValue: 1 << 9)
}

/// What the rules need to know about each token, computed once per document.
struct TokenFacts: Sendable {
    var key: WordKey?
    /// Index into the vocabulary's entries, or −1.
    var word: Int32 = -1
    /// The vocabulary classes of the word (empty for other words).
    var classes: WordClass = []
    var shape: TokenShape = []
    /// Index of the parsed number (NUM tokens) in the numerals array, or −1.
    var numeral: Int32 = -1
}

extension TokenFacts {
    /// Facts for every token of a document, and the parsed number tokens they point to.
    static func of(_ tokens: [Token], bytes: UnsafeBufferPointer<UInt8>, sentences: [Range<Int>],
                   lexicon: NumbersLexicon) -> (facts: [TokenFacts], numerals: [Numeral]) {
        var numerals: [Numeral] = []
        var facts: [TokenFacts] = []
        facts.reserveCapacity(tokens.count)
        var sentenceIndex = 0
        var expectInitial = true
        for (index, token) in tokens.enumerated() {
            let range = token.range
            var fact = TokenFacts()
            fact.key = WordKey(bytes, range)
            var shape: TokenShape = []
            if let key = fact.key, lexicon.filter.mayContain(key), let entry = lexicon.words[key] {
                fact.word = entry.word
                if entry.word >= 0 { fact.classes = lexicon.vocabulary.entries[Int(entry.word)].classes }
                if entry.startsPhrase { shape.insert(.startsPhrase) }
                if entry.startsMeasure { shape.insert(.startsMeasure) }
                if entry.startsRule { shape.insert(.startsRule) }
            }
            var letters = 0, capitals = 0
            for position in range {
                let byte = bytes[position]
                if byte >= 0x41 && byte <= 0x5A {
                    letters += 1
                    capitals += 1
                } else if byte >= 0x61 && byte <= 0x7A {
                    letters += 1
                } else if byte >= 0x30 && byte <= 0x39 {
                    shape.insert(.hasDigit)
                }
            }
            if letters > 0 { shape.insert(.hasLetter) }
            if let first = range.first, bytes[first] >= 0x41 && bytes[first] <= 0x5A { shape.insert(.capitalized) }
            if letters >= 2 && capitals == letters { shape.insert(.allCapitals) }
            if index + 1 < tokens.count && tokens[index + 1].range.lowerBound == range.upperBound { shape.insert(.touchesNext) }
            let gapStart = index > 0 ? tokens[index - 1].range.upperBound : 0
            var position = range.lowerBound - 1
            while position >= gapStart {
                if bytes[position] == UInt8(ascii: "\n") {
                    shape.insert(.startsLine)
                    break
                }
                position -= 1
            }
            if index == 0 { shape.insert(.startsLine) }
            // Sentence starts: the first word after a sentence boundary.
            while sentenceIndex < sentences.count && sentences[sentenceIndex].upperBound <= range.lowerBound {
                sentenceIndex += 1
                expectInitial = true
            }
            if sentenceIndex < sentences.count && sentences[sentenceIndex].lowerBound == range.lowerBound { expectInitial = true }
            if expectInitial && (token.kind == .word || token.kind == .number) {
                shape.insert(.sentenceInitial)
                expectInitial = false
            }
            fact.shape = shape
            if token.kind == .number {
                fact.numeral = Int32(numerals.count)
                numerals.append(Numeral(bytes, range))
            }
            facts.append(fact)
        }
        return (facts, numerals)
    }
}
