import LedeCore
import LedeEnglish

/// Decides what the names in a run of capitalized words are, from the evidence around them:
/// known organizations and organization cue words, titles and honorifics before a name,
/// nationality words, place names from the places layer, given names and surnames, and whether
/// the words are ordinary English words. Returns the mentions of the run (a run such as
/// `Iranian Foreign Minister Abbas Araghchi` holds a NORP and a PERSON).
struct MentionClassifier {
    let document: Document
    let tokens: [Token]
    /// For each token, the place that covers it (its token range and label, from the places layer).
    let places: TokenPlaces
    let organizations: OrganizationLexicon
    /// The coarse part of speech of each token.
    let tags: TokenTags
    /// Answers about tokens, remembered for the document (the rules ask the same ones often).
    let facts: TokenFacts
    /// The letters (bit 0: A) that open a line as "A." does: a list's markers.
    let lineOpeningLetters: UInt32
    /// Whether the document gives a match's score or says "drew with" anywhere: only then may a
    /// name be a team by its place in a result (`teamInAResult`).
    let reportsAResult: Bool

    init(document: Document, tokens: [Token], tags: TokenTags, places: TokenPlaces, organizations: OrganizationLexicon) {
        self.document = document
        self.tags = tags
        self.tokens = tokens
        self.places = places
        self.organizations = organizations
        self.facts = TokenFacts(count: tokens.count)
        var letters: UInt32 = 0
        var reportsAResult = false
        for index in tokens.indices {
            if let letter = Self.letterOfLineOpeningMarker(index, document: document, tokens: tokens) { letters |= 1 << UInt32(letter) }
            // Only a short token that opens with a digit or a "d" may end a score or be "drew".
            if !reportsAResult, (1...4).contains(tokens[index].range.count) {
                let first = document.bytes[tokens[index].range.lowerBound]
                if first == UInt8(ascii: "d") || (first >= 0x30 && first <= 0x39) {
                    reportsAResult = Self.isScore(endingAt: index, document: document, tokens: tokens)
                        || Self.saysDrewWith(at: index, document: document, tokens: tokens)
                }
            }
        }
        self.lineOpeningLetters = letters
        self.reportsAResult = reportsAResult
    }

    /// The letter's number (A: 0) of a token such as "B." that opens a line, or nil.
    static func letterOfLineOpeningMarker(_ index: Int, document: Document, tokens: [Token]) -> Int? {
        let range = tokens[index].range
        guard range.count == 2, document.bytes[range.upperBound - 1] == UInt8(ascii: "."),
              case let letter = document.bytes[range.lowerBound], letter >= 0x41, letter <= 0x5A,
              index == 0 || document.lineBreak(between: tokens[index - 1], and: tokens[index]) else { return nil }
        return Int(letter - 0x41)
    }

    /// Whether the token is a list's marker: "B." opening a line, with "A." or "C." opening
    /// another ("A. Anasazi / B. Cherokee": answers, not initials of names).
    func isListMarker(_ index: Int) -> Bool {
        guard let letter = Self.letterOfLineOpeningMarker(index, document: document, tokens: tokens) else { return false }
        let neighbours = (letter > 0 ? UInt32(1) << UInt32(letter - 1) : 0) | (letter < 25 ? UInt32(1) << UInt32(letter + 1) : 0)
        return lineOpeningLetters & neighbours != 0
    }

    /// Person-name particles that stay inside a name (`Ahmed bin Salman`, `Ursula von der Leyen`).
    static let particles = EntitiesVocabulary.words(.particle)

    /// Last words of names that are not entities: laws, treaties, events, works.
    static let nonEntityHeads = EntitiesVocabulary.words(.nonEntityHead)
    static let nonEntityOpeners = EntitiesVocabulary.words(.nonEntityOpener)
    /// Single words that name an event ("Olympics", "Paralympics").
    static let eventNames = EntitiesVocabulary.words(.eventName)

    /// All-caps words that are not names: time zones, units, common abbreviations.
    static let commonAbbreviations = EntitiesVocabulary.words(.commonAbbreviation)


    func classify(_ run: NameRunFinder.Run) -> [Mention] {
        var start = run.tokens.lowerBound
        let end = run.tokens.upperBound
        if start + 1 < end, isListMarker(start) { return classify(NameRunFinder.Run(tokens: start + 1..<end, opensSentence: true)) }
        if isNamedThing(run.tokens) { return [] }
        // A sentence-opening ordinary word is not part of a name ("Meanwhile", "Shares in PCL"),
        // unless the name goes on with it ("Reporters Without Borders"); an adverb never is
        // ("Together Ada and Max").
        if run.opensSentence, start < end, isOrdinaryOpeningWord(start),
           start + 1 >= end || tags[start] == .adverb || !document.isCapitalized(tokens[start + 1]) || places[start + 1] != nil
            || English.demonyms[word(start + 1)] != nil || titleWord(at: start + 1) != nil
            || English.functionWords.contains(lowercasedWord(start))
            || (English.functionWords.contains(lowercasedWord(start + 1)) && word(start + 1, is: "I")) {
            // Alone, it may still be a name the article uses elsewhere ("Slot, 47, joined …" after
            // "Arne Slot"; "Thimble uploads a video" after "Rosa Thimble"): a weak candidate that
            // the document pass keeps only if it matches.
            let lower = lowercasedWord(start)
            let next = end < tokens.count ? word(end) : ""
            if start + 1 == end, tokens[start].kind == .word, !English.functionWords.contains(lower),
               !English.calendarWords.contains(lower),
               next == "," || next == "'s" || next == "’s" || (end < tokens.count && (isSpeechVerb(end) || tags[end] == .finiteVerb)) {
                var candidate = Mention(tokens: start..<end, kind: .unknown, confidence: 0.1, words: [word(start)], text: word(start))
                candidate.sieve = "sentence-opening-candidate"
                return [candidate]
            }
            start += 1
        }
        // A lowercase title right before the run: "head coach Arne Slot", "economist Jane Doe".
        let afterTitle = start > 0 && start == run.tokens.lowerBound && tokens[start - 1].kind == .word
            && document.isLowercase(tokens[start - 1]) && (titleHead(start - 1))
        return classify(start..<end, afterTitle: afterTitle, personContext: hasPersonContext(run.tokens))
    }

