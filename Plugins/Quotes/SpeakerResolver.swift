import LedeCore
import LedeEnglish

/// Finds who a cue's speaker is, as CoreNLP's quote attribution does in sieves, adapted to
/// news: a name next to the verb in either order (`X said` / `said X`), with an apposition or an
/// age between (`X, the finance chief, said`; `X, 38, said`); a pronoun resolved to the latest
/// compatible speaker (`he said`); a description resolved through the roles (`the minister
/// said`) or to the organization it names (`the company added`); nobody for unnamed sources
/// (`officials said`, `a spokeswoman said`).
struct SpeakerResolver {
    let document: Document
    let tokens: [Token]
    /// For each token, the entity (PERSON/ORG) or place mention covering it.
    let mentionAt: TokenCoverage
    let roles: [Annotation]
    let entities: [Annotation]
    /// The organizations mentioned, in order; the ones spoken to ("told Reuters") are left out,
    /// as they are not who a later "the company said" means.
    let organizations: [Annotation]
    /// The part of speech of each token.
    let tags: TokenTags
    let sentences: [Range<Int>]
    let sentenceOf: TokenSpanIndex

    /// Pronouns that refer back to a speaker → the gender they imply (nil for `it`).
    static let pronouns = NameTable(QuotesVocabulary.resource.value[.pronoun].mapValues { $0.isEmpty ? nil : $0 })

    /// Object pronouns that refer back to a person → the gender they imply ("according to him").
    static let objectPronouns = ["him": "m", "her": "f"]

    /// An honorific or an abbreviated title before a name (`Mr.`, `Dr`, `Prof.`).
    static func isHonorific(_ word: String) -> Bool {
        English.isHonorific(word) || English.isTitleAbbreviation(word)
    }

    /// Whether each token is inside a quotation: a name quoted is not a pronoun's antecedent.
    let inQuotation: [Bool]

    init(document: Document, tags: TokenTags, sentences: [Range<Int>]? = nil, inQuotation: [Bool] = []) {
        self.inQuotation = inQuotation
        self.document = document
        tokens = document.tokens
        entities = document.annotations(in: LayerName.entities).filter { $0.label == "PERSON" || $0.label == "ORG" }
        roles = document.annotations(in: LayerName.roles)
        self.tags = tags
        self.sentences = sentences ?? document.tokenSpans(of: LayerName.sentences)
        sentenceOf = TokenSpanIndex(self.sentences, tokenCount: document.tokens.count)
        let tokens = document.tokens
        let addressees = Set(entities.compactMap { mention -> Int? in
            let first = document.tokenIndex(atOrAfter: mention.range.lowerBound)
            guard first > 0, first < tokens.count else { return nil }
            return English.speechVerbs[document.word(first - 1)]?.lemma == "tell" ? mention.range.lowerBound : nil
        })
        organizations = entities.filter { $0.label == "ORG" && !addressees.contains($0.range.lowerBound) }
        mentionAt = document.tokenCoverage(document.annotations(in: LayerName.places) + entities)
    }

    func word(_ index: Int) -> String { document.word(index) }
    func word(_ index: Int, is literal: StaticString) -> Bool { document.word(index, is: literal) }
    func lowercasedWord(_ index: Int) -> String { document.lowercasedWord(index) }

    /// A speech cue to attribute, with its sentence and the speakers so far.
    struct CueCase {
        let cue: Cue
        let sentence: Range<Int>
        let history: [Speaker]
    }

    /// The rules that find a cue's speaker, in order. A rule decides with a speaker, or with
    /// nobody (`.some(nil)`: an unnamed source), or passes; the speaker records the rule's name
    /// unless a more specific rule inside named it (`pronoun`, `title-description`).
    static let cueSieves = Sieves<SpeakerResolver, CueCase, Speaker?>([
        .init("according-to") { $0.accordingTo($1) },
        .init("apposition-then-verb") { $0.appositionThenVerb($1) },
        .init("verb-then-name") { $0.verbThenName($1) },
        .init("passive-agent") { $0.passiveAgent($1) },
        .init("relative-pronoun") { $0.relativePronoun($1) },
        .init("participle-subject") { $0.participleSubject($1) },
        .init("infinitive-subject") { $0.infinitiveSubject($1) },
        .init("subject-before-verb") { $0.subjectBeforeVerb($1) },
    ])

