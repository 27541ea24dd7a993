import LedeCore
import LedeEnglish

/// Finds runs of capitalized words, with the connectors names use (`of`, `for`, `and`, `de`,
/// `van`, `bin`, `al`, hyphens, a possessive inside a name such as `People’s Choice`), that may
/// hold one or more names. Runs stop at line breaks, quotation marks and other punctuation.
struct NameRunFinder {
    /// Lowercase words that may join the capitalized words of one name.
    static let connectors = EntitiesVocabulary.words(.nameConnector)

    /// Short words after a hyphen that end a name (`Labour-led`, `war-era`).
    static let hyphenSuffixes = EntitiesVocabulary.words(.hyphenSuffix)

    /// A run: token indices, and whether it opens its sentence.
    struct Run {
        var tokens: Range<Int>
        var opensSentence: Bool
    }

    func runs(in document: Document, tokens: [Token], sentences: [Range<Int>]) -> [Run] {
        var runs: [Run] = []
        for sentence in sentences {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard isNameWord(document, tokens[index]), !isCaptionLabel(document, tokens, index) else {
                    index += 1
                    continue
                }
                let start = index
                var end = index + 1
                while end < sentence.upperBound {
                    let previous = tokens[end - 1]
                    let token = tokens[end]
                    if document.lineBreak(between: previous, and: token) { break }
                    if isNameWord(document, token), !isCaptionLabel(document, tokens, end) {
                        end += 1
                        continue
                    }
                    // A connector (or two: "of the") followed by a capitalized word.
                    var look = end
                    while look < sentence.upperBound, look - end < 2, isConnector(document, tokens, look) { look += 1 }
                    if look > end, look < sentence.upperBound, isNameWord(document, tokens[look]),
                       !document.lineBreak(between: tokens[look - 1], and: tokens[look]) {
                        end = look + 1
                        continue
                    }
                    // A hyphen inside a name: Al-Rashid, Make-A-Wish, Co-operation.
                    if document.token(token, is: "-"), end + 1 < sentence.upperBound, document.touches(previous, token),
                       document.touches(token, tokens[end + 1]), tokens[end + 1].kind == .word,
                       isNameWord(document, tokens[end + 1]) || previous.range.count <= 3
                        || (tokens[end + 1].range.count <= 3 && isNameWord(document, previous)
                            && !Self.hyphenSuffixes.contains(document.word(end + 1))) {
                        end += 2
                        continue
                    }
                    // A possessive inside a name: People’s Choice (not Iran’s Foreign Minister).
                    if document.isPossessive(token), end + 1 < sentence.upperBound, isNameWord(document, tokens[end + 1]),
                       isCommonWord(document, previous), !isTitleWord(document, tokens[end + 1]),
                       OrganizationLexicon.shared.cues[document.string(of: previous)] == nil {
                        end += 2
                        continue
                    }
                    break
                }
                runs.append(Run(tokens: start..<end, opensSentence: start == sentence.lowerBound || opensClause(document, tokens, start, sentence)))
                index = end
            }
        }
        return runs
    }

    /// The labels of a caption or a credit (`Image`, `Photo`, `Credit`).
    static let captionLabels = EntitiesVocabulary.words(.captionLabel)

    /// A capitalized word (or an all-caps one, or an abbreviation such as `U.S.`).
    func isNameWord(_ document: Document, _ token: Token) -> Bool {
        token.kind == .word && document.isCapitalized(token)
    }

    /// The label of a caption or a credit, the colon after it: "Disney Belle Image: Nick Moreau"
    /// is the name "Disney Belle", then the credit.
    func isCaptionLabel(_ document: Document, _ tokens: [Token], _ index: Int) -> Bool {
        index + 1 < tokens.count && document.token(tokens[index + 1], is: ":") && Self.captionLabels.contains(document.word(index))
    }

    func isConnector(_ document: Document, _ tokens: [Token], _ index: Int) -> Bool {
        (tokens[index].kind == .word || tokens[index].kind == .symbol) && Self.connectors.contains(document.word(index))
    }

    /// A common English word usually written in lowercase (`People`), not an acronym.
    func isCommonWord(_ document: Document, _ token: Token) -> Bool {
        let text = document.string(of: token)
        guard !WordForm.isAllCaps(text), let common = English.words[WordForm.lowercasedASCII(text)],
              let level = common.level, level <= 35 else { return false }
        return common.isMostlyLowercase
    }

    func isTitleWord(_ document: Document, _ token: Token) -> Bool {
        English.titles[WordForm.lowercasedASCII(document.string(of: token))] != nil
    }

    /// Whether the run opens a clause where any word is capitalized: after an opening quote or a
    /// colon at the start of the sentence.
    func opensClause(_ document: Document, _ tokens: [Token], _ start: Int, _ sentence: Range<Int>) -> Bool {
        guard start > sentence.lowerBound else { return true }
        let previous = tokens[start - 1]
        if previous.kind == .quote { return true }
        return document.token(previous, is: ":") || document.token(previous, is: "—") || document.token(previous, is: "(")
    }
}