    // MARK: Spans

    /// A span of capitalized words to classify, and what is known around it.
    struct SpanCase {
        let span: Range<Int>
        let afterTitle: Bool
        let gender: Gender?
        let personContext: Bool
        let words: [String]
        let text: String
    }

    /// The rules that decide what a span is, in order; the first that decides wins, and each
    /// mention it makes records its name (`attrs.sieve`).
    static let spanSieves = Sieves<MentionClassifier, SpanCase, [Mention]>([
        .init("known-organization") { $0.knownOrganization($1) },
        .init("team-in-a-result") { $0.teamInAResult($1) },
        .init("regnal-name") { $0.regnalName($1) },
        .init("party-and-state-tag") { $0.partyAndStateTag($1) },
        .init("gazetteer-place") { $0.gazetteerPlace($1) },
        .init("non-entity-name") { $0.nonEntityName($1) },
        .init("split-at-in-or-on") { $0.splitAtInOrOn($1) },
        .init("ampersand-name") { $0.ampersandName($1) },
        .init("split-at-and") { $0.splitAtAnd($1) },
        .init("group-after-name") { $0.groupAfterName($1) },
        .init("title-of-place-then-name") { $0.titleOfPlaceThenName($1) },
        .init("person-of-organization") { $0.personOfOrganization($1) },
        .init("organization-cue-of") { $0.organizationCueOf($1) },
        .init("organization-cue-last") { $0.organizationCueLast($1) },
        .init("organization-cue-then-person") { $0.organizationCueThenPerson($1) },
        .init("opens-organization") { $0.opensOrganizationName($1) },
        .init("connector-of-or-for") { $0.connectorOfOrFor($1) },
        .init("club-named-after-place") { $0.clubNamedAfterPlace($1) },
        .init("place-inside-name") { $0.placeInsideName($1) },
        .init("title-before-name") { $0.titleBeforeName($1) },
        .init("nationality-word") { $0.nationalityWord($1) },
        .init("organization-in-apposition") { $0.organizationInApposition($1) },
        .init("single-word") { $0.singleWord($1) },
        .init("after-title") { $0.afterTitleName($1) },
        .init("acronym-before-person") { $0.acronymBeforePerson($1) },
        .init("describing-word-before-name") { $0.describingWordBeforeName($1) },
        .init("camel-case-brand") { $0.camelCaseBrand($1) },
        .init("ordinary-last-word") { $0.ordinaryLastWord($1) },
        .init("given-name") { $0.givenNameFirst($1) },
        .init("surname") { $0.surnameLast($1) },
        .init("ordinary-word-inside") { $0.ordinaryWordInside($1) },
        .init("all-caps") { $0.allCaps($1) },
        .init("default-person") { $0.defaultPerson($1) },
    ])

    func classify(_ span: Range<Int>, afterTitle: Bool, gender: Gender? = nil, personContext: Bool = false) -> [Mention] {
        let span = trimmed(span)
        guard !span.isEmpty else { return [] }
        let words = span.map { word($0) }
        let text = document.text(tokens[span.lowerBound].range.lowerBound..<tokens[span.upperBound - 1].range.upperBound)
        let spanCase = SpanCase(span: span, afterTitle: afterTitle, gender: gender, personContext: personContext, words: words, text: text)
        guard case (var mentions, let sieve)? = Self.spanSieves.decide(self, spanCase) else { return [] }
        // Named in place: a copy of each mention would retain its strings.
        for index in mentions.indices where mentions[index].sieve.isEmpty { mentions[index].sieve = sieve }
        return mentions
    }

    /// A mention of the whole span.
    func mention(_ spanCase: SpanCase, _ kind: Mention.Kind, _ confidence: Double) -> Mention {
        var result = Mention(tokens: spanCase.span, kind: kind, confidence: confidence, words: nameWords(spanCase.span), text: spanCase.text)
        result.gender = spanCase.gender
        return result
    }

    /// The case of a part of a span, with what is known around the span.
    func part(of spanCase: SpanCase, _ range: Range<Int>) -> SpanCase {
        SpanCase(span: range, afterTitle: spanCase.afterTitle, gender: spanCase.gender, personContext: spanCase.personContext,
                 words: range.map { word($0) },
                 text: document.text(tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound))
    }

    /// The span classified as two parts.
    func parts(_ spanCase: SpanCase, _ left: Range<Int>, _ right: Range<Int>) -> [Mention] {
        classify(left, afterTitle: spanCase.afterTitle, gender: spanCase.gender, personContext: spanCase.personContext)
            + classify(right, afterTitle: false)
    }

    func knownOrganization(_ spanCase: SpanCase) -> [Mention]? {
        guard let fullName = organizations.names[spanCase.text] else { return nil }
        var result = mention(spanCase, .organization, 1)
        result.fullName = fullName
        return [result]
    }

    /// A monarch's or a pope's name: a given name and a regnal number, after titles if any
    /// ("King Charles III" → `Charles III`, "Queen Elizabeth II", "Pope Pius XII"). A
    /// one-letter number needs the title before it ("King Henry V", not "Anna I").
    func regnalName(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        guard span.count >= 2 else { return nil }
        let number = word(span.upperBound - 1), nameStart = span.upperBound - 2
        let titled = nameStart > span.lowerBound
        guard isRomanNumeral(number) || (titled && ["I", "V", "X"].contains(number)),
              English.givenNames[WordForm.folded(word(nameStart))] != nil,
              (span.lowerBound..<nameStart).allSatisfy({ titleWord(at: $0) != nil }) else { return nil }
        guard titled else { return [mention(spanCase, .person, 1)] }
        var name = mention(part(of: spanCase, nameStart..<span.upperBound), .person, 1)
        name.gender = spanCase.gender ?? titleWord(at: span.lowerBound)?.gender
        return [name]
    }

    func gazetteerPlace(_ spanCase: SpanCase) -> [Mention]? {
        isPlace(spanCase.span) ? [mention(spanCase, .place, 1)] : nil
    }

