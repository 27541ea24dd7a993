import LedeCore
import LedeEnglish

/// Finds gazetteer names among the capitalized words of a document: the longest name at each
/// position, with the connectors place names use (`Bay of Bengal`, `Rio de Janeiro`,
/// `Guinea-Bissau`). Names that are also ordinary words or people's names are kept only with
/// locative context (`in Reading`, `Paris, Texas`).
struct PlaceFinder {
    let gazetteer: Gazetteer

    /// Lowercase words allowed inside a multiword place name.
    static let connectors = PlacesVocabulary.words(.placeConnector)

    /// Words after which a capitalized name is likely a place.
    static let locativeWords = PlacesVocabulary.words(.locative)

    func find(in document: Document) -> [PlaceMatch] {
        let tokens = document.tokens
        let sentences = document.tokenSpans(of: LayerName.sentences)
        var matches: [PlaceMatch] = []
        for (sentenceIndex, span) in sentences.enumerated() {
            var index = span.lowerBound
            while index < span.upperBound {
                guard startsName(document, tokens[index]),
                      let match = longestName(document, tokens, from: index, limit: span.upperBound, sentence: sentenceIndex)
                else {
                    index += 1
                    continue
                }
                matches.append(match)
                index = match.tokens.upperBound
            }
        }
        matches = matches.map { extendPoliticalUnit($0, document: document, tokens: tokens) }
        let sentenceStarts = TokenIndexSet(sentences.lazy.map(\.lowerBound), tokenCount: tokens.count)
        let starts = TokenIndexSet(matches.lazy.map(\.tokens.lowerBound), tokenCount: tokens.count)
        let ends = TokenIndexSet(matches.lazy.map(\.tokens.upperBound), tokenCount: tokens.count)
        let headings = TokenIndexSet(document.headingLines().joined(), tokenCount: tokens.count)
        let known = matches.filter {
            isPlausible($0, document: document, tokens: tokens, starts: starts, ends: ends, sentenceStarts: sentenceStarts)
                && !isOrdinaryWordInHeading($0, document: document, headings: headings, sentenceStarts: sentenceStarts)
        }
        let inferred = InferredPlaceFinder().find(in: document, tokens: tokens, sentences: sentences,
                                                  paragraphs: document.tokenSpans(of: LayerName.paragraphs), known: known)
        // An inferred name that contains a gazetteer name replaces it (`Lake Victoria` over `Victoria`).
        var inferredToken = [Bool](repeating: false, count: tokens.count)
        for match in inferred { for index in match.tokens { inferredToken[index] = true } }
        let kept = known.filter { match in !match.tokens.allSatisfy { inferredToken[$0] } }
        return (kept + inferred).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Words for a political unit named after its place: `the State of Texas`, `the Kingdom of
    /// Saudi Arabia`, `the Republic of Korea`. The unit's name is one place mention.
    static let politicalUnits = PlacesVocabulary.words(.politicalUnit)

    func extendPoliticalUnit(_ match: PlaceMatch, document: Document, tokens: [Token]) -> PlaceMatch {
        let start = match.tokens.lowerBound
        guard start >= 2, document.token(tokens[start - 1], is: "of"),
              Self.politicalUnits.contains(document.word(start - 2)) else { return match }
        var extended = match
        extended.tokens = start - 2..<match.tokens.upperBound
        extended.range = tokens[start - 2].range.lowerBound..<match.range.upperBound
        extended.name = document.text(extended.range)
        return extended
    }

    func startsName(_ document: Document, _ token: Token) -> Bool {
        token.kind == .word && document.isCapitalized(token)
    }

    /// The longest gazetteer name starting at `start`.
    func longestName(_ document: Document, _ tokens: [Token], from start: Int, limit: Int, sentence: Int) -> PlaceMatch? {
        var best: PlaceMatch?
        var surface = ""
        var words = 0
        var index = start
        while index < limit {
            let token = tokens[index]
            if index > start {
                let previous = tokens[index - 1]
                if document.lineBreak(between: previous, and: token) { break }
                let touching = document.touches(previous, token)
                let allowed: Bool
                switch token.kind {
                case .word: allowed = document.isCapitalized(token) || Self.connectors.contains(document.word(index))
                case .punctuation: allowed = touching && document.token(token, is: "-")
                default: allowed = false
                }
                if !allowed { break }
                surface += touching ? "" : " "
            }
            surface += document.word(index)
            if token.kind == .word { words += 1 }
            if token.kind == .word, document.isCapitalized(token) || WordForm.isAllCaps(document.word(index)),
               let readings = gazetteer.lookup(surface) {
                best = PlaceMatch(tokens: start..<index + 1,
                                  range: tokens[start].range.lowerBound..<token.range.upperBound,
                                  name: surface, readings: readings, sentence: sentence)
            }
            if !gazetteer.hasLongerName(startingWith: surface) { break }
            index += 1
        }
        return best
    }

    /// Whether a match is a place in its context: ordinary words and people's names need
    /// locative evidence; a common word opening a sentence is not a place.
    func isPlausible(_ match: PlaceMatch, document: Document, tokens: [Token], starts: TokenIndexSet, ends: TokenIndexSet,
                     sentenceStarts: TokenIndexSet) -> Bool {
        if match.tokens.count > 1 { return true }
        let word = document.word(match.tokens.lowerBound)
        let folded = WordForm.folded(word)
        let isCountry = match.readings.contains { $0.label == "COUNTRY" }
        let opensSentence = sentenceStarts.contains(match.tokens.lowerBound)
        if English.calendarWords.contains(folded) { return false }
        // A title before a name is not a town ("King Charles"), nor the name after a title
        // ("Marshal Zhukov", "President Lincoln").
        if !isCountry, Self.isPersonsTitle(word), match.tokens.upperBound < tokens.count,
           tokens[match.tokens.upperBound].kind == .word, document.isCapitalized(tokens[match.tokens.upperBound]) {
            return false
        }
        let before = match.tokens.lowerBound - 1
        if !isCountry, before >= 0, tokens[before].kind == .word, document.isCapitalized(tokens[before]),
           Self.isPersonsTitle(document.word(before)) {
            return false
        }
        let commonWord = English.words[folded]
        if opensSentence, let commonWord, commonWord.isMostlyLowercase, !isCountry { return false }
        if isCountry { return true }
        // Regions and countries are large; only towns that share a person's name need context.
        let largest = match.readings.contains { $0.label == "REGION" } ? Int.max : (match.readings.map(\.population).max() ?? 0)
        let isOrdinaryWord = match.readings.allSatisfy(\.isCommonWord) || (commonWord?.isMostlyLowercase ?? false)
        let isGivenName = (English.givenNames[folded]?.count ?? 0) >= 500
        let isPersonName = isGivenName || (English.surnames[folded] ?? Int.max) <= 10_000
        // A given name joined by a hyphen to another name is a compound given name, not a town:
        // "Pierre-Simon Laplace", "Mary-Kate".
        let end = match.tokens.upperBound
        if !isCountry, isGivenName, document.joinsByHyphen(end), tokens[end + 1].kind == .word, document.isCapitalized(tokens[end + 1]) {
            return false
        }
        let needsContext = isOrdinaryWord || (isPersonName && largest < 100_000)
        if !needsContext { return true }
        return hasLocativeContext(match, document: document, tokens: tokens, starts: starts, ends: ends)
    }

    /// Whether a match in a heading is a small place made of ordinary words ("Floods Cut Off
    /// Villages in Northern Portugal": a town of 6,000 named Cut Off, a region named Northern)
    /// that the body never writes capitalized outside a sentence's start. A heading capitalizes
    /// every word, so there the capital is no evidence. Kept: a country, a city of 100,000 or more
    /// (Cape Town, Reading), a word that English capitalizes four times in five or more (York).
    func isOrdinaryWordInHeading(_ match: PlaceMatch, document: Document, headings: TokenIndexSet, sentenceStarts: TokenIndexSet) -> Bool {
        guard headings.contains(match.tokens.lowerBound), !match.readings.contains(where: { $0.label == "COUNTRY" }),
              match.readings.allSatisfy({ $0.population < 100_000 }) else { return false }
        let tokens = document.tokens
        let isOrdinary = match.readings.allSatisfy(\.isCommonWord) || match.tokens.allSatisfy { index in
            tokens[index].kind != .word || (English.words[WordForm.folded(document.word(index))]?.capitalizedShare ?? 1) < 0.8
        }
        guard isOrdinary else { return false }
        let first = document.word(match.tokens.lowerBound)
        let capitalizedInBody = tokens.indices.contains { index in
            !headings.contains(index) && !sentenceStarts.contains(index) && tokens[index].kind == .word
                && document.isCapitalized(tokens[index]) && document.word(index) == first
        }
        return !capitalizedInBody
    }

    /// Whether a word is a title a person's name follows (`King`, `Marshal`, `Dr`), not a word
    /// that only extends a title (`County` in "county judge").
    static func isPersonsTitle(_ word: String) -> Bool {
        English.titles.all(WordForm.lowercasedASCII(word)).contains { $0.kind != .modifier }
    }

    /// `starts` and `ends`: the first and past-the-end token indices of every gazetteer name.
    func hasLocativeContext(_ match: PlaceMatch, document: Document, tokens: [Token], starts: TokenIndexSet, ends: TokenIndexSet) -> Bool {
        let start = match.tokens.lowerBound
        if start > 0, Self.locativeWords.contains(document.lowercasedWord(start - 1)) {
            return true
        }
        // "Paris, Texas" / "Atlanta, Georgia": a place next to another across a comma.
        let end = match.tokens.upperBound
        if end + 1 < tokens.count, document.token(tokens[end], is: ","),
           starts.contains(end + 1) {
            return true
        }
        if start >= 2, document.token(tokens[start - 1], is: ","),
           ends.contains(start - 1) {
            return true
        }
        // A dateline: an all-caps name opening a paragraph.
        return WordForm.isAllCaps(match.name)
    }
}
