import LedeCore
import LedeEnglish

/// Finds title mentions attached to named people in one document.
struct RoleFinder {
    let document: Document
    let tokens: [Token]
    let entities: [Annotation]
    /// For each token, the entity or place mention covering it.
    let mentionAt: TokenCoverage
    let titles: TitlePhraseFinder
    let vocabulary = TitleVocabulary()

    static let determiners = RolesVocabulary.words(.determiner)
    static let prepositions = RolesVocabulary.words(.preposition)
    static let copulas = RolesVocabulary.words(.copula)
    static let tenure = RolesVocabulary.words(.tenure)

    init(document: Document, tags: TokenTags) {
        self.document = document
        tokens = document.tokens
        entities = document.annotations(in: LayerName.entities)
        let at = document.tokenCoverage(entities + document.annotations(in: LayerName.places))
        mentionAt = at
        titles = TitlePhraseFinder(document: document, tokens: tokens, mentionAt: at, tags: tags)
    }

    func find() -> [RoleMention] {
        let sentences = document.tokenSpans(of: LayerName.sentences)
        let sentenceOf = TokenSpanIndex(sentences, tokenCount: tokens.count)
        var found: [RoleMention] = []
        for person in entities where person.label == "PERSON" {
            let first = document.tokenIndex(atOrAfter: person.range.lowerBound)
            var last = first
            while last < tokens.count, tokens[last].range.upperBound <= person.range.upperBound { last += 1 }
            guard let sentenceIndex = sentenceOf[first] else { continue }
            let sentence = sentences[sentenceIndex]
            let name = person["canonical"]?.stringValue ?? document.text(of: person)
            var roles = before(first, sentence: sentence, person: name)
            // "Sens. John Thune and Mike Rounds", "Councilors Ann Lee, Tom Reyes and Jo Kim": a
            // plural title covers every name of the list after it.
            if roles.isEmpty, first >= 2, word(first - 1, is: "and") || word(first - 1, is: ","), let previous = mentionAt[first - 2],
               previous.label == "PERSON", let shared = pluralTitle(before: previous, in: found) {
                roles.append(RoleMention(person: name, title: shared.title, organization: shared.organization, range: shared.range,
                                         sieve: "shared-plural-title"))
            }
            found += roles
            found += after(last, sentence: sentence, person: name)
        }
        return found
    }

    // MARK: Before the name

    /// The plural title ("Sens.", "Councilors") found right before `person`, or before the first
    /// name of the list `person` ends.
    func pluralTitle(before person: Annotation, in found: [RoleMention]) -> RoleMention? {
        let start = document.tokenIndex(atOrAfter: person.range.lowerBound)
        guard let role = found.last(where: { document.tokenIndex(atOrAfter: $0.range.upperBound) == start }) else {
            // Further back along the list: "…, Tom Reyes, Jo Kim".
            guard start >= 2, document.word(at: start - 1, isOneOf: ",", "and"), let earlier = mentionAt[start - 2], earlier.label == "PERSON" else { return nil }
            return pluralTitle(before: earlier, in: found)
        }
        guard let head = role.title.split(separator: " ").last, vocabulary.singularHead(String(head)) != nil else { return nil }
        return role
    }