    /// Laws, treaties, events and storms: "Citizen Security Law", "European Convention on Human
    /// Rights", "Hurricane Maria", "the Paralympics".
    func nonEntityName(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        // "in" and a place after an event's name say where it is: "Lantern Festival in Taipei".
        if let connector = span.first(where: { word($0, is: "in") }), connector > span.lowerBound, isPlace(connector + 1..<span.upperBound),
           nonEntityName(part(of: spanCase, span.lowerBound..<connector)) != nil {
            return parts(spanCase, span.lowerBound..<connector, connector + 1..<span.upperBound)
        }
        if span.count == 1, Self.eventNames.contains(word(span.lowerBound)) { return [mention(spanCase, .other, 1)] }
        guard span.count > 1, Self.nonEntityOpeners.contains(word(span.lowerBound)) || span.contains(where: { index in
            Self.nonEntityHeads.contains(word(index)) && (index == span.upperBound - 1 || isOrganizationConnector(index + 1))
        }) else { return nil }
        return [mention(spanCase, .other, 1)]
    }

    /// Whether an organization's name opens the span: "University of …", "Bank for …".
    func opensOrganization(_ spanCase: SpanCase) -> Bool {
        spanCase.span.count > 2 && organizations.opensName(spanCase.words[0]) && ["of", "for"].contains(spanCase.words[1])
    }

    /// "in"/"on" join two names ("Emirates NBD in Dubai"), unless an organization's name opens the span.
    func splitAtInOrOn(_ spanCase: SpanCase) -> [Mention]? {
        guard !opensOrganization(spanCase),
              let connector = spanCase.span.first(where: { word($0, is: "in") || word($0, is: "on") }) else { return nil }
        return parts(spanCase, spanCase.span.lowerBound..<connector, connector + 1..<spanCase.span.upperBound)
    }

    /// A US politician's party and state after the name, "R-S.D." or "D-Calif.": a party letter
    /// joined by a hyphen to a state's abbreviation is not a name.
    func partyAndStateTag(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        guard span.count >= 3, ["R", "D", "I"].contains(spanCase.words[0]), document.token(tokens[span.lowerBound + 1], is: "-"),
              document.touches(tokens[span.lowerBound], tokens[span.lowerBound + 1]) else { return nil }
        return []
    }

    /// "&" joins the names of one firm ("Hart & Lowe", "Procter & Gamble"), unless the names
    /// are places ("Tempe & Mesa"), a pronoun ends it ("Sue & I"), or it cites authors and a year
    /// ("(Miller & Robertson, 2010)").
    func ampersandName(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        guard let connector = span.first(where: { word($0, is: "&") }), connector > span.lowerBound, connector + 1 < span.upperBound,
              !span.contains(where: { word($0, is: "and") || word($0, is: "of") || word($0, is: "I") || places[$0] != nil }) else { return nil }
        let next = span.upperBound
        if next + 1 < tokens.count, document.token(tokens[next], is: ","), tokens[next + 1].kind == .number { return nil }
        if next < tokens.count, tokens[next].kind == .number || document.token(tokens[next], is: "[") { return nil }
        return [mention(spanCase, .organization, 0.9)]
    }

    /// A group named by a plural nationality or party word after a name: "Senate Democrats",
    /// "House Republicans": the name, then the group (NORP).
    func groupAfterName(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        guard span.count >= 2, let last = spanCase.words.last, last.count > 3, last.hasSuffix("s"),
              English.demonyms[String(last.dropLast())] != nil, English.demonyms[spanCase.words[span.count - 2]] == nil else { return nil }
        var group = Mention(tokens: span.upperBound - 1..<span.upperBound, kind: .group, confidence: 1, words: [last], text: last)
        group.sieve = "group-after-name"
        return classify(span.lowerBound..<span.upperBound - 1, afterTitle: spanCase.afterTitle, gender: spanCase.gender) + [group]
    }

    /// A person's name, then "of" and an organization's: "Wong Mei-ling of the Civic Alliance",
    /// two names, not one organization.
    func personOfOrganization(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        guard let connector = span.first(where: { word($0, is: "of") }), connector - span.lowerBound >= 2,
              let last = spanCase.words.last, organizations.isHead(last) else { return nil }
        let person = span.lowerBound..<connector
        guard looksLikePersonName(person) || person.contains(where: { $0 > span.lowerBound && document.token(tokens[$0], is: "-") }),
              !person.contains(where: { isOrdinary($0) || organizations.isHead(word($0)) || places[$0] != nil }) else { return nil }
        return classify(person, afterTitle: spanCase.afterTitle, gender: spanCase.gender, personContext: spanCase.personContext)
            + classify(connector + 1..<span.upperBound, afterTitle: false)
    }

    /// "and" joins two names ("European Commission and Britain") unless it is inside an
    /// organization's name ("Competition and Markets Authority").
    func splitAtAnd(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        guard let connector = span.first(where: { word($0, is: "and") || word($0, is: "&") }) else { return nil }
        let endsWithCue = organizations.isHead(spanCase.words[spanCase.words.count - 1])
        let ordinaryBefore = (span.lowerBound..<connector).allSatisfy { isOrdinary($0) || !document.isCapitalized(tokens[$0]) }
        guard !(endsWithCue && ordinaryBefore) && !opensOrganization(spanCase) else { return nil }
        return parts(spanCase, span.lowerBound..<connector, connector + 1..<span.upperBound)
    }

    /// A title, then "of" and the place or organization it is held in, then the holder's name:
    /// "Governor of Washington Chris Gregoire", "CEO of the Refugee Council Enver Solomon".
    func titleOfPlaceThenName(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        guard let connector = span.first(where: { word($0, is: "of") }), connector > span.lowerBound,
              let title = titlePhrase(in: span.lowerBound..<connector), title.0 == span.lowerBound, title.1 == connector else { return nil }
        return classify(connector + 1..<span.upperBound, afterTitle: false, personContext: spanCase.personContext)
    }