    /// The speaker of `cue` in `sentence`, given the speakers so far.
    func speaker(of cue: Cue, in sentence: Range<Int>, history: [Speaker]) -> Speaker? {
        guard let (found, sieve) = Self.cueSieves.decide(self, CueCase(cue: cue, sentence: sentence, history: history)),
              var speaker = found else { return nil }
        if speaker.sieve.isEmpty { speaker.sieve = sieve }
        return speaker
    }

    /// "according to the IMD": the name after the phrase.
    func accordingTo(_ cueCase: CueCase) -> Speaker?? {
        guard cueCase.cue.isAccordingTo else { return nil }
        // "According to him": the latest speaker or person a pronoun can mean.
        let next = cueCase.cue.tokens.upperBound
        if next < cueCase.sentence.upperBound, let gender = Self.objectPronouns[lowercasedWord(next)] {
            return .some(latest(cueCase.history, gender: gender, person: true, before: tokens[next].range.lowerBound)
                .map { $0.decided(by: "pronoun") })
        }
        return .some(subject(startingAt: cueCase.cue.tokens.upperBound, sentence: cueCase.sentence, history: cueCase.history))
    }

    /// "…,” said Ahmed Al-Rashid" / ", said the minister": only verbs without an object.
    func verbThenName(_ cueCase: CueCase) -> Speaker?? {
        let cue = cueCase.cue, sentence = cueCase.sentence
        let lemma = English.speechVerbs[lowercasedWord(cue.tokens.lowerBound)]?.lemma ?? ""
        guard Self.invertible.contains(lemma), cue.tokens.lowerBound > sentence.lowerBound,
              [",", "”", "’", "\"", "'"].contains(word(cue.tokens.lowerBound - 1)) || tokens[cue.tokens.lowerBound - 1].kind == .quote,
              let after = subject(startingAt: cue.tokens.upperBound, sentence: sentence, history: cueCase.history, namesOnly: true) else {
            return nil
        }
        return .some(after)
    }

    /// "Ana Costa, President of the Regional Council, said" / "“…,” Ann Lee, an analyst at Baird,
    /// told Reuters": the name that opens the clause, then appositions between commas, then the
    /// verb. The last comma before the verb closes an apposition, so what follows the verb is not
    /// the speaker.
    func appositionThenVerb(_ cueCase: CueCase) -> Speaker?? {
        guard let mention = clauseOpeningName(before: cueCase.cue.tokens.lowerBound, sentence: cueCase.sentence) else { return nil }
        return .some(speaker(from: mention))
    }