    /// `Iranian President X`, `Lt Gen X`, `Norway’s trade minister, X`, `the agency's director general, Dr. X`.
    func before(_ first: Int, sentence: Range<Int>, person: String) -> [RoleMention] {
        var end = first
        while end > sentence.lowerBound, vocabulary.isHonorific(word(end - 1)) { end -= 1 }
        var withComma = false
        if end > sentence.lowerBound, word(end - 1, is: ",") {
            end -= 1
            withComma = true
        }
        let sieve = withComma ? "title-comma-name" : "title-before-name"
        guard let phrase = titles.phrase(endingAt: end, lowerLimit: sentence.lowerBound) else {
            // "the Prime Minister of Singapore, Mr. Lee Hsien Loong", "Chancellor of the Duchy of
            // Lancaster Oliver Dowden": a title of an organization or a place; "Minister of
            // Information and Culture, Lai Mohammed": a title with its portfolio, then a comma.
            if let (phrase, organization) = titleOfOrganization(endingAt: end, sentence: sentence) {
                return [mention(person, phrase, organization, sieve: withComma ? "title-of-comma-name" : "title-of-name")]
            }
            guard withComma, let phrase = titleWithPortfolio(endingAt: end, sentence: sentence) else { return [] }
            return [mention(person, phrase, nil, sieve: "title-of-comma-name")]
        }
        // A title without a comma must not be a description of someone else ("the minister X"),
        // unless it is capitalized ("With 500 missing, Defense Secretary X …").
        if !withComma, phrase.lowerBound > sentence.lowerBound, word(phrase.lowerBound - 1, is: ","),
           !document.isCapitalized(tokens[phrase.lowerBound]) { return [] }
        // "President and Chief Executive Officer Tom Enders": two titles, one organization before both.
        var phrases = [phrase]
        if phrase.lowerBound - 1 > sentence.lowerBound, word(phrase.lowerBound - 1, is: "and"),
           let first = titles.phrase(endingAt: phrase.lowerBound - 1, lowerLimit: sentence.lowerBound) {
            phrases.insert(first, at: 0)
        }
        let start = phrases[0].lowerBound
        var organization = organizationBefore(start, sentence: sentence)
        // "Prosecutor Marine Lt. Col. X": the service before a rank is its organization, and a
        // title before them is a title of its own.
        var stacked: RoleMention?
        if vocabulary.kinds(titles.text(phrase)).contains(.rank) {
            var before = start
            while before > sentence.lowerBound, start - before < 2, tokens[before - 1].kind == .word, document.isCapitalized(tokens[before - 1]),
                  mentionAt[before - 1] == nil, !vocabulary.isHead(word(before - 1)), !vocabulary.isHonorific(word(before - 1)) { before -= 1 }
            if before < start, before > sentence.lowerBound, let outer = titles.phrase(endingAt: before, lowerLimit: sentence.lowerBound) {
                stacked = mention(person, outer, nil, sieve: sieve)
                if organization == nil { organization = document.text(tokens[before].range.lowerBound..<tokens[start - 1].range.upperBound) }
            }
        }
        // "former Colombian presidential candidate": the tenure stays with the title.
        var tenure: Int?
        if organization != nil, start >= 2, let qualifier = mentionAt[start - 1] {
            let word = document.tokenIndex(atOrAfter: qualifier.range.lowerBound) - 1
            if word >= sentence.lowerBound, Self.tenure.contains(self.lowercasedWord(word)) { tenure = word }
        }
        let found = phrases.map { phrase in
            var found = mention(person, phrase, organization, sieve: sieve)
            if let tenure {
                found.title = self.word(tenure) + " " + found.title
                found.range = tokens[tenure].range.lowerBound..<found.range.upperBound
            }
            return found
        }
        return (stacked.map { [$0] } ?? []) + found
    }

    /// A title phrase, "of" or "for", and up to five words of its portfolio before a comma at
    /// `end`: "Minister of Information and Culture", "director of news".
    func titleWithPortfolio(endingAt end: Int, sentence: Range<Int>) -> Range<Int>? {
        var preposition = end - 1
        while preposition > sentence.lowerBound, end - preposition <= 6, !document.word(at: preposition, isOneOf: "of", "for") {
            guard tokens[preposition].kind == .word, mentionAt[preposition] == nil, titles.tags[preposition] != .finiteVerb else { return nil }
            preposition -= 1
        }
        guard preposition > sentence.lowerBound, preposition < end - 1, document.word(at: preposition, isOneOf: "of", "for"),
              let phrase = titles.phrase(endingAt: preposition, lowerLimit: sentence.lowerBound) else { return nil }
        return phrase.lowerBound..<end
    }

