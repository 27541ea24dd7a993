import LedeCore
import LedeEnglish

/// Finds the title phrase that ends at a token: a head (`minister`, `chief executive`, a rank)
/// and the words that extend it to the left (`foreign policy chief`, `water resources
/// minister`, `former state senator`), stopping at a determiner, a possessive, punctuation or
/// a name, which may then give the organization.
struct TitlePhraseFinder {
    let document: Document
    let tokens: [Token]
    let vocabulary = TitleVocabulary()
    /// For each token, the entity or place mention covering it.
    let mentionAt: TokenCoverage
    /// The part of speech of each token: a verb or an adverb does not extend a title.
    let tags: TokenTags

    /// Words that end the leftward extension of a title.
    static let stopWords = RolesVocabulary.words(.titleStop)

    /// The token range of a title phrase whose last token is `end - 1`, or nil.
    func phrase(endingAt end: Int, lowerLimit: Int) -> Range<Int>? {
        guard end > lowerLimit, end <= tokens.count else { return nil }
        // The head: one word, or two or three words forming a head phrase ("chief executive officer").
        var headStart: Int?
        for length in stride(from: 3, through: 1, by: -1) where end - length >= lowerLimit {
            let range = end - length..<end
            guard range.allSatisfy({ tokens[$0].kind == .word && mentionAt[$0] == nil }) else { continue }
            if vocabulary.isHead(text(range)) || (length == 1 && vocabulary.singularHead(text(range)) != nil) {
                headStart = range.lowerBound
                break
            }
        }
        guard var start = headStart else { return nil }
        // A rank ("Lt. Col.", "Gen.") takes only modifiers before it ("retired Gen."): a title or
        // a service before it is another title or the organization ("Prosecutor Marine Lt. Col.").
        let isRank = vocabulary.kinds(text(start..<end)).contains(.rank)
        var extra = 0
        while start > lowerLimit {
            let index = start - 1
            let token = tokens[index]
            guard token.kind == .word, mentionAt[index] == nil else { break }
            let word = document.word(index)
            let lower = WordForm.lowercasedASCII(word)
            if Self.stopWords.contains(lower) || English.calendarWords.contains(lower) { break }
            if vocabulary.isHonorific(word) { break }
            if isRank {
                guard vocabulary.isModifier(word), !vocabulary.isHead(word), document.isLowercase(token) || index == lowerLimit else { break }
                start = index
                continue
            }
            if vocabulary.isModifier(word) || vocabulary.isHead(word) {
                start = index
                continue
            }
            // Other nouns and adjectives that qualify the title ("water resources", "planetary").
            guard extra < 2, English.words[lower] != nil, !English.functionWords.contains(lower),
                  English.speechVerbs[lower] == nil, tags.isQualifier(index) else { break }
            extra += 1
            start = index
        }
        return start..<end
    }

    func text(_ range: Range<Int>) -> String {
        document.text(tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
    }
}