    /// The person or organization that opens the clause ending before `cueStart` with a comma,
    /// when only title words come before it and only appositions (no verb, or a relative clause)
    /// come between it and the comma.
    func clauseOpeningName(before cueStart: Int, sentence: Range<Int>) -> Annotation? {
        var comma = lastWordBeforeAdverbs(cueStart, in: sentence)
        guard comma > sentence.lowerBound else { return nil }
        // "Jesús Mantilla, the health minister for Venezuela stated …": an apposition opening with
        // an article whose closing comma is missing ends at the verb.
        let closingCommaMissing = !word(comma, is: ",")
        if closingCommaMissing { comma += 1 }
        // The clause starts after the sentence's start, a closing quotation mark, or a semicolon or colon.
        var start = comma - 1
        while start > sentence.lowerBound, cueStart - start < 60 {
            if tokens[start - 1].kind == .quote || document.word(at: start - 1, isOneOf: ";", ":", "—", "–") { break }
            start -= 1
        }
        while start < comma, word(start, is: ",") || QuotesVocabulary.resource.value.contains(lowercasedWord(start), .coordinator) {
            start += 1
        }
        // Title words before the name: "Analyst Jo Kim, …", "IMF chief economist Pierre Duval, …".
        var index = start
        var found: Annotation?
        while index < comma, index - start <= 12 {
            if let mention = mentionAt[index] {
                let end = document.tokenIndex(atOrAfter: mention.range.upperBound)
                if word(end, is: ","), mention.label == "PERSON" || (mention.label == "ORG" && index == start) {
                    found = mention
                    index = end
                    break
                }
                guard mention.label != "PERSON" else { return nil }
                index = end
                continue
            }
            // "The ABC's director of news, Gaven Morris, said": one comma between title and name.
            if word(index, is: ","), index > start, index + 1 < comma, mentionAt[index + 1]?.label == "PERSON" {
                index += 1
                continue
            }
            guard tokens[index].kind == .word || document.word(at: index, isOneOf: "'s", "’s"), tags[index] != .finiteVerb,
                  English.speechVerbs[lowercasedWord(index)] == nil
            else { return nil }
            index += 1
        }
        guard let found, index <= comma else { return nil }
        // "The ABC's director of news, Gaven Morris, said": the name's own comma is the last.
        if index == comma { return closingCommaMissing ? nil : found }
        if closingCommaMissing {
            let apposition = index + 1..<comma
            guard let first = apposition.first, document.word(at: first, isOneOf: "the", "a", "an"),
                  !apposition.contains(where: { word($0, is: ",") || tokens[$0].kind == .quote }), !tags.hasFiniteVerb(in: apposition)
            else { return nil }
            return found
        }
        // The appositions: each stretch between commas is a phrase without a finite verb, or a
        // relative clause ("who was born in Nyeri").
        var segmentStart = index + 1
        var relative = false
        for position in index + 1...comma {
            if position == comma || word(position, is: ",") {
                let segment = segmentStart..<position
                if segment.isEmpty { return nil }
                if let first = segment.first, ["who", "which", "whose", "where"].contains(lowercasedWord(first)) { relative = true }
                if !relative, tags.hasFiniteVerb(in: segment) || segment.contains(where: { tokens[$0].kind == .quote }) { return nil }
                segmentStart = position + 1
            }
        }
        return found
    }

    /// "…, were criticised by Michael Ratner", "a scheme announced Saturday by Chancellor Oliver
    /// Dowden": the agent after "by".
    func passiveAgent(_ cueCase: CueCase) -> Speaker?? {
        let cue = cueCase.cue, sentence = cueCase.sentence
        var by = cue.tokens.upperBound
        while by < sentence.upperBound, by - cue.tokens.upperBound < 3, !word(by, is: "by"), tokens[by].kind == .word, mentionAt[by] == nil { by += 1 }
        guard by + 1 < sentence.upperBound, word(by, is: "by") else { return nil }
        if let mention = mentionAt[by + 1], mention.label == "PERSON" || mention.label == "ORG", !isPossessor(mention),
           titledPerson(startingAt: by + 1, sentence: sentence) == nil || mention.label == "PERSON" {
            return .some(speaker(from: mention))
        }
        guard let person = titledPerson(startingAt: by + 1, sentence: sentence) else { return nil }
        return .some(speaker(from: person, sieve: "passive-agent"))
    }

    /// "Marcus Whitfield, a former state senator …, who said that …".
    func relativePronoun(_ cueCase: CueCase) -> Speaker?? {
        let cue = cueCase.cue, sentence = cueCase.sentence
        guard cue.tokens.lowerBound > sentence.lowerBound, document.word(at: cue.tokens.lowerBound - 1, isOneOf: "who", "which"),
              let mention = (sentence.lowerBound..<cue.tokens.lowerBound - 1).reversed().lazy.compactMap({ mentionAt[$0] })
                .first(where: { $0.label == "PERSON" || $0.label == "ORG" }) else { return nil }
        return .some(speaker(from: mention))
    }

    /// "Iran hardens stance on US, saying …": the subject of the clause, a person or an
    /// organization before a place.
    func participleSubject(_ cueCase: CueCase) -> Speaker?? {
        guard cueCase.cue.isParticiple else { return nil }
        // "with Treasurer Jim Chalmers arguing …": the name right before the participle.
        if let mention = mentionBefore(cueCase.cue.tokens.lowerBound), mention.label == "PERSON" || mention.label == "ORG",
           mention.range.lowerBound >= tokens[cueCase.sentence.lowerBound].range.lowerBound {
            return .some(speaker(from: mention))
        }
        // Only names before the clause's verb are its subject: in "Prosecutors recommended a
        // sentence for Stone, saying …" Stone is not.
        let verb = (cueCase.sentence.lowerBound..<cueCase.cue.tokens.lowerBound).first { tags[$0] == .finiteVerb } ?? cueCase.cue.tokens.lowerBound
        let before = (cueCase.sentence.lowerBound..<verb).compactMap { mentionAt[$0] }
        guard let mention = before.first(where: { $0.label == "PERSON" || $0.label == "ORG" }) ?? before.first else {
            // "He began his summing up by telling the jury …": a pronoun subject.
            return .some(sentenceSubject(cueCase.sentence, before: cueCase.cue.tokens.lowerBound, history: cueCase.history))
        }
        return .some(speaker(from: mention))
    }

