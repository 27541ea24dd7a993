import LedeCore
import LedeEnglish

/// Finds reported speech without quotation marks: the clause after a speech verb (from after
/// the verb or "that" to the end of the clause: `Araghchi said on Friday that Tehran has …`),
/// the clause before an attribution (`Turnout was 58.3 percent, the commission said`), and the
/// clause that `according to X` frames, on either side.
struct IndirectSpeechFinder {
    let attributor: QuoteAttributor

    var document: Document { attributor.document }
    var tokens: [Token] { attributor.tokens }
    func word(_ index: Int) -> String { attributor.word(index) }
    func word(_ index: Int, is literal: StaticString) -> Bool { attributor.word(index, is: literal) }
    func lowercasedWord(_ index: Int) -> String { attributor.lowercasedWord(index) }

    /// Speech verbs that never report a clause here: they name, describe or ask for something.
    static let neverReporting = QuotesVocabulary.words(.neverReporting)
    /// Speech verbs that report a clause only with "that" ("told analysts that …").
    static let needingThat = QuotesVocabulary.words(.needingThat)
    /// Words that can open a reported clause without "that".
    static let clauseOpeners = QuotesVocabulary.words(.clauseOpener)
    /// Unnamed sources that may stand between a clause and its cue ("…, officials said").
    static let sources = QuotesVocabulary.words(.source)
    /// Words before a speech verb that are its subject, not a name (`he said that`).
    static let subjectPronouns = QuotesVocabulary.words(.subjectPronoun)
    /// Words that cannot open a reported clause after "said".
    static let notOpeners = QuotesVocabulary.words(.notOpener)

    func find(in sentence: Range<Int>, paragraph: Int, cues: [Cue], speakers: [Speaker?], quoted: [Bool]) -> [FoundQuote] {
        var found: [FoundQuote] = []
        for (position, cue) in cues.enumerated() {
            let clause: Range<Int>?
            if cue.isAccordingTo {
                clause = cue.tokens.lowerBound == firstContentToken(sentence) ? clauseAfterFramingPhrase(cue, sentence) : clauseBefore(cue, sentence, cues: cues)
            } else if let mention = speakers[position]?.mention, mention.lowerBound >= tokens[cue.tokens.upperBound - 1].range.upperBound,
                      mention.lowerBound < tokens[sentence.upperBound - 1].range.upperBound {
                // "…, said fire chief Marta Olsen": what follows the verb is its speaker.
                clause = clauseBefore(cue, sentence, cues: cues, speakerAfter: true)
            } else {
                clause = clauseAfter(cue, sentence, cues: cues, quoted: quoted) ?? clauseBefore(cue, sentence, cues: cues)
            }
            guard let clause, !clause.isEmpty, !isWholeQuotation(clause, quoted: quoted) else { continue }
            let range = tokens[clause.lowerBound].range.lowerBound..<tokens[clause.upperBound - 1].range.upperBound
            found.append(FoundQuote(label: "INDIRECT", range: range, speaker: speakers[position], cue: cue.text,
                                    paragraph: paragraph, start: clause.lowerBound))
        }
        return found
    }

    /// The first token that is not a sentence adverb with its comma ("Meanwhile, …") or a
    /// dateline ("GUWAHATI, India – …").
    func firstContentToken(_ sentence: Range<Int>) -> Int {
        var start = sentence.lowerBound
        if start + 1 < sentence.upperBound, WordForm.isAllCaps(word(start)),
           let dash = (start + 1..<min(sentence.upperBound, start + 8)).first(where: { document.word(at: $0, isOneOf: "–", "—", "-") }) {
            start = dash + 1
        }
        if start + 1 < sentence.upperBound, word(start + 1, is: ","), tokens[start].kind == .word { start += 2 }
        return start
    }

