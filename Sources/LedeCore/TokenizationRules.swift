/// What the tokenizer and the sentence splitter need to know of a language: the abbreviations
/// that keep their final period (`Mr.`, `Inc.`), which of them never end a sentence, and the
/// words that open a sentence after an abbreviation that may end one (`… in the U.S. The …`).
///
/// LedeCore knows no language: without rules, only initials (`J.`) and letters joined by periods
/// (`U.S.`, `p.m.`) keep their period. A language module (LedeEnglish) provides the rules, as
/// spaCy's `lang/en` provides its tokenizer exceptions.
public struct TokenizationRules: Sendable, Hashable {
    /// Written forms (without the period) that take a period: `Mr`, `Gen`, `Inc`, `etc`.
    public var abbreviations: WordSet
    /// Those that stand before a name or a number and so never end a sentence: `Mr`, `No`.
    public var neverFinal: WordSet
    /// Words that typically open a sentence: `The`, `He`, `However`.
    public var sentenceOpeners: WordSet
    /// Prefixes that stay joined to the word after their hyphen (`non-human`, `e-mail`,
    /// `ex-husband`), lowercase; other hyphenated compounds are split at the hyphen.
    public var hyphenPrefixes: WordSet
    /// The last parts of domain and file names that keep a name whole (`paulhastings.com`,
    /// `report.pdf`), lowercase.
    public var webSuffixes: WordSet

    public init(abbreviations: WordSet = [], neverFinal: WordSet = [], sentenceOpeners: WordSet = [],
                hyphenPrefixes: WordSet = [], webSuffixes: WordSet = []) {
        self.abbreviations = abbreviations
        self.neverFinal = neverFinal
        self.sentenceOpeners = sentenceOpeners
        self.hyphenPrefixes = hyphenPrefixes
        self.webSuffixes = webSuffixes
    }

    /// Whether the lowercase form of `bytes[range]` is in `set` (ASCII letters only).
    func containsLowercased(_ set: WordSet, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !set.isEmpty, range.count <= 12, range.allSatisfy({ bytes[$0] < 0x80 }) else { return false }
        // At most 12 ASCII bytes: a small string, made without an allocation.
        let lower = String(unsafeUninitializedCapacity: range.count) { buffer in
            for (offset, index) in range.enumerated() {
                let byte = bytes[index]
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return range.count
        }
        return set.contains(lower)
    }

    /// No language: only the structural rules.
    public static let none = TokenizationRules()

    /// Whether the bytes (a word without its final period) form an abbreviation: a known form,
    /// an initial (`J`), or letters joined by periods (`U.S`, `p.m`, `Ph.D`).
    func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let count = range.count
        guard count > 0, count <= 12 else { return false }
        let first = bytes[range.lowerBound]
        if count == 1 { return first >= 0x41 && first <= 0x5A }  // an initial: J. K.
        var hasPeriod = false
        var segment = 0
        var allShortSegments = true
        for index in range {
            let byte = bytes[index]
            if byte == 0x2E {
                hasPeriod = true
                if segment == 0 || segment > 3 { allShortSegments = false }
                segment = 0
            } else if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) {
                segment += 1
            } else {
                return false
            }
        }
        if hasPeriod { return allShortSegments && segment > 0 && segment <= 3 }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        return abbreviations.contains(word) || Self.titleCased(word).map(abbreviations.contains) == true
    }

    /// Whether an abbreviation token (its text including the final period) never ends a sentence.
    func isNeverFinal(_ token: String) -> Bool {
        let word = token.hasSuffix(".") ? String(token.dropLast()) : token
        if word.utf8.count == 1, let first = word.utf8.first, first >= 0x41 && first <= 0x5A { return true }
        // Not in capitals: "told the FT. The paper …", "diagnosed with MS. She …" end there.
        return neverFinal.contains(word)
    }

    /// An abbreviation of two to four capitals as the lexicons write it, its first letter alone
    /// a capital ("ST" → "St", in a dateline: "ST. PAUL, Minn.": one token, and as the next word
    /// opens no sentence, one sentence); nil for any other word.
    static func titleCased(_ word: String) -> String? {
        let utf8 = word.utf8
        guard (2...4).contains(utf8.count), utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return nil }
        return String(decoding: utf8.enumerated().map { $0.offset == 0 ? $0.element : $0.element | 0x20 }, as: UTF8.self)
    }
}