    /// The person or organization a sentence opens with, as the subject of its verb, when it
    /// comes before token `limit`: "Coach Dan Ruiz hailed …" (title words may come first).
    func sentenceSubject(_ sentence: Range<Int>, before limit: Int, history: [Speaker]? = nil) -> Speaker? {
        var index = sentence.lowerBound
        while index < min(limit, sentence.lowerBound + 8) {
            // "While he touted the plan as “a fitting tribute”": a pronoun and its verb.
            if let history, let gender = Self.pronouns[word(index)], let gender, index + 1 < limit,
               tags[index + 1] == .finiteVerb || tags[index + 1] == .otherVerb {
                return latest(history, gender: gender, person: true, before: tokens[index].range.lowerBound)
                    .map { $0.decided(by: "sentence-subject") }
            }
            if let mention = mentionAt[index] {
                guard mention.label == "PERSON" || mention.label == "ORG" else { return nil }
                var verb = document.tokenIndex(atOrAfter: mention.range.upperBound)
                while verb < limit, tags[verb] == .adverb { verb += 1 }
                // A verb right after the name (the tagger may read "Mendoza stuck" as a participle).
                guard verb < limit, tags[verb] == .finiteVerb || tags[verb] == .otherVerb else { return nil }
                return speaker(from: mention, sieve: "sentence-subject")
            }
            guard tokens[index].kind == .word, tags[index] != .finiteVerb else { return nil }
            index += 1
        }
        return nil
    }

    /// "He used the occasion to criticize …": the subject of the sentence says what the
    /// infinitive does, a name or a pronoun opening the sentence.
    func infinitiveSubject(_ cueCase: CueCase) -> Speaker?? {
        let cue = cueCase.cue, sentence = cueCase.sentence
        guard cue.tokens.lowerBound > sentence.lowerBound, word(cue.tokens.lowerBound - 1, is: "to") else { return nil }
        if let subject = sentenceSubject(sentence, before: cue.tokens.lowerBound) { return .some(subject.decided(by: "infinitive-subject")) }
        var first = sentence.lowerBound
        // Past a sentence adverb and its comma: "However, on Monday, he …".
        while first + 1 < cue.tokens.lowerBound, Self.pronouns[word(first)] == nil, first - sentence.lowerBound < 10 { first += 1 }
        guard let gender = Self.pronouns[word(first)], gender != nil, first + 1 < tokens.count, tags[first + 1] == .finiteVerb else { return nil }
        return .some(latest(cueCase.history, gender: gender, person: true, before: tokens[first].range.lowerBound).map { $0.decided(by: "infinitive-subject") })
    }

    /// The subject written before the verb: "Araghchi said", "he said", "the minister said".
    func subjectBeforeVerb(_ cueCase: CueCase) -> Speaker?? {
        .some(subject(endingAt: cueCase.cue.tokens.lowerBound, sentence: cueCase.sentence, history: cueCase.history))
    }

    /// Adverbs and auxiliaries between a subject and its verb: `also said`, `has said`.
    static let subjectAdverbs = QuotesVocabulary.words(.subjectAdverb)

    /// The last token before `end` that is not an adverb or an auxiliary between a subject and its
    /// verb ("the minister [has also] said"), looking at most `limit` tokens back.
    func lastWordBeforeAdverbs(_ end: Int, in sentence: Range<Int>, limit: Int = .max) -> Int {
        var index = end - 1
        while index > sentence.lowerBound, end - index <= limit, Self.subjectAdverbs.contains(word(index)) { index -= 1 }
        return index
    }