    /// `X said (on Friday) (that) CLAUSE`: the clause up to the end of the sentence or the next
    /// coordinated speech verb.
    func clauseAfter(_ cue: Cue, _ sentence: Range<Int>, cues: [Cue], quoted: [Bool]) -> Range<Int>? {
        var start = cue.tokens.upperBound
        guard start < sentence.upperBound else { return nil }
        // "that" within the next few words: "said on Friday that", "told analysts on a call that".
        var afterThat = false
        var look = start
        while look < min(sentence.upperBound, start + 10), !quoted[look], !document.word(at: look, isOneOf: ",", ".", ":", ";") {
            if document.word(at: look, isOneOf: "that") {
                afterThat = true
                start = look + 1
                // "told the panel that, “Today …”": the quotation after the comma is direct.
                while start < sentence.upperBound, document.word(at: start, isOneOf: ",") { start += 1 }
                break
            }
            // "a scheme announced Saturday by the minister": a passive verb reports nothing.
            if document.word(at: look, isOneOf: "by"), look - start <= 2 { return nil }
            look += 1
        }
        let lemma = English.speechVerbs[WordForm.lowercasedASCII(cue.text)]?.lemma ?? ""
        if Self.neverReporting.contains(lemma) { return nil }
        // "reports that" after a noun is a noun ("media reports that …"), unless the tagger reads a
        // verb ("The deal also mentions that …").
        let tags = attributor.resolver.tags
        if cue.text.hasSuffix("s"), cue.tokens.lowerBound > sentence.lowerBound, tags[cue.tokens.lowerBound] != .finiteVerb {
            let previous = cue.tokens.lowerBound - 1
            if attributor.resolver.mentionAt[previous] == nil, !Self.subjectPronouns.contains(word(previous)),
               !English.organizationNouns.contains(lowercasedWord(previous)),
               tokens[previous].kind == .word, document.isLowercase(tokens[previous]) {
                return nil
            }
        }
        if !afterThat {
            // Without "that", the clause must start right away and look like one: not a
            // preposition, punctuation, an object, or the speaker ("said Ahmed Al-Rashid, …").
            if Self.needingThat.contains(lemma) {
                // "told Daily Mail the list will be released", "told reporters the plan was dead":
                // past the person told, a clause with a verb of its own.
                guard let clause = start < sentence.upperBound ? startAfterAddressee(start, sentence) : nil else { return nil }
                start = clause
                let text = lowercasedWord(start)
                guard tokens[start].kind == .word, Self.clauseOpeners.contains(text) || document.isCapitalized(tokens[start]) else { return nil }
            }
            // "said on Wednesday it would …", "said in March it had …": past a time phrase.
            if let afterTime = startAfterTimePhrase(start, sentence), afterTime > start { start = afterTime }
            var first = tokens[start]
            var text = lowercasedWord(start)
            // "said Dr. Wanjiru Kamau, …": look past an honorific to the name.
            if SpeakerResolver.isHonorific(word(start)), start + 1 < sentence.upperBound {
                first = tokens[start + 1]
                text = lowercasedWord(start + 1)
                if attributor.resolver.mentionAt[start + 1] != nil { return nil }
            }
            if let mention = attributor.resolver.mentionAt[start] {
                var after = start
                while after < sentence.upperBound, attributor.resolver.mentionAt[after] == mention { after += 1 }
                // "said Lim, 68, took bribes": an age between commas, then the clause's verb.
                let age = after + 3 < sentence.upperBound && word(after, is: ",") && tokens[after + 1].kind == .number && word(after + 2, is: ",")
                if !age, after >= sentence.upperBound || document.word(at: after, isOneOf: ",", ".", ";") { return nil }
            } else if first.kind == .number || (text == "at" && start + 1 < sentence.upperBound && document.word(at: start + 1, isOneOf: "least", "most")) {
                // "said at least 25 people …"
            } else if first.kind == .word, document.isCapitalized(first) || Self.clauseOpeners.contains(text) {
                // a name, a determiner, a pronoun, a modal
            } else if lemma == "say", first.kind == .word, !text.hasSuffix("ly"), !Self.notOpeners.contains(text) {
                // "said hospitals were treating …": a bare noun after the commonest verb
            } else {
                return nil
            }
        }
        guard start < sentence.upperBound else { return nil }
        var end = start
        while end < sentence.upperBound {
            // A coordinated speech verb starts another quote: "and stated that", ", adding that".
            if !quoted[end], word(end, is: ":") { break }
            if !quoted[end], word(end, is: "and") || word(end, is: "but") || word(end, is: ",") || word(end, is: ";"),
               end + 1 < sentence.upperBound {
                let next = end + 1
                if cues.contains(where: { $0.tokens.lowerBound == next
                    || ($0.tokens.lowerBound > next && $0.tokens.lowerBound <= next + 4 && attributor.isCoordinated($0, in: sentence)) }) { break }
                if word(end, is: ";") { break }
            }
            end += 1
        }
        // Without the final punctuation.
        while end > start, document.word(at: end - 1, isOneOf: ".", ",", ";", ":", "!", "?") && !quoted[end - 1] { end -= 1 }
        // A reported clause has a verb of its own: "declared a state of emergency", "ruled the
        // goal offside" report nothing. After "that" any verb form will do (the tagger may read
        // "the companies expected" as a participle).
        // Without "that", the verb comes before a coordinated phrase: "proclaimed its intention to
        // leave …, and will become …" reports nothing.
        var verbSearch = start..<end
        if !afterThat,
           let coordination = (start..<end).first(where: { word($0, is: ",") && $0 + 1 < end && document.word(at: $0 + 1, isOneOf: "and", "but") }) {
            verbSearch = start..<coordination
        }
        // An announcement or a ruling with an object and a relative clause reports nothing: "found
        // a galaxy which they call …".
        if !afterThat, [.announcement, .ruling].contains(SpeechVerbClass(lemma: lemma)),
           let relative = verbSearch.first(where: { document.word(at: $0, isOneOf: "which", "who", "whom", "whose") }) {
            verbSearch = verbSearch.lowerBound..<relative
        }
        let hasVerb = afterThat ? tags.hasVerb(in: start..<end) : tags.hasFiniteVerb(in: verbSearch)
        guard end - start >= 2, hasVerb || (start..<end).contains(where: { quoted[$0] }) else { return nil }
        return start..<end
    }

