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
    /// The organizations mentioned, in order, with their names in lowercase.
    let organizations: [NamedOrganization]

    struct NamedOrganization {
        let annotation: Annotation
        /// The lowercase words of its name as written and of its canonical name.
        let words: Set<String>
    }

    /// Pronouns that refer back to a speaker → the gender they imply (nil for `it`).
    static let pronouns: [String: String?] = QuotesVocabulary.resource.value[.pronoun].mapValues { $0.isEmpty ? nil : $0 }

    /// An honorific or an abbreviated title before a name (`Mr.`, `Dr`, `Prof.`).
    static func isHonorific(_ word: String) -> Bool {
        English.isHonorific(word) || English.isTitleAbbreviation(word)
    }

    init(document: Document) {
        self.document = document
        tokens = document.tokens
        entities = document.annotations(in: LayerName.entities).filter { $0.label == "PERSON" || $0.label == "ORG" }
        roles = document.annotations(in: LayerName.roles)
        organizations = entities.filter { $0.label == "ORG" }.map { annotation in
            let names = document.text(of: annotation) + " " + (annotation["canonical"]?.stringValue ?? "")
            return NamedOrganization(annotation: annotation, words: Set(WordForm.lowercasedASCII(names).split(separator: " ").map(String.init)))
        }
        mentionAt = document.tokenCoverage(document.annotations(in: LayerName.places) + entities)
    }

    func word(_ index: Int) -> String { document.word(index) }

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
        .init("verb-then-name") { $0.verbThenName($1) },
        .init("relative-pronoun") { $0.relativePronoun($1) },
        .init("participle-subject") { $0.participleSubject($1) },
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
        return .some(subject(startingAt: cueCase.cue.tokens.upperBound, sentence: cueCase.sentence, history: cueCase.history))
    }

    /// "…,” said Ahmed Al-Rashid" / ", said the minister": only verbs without an object.
    func verbThenName(_ cueCase: CueCase) -> Speaker?? {
        let cue = cueCase.cue, sentence = cueCase.sentence
        let lemma = English.speechVerbs[WordForm.lowercasedASCII(word(cue.tokens.lowerBound))]?.lemma ?? ""
        guard Self.invertible.contains(lemma), cue.tokens.lowerBound > sentence.lowerBound,
              [",", "”", "’", "\"", "'"].contains(word(cue.tokens.lowerBound - 1)) || tokens[cue.tokens.lowerBound - 1].kind == .quote,
              let after = subject(startingAt: cue.tokens.upperBound, sentence: sentence, history: cueCase.history, namesOnly: true) else {
            return nil
        }
        return .some(after)
    }

    /// "Marcus Whitfield, a former state senator …, who said that …".
    func relativePronoun(_ cueCase: CueCase) -> Speaker?? {
        let cue = cueCase.cue, sentence = cueCase.sentence
        guard cue.tokens.lowerBound > sentence.lowerBound, ["who", "which"].contains(word(cue.tokens.lowerBound - 1)),
              let mention = (sentence.lowerBound..<cue.tokens.lowerBound - 1).reversed().lazy.compactMap({ mentionAt[$0] })
                .first(where: { $0.label == "PERSON" || $0.label == "ORG" }) else { return nil }
        return .some(speaker(from: mention))
    }

    /// "Iran hardens stance on US, saying …": the subject of the clause, a person or an
    /// organization before a place.
    func participleSubject(_ cueCase: CueCase) -> Speaker?? {
        guard cueCase.cue.isParticiple else { return nil }
        let before = (cueCase.sentence.lowerBound..<cueCase.cue.tokens.lowerBound).compactMap { mentionAt[$0] }
        guard let mention = before.first(where: { $0.label == "PERSON" || $0.label == "ORG" }) ?? before.first else { return .some(nil) }
        return .some(speaker(from: mention))
    }

    /// The subject written before the verb: "Araghchi said", "he said", "the minister said".
    func subjectBeforeVerb(_ cueCase: CueCase) -> Speaker?? {
        .some(subject(endingAt: cueCase.cue.tokens.lowerBound, sentence: cueCase.sentence, history: cueCase.history))
    }

    /// Adverbs and auxiliaries between a subject and its verb: `also said`, `has said`.
    static let subjectAdverbs = QuotesVocabulary.words(.subjectAdverb)

    /// The subject written just before a cue: a name, a pronoun or a description, allowing an
    /// apposition or an age between commas ("Solberg, 54, said").
    func subject(endingAt end: Int, sentence: Range<Int>, history: [Speaker]) -> Speaker? {
        var index = end - 1
        // Adverbs between subject and verb: "also said", "later told", "has said".
        while index > sentence.lowerBound, Self.subjectAdverbs.contains(word(index)) {
            index -= 1
        }
        guard index >= sentence.lowerBound else { return nil }
        if word(index) == "," {
            // "X, the finance chief, said" / "X, who was born in Nyeri, Kenya, …, said": the
            // nearest name followed by a comma and an apposition or a relative clause.
            var comma = index - 1
            while comma > sentence.lowerBound, index - comma < 40 {
                let next = comma + 1 < index ? WordForm.lowercasedASCII(word(comma + 1)) : ""
                if word(comma) == ",", comma + 1 < index,
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
            // "Police in Merseyside said": the name is where the speakers are, not who they are.
            let first = document.tokenIndex(atOrAfter: mention.range.lowerBound)
            if first > sentence.lowerBound, QuotesVocabulary.resource.value.contains(word(first - 1), .placePreposition) { return nil }
            return speaker(from: mention)
        }
        return describedSubject(endingAt: index, sentence: sentence, history: history)
    }

    /// The person, organization or place mention that ends right before token `index`, looking
    /// through a parenthesized acronym: "The Assam State Disaster Management Authority (ASDMA)".
    func mentionBefore(_ index: Int) -> Annotation? {
        var last = index - 1
        if last >= 0, word(last) == ")" {
            var open = last - 1
            while open > 0, last - open < 6, word(open) != "(" { open -= 1 }
            if open >= 1, word(open) == "(" { last = open - 1 }
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
        while index < sentence.upperBound, Self.isHonorific(word(index)) || word(index) == "the" && !namesOnly {
            index += 1
        }
        guard index < sentence.upperBound else { return nil }
        if let mention = mentionAt[index] {
            // "said Iran's foreign minister Abbas Araghchi", "said U.S. Deputy Press Secretary Sam
            // Hale": the place or organization qualifies the title of the person who speaks.
            if mention.label != "PERSON", let person = titledPerson(after: mention, sentence: sentence) {
                return speaker(from: person, sieve: "verb-then-title-name")
            }
            return speaker(from: mention)
        }
        if namesOnly {
            // "said the minister", "said Dr. X"
            if word(index) == "the", index + 1 < sentence.upperBound {
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

    /// The person named right after `mention` and the words of a title: an optional possessive,
    /// then up to five words and no punctuation ("’s foreign minister", "Deputy Press Secretary").
    func titledPerson(after mention: Annotation, sentence: Range<Int>) -> Annotation? {
        var index = document.tokenIndex(atOrAfter: mention.range.upperBound)
        if index < sentence.upperBound, ["'s", "’s"].contains(word(index)) { index += 1 }
        var words = 0
        while index < sentence.upperBound, words <= 5 {
            if let next = mentionAt[index] {
                return next.label == "PERSON" && words > 0 ? next : nil
            }
            guard tokens[index].kind == .word, !Self.subjectAdverbs.contains(word(index)),
                  English.speechVerbs[WordForm.lowercasedASCII(word(index))] == nil else { return nil }
            words += 1
            index += 1
        }
        return nil
    }

    /// A pronoun or a description ending at `index`: `he`, `the minister`, `the chief minister`,
    /// `The company`, `the court`. Plural or indefinite sources are nobody.
    func describedSubject(endingAt index: Int, sentence: Range<Int>, history: [Speaker]) -> Speaker? {
        let head = word(index)
        if let gender = Self.pronouns[head] {
            return latest(history, gender: gender, person: gender != nil, before: tokens[index].range.lowerBound)
                .map { $0.decided(by: "pronoun") }
        }
        // Walk back to the determiner.
        var start = index
        while start > sentence.lowerBound, tokens[start - 1].kind == .word, document.isLowercase(tokens[start - 1]) || start - 1 == sentence.lowerBound,
              index - start < 4 {
            start -= 1
            if ["the", "The"].contains(word(start)) { break }
        }
        let headline = start == sentence.lowerBound || (start == sentence.lowerBound + 1 && document.isCapitalized(tokens[sentence.lowerBound]))
        if !["the", "The"].contains(word(start)) {
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
        func names(_ organization: NamedOrganization) -> Bool {
            organization.words.contains(lower)
        }
        let limit = organizations.countEnding(atOrBefore: offset) { $0.annotation.range.upperBound }
        if let named = organizations.last(before: limit, within: Self.lookBack, where: names) {
            return speaker(from: named.annotation)
        }
        if let spoke = history.last(where: { !$0.isPerson }) { return spoke }
        if limit > 0 { return speaker(from: organizations[limit - 1].annotation) }
        return organizations.first(where: names).map { speaker(from: $0.annotation) }
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
        }
        return mention.map { speaker(from: $0) }
    }

    func speaker(from mention: Annotation, sieve: String = "") -> Speaker {
        Speaker(name: mention["canonical"]?.stringValue ?? document.text(of: mention), mention: mention.range,
                gender: mention["gender"]?.stringValue, isPerson: mention.label == "PERSON", sieve: sieve)
    }

    /// How many mentions back a description or a pronoun may look for what it refers to.
    static let lookBack = 400

}