    /// An organization cue word followed by "of"/"for" and a name: "Institute of Technology",
    /// "University of Sheffield" (a second "of" starts another name).
    func organizationCueOf(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        guard let cue = span.first(where: { organizations.isHead(word($0)) && $0 + 1 < span.upperBound
                                            && document.word(at: $0 + 1, isOneOf: "of", "for") }) else { return nil }
        var end = cue + 2
        while end < span.upperBound, word(end, is: "the") { end += 1 }
        while end < span.upperBound, document.isCapitalized(tokens[end]),
              titleWord(at: end).map({ $0.kind == .modifier }) ?? true { end += 1 }
        if end < span.upperBound {
            // "Central Bank of Kenya Governor Kamau Thugge": the title and name go on from here.
            let rest = document.isCapitalized(tokens[end]) ? end..<span.upperBound : end + 1..<span.upperBound
            return classify(span.lowerBound..<end, afterTitle: spanCase.afterTitle, gender: spanCase.gender, personContext: spanCase.personContext)
                + classify(rest, afterTitle: false, personContext: spanCase.personContext)
        }
        return [mention(spanCase, .organization, 0.9)]
    }

    /// An organization cue word ends the name ("Anadolu Agency", "Acme Inc.").
    func organizationCueLast(_ spanCase: SpanCase) -> [Mention]? {
        guard spanCase.span.count > 1, let last = spanCase.words.last,
              organizations.isHead(last) || isLegalSuffix(spanCase.span.upperBound - 1) else { return nil }
        return [mention(spanCase, .organization, 0.9)]
    }

    /// A cue word inside, then a person's name: "Refugee Council Enver Solomon".
    func organizationCueThenPerson(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        guard let cue = span.dropLast().first(where: { organizations.isHead(word($0)) }), cue + 1 < span.upperBound,
              looksLikePersonName(cue + 1..<span.upperBound) else { return nil }
        return classify(span.lowerBound..<cue + 1, afterTitle: false)
            + classify(cue + 1..<span.upperBound, afterTitle: spanCase.afterTitle, gender: spanCase.gender, personContext: spanCase.personContext)
    }

    func opensOrganizationName(_ spanCase: SpanCase) -> [Mention]? {
        opensOrganization(spanCase) ? [mention(spanCase, .organization, 0.9)] : nil
    }

    /// "of"/"for": one organization ("Unity for Georgia") or two names.
    func connectorOfOrFor(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        guard let connector = span.first(where: { isOrganizationConnector($0) }) else { return nil }
        // An ordinary first word opens an organization's name ("Unity for Georgia"), unless it is
        // a title before a person's name ("Analyst Devika Raman of Morningstar").
        if isOrdinary(span.lowerBound), titleWord(at: span.lowerBound).map({ $0.kind == .modifier }) ?? true {
            return [mention(spanCase, .organization, 0.7)]
        }
        return parts(spanCase, span.lowerBound..<connector, connector + 1..<span.upperBound)
    }

    /// Words that make a town's name a sports club's ("Rovers", "City", "United", "FC").
    static let clubWords = EntitiesVocabulary.words(.clubWord)
    /// Plurals after a place's name that are not a team's nickname: groups of places ("Keys"),
    /// events and agreements ("Talks").
    static let placePlurals = EntitiesVocabulary.words(.placePlural)
    static let eventPlurals = EntitiesVocabulary.words(.eventPlural)

    /// A town's name, then a club word: a sports club ("Blackburn Rovers", "Norwich City",
    /// "Leeds United FC"); or then a nickname whose last word is a plural, as teams are named
    /// in North America and beyond ("Houston Astros", "Toronto Maple Leafs", "Leicester Tigers").
    /// The gazetteer would have matched a place named so whole.
    func clubNamedAfterPlace(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        guard let place = places[span.lowerBound], place.lowerBound == span.lowerBound, place.upperBound < span.upperBound,
              places.label(at: span.lowerBound) == "CITY" || places.label(at: span.lowerBound) == "REGION" else { return nil }
        let after = place.upperBound..<span.upperBound
        guard after.allSatisfy({ Self.clubWords.contains(word($0)) }) || isTeamNickname(after) else { return nil }
        return [mention(spanCase, .organization, 0.9)]
    }

    /// Verbs of a match's result ("beat", "drew", "lost").
    static let resultVerbs = EntitiesVocabulary.words(.resultVerb)

    /// A team in a match's result: a name of one or two words right before a verb of a result
    /// ("Everton drew with …", "Spurs lost …") or right after one, past a score and a preposition
    /// ("… beat Chelsea", "drew with Burnley", "lost 2-1 at Newcastle"), with a capitalized name on
    /// the verb's other side, in a sentence that gives a score or says "drew with". A country
    /// stays a place ("France beat Brazil 2-0" may be either); a name after a title, or a given
    /// name and a surname, is a person; a score of more than five is a set's or a vote's
    /// ("Nadal beat Federer 6-4", "won 51-49"), not a match's.
    func teamInAResult(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        guard reportsAResult, span.count <= 2, !spanCase.afterTitle, !spanCase.personContext,
              !(span.count == 2 && looksLikePersonName(span)),
              !span.contains(where: { places[$0].map(isCountry) ?? false }) else { return nil }
        let isSubject = span.upperBound < tokens.count && Self.resultVerbs.contains(lowercasedWord(span.upperBound))
            && opensName(afterResultVerb: span.upperBound)
        var before = span.lowerBound - 1
        if isResultPreposition(before) { before -= 1 }
        if before >= 2, isScore(endingAt: before) { before -= 3 }
        let isObject = before >= 1 && Self.resultVerbs.contains(lowercasedWord(before))
            && tokens[before - 1].kind == .word && document.isCapitalized(tokens[before - 1])
        guard isSubject || isObject else { return nil }
        let sentence = sentence(holding: span)
        guard sentence.contains(where: { isScore(endingAt: $0) || Self.saysDrewWith(at: $0, document: document, tokens: tokens) })
        else { return nil }
        return [mention(spanCase, .organization, 0.9)]
    }

    /// Whether a capitalized word follows the verb of a result at `verb`, past a score and a
    /// preposition ("drew with Burnley", "lost 3-1 at Newcastle").
    func opensName(afterResultVerb verb: Int) -> Bool {
        var next = verb + 1
        if next + 2 < tokens.count, isScore(endingAt: next + 2) { next += 3 }
        if isResultPreposition(next) { next += 1 }
        return next < tokens.count && tokens[next].kind == .word && document.isCapitalized(tokens[next])
    }