    /// The token after a time phrase that starts at `start` ("on Wednesday", "in March", "last
    /// week"), when one does and more follows it.
    func startAfterTimePhrase(_ start: Int, _ sentence: Range<Int>) -> Int? {
        guard start + 2 < sentence.upperBound, document.word(at: start, isOneOf: "on", "in", "last", "this", "earlier", "late", "early") else { return nil }
        var index = start + 1
        while index < sentence.upperBound, index - start <= 3,
              English.calendarWords.contains(lowercasedWord(index)) || tokens[index].kind == .number
                || document.word(at: index, isOneOf: "week", "month", "year", "day", "morning", "evening", "night", "weekend") {
            index += 1
        }
        return index > start + 1 && index < sentence.upperBound ? index : nil
    }

    /// Where the clause after a verb of telling starts, past the one told: a name, an object
    /// pronoun or a word for an audience ("told Reuters", "told him", "told reporters").
    func startAfterAddressee(_ start: Int, _ sentence: Range<Int>) -> Int? {
        if let mention = attributor.resolver.mentionAt[start] {
            let end = document.tokenIndex(atOrAfter: mention.range.upperBound)
            return end < sentence.upperBound ? end : nil
        }
        var index = start
        if word(index, is: "the"), index + 1 < sentence.upperBound { index += 1 }
        guard QuotesVocabulary.resource.value.contains(lowercasedWord(index), .addressee) else { return nil }
        return index + 1 < sentence.upperBound ? index + 1 : nil
    }

    /// `CLAUSE, X said` / `CLAUSE, said X` / `CLAUSE, according to X`.
    func clauseBefore(_ cue: Cue, _ sentence: Range<Int>, cues: [Cue], speakerAfter: Bool = false) -> Range<Int>? {
        if Self.neverReporting.contains(English.speechVerbs[WordForm.lowercasedASCII(cue.text)]?.lemma ?? "") { return nil }
        var comma = cue.tokens.lowerBound - 1
        while comma > sentence.lowerBound, !word(comma, is: ","), cue.tokens.lowerBound - comma <= 8 { comma -= 1 }
        guard comma > sentence.lowerBound, word(comma, is: ",") else { return nil }
        // The attribution must end the sentence: nothing but the speaker and a few words after.
        guard sentence.upperBound - cue.tokens.upperBound <= 20,
              !cues.contains(where: { $0.tokens.lowerBound < comma && $0.tokens.lowerBound >= sentence.lowerBound }) else { return nil }
        // Between the comma and the cue, only its subject: "…, the Central Election Commission (CEC)
        // said", "…, officials said"; or, inverted, a name right after the cue ("…, said X").
        let between = comma + 1..<cue.tokens.lowerBound
        let hasSubject = between.contains { attributor.resolver.mentionAt[$0] != nil || Self.sources.contains(lowercasedWord($0)) }
            || (between.isEmpty && cue.tokens.upperBound < sentence.upperBound && attributor.resolver.mentionAt[cue.tokens.upperBound] != nil)
            || (between.isEmpty && speakerAfter)
            // "…, said a press release.": a short inverted attribution ends the sentence.
            || (between.isEmpty && sentence.upperBound - cue.tokens.upperBound <= 5 && SpeakerResolver.invertible.contains(cue.lemma))
            || cue.isAccordingTo
        guard hasSubject, !between.contains(where: { document.word(at: $0, isOneOf: "to", "who", "which", "that") }),
              // Another speech verb between: this cue is within its clause ("…, said she cried").
              !cues.contains(where: { between.contains($0.tokens.lowerBound) }) else { return nil }
        let start = firstContentToken(sentence)
        if tokens[start].kind == .quote { return nil }
        var end = comma
        while end > start, document.word(at: end - 1, isOneOf: ",", "—", "–", "-") { end -= 1 }
        return end - start >= 3 ? start..<end : nil
    }

    /// `According to X, CLAUSE`: the clause after the comma that ends the attribution.
    func clauseAfterFramingPhrase(_ cue: Cue, _ sentence: Range<Int>) -> Range<Int>? {
        var comma = cue.tokens.upperBound
        while comma < sentence.upperBound, !word(comma, is: ",") { comma += 1 }
        guard comma + 1 < sentence.upperBound else { return nil }
        var end = sentence.upperBound
        while end > comma + 1, document.word(at: end - 1, isOneOf: ".", "!", "?") { end -= 1 }
        return comma + 1 < end ? comma + 1..<end : nil
    }

    /// A clause that is one quotation from its first to its last token is a direct quote.
    func isWholeQuotation(_ clause: Range<Int>, quoted: [Bool]) -> Bool {
        clause.allSatisfy { quoted[$0] }
    }
}