    /// A title phrase, a preposition and an organization or a place that ends at `end`:
    /// "Prime Minister of Singapore", "chief executive of Acme".
    /// Also "chief executive of anti-monarchy group Republic" (lowercase words describe the
    /// organization) and "Chancellor of the Duchy of Lancaster" (a name of several words with
    /// "of" inside, the organization as written).
    func titleOfOrganization(endingAt end: Int, sentence: Range<Int>) -> (Range<Int>, String?)? {
        guard end - 1 > sentence.lowerBound else { return nil }
        // The organization: a mention, else capitalized words the recognizers left unnamed.
        let nameStart: Int
        let organization: String?
        if let named = mentionAt[end - 1] {
            guard named.label != "PERSON" else { return nil }
            nameStart = document.tokenIndex(atOrAfter: named.range.lowerBound)
            organization = organizationName(named)
        } else {
            var start = end
            while start > sentence.lowerBound, end - start < 4, tokens[start - 1].kind == .word, document.isCapitalized(tokens[start - 1]),
                  mentionAt[start - 1] == nil, vocabulary.kinds(word(start - 1)).isEmpty { start -= 1 }
            guard start < end else { return nil }
            nameStart = start
            organization = document.text(tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound)
        }
        let organizationEnd = tokens[end - 1].range.upperBound
        var preposition = nameStart - 1
        // Lowercase words that describe the organization: "anti-monarchy group".
        while preposition > sentence.lowerBound, nameStart - preposition <= 5, !document.word(at: preposition, isOneOf: "of", "at", "for"),
              tokens[preposition].kind == .word && document.isLowercase(tokens[preposition]) || word(preposition, is: "-") {
            preposition -= 1
        }
        if preposition > sentence.lowerBound, word(preposition, is: "the") { preposition -= 1 }
        guard preposition > sentence.lowerBound, document.word(at: preposition, isOneOf: "of", "at", "for") else { return nil }
        if let phrase = titles.phrase(endingAt: preposition, lowerLimit: sentence.lowerBound) {
            return (phrase, organization)
        }
        // "Chancellor of the Duchy of Lancaster": capitalized words and "of" back to the title's preposition.
        var outer = preposition - 1
        while outer > sentence.lowerBound, preposition - outer <= 4, tokens[outer].kind == .word, document.isCapitalized(tokens[outer]),
              mentionAt[outer] == nil { outer -= 1 }
        let organizationStart = outer + 1
        if outer > sentence.lowerBound, word(outer, is: "the") { outer -= 1 }
        guard organizationStart < preposition, outer > sentence.lowerBound, document.word(at: outer, isOneOf: "of", "for"),
              let phrase = titles.phrase(endingAt: outer, lowerLimit: sentence.lowerBound) else { return nil }
        return (phrase, document.text(tokens[organizationStart].range.lowerBound..<organizationEnd))
    }