    /// The subject written just before a cue: a name, a pronoun or a description, allowing an
    /// apposition or an age between commas ("Solberg, 54, said").
    func subject(endingAt end: Int, sentence: Range<Int>, history: [Speaker]) -> Speaker? {
        // Adverbs between subject and verb: "also said", "later told", "has said".
        let index = lastWordBeforeAdverbs(end, in: sentence)
        guard index >= sentence.lowerBound else { return nil }
        if word(index, is: ",") {
            // "X, the finance chief, said" / "X, who was born in Nyeri, Kenya, …, said": the
            // nearest name followed by a comma and an apposition or a relative clause.
            var comma = index - 1
            while comma > sentence.lowerBound, index - comma < 40 {
                let next = comma + 1 < index ? lowercasedWord(comma + 1) : ""
                if word(comma, is: ","), comma + 1 < index,
                   Self.appositionStarters.contains(next) || tokens[comma + 1].kind == .number
                    || (next.hasSuffix("ing") && document.isLowercase(tokens[comma + 1])),
                   let mention = mentionBefore(comma), mention.label == "PERSON" || mention.label == "ORG" {
                    return speaker(from: mention, sieve: "name-apposition-verb")
                }
                comma -= 1
            }
            // "Halvorsen’s chief executive, Ingrid Solberg, told": the name right before the comma.
            if index > sentence.lowerBound, let mention = mentionBefore(index), mention.label == "PERSON" || mention.label == "ORG" {
                return speaker(from: mention, sieve: "name-comma-verb")
            }
            return nil
        }
        guard index >= sentence.lowerBound else { return nil }
        if let mention = mentionBefore(index + 1) {
            // "Police in Merseyside said", "A judge at the High Court ruled": the name is where
            // the speakers are or whom they work for, not who they are.
            var before = document.tokenIndex(atOrAfter: mention.range.lowerBound) - 1
            if before > sentence.lowerBound, document.word(at: before, isOneOf: "the", "The") { before -= 1 }
            if before > sentence.lowerBound, QuotesVocabulary.resource.value.contains(word(before), .placePreposition) {
                if let named = mentionAt[before - 1], named.label == "PERSON" || (named.label == "ORG" && mention.layer == LayerName.places) {
                    return speaker(from: named)
                }
                return nil
            }
            return speaker(from: mention)
        }
        return describedSubject(endingAt: index, sentence: sentence, history: history)
    }

    /// The person, organization or place mention that ends right before token `index`, looking
    /// through a parenthesized acronym: "The Assam State Disaster Management Authority (ASDMA)".
    func mentionBefore(_ index: Int) -> Annotation? {
        var last = index - 1
        if last >= 0, word(last, is: ")") {
            var open = last - 1
            while open > 0, last - open < 6, !word(open, is: "(") { open -= 1 }
            if open >= 1, word(open, is: "(") { last = open - 1 }
        }
        guard last >= 0, let mention = mentionAt[last] else { return nil }
        return mention
    }

    /// Words that open an apposition or a relative clause after a name.
    static let appositionStarters = QuotesVocabulary.words(.appositionStarter)

    /// Speech verbs that can come before their subject ("…,” said X).
    static let invertible = QuotesVocabulary.words(.invertible)

    /// The subject just after a cue ("said Ahmed Al-Rashid", "according to the IMD").
    func subject(startingAt start: Int, sentence: Range<Int>, history: [Speaker], namesOnly: Bool = false) -> Speaker? {
        var index = start
        while index < sentence.upperBound, Self.isHonorific(word(index)) || word(index, is: "the") && !namesOnly {
            index += 1
        }
        guard index < sentence.upperBound else { return nil }
        if let mention = mentionAt[index] {
            // "said Iran's foreign minister Abbas Araghchi", "said U.S. Deputy Press Secretary Sam
            // Hale", "said Clarke's assistant, Rohan de Silva": the name qualifies the title of the
            // person who speaks.
            if mention.label != "PERSON" || isPossessor(mention), let person = titledPerson(startingAt: index, sentence: sentence) {
                return speaker(from: person, sieve: "verb-then-title-name")
            }
            return speaker(from: mention)
        }
        if namesOnly {
            // "said fire chief Marta Olsen", "said his spokesman, Tom Reyes".
            if let person = titledPerson(startingAt: index, sentence: sentence) {
                return speaker(from: person, sieve: "verb-then-title-name")
            }
            // "said the minister", "said Dr. X"
            if word(index, is: "the"), index + 1 < sentence.upperBound {
                var end = index + 1
                while end < sentence.upperBound, tokens[end].kind == .word, document.isLowercase(tokens[end]) { end += 1 }
                if end > index + 1, let described = describedSubject(endingAt: end - 1, sentence: sentence, history: history) {
                    return described
                }
            }
            return nil
        }
        var end = index
        while end < sentence.upperBound, tokens[end].kind == .word, mentionAt[end] == nil { end += 1 }
        if end < sentence.upperBound, let mention = mentionAt[end], end - index <= 4 { return speaker(from: mention) }
        return end > index ? describedSubject(endingAt: end - 1, sentence: sentence, history: history) : nil
    }