    /// Whether tokens `index - 2 ... index` are a match's score: two numbers from 0 to 5 joined by
    /// a hyphen or a dash ("2-1", "0–0").
    func isScore(endingAt index: Int) -> Bool {
        Self.isScore(endingAt: index, document: document, tokens: tokens)
    }

    static func isScore(endingAt index: Int, document: Document, tokens: [Token]) -> Bool {
        func isGoals(_ at: Int) -> Bool {
            let range = tokens[at].range
            return range.count == 1 && (0x30...0x35).contains(document.bytes[range.lowerBound])
        }
        return index >= 2 && index < tokens.count && isGoals(index) && isGoals(index - 2) && document.word(at: index - 1, isOneOf: "-", "–")
    }

    /// Whether the token at `index` joins a verb of a result to the other team ("drew with",
    /// "lost to", "lost at").
    func isResultPreposition(_ index: Int) -> Bool {
        document.word(at: index, isOneOf: "with", "to", "against", "at")
    }

    /// Whether the tokens at `index` are "drew with" or "drew against".
    static func saysDrewWith(at index: Int, document: Document, tokens: [Token]) -> Bool {
        document.word(index, is: "drew") && document.word(at: index + 1, isOneOf: "with", "against")
    }

    /// The tokens of the sentence (the sentences' layer) that holds `span`, or `span` itself.
    func sentence(holding span: Range<Int>) -> Range<Int> {
        let sentences = document.tokenSpans(of: LayerName.sentences)
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].upperBound <= span.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count && sentences[low].contains(span.lowerBound) ? sentences[low] : span
    }

    /// Whether the words are a team's nickname: one to three capitalized words, the last a
    /// plural ("Astros", "Maple Leafs") that does not name a group of places ("Keys", "Heights")
    /// or an event ("Talks").
    func isTeamNickname(_ words: Range<Int>) -> Bool {
        guard (1...3).contains(words.count), let last = words.last,
              words.allSatisfy({ tokens[$0].kind == .word && document.isCapitalized(tokens[$0]) }) else { return false }
        let final = word(last)
        let bytes = final.utf8
        guard bytes.count >= 4, bytes.last == UInt8(ascii: "s"), !WordForm.isAllCaps(final),
              !final.hasSuffix("ss"), !final.hasSuffix("us"), !final.hasSuffix("is"),
              !Self.placePlurals.contains(final), !Self.eventPlurals.contains(final) else { return false }
        return true
    }

    /// A place inside a longer name: part of an organization's name, or a name of its own.
    func placeInsideName(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        guard let placeIndex = span.first(where: { places[$0] != nil }), let place = places[placeIndex],
              titlePhrase(in: span.lowerBound..<max(span.lowerBound, place.lowerBound)) == nil else { return nil }
        let before = span.lowerBound..<max(span.lowerBound, place.lowerBound)
        let after = min(place.upperBound, span.upperBound)..<span.upperBound
        if (before.isEmpty && allOrdinaryOrAcronyms(after)) || (after.isEmpty && allOrdinaryOrAcronyms(before)) {
            return [mention(spanCase, .organization, 0.7)]
        }
        // A given name, then a town's name as surname: "Yuri Gagarin", "Luis Roberto Barroso".
        if after.isEmpty, before.count <= 3, looksLikePersonName(before), !isCountry(place),
           places.label(at: place.lowerBound) == "CITY" || before.count == 1 {
            return [mention(spanCase, .person, 0.85)]
        }
        if titlePhrase(in: after).map({ $0.0 == after.lowerBound }) ?? false || before.isEmpty || after.isEmpty {
            return classify(before, afterTitle: spanCase.afterTitle, gender: spanCase.gender, personContext: spanCase.personContext)
                + [placeMention(place)]
                + classify(after, afterTitle: false, personContext: spanCase.personContext)
        }
        return nil
    }

    /// A title or honorific before a name: [prefix] title name.
    func titleBeforeName(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        guard let (titleStart, titleEnd, titleGender) = titlePhrase(in: span) else { return nil }
        var mentions: [Mention] = []
        if titleStart > span.lowerBound {
            mentions += classify(span.lowerBound..<titleStart, afterTitle: false)
        }
        if titleEnd < span.upperBound {
            mentions += classify(titleEnd..<span.upperBound, afterTitle: true, gender: titleGender ?? spanCase.gender,
                                 personContext: spanCase.personContext)
        }
        return mentions
    }

    /// A nationality word: alone, before an organization's name ("Indian Army"), or before a name.
    func nationalityWord(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        guard let first = spanCase.words.first, English.demonyms[first] != nil else { return nil }
        if span.count == 1 { return [mention(spanCase, .group, 1)] }
        let rest = span.lowerBound + 1..<span.upperBound
        if allOrdinaryOrAcronyms(rest) { return [mention(spanCase, .organization, 0.7)] }
        let restMentions = classify(rest, afterTitle: spanCase.afterTitle, gender: spanCase.gender, personContext: spanCase.personContext)
        if restMentions.count == 1, restMentions[0].kind == .organization, restMentions[0].confidence >= 0.9 {
            return [mention(spanCase, .organization, 0.9)]
        }
        return classify(span.lowerBound..<span.lowerBound + 1, afterTitle: false) + restMentions
    }

    func afterTitleName(_ spanCase: SpanCase) -> [Mention]? {
        spanCase.afterTitle ? [mention(spanCase, .person, 0.95)] : nil
    }

    /// An acronym before a person's name: "NASA Bill Ingalls".
    func acronymBeforePerson(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        guard span.count >= 3, WordForm.isAllCaps(spanCase.words[0]), looksLikePersonName(span.lowerBound + 1..<span.upperBound) else { return nil }
        return classify(span.lowerBound..<span.lowerBound + 1, afterTitle: false)
            + classify(span.lowerBound + 1..<span.upperBound, afterTitle: false, personContext: spanCase.personContext)
    }

    /// A word describing a person before their name: "Scientologist Tom Cruise".
    func describingWordBeforeName(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        guard span.count >= 3, !looksLikePersonName(span), !isSurname(span.lowerBound),
              looksLikePersonName(span.lowerBound + 1..<span.upperBound) else { return nil }
        return classify(span.lowerBound + 1..<span.upperBound, afterTitle: false, personContext: spanCase.personContext)
    }

    /// Brand-style capitals inside a word (PlayStation, YouTube) are not people's names.
    func camelCaseBrand(_ spanCase: SpanCase) -> [Mention]? {
        spanCase.span.contains(where: { isCamelCase(word($0)) }) ? [mention(spanCase, .organization, 0.6)] : nil
    }

    /// An ordinary last word that is not a surname makes an organization ("LA Weekly"), unless a
    /// given name opens the span ("Arne Slot").
    func ordinaryLastWord(_ spanCase: SpanCase) -> [Mention]? {
        let span = spanCase.span
        guard isOrdinary(span.upperBound - 1), !isSurname(span.upperBound - 1), !looksLikePersonName(span) else { return nil }
        return [mention(spanCase, .organization, 0.6)]
    }

    func givenNameFirst(_ spanCase: SpanCase) -> [Mention]? {
        looksLikePersonName(spanCase.span) ? [mention(spanCase, .person, 0.85)] : nil
    }

    func surnameLast(_ spanCase: SpanCase) -> [Mention]? {
        guard let last = spanCase.words.last, (English.surnames[WordForm.folded(last)] ?? Int.max) <= 30_000,
              !isOrdinary(spanCase.span.upperBound - 1) else { return nil }
        return [mention(spanCase, .person, 0.8)]
    }

    func ordinaryWordInside(_ spanCase: SpanCase) -> [Mention]? {
        spanCase.span.contains(where: { isOrdinary($0) }) ? [mention(spanCase, .organization, 0.6)] : nil
    }

    func allCaps(_ spanCase: SpanCase) -> [Mention]? {
        spanCase.span.allSatisfy({ WordForm.isAllCaps(word($0)) }) ? [mention(spanCase, .organization, 0.6)] : nil
    }

    /// A name in apposition with an organization's noun: "Vantor Femsi, the Mexican company
    /// that bottles it", "Brekke, a Norwegian shipping group". Not when the noun goes on
    /// into a person's description ("the company's founder", "the agency spokesman").
    func organizationInApposition(_ spanCase: SpanCase) -> [Mention]? {
        let comma = spanCase.span.upperBound
        guard comma + 2 < tokens.count, document.token(tokens[comma], is: ","),
              Self.appositionDeterminers.contains(lowercasedWord(comma + 1)) else { return nil }
        var index = comma + 2
        while index < min(tokens.count, comma + 6), tokens[index].kind == .word {
            let lowered = lowercasedWord(index)
            if English.organizationNouns.contains(lowered) {
                let next = index + 1
                let ends = next >= tokens.count || tokens[next].kind == .punctuation
                    || Self.afterOrganizationNoun.contains(lowercasedWord(next))
                let possessive = next < tokens.count && document.isPossessive(tokens[next])
                return ends && !possessive ? [mention(spanCase, .organization, 0.9)] : nil
            }
            // Only describing words come between: no title ("the former minister") or verb.
            if English.titles[lowered] != nil || English.functionWords.contains(lowered) { return nil }
            index += 1
        }
        return nil
    }

    static let appositionDeterminers: WordSet = ["the", "a", "an"]
    /// Words that may follow the organization's noun of an apposition.
    static let afterOrganizationNoun: WordSet = ["that", "which", "who", "whose", "based", "founded", "headquartered", "owned",
                                                     "run", "in", "of", "with", "behind", "from", "and"]

    func defaultPerson(_ spanCase: SpanCase) -> [Mention]? {
        [mention(spanCase, .person, spanCase.personContext ? 0.8 : 0.6)]
    }

    /// Whether the run is a name given to a thing: in quotation marks ("Nightjar"), after
    /// "called"/"named" (the probe, called Tsubasa), or a code with digits (H3, Tianwen-2).
    func isNamedThing(_ run: Range<Int>) -> Bool {
        if run.lowerBound > 0, run.upperBound < tokens.count, tokens[run.lowerBound - 1].kind == .quote,
           tokens[run.upperBound].kind == .quote, document.touches(tokens[run.lowerBound - 1], tokens[run.lowerBound]),
           organizations.names[document.text(tokens[run.lowerBound].range.lowerBound..<tokens[run.upperBound - 1].range.upperBound)] == nil {
            return true
        }
        // Not "named Jane Doe as chief executive", "named Huawei Technologies Co Ltd as its rival":
        // an appointment or a citation names a person or a company.
        if run.lowerBound > 0, English.namingWords.contains(word(run.lowerBound - 1)),
           !(run.upperBound < tokens.count && document.token(tokens[run.upperBound], is: "as")),
           !isLegalSuffix(run.upperBound - 1) {
            return true
        }
        if run.count == 1 {
            let text = word(run.lowerBound)
            if WordForm.withBytes(of: text, { $0.contains { $0 >= 0x30 && $0 <= 0x39 } })
                || (!WordForm.isASCII(text) && text.unicodeScalars.contains(where: { $0.properties.numericType != nil })) {
                return true
            }
            if run.upperBound + 1 < tokens.count, document.token(tokens[run.upperBound], is: "-"),
               document.touches(tokens[run.lowerBound], tokens[run.upperBound]), tokens[run.upperBound + 1].kind == .number {
                return true
            }
        }
        return false
    }

    /// Whether the words around the run say it is a person: a reporting verb right after or
    /// before it (`X said`, `said X`), or an age after it (`X, 38,`).
    func hasPersonContext(_ run: Range<Int>) -> Bool {
        if run.upperBound < tokens.count, isSpeechVerb(run.upperBound) { return true }
        if run.lowerBound > 0, isSpeechVerb(run.lowerBound - 1) { return true }
        if run.upperBound + 2 < tokens.count, document.token(tokens[run.upperBound], is: ","),
           tokens[run.upperBound + 1].kind == .number, word(run.upperBound + 1).count <= 3,
           document.token(tokens[run.upperBound + 2], is: ",") {
            return true
        }
        return false
    }

    func isSpeechVerb(_ index: Int) -> Bool {
        guard tokens[index].kind == .word, let cue = English.speechVerbs[word(index)] else { return false }
        return !cue.isPhrase
    }

    /// One capitalized word: an acronym, a name after a title, or a candidate the document pass
    /// settles (an ordinary word counts only if the article names someone by it).
    func singleWord(_ spanCase: SpanCase) -> [Mention]? {
        guard spanCase.span.count == 1 else { return nil }
        let span = spanCase.span, word = spanCase.words[0]
        let lower = WordForm.lowercasedASCII(word)
        if English.calendarWords.contains(lower) || English.functionWords.contains(lower) { return [] }
        if Self.commonAbbreviations.contains(word) || isRomanNumeral(word) || isCode(span) { return [] }
        if WordForm.isAllCaps(word) {
            let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            if letters >= 4, let common = English.words[lower], (common.level ?? 99) <= 50 { return [] }
            if letters <= 6 { return [mention(spanCase, .organization, 0.8)] }
            return []
        }
        if spanCase.afterTitle { return [mention(spanCase, .person, 0.95)] }
        // An ordinary word capitalized inside a sentence is a name only if the article names
        // someone or something by it ("the Cruise video" after "Tom Cruise").
        if isOrdinary(span.lowerBound) { return [mention(spanCase, .unknown, 0.1)] }
        // Plural acronyms (TEUs) are units, not names.
        if word.count >= 3, word.hasSuffix("s"), WordForm.isAllCaps(String(word.dropLast())) { return [] }
        // A word of the English vocabulary that is usually capitalized (Celsius, Christmas) is not
        // a name unless something says so.
        if (English.words[lower]?.level ?? 99) <= 50, !spanCase.personContext,
           English.givenNames[WordForm.folded(word)] == nil, English.surnames[WordForm.folded(word)] == nil {
            return []
        }
        return [mention(spanCase, .unknown, spanCase.personContext ? 0.5 : 0.3)]
    }

    // MARK: Evidence

    func placeMention(_ place: Range<Int>) -> Mention {
        var mention = Mention(tokens: place, kind: .place, confidence: 1, words: nameWords(place),
                              text: document.text(tokens[place.lowerBound].range.lowerBound..<tokens[place.upperBound - 1].range.upperBound))
        mention.sieve = "gazetteer-place"
        return mention
    }

    /// A given name (not an ordinary word, not all caps) opens the span: `Enver Solomon`, `Yuri`.
    func looksLikePersonName(_ span: Range<Int>) -> Bool {
        guard let first = span.first, tokens[first].kind == .word else { return false }
        let text = word(first)
        guard !WordForm.isAllCaps(text), let given = English.givenNames[WordForm.folded(text)] else { return false }
        // A given name that is also an ordinary word (Bill, Mark, Grace) counts when it is a common
        // name and a surname-like word follows.
        if isOrdinary(first) {
            return given.count >= 10_000 && span.count >= 2 && !isOrdinary(first + 1) && document.isCapitalized(tokens[first + 1])
        }
        return given.count >= 100
    }

    /// Prefixes of surnames with a capital inside (`McDonald`, `DiCaprio`).
    static let namePrefixes = EntitiesVocabulary.words(.namePrefix)

    /// A word with a capital after a lowercase letter (`PlayStation`), except name prefixes
    /// (`McDonald`, `MacArthur`, `DiCaprio`, `LeBron`, `DeSantis`).
    func isCamelCase(_ word: String) -> Bool {
        // ASCII words, nearly all, need no Unicode properties: a small letter, then a capital.
        if WordForm.isASCII(word) {
            // The length of the part before the first capital that follows a small letter, or nil.
            let prefix: Int? = WordForm.withBytes(of: word) { bytes in
                guard bytes.count > 3 else { return nil }
                return (1..<bytes.count).first { bytes[$0] >= 0x41 && bytes[$0] <= 0x5A && bytes[$0 - 1] >= 0x61 && bytes[$0 - 1] <= 0x7A }
            }
            guard let prefix else { return false }
            return !Self.namePrefixes.contains(String(word.utf8.prefix(prefix)) ?? word)
        }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count > 3 else { return false }
        for index in 1..<scalars.count where scalars[index].properties.isUppercase && scalars[index - 1].properties.isLowercase {
            let prefix = String(String.UnicodeScalarView(scalars[0..<index]))
            return !Self.namePrefixes.contains(prefix)
        }
        return false
    }

    func isSurname(_ index: Int) -> Bool {
        (English.surnames[WordForm.folded(word(index))] ?? Int.max) <= 30_000
    }

    func isCountry(_ place: Range<Int>) -> Bool {
        places.label(at: place.lowerBound) == "COUNTRY"
    }

    /// A Roman numeral in its canonical form (`XVII`, `IV`), not any word of those letters (`IMD`).
    func isRomanNumeral(_ word: String) -> Bool {
        // Read as bytes: every letter of a numeral is ASCII. Each letter counts once it is known
        // whether a larger one follows (then it is taken away).
        var total = 0, letters = 0, previous = 0
        for byte in word.utf8 {
            let value = Self.romanDigit(byte)
            guard value > 0 else { return false }
            if letters > 0 { total += previous < value ? -previous : previous }
            previous = value
            letters += 1
        }
        total += previous
        guard letters >= 2, total > 0, total < 4000 else { return false }
        // Write the value back and compare: only the canonical spelling is a numeral.
        var rest = total
        var canonical = ""
        for (value, numeral) in Self.romanNumerals {
            while rest >= value {
                canonical += numeral
                rest -= value
            }
        }
        return canonical == word
    }

    /// The value of a Roman numeral's letter, or 0.
    static func romanDigit(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "I"): return 1
        case UInt8(ascii: "V"): return 5
        case UInt8(ascii: "X"): return 10
        case UInt8(ascii: "L"): return 50
        case UInt8(ascii: "C"): return 100
        case UInt8(ascii: "D"): return 500
        case UInt8(ascii: "M"): return 1000
        default: return 0
        }
    }

    static let romanNumerals: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                                 (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

    /// A name followed by a number or joined to one (`Vostok 1`, `Tianwen-2`, `STS-1`): a
    /// product, a mission or a code.
    func isCode(_ span: Range<Int>) -> Bool {
        let next = span.upperBound
        guard next < tokens.count else { return false }
        if tokens[next].kind == .number, !document.lineBreak(between: tokens[next - 1], and: tokens[next]),
           word(next).allSatisfy(\.isNumber) {
            return true
        }
        return next + 1 < tokens.count && document.token(tokens[next], is: "-") && document.touches(tokens[next - 1], tokens[next])
            && tokens[next + 1].kind == .number
    }

    /// The span without leading "the" and connectors, and without trailing connectors.
    func trimmed(_ span: Range<Int>) -> Range<Int> {
        var lower = span.lowerBound
        var upper = span.upperBound
        while lower < upper, !document.isCapitalized(tokens[lower]) || document.token(tokens[lower], is: "The")
            || English.calendarWords.contains(lowercasedWord(lower)) { lower += 1 }
        while upper > lower, !document.isCapitalized(tokens[upper - 1]) {
            // A hyphenated name keeps its lowercase part: "Hau Lung-bin".
            if upper - 2 > lower, document.token(tokens[upper - 2], is: "-"), document.touches(tokens[upper - 2], tokens[upper - 1]),
               tokens[upper - 1].kind == .word, document.isCapitalized(tokens[upper - 3]) {
                break
            }
            upper -= 1
        }
        return lower..<upper
    }

    func word(_ index: Int) -> String { document.word(index) }
    func word(_ index: Int, is literal: StaticString) -> Bool { document.word(index, is: literal) }
    func lowercasedWord(_ index: Int) -> String { document.lowercasedWord(index) }

    /// The words that identify the name (capitalized words, no particles or punctuation).
    func nameWords(_ span: Range<Int>) -> [String] {
        span.compactMap { index in
            let token = tokens[index]
            guard token.kind == .word, document.isCapitalized(token) else { return nil }
            return word(index)
        }
    }

    func isPlace(_ span: Range<Int>) -> Bool {
        guard let place = places[span.lowerBound] else { return false }
        return place == span
    }

    func isLegalSuffix(_ index: Int) -> Bool {
        organizations.isLegalForm(word(index))
    }

    /// An ordinary English word: a common word, usually written in lowercase (`Crescent`,
    /// `Unity`, `Maritime`; not `Pacific`, not `Das`).
    func isOrdinary(_ index: Int) -> Bool {
        if let known = facts.ordinary[index] { return known }
        let answer = computeOrdinary(index)
        facts.ordinary[index] = answer
        return answer
    }

    func computeOrdinary(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !WordForm.isAllCaps(word(index)) else { return false }
        let lower = lowercasedWord(index)
        guard let common = English.words[lower], let level = common.level, level <= 35 else { return false }
        return (common.capitalizedShare ?? 0) < 0.6
    }

    func isOrdinaryOpeningWord(_ index: Int) -> Bool {
        let lower = lowercasedWord(index)
        if English.functionWords.contains(lower) || English.calendarWords.contains(lower) { return true }
        if English.demonyms[word(index)] != nil || places[index] != nil || organizations.names.contains(word(index)) {
            return false
        }
        if English.titles[lower] != nil { return false }
        guard let common = English.words[lower], common.level != nil else { return false }
        return common.isMostlyLowercase
    }

    func allOrdinaryOrAcronyms(_ span: Range<Int>) -> Bool {
        let capitalized = span.filter { document.isCapitalized(tokens[$0]) }
        guard !capitalized.isEmpty else { return false }
        return capitalized.allSatisfy {
            (isOrdinary($0) || WordForm.isAllCaps(word($0)) || organizations.isHead(word($0))) && titleWord(at: $0) == nil
        }
    }

    func isOrganizationConnector(_ index: Int) -> Bool {
        let token = tokens[index]
        guard !document.isCapitalized(token) else { return false }
        let text = word(index)
        return text == "of" || text == "for" || text == "and" || text == "&" || text == "in" || text == "on" || text == "the"
    }


    /// A title, rank or honorific phrase inside the span that a name follows or ends:
    /// `Foreign Minister`, `Lt. Gen.`, `Mr.`, `Secretary of State`. Returns its token range and
    /// the gender it implies.
    func titlePhrase(in span: Range<Int>) -> (Int, Int, Gender?)? {
        var index = span.lowerBound
        while index < span.upperBound {
            if let entry = titleWord(at: index) {
                var end = index + 1
                var gender = entry.gender
                var sawHead = entry.kind != .modifier
                while end < span.upperBound {
                    if let next = titleWord(at: end) {
                        if next.kind != .modifier { sawHead = true }
                        gender = gender ?? next.gender
                        end += 1
                    } else if word(end, is: "of"), end + 1 < span.upperBound, titleWord(at: end + 1) != nil {
                        end += 1
                    } else {
                        break
                    }
                }
                if sawHead { return (index, end, gender) }
                index = end
            } else {
                index += 1
            }
        }
        return nil
    }

    func titleWord(at index: Int) -> TitleWord? {
        if let known = facts.title[index] { return known }
        let answer = computeTitleWord(at: index)
        facts.title[index] = .some(answer)
        return answer
    }

    /// Whether a lowercase word is the head of a title (`coach`, `minister`), not a modifier.
    func titleHead(_ index: Int) -> Bool {
        English.titles.all(word(index)).contains { $0.kind == .head }
    }

    func computeTitleWord(at index: Int) -> TitleWord? {
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        let text = word(index)
        if let rank = English.titles[text], rank.kind == .rank { return rank }
        guard document.isCapitalized(token) else { return nil }
        let lower = WordForm.lowercasedASCII(text)
        if let entry = English.titles[lower] { return entry }
        // A plural title before a list of names: "Councilors Linda Vacon, …" (not a team: "the
        // Kings", "Cardinals fans": a given name must follow).
        if lower.count > 3, lower.hasSuffix("s"), !lower.hasSuffix("ss"), let entry = English.titles[String(lower.dropLast())],
           entry.kind == .head, index + 1 < tokens.count, tokens[index + 1].kind == .word,
           English.givenNames[WordForm.folded(word(index + 1))] != nil {
            return entry
        }
        return nil
    }
}

/// Per-document memory of what the classifier found out about each token.
final class TokenFacts {
    var ordinary: [Bool?]
    var title: [TitleWord??]

    init(count: Int) {
        ordinary = Array(repeating: nil, count: count)
        title = Array(repeating: nil, count: count)
    }
}