    /// The organization named right before a title: a mention (`EU`, `Halvorsen’s`, `Iranian`)
    /// or a pointing-back possessive (`the agency's`, `its`).
    func organizationBefore(_ start: Int, sentence: Range<Int>) -> String? {
        guard start > sentence.lowerBound else { return nil }
        var index = start - 1
        // "Acacia (ACIA) CEO X": past a parenthesized acronym or ticker.
        if word(index, is: ")"), let open = (max(sentence.lowerBound, index - 4)..<index).last(where: { word($0, is: "(") }), open > sentence.lowerBound {
            index = open - 1
        }
        if word(index, is: "its") { return nearestOrganization(before: index, noun: nil) }
        if isPossessive(index) {
            guard index > sentence.lowerBound else { return nil }
            index -= 1
            if mentionAt[index] == nil, tokens[index].kind == .word, document.isLowercase(tokens[index]) {
                return nearestOrganization(before: index, noun: word(index))
            }
        }
        if let named = organizationName(mentionAt[index]) { return named }
        // "Acme chief executive John Smith": a proper noun the recognizers did not name (not an
        // honorific, not a title word, not the end of a list: "Forests and Climate Change Minister").
        func isNameWord(_ position: Int) -> Bool {
            mentionAt[position] == nil && titles.tags[position] == .properNoun && document.isCapitalized(tokens[position])
                && !English.functionWords.contains(lowercasedWord(position)) && !vocabulary.isHonorific(word(position))
                && vocabulary.kinds(word(position)).isEmpty
        }
        guard isNameWord(index) else { return nil }
        var first = index
        while first > sentence.lowerBound, index - first < 3, isNameWord(first - 1) { first -= 1 }
        if first > sentence.lowerBound, document.word(at: first - 1, isOneOf: ",", "and", "&", "of") { return nil }
        return document.text(tokens[first].range.lowerBound..<tokens[index].range.upperBound)
    }

    // MARK: After the name

    /// `X, the finance chief,` / `X, a researcher at the Citizen Lab` / `X is the chief executive of Acme`.
    func after(_ end: Int, sentence: Range<Int>, person: String) -> [RoleMention] {
        guard end < sentence.upperBound else { return [] }
        var start = end
        let sieve: String
        if word(start, is: ",") {
            start += 1
            sieve = "name-comma-title"
        } else if let copula = copulaLength(at: start) {
            start += copula
            sieve = "name-is-title"
        } else {
            return []
        }
        var organization: String?
        if start < sentence.upperBound, Self.determiners.contains(lowercasedWord(start)) {
            if word(start, is: "its") { organization = nearestOrganization(before: start, noun: nil) }
            start += 1
        }
        // "a former City Council president", "the Labor Party leader": tenure, then the organization.
        var tenure: Int?
        if start + 1 < sentence.upperBound, Self.tenure.contains(lowercasedWord(start)),
           let named = mentionAt[start + 1], named.label == "ORG" {
            tenure = start
            start += 1
        }
        if start < sentence.upperBound, let named = mentionAt[start], named.label == "ORG" {
            let end = document.tokenIndex(atOrAfter: named.range.upperBound)
            if end < sentence.upperBound, titles.phrase(endingAt: end + 1, lowerLimit: end) != nil || vocabulary.isHead(word(end)) {
                organization = organizationName(named)
                start = end
            }
        }
        // "the mission's lead scientist", "Halvorsen's chief executive", "a Georgian lawmaker".
        if start + 1 < sentence.upperBound, isPossessive(start + 1) {
            if let mention = mentionAt[start] {
                organization = organizationName(mention)
            } else if document.isLowercase(tokens[start]) {
                organization = nearestOrganization(before: start, noun: word(start))
            }
            start += 2
        } else if start < sentence.upperBound, let mention = mentionAt[start], mention.label == "NORP" || mention.layer == LayerName.places {
            organization = organizationName(mention)
            while start < sentence.upperBound, mentionAt[start] == mention { start += 1 }
        }
        // The longest title phrase that starts right here.
        let limit = min(sentence.upperBound, start + 7)
        var phrase: Range<Int>?
        var headEnd = limit
        while headEnd > start {
            if let candidate = titles.phrase(endingAt: headEnd, lowerLimit: start), candidate.lowerBound == start {
                phrase = candidate
                break
            }
            headEnd -= 1
        }
        guard let phrase else { return [] }
        // "Stone, US President Donald Trump's confidant": a title right before another name is that name's.
        if phrase.upperBound < sentence.upperBound, mentionAt[phrase.upperBound]?.label == "PERSON" { return [] }
        // An organization named after the title wins; a place only when nothing else was named
        // ("the bank's chief economist for Africa" is the bank's).
        if let named = organizationAfter(phrase.upperBound, sentence: sentence), named.isOrganization || organization == nil {
            organization = named.name
        }
        var found = mention(person, phrase, organization, sieve: sieve)
        if let tenure { found.title = word(tenure) + " " + found.title }
        return [found]
    }