    /// The person named after a title that starts at `start`: determiners and possessives, title
    /// words, organizations and places that qualify them, "and" between two titles, and at most
    /// one comma right before the name ("his spokesman, Tom Reyes"; "Airbus President and Chief
    /// Executive Officer, Tom Enders").
    func titledPerson(startingAt start: Int, sentence: Range<Int>) -> Annotation? {
        var index = start
        while index < sentence.upperBound, index - start <= 10 {
            if let mention = mentionAt[index] {
                if mention.label == "PERSON", !isPossessor(mention) { return index > start ? mention : nil }
                index = document.tokenIndex(atOrAfter: mention.range.upperBound)
                continue
            }
            if word(index, is: ",") {
                var next = index + 1
                while next < sentence.upperBound, Self.isHonorific(word(next)) { next += 1 }
                guard next < sentence.upperBound, let person = mentionAt[next], person.label == "PERSON" else { return nil }
                return person
            }
            guard tokens[index].kind == .word || document.word(at: index, isOneOf: "'s", "’s"), tags[index] != .finiteVerb,
                  !Self.subjectAdverbs.contains(word(index)), English.speechVerbs[lowercasedWord(index)] == nil
            else { return nil }
            index += 1
        }
        return nil
    }

    /// Whether a mention stands inside a quotation ("“Wayne Shorter, my friend, left us,” he wrote").
    func isQuoted(_ mention: Annotation) -> Bool {
        let first = document.tokenIndex(atOrAfter: mention.range.lowerBound)
        return first < inQuotation.count && inQuotation[first]
    }

    /// Whether a mention is followed by a possessive ("Clarke's assistant").
    func isPossessor(_ mention: Annotation) -> Bool {
        let next = document.tokenIndex(atOrAfter: mention.range.upperBound)
        return document.word(at: next, isOneOf: "'s", "’s", "'", "’")
    }

    /// A pronoun or a description ending at `index`: `he`, `the minister`, `the chief minister`,
    /// `The company`, `the court`. Plural or indefinite sources are nobody.
    func describedSubject(endingAt index: Int, sentence: Range<Int>, history: [Speaker]) -> Speaker? {
        let head = word(index)
        // "One threatened that …; another said …" after "Mendoza stuck notes on the bus": what is
        // written speaks for the subject of the sentence before.
        if QuotesVocabulary.resource.value.contains(WordForm.lowercasedASCII(head), .writing) {
            guard let current = sentenceOf[sentence.lowerBound], current > 0 else { return nil }
            let previous = sentences[current - 1]
            return sentenceSubject(previous, before: previous.upperBound).map { $0.decided(by: "writing-speaks-for-author") }
        }
        if let gender = Self.pronouns[head] {
            return latest(history, gender: gender, person: gender != nil, before: tokens[index].range.lowerBound)
                .map { $0.decided(by: "pronoun") }
        }
        // Walk back to the determiner.
        var start = index
        while start > sentence.lowerBound, index - start < 7,
              tokens[start - 1].kind == .word && (document.isLowercase(tokens[start - 1]) || start - 1 == sentence.lowerBound)
                || (word(start - 1, is: "-") && start - 1 > sentence.lowerBound && tokens[start - 2].kind == .word) {
            start -= 1
            if document.word(at: start, isOneOf: "the", "The") { break }
        }
        let headline = start == sentence.lowerBound || (start == sentence.lowerBound + 1 && document.isCapitalized(tokens[sentence.lowerBound]))
        if !document.word(at: start, isOneOf: "the", "The") {
            // A headline drops its articles: "European court rules …".
            guard headline, English.organizationNouns.contains(WordForm.lowercasedASCII(head)),
                  index > sentence.lowerBound, !isPlural(head) else { return nil }
            return organization(named: head, before: tokens[index].range.lowerBound, history: history)
                .map { $0.decided(by: "headline-organization-noun") }
        }
        let description = document.text(tokens[start + 1].range.lowerBound..<tokens[index].range.upperBound).lowercased()
        let offset = tokens[start].range.lowerBound
        // A title: the person of the latest role with that title ("the minister" → the foreign minister).
        if let role = roles.filter({ roleTitle($0).hasSuffix(WordForm.lowercasedASCII(head)) || roleTitle($0) == description })
            .min(by: { distance($0, offset) < distance($1, offset) }),
           let person = role["person"]?.stringValue {
            let limit = entities.countEnding(atOrBefore: offset) { $0.range.upperBound }
            let mention = entities.last(before: limit, within: Self.lookBack) { $0.label == "PERSON" && $0["canonical"]?.stringValue == person }
            return Speaker(name: person, mention: mention?.range, gender: mention?["gender"]?.stringValue, isPerson: true,
                           sieve: "title-description")
        }
        // An organization noun: the latest organization, preferring one whose name contains it.
        if English.organizationNouns.contains(WordForm.lowercasedASCII(head)) {
            return organization(named: head, before: offset, history: history).map { $0.decided(by: "organization-noun") }
        }
        return nil
    }

    /// The organization a noun stands for: one named with it (`the agency` → `UAE Space Agency`),
    /// else the latest organization that spoke, else the latest one mentioned (or, in a headline,
    /// the first one after).
    func organization(named noun: String, before offset: Int, history: [Speaker]) -> Speaker? {
        let lower = noun.lowercased()
        // A word of its name as written or of its canonical name, in lowercase.
        func names(_ organization: Annotation) -> Bool {
            let names = document.text(of: organization) + " " + (organization["canonical"]?.stringValue ?? "")
            return WordForm.lowercasedASCII(names).utf8.split(separator: UInt8(ascii: " ")).contains { $0.elementsEqual(lower.utf8) }
        }
        let limit = organizations.countEnding(atOrBefore: offset) { $0.range.upperBound }
        if let named = organizations.last(before: limit, within: Self.lookBack, where: names) {
            return speaker(from: named)
        }
        if let spoke = history.last(where: { !$0.isPerson }) { return spoke }
        if limit > 0 { return speaker(from: organizations[limit - 1]) }
        return organizations.first(where: names).map { speaker(from: $0) }
    }

    func roleTitle(_ role: Annotation) -> String {
        (role["title"]?.stringValue ?? "").lowercased()
    }

    func isPlural(_ word: String) -> Bool {
        word.hasSuffix("s") && !word.hasSuffix("ss")
    }

    func distance(_ role: Annotation, _ offset: Int) -> Int {
        role.range.lowerBound <= offset ? offset - role.range.lowerBound : Int.max / 2
    }

    /// The latest speaker before `offset` that a pronoun can refer to.
    func latest(_ history: [Speaker], gender: String?, person: Bool, before offset: Int) -> Speaker? {
        if let found = history.last(where: { candidate in
            candidate.isPerson == person && (gender == nil || candidate.gender == nil || candidate.gender == gender)
        }) {
            return found
        }
        // No earlier speaker: the latest compatible person mentioned.
        guard person else { return nil }
        let limit = entities.countEnding(atOrBefore: offset) { $0.range.upperBound }
        let mention = entities.last(before: limit, within: Self.lookBack) {
            $0.label == "PERSON" && (gender == nil || $0["gender"]?.stringValue == nil || $0["gender"]?.stringValue == gender)
                && !isQuoted($0)
        }
        return mention.map { speaker(from: $0) }
    }

    func speaker(from mention: Annotation, sieve: String = "") -> Speaker {
        Speaker(name: mention["canonical"]?.stringValue ?? mention["name"]?.stringValue ?? document.text(of: mention), mention: mention.range,
                gender: mention["gender"]?.stringValue, isPerson: mention.label == "PERSON", sieve: sieve)
    }

    /// How many mentions back a description or a pronoun may look for what it refers to.
    static let lookBack = 400

}