    func copulaLength(at index: Int) -> Int? {
        let one = lowercasedWord(index)
        if Self.copulas.contains(one) { return 1 }
        if index + 1 < tokens.count, Self.copulas.contains(one + " " + lowercasedWord(index + 1)) { return 2 }
        return nil
    }

    /// The organization after a title: `of Unity for Georgia`, `at the University of Toronto's
    /// Citizen Lab`, `from Atlanta, Georgia`. The last organization named wins, else the last place.
    func organizationAfter(_ start: Int, sentence: Range<Int>) -> (name: String, isOrganization: Bool)? {
        guard start < sentence.upperBound, Self.prepositions.contains(word(start)) else { return nil }
        var lastOrganization: String?
        var lastPlace: String?
        var index = start
        while index < sentence.upperBound {
            let text = word(index)
            if let mention = mentionAt[index] {
                if mention.layer == LayerName.places { lastPlace = document.text(of: mention) }
                else if mention.label == "ORG" { lastOrganization = document.text(of: mention) }
                while index < sentence.upperBound, mentionAt[index] == mention { index += 1 }
                continue
            }
            if text == "," {
                // "from Atlanta, Georgia," goes on to the containing place; anything else ends here.
                if index + 1 < sentence.upperBound, mentionAt[index + 1]?.layer == LayerName.places, lastOrganization == nil { index += 1; continue }
                break
            }
            if tokens[index].kind != .word || text == "who" || text == "which" || English.speechVerbs[text] != nil { break }
            index += 1
        }
        if let lastOrganization { return (lastOrganization, true) }
        return lastPlace.map { ($0, false) }
    }

    // MARK: Helpers

    func mention(_ person: String, _ phrase: Range<Int>, _ organization: String?, sieve: String) -> RoleMention {
        let range = tokens[phrase.lowerBound].range.lowerBound..<tokens[phrase.upperBound - 1].range.upperBound
        return RoleMention(person: person, title: document.text(range), organization: organization, range: range, sieve: sieve)
    }

    func word(_ index: Int) -> String { document.word(index) }
    func word(_ index: Int, is literal: StaticString) -> Bool { document.word(index, is: literal) }
    func lowercasedWord(_ index: Int) -> String { document.lowercasedWord(index) }

    func isPossessive(_ index: Int) -> Bool {
        let text = word(index)
        return text == "'s" || text == "’s" || text == "'" || text == "’"
    }

    /// An organization (as written), a place (as written), or a nationality's country.
    func organizationName(_ mention: Annotation?) -> String? {
        guard let mention else { return nil }
        switch mention.label {
        case "NORP": return mention["countryName"]?.stringValue
        case "PERSON": return nil
        default: return document.text(of: mention)
        }
    }

    /// The organization a pointing-back phrase refers to: the nearest one before, preferring one
    /// whose name contains the noun (`the agency's` → `UAE Space Agency`), as its fullest name.
    func nearestOrganization(before index: Int, noun: String?) -> String? {
        let offset = tokens[index].range.lowerBound
        let limit = entities.countEnding(atOrBefore: offset) { $0.range.upperBound }
        let lower = noun?.lowercased()
        let named = lower.flatMap { noun in
            entities.last(before: limit, within: 400) {
                $0.label == "ORG" && (document.text(of: $0).lowercased().contains(noun) || ($0["canonical"]?.stringValue ?? "").lowercased().contains(noun))
            }
        }
        let latest = noun == nil || English.organizationNouns.contains(noun ?? "") ? entities.last(before: limit, within: 400) { $0.label == "ORG" } : nil
        guard let chosen = named ?? latest else { return nil }
        return chosen["canonical"]?.stringValue ?? document.text(of: chosen)
    }

}
