import LedeCore
import LedeEnglish

/// A quote found in the text, before it becomes an annotation.
struct FoundQuote {
    var label: String
    var range: Range<Int>
    var speaker: Speaker?
    var cue: String?
    var paragraph: Int
    /// Token index of the opening mark, for ordering and continuations.
    var start: Int
}

/// Finds the quotes of a document and their speakers, sentence by sentence so that a pronoun
/// can refer to a speaker named earlier.
struct QuoteAttributor {
    let document: Document
    let tokens: [Token]
    let sentences: [Range<Int>]
    let paragraphs: [Range<Int>]
    let resolver: SpeakerResolver
    let cueFinder: CueFinder
    let sentenceOf: TokenSpanIndex
    /// The quotation marks of the document, paired (names and titles in marks among them).
    let pairedMarks: [Quotation]

    init(document: Document, tags: TokenTags) {
        self.document = document
        tokens = document.tokens
        sentences = document.tokenSpans(of: LayerName.sentences)
        paragraphs = document.tokenSpans(of: LayerName.paragraphs)
        pairedMarks = QuotationPairer().pair(document: document, tokens: document.tokens, paragraphs: paragraphs)
        var inQuotation = [Bool](repeating: false, count: document.tokens.count)
        for quotation in pairedMarks where quotation.depth == 0 {
            for index in quotation.open...quotation.close { inQuotation[index] = true }
        }
        resolver = SpeakerResolver(document: document, tags: tags, sentences: sentences, inQuotation: inQuotation)
        cueFinder = CueFinder(document: document, tokens: tokens, tags: tags)
        sentenceOf = TokenSpanIndex(sentences, tokenCount: tokens.count)
    }

    /// The sentence a token is in (the whole document when the token is in none).
    func sentenceRange(of index: Int) -> Range<Int> {
        sentenceOf[index].map { sentences[$0] } ?? 0..<tokens.count
    }

    func word(_ index: Int) -> String { document.word(index) }
    func word(_ index: Int, is literal: StaticString) -> Bool { document.word(index, is: literal) }
    func lowercasedWord(_ index: Int) -> String { document.lowercasedWord(index) }

    func attribute() -> [FoundQuote] {
        let quotations = pairedMarks.filter { !isNameOrTitle($0) }
        var quoted = [Bool](repeating: false, count: tokens.count)
        for quotation in quotations where quotation.depth == 0 {
            for index in quotation.open...quotation.close { quoted[index] = true }
        }
        let paragraphOf = TokenSpanIndex(paragraphs, tokenCount: tokens.count)
        // Made once: each copy of the attributor it holds would retain every array of it.
        let indirect = IndirectSpeechFinder(attributor: self)

        var history: [Speaker] = []
        var found: [FoundQuote] = []
        var quotationIndex = 0
        for (sentenceIndex, sentence) in sentences.enumerated() {
            var cues: [Cue] = []
            var speakers: [Speaker?] = []
            for cue in cueFinder.cues(in: sentence, quoted: quoted) {
                // The speakers of the cues before in this sentence are the latest: "Ana Ruiz, a
                // nurse, said she cried" (she is Ruiz). Added for this cue and taken off again,
                // so that the history is never copied.
                let kept = history.count
                history.append(contentsOf: speakers.lazy.compactMap { $0 })
                var speaker = resolver.speaker(of: cue, in: sentence, history: history)
                history.removeSubrange(kept...)
                // A participle or a coordinated verb shares the subject of the verb before it:
                // "…, the chief minister said, adding that …"; "…, but acknowledged he was …".
                if cue.isParticiple || isCoordinated(cue, in: sentence), let previous = speakers.last(where: { $0 != nil }) ?? nil {
                    speaker = previous.decided(by: "shares-previous-verb")
                } else if speaker == nil, isCoordinated(cue, in: sentence),
                          let subject = resolver.sentenceSubject(sentence, before: cue.tokens.lowerBound, history: history) {
                    // "But the Justice Department intervened and argued that …": the subject of
                    // the first verb.
                    speaker = subject.decided(by: "shares-previous-verb")
                }
                // "Tests indicated …": a verb of thinking or estimating needs someone to think it.
                if speaker == nil, SpeechVerbClass(lemma: cue.lemma) == .cognition, !hasHumanSubject(cue, in: sentence) { continue }
                cues.append(cue)
                speakers.append(speaker)
            }
            // "Accusing ministers of …, he argued": a participle opening the sentence shares the
            // subject of the verb after it.
            if let first = cues.first, first.isParticiple, speakers[0] == nil,
               first.tokens.lowerBound == indirect.firstContentToken(sentence),
               let next = speakers.dropFirst().first(where: { $0 != nil }) ?? nil {
                speakers[0] = next.decided(by: "shares-next-verb")
            }
            // Quotations that open in this sentence.
            while quotationIndex < quotations.count, quotations[quotationIndex].open < sentence.upperBound {
                let quotation = quotations[quotationIndex]
                quotationIndex += 1
                guard let content = contentRange(quotation) else { continue }
                let closeSentence = sentenceOf[quotation.close] ?? sentenceIndex
                let label = isWholeStatement(quotation, sentence: sentence, closeSentence: sentences[closeSentence]) ? "DIRECT" : "PARTIAL"
                var quote = FoundQuote(label: label, range: content, speaker: nil, cue: nil,
                                       paragraph: paragraphOf[quotation.open] ?? 0, start: quotation.open)
                if quotation.depth > 0 {
                    // A quotation inside a quotation: its own cue, usually no named speaker.
                    if quotation.open > 0, let cue = English.speechVerbs[lowercasedWord(quotation.open - 1)], !cue.isPhrase {
                        quote.cue = word(quotation.open - 1)
                    }
                } else if let (cue, speaker) = nearestCue(to: quotation, cues: cues, speakers: speakers, label: label,
                                                           closeSentence: sentences[closeSentence], quoted: quoted, history: history) {
                    quote.cue = cue.text
                    quote.speaker = speaker
                } else if let introducer = introducedByColon(quotation) {
                    // "The following statement is from spokeswoman Amanda Stamper:" then the quotation.
                    quote.speaker = introducer
                } else if label == "PARTIAL" {
                    // No speech verb: "Coach Dan Ruiz hailed his “exceptional” players" quotes the
                    // sentence's subject; a short phrase in a sentence that names nobody is a scare quote.
                    if let subject = resolver.sentenceSubject(sentence, before: quotation.open, history: history) {
                        quote.speaker = subject
                    } else if isScareQuote(quotation) {
                        continue
                    }
                }
                found.append(quote)
            }
            for speaker in speakers.compactMap({ $0 }) { history.append(speaker) }
            found += indirect.find(in: sentence, paragraph: paragraphOf[sentence.lowerBound] ?? 0,
                                   cues: cues, speakers: speakers, quoted: quoted)
        }
        fillContinuations(&found)
        return found.sorted { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.label < $1.label }
    }

    /// The content between the marks, without surrounding white space.
    func contentRange(_ quotation: Quotation) -> Range<Int>? {
        let start = tokens[quotation.open].range.upperBound
        let end = tokens[quotation.close].range.lowerBound
        guard start < end else { return nil }
        return start..<end
    }

    /// Quotation marks around a name or a title: after "called"/"nicknamed", or a short
    /// title-case phrase without sentence punctuation ("the Viking Dragon", "Surviving the Fall").
    func isNameOrTitle(_ quotation: Quotation) -> Bool {
        let open = quotation.open
        // Right after a naming word: called "Nightjar", titled "Surviving the Fall".
        if open >= 1, English.namingWords.contains(lowercasedWord(open - 1)) { return true }
        if open >= 2, word(open - 1, is: "the"), English.namingWords.contains(lowercasedWord(open - 2)) { return true }
        // "known (to its critics) as the "gag law"".
        if (max(0, open - 3)..<open).contains(where: { word($0, is: "as") }),
           (max(0, open - 8)..<open).contains(where: { word($0, is: "known") }) { return true }
        let inner = open + 1..<quotation.close
        let words = inner.filter { tokens[$0].kind == .word }
        // One capitalized word after a noun, without punctuation: a name ("tropical storm ‘Pabuk’").
        if inner.count == 1, words.count == 1, document.isCapitalized(tokens[open + 1]), open > 0,
           resolver.tags[open - 1] == .noun, quotation.close + 1 < tokens.count, !isCue(quotation.close + 1) {
            return true
        }
        // A term: one word in marks before a noun it qualifies ("“carousel” voting").
        if words.count == 1, inner.count == 1, quotation.close + 1 < tokens.count, tokens[quotation.close + 1].kind == .word,
           document.isLowercase(tokens[quotation.close + 1]),
           !English.functionWords.contains(word(quotation.close + 1)), !isCue(quotation.close + 1) {
            // Unless it is a judgement someone made: "Ruiz hailed his “exceptional” players", "to
            // criticize a “monopolistic” policy".
            let sentence = sentenceRange(of: open)
            let judgement = resolver.tags[open + 1] == .adjective
                && (resolver.sentenceSubject(sentence, before: open) != nil || !cueFinder.cues(in: sentence.lowerBound..<open, quoted: []).isEmpty)
            return !judgement
        }
        // A short title-case phrase without sentence punctuation: a name or a title of a work.
        guard words.count > 1, words.count <= 6, !inner.contains(where: { document.word(at: $0, isOneOf: ".", "!", "?", ",") }) else { return false }
        let content = words.filter { !English.functionWords.contains(lowercasedWord($0)) }
        return !content.isEmpty && content.allSatisfy { document.isCapitalized(tokens[$0]) }
    }

    /// The person (or else organization) named last in a sentence that ends with a colon right
    /// before the quotation, when the quotation has no speech verb of its own.
    func introducedByColon(_ quotation: Quotation) -> Speaker? {
        guard quotation.open > 0, word(quotation.open - 1, is: ":") else { return nil }
        let sentence = sentenceRange(of: quotation.open - 1)
        let mentions = (sentence.lowerBound..<quotation.open - 1).compactMap { resolver.mentionAt[$0] }
        guard let mention = mentions.last(where: { $0.label == "PERSON" }) ?? mentions.last(where: { $0.label == "ORG" }) else { return nil }
        return resolver.speaker(from: mention, sieve: "introduced-by-colon")
    }

    /// Whether a cue is a verb coordinated with the one before: "and stated", "but did not
    /// specify", "and has since denied".
    func isCoordinated(_ cue: Cue, in sentence: Range<Int>) -> Bool {
        let index = resolver.lastWordBeforeAdverbs(cue.tokens.lowerBound, in: sentence, limit: 4)
        return index > sentence.lowerBound && QuotesVocabulary.resource.value.contains(word(index), .coordinator)
    }

    /// Whether the words before a cue are someone who can think or estimate: a name, a pronoun
    /// or a human source ("analysts", "officials").
    func hasHumanSubject(_ cue: Cue, in sentence: Range<Int>) -> Bool {
        let index = resolver.lastWordBeforeAdverbs(cue.tokens.lowerBound, in: sentence)
        guard index >= sentence.lowerBound else { return false }
        if let mention = resolver.mentionAt[index] { return mention.label == "PERSON" || mention.label == "ORG" }
        let lower = lowercasedWord(index)
        return IndirectSpeechFinder.sources.contains(lower) || IndirectSpeechFinder.subjectPronouns.contains(lower)
    }

    /// A quotation of a few words inside a noun phrase ("a “special charity-flight”"): marks
    /// around a term, not someone's words.
    func isScareQuote(_ quotation: Quotation) -> Bool {
        let words = (quotation.open + 1..<quotation.close).filter { tokens[$0].kind == .word }.count
        guard words <= 3, quotation.open > 0 else { return false }
        let before = tokens[quotation.open - 1]
        return before.kind == .word && (QuotesVocabulary.nounDeterminers.contains(lowercasedWord(quotation.open - 1))
            || resolver.tags[quotation.open - 1] == .adjective)
    }

    /// Whether the word is a reporting verb here (not a noun after a determiner: "the ruling").
    func isCue(_ index: Int) -> Bool {
        guard tokens[index].kind == .word, let cue = English.speechVerbs[lowercasedWord(index)], !cue.isPhrase else {
            return false
        }
        return index == 0 || !QuotesVocabulary.nounDeterminers.contains(lowercasedWord(index - 1))
    }

    /// Whether a quotation is a whole statement (DIRECT) rather than a fragment (PARTIAL): it
    /// opens its sentence, follows a colon, or is the whole clause after a speech verb.
    func isWholeStatement(_ quotation: Quotation, sentence: Range<Int>, closeSentence: Range<Int>) -> Bool {
        let before = sentence.lowerBound..<quotation.open
        if before.allSatisfy({ tokens[$0].kind == .quote || tokens[$0].kind == .punctuation }) { return true }
        guard let previous = before.last else { return true }
        let previousWord = word(previous)
        if previousWord == ":" { return true }
        let restIsPunctuation = (quotation.close + 1..<closeSentence.upperBound).allSatisfy {
            tokens[$0].kind == .punctuation || tokens[$0].kind == .quote
        }
        if restIsPunctuation && (previousWord == "that" || isCue(previous) || (previousWord == "," && previous > sentence.lowerBound && isCue(previous - 1))) {
            return true
        }
        return false
    }

    /// The cue that attributes a quotation, and its speaker: for a statement, the cue right
    /// after it (`“…,” X said`) or before it (`X said: “…”`); for a fragment, the sentence's cue.
    func nearestCue(to quotation: Quotation, cues: [Cue], speakers: [Speaker?], label: String,
                    closeSentence: Range<Int>, quoted: [Bool], history: [Speaker]) -> (Cue, Speaker?)? {
        // A cue after the closing mark, in the sentence where the quotation closes.
        let after = cueFinder.cues(in: quotation.close + 1..<closeSentence.upperBound, quoted: quoted)
        if let cue = after.first, cue.tokens.lowerBound - quotation.close <= 12 {
            let speaker = resolver.speaker(of: cue, in: closeSentence, history: history)
            if label == "DIRECT" || cues.allSatisfy({ $0.tokens.lowerBound > quotation.open }) {
                return (cue, speaker)
            }
        }
        // A dash and a name after a statement: "“…” - Commissioner Ruiz".
        if quotation.close + 2 < tokens.count, document.word(at: quotation.close + 1, isOneOf: "-", "–", "—") {
            var index = quotation.close + 2
            while index < tokens.count, index - quotation.close < 6, resolver.mentionAt[index] == nil, tokens[index].kind == .word { index += 1 }
            if index < tokens.count, let mention = resolver.mentionAt[index], mention.label == "PERSON" || mention.label == "ORG" {
                return (Cue(tokens: quotation.close + 1..<quotation.close + 2, text: word(quotation.close + 1), isParticiple: false, isAccordingTo: false),
                        resolver.speaker(from: mention, sieve: "dash-then-name"))
            }
        }
        // The nearest cue before it that has a speaker, else the nearest one at all.
        let before = cues.indices.filter { cues[$0].tokens.upperBound <= quotation.open }
        if let index = before.last(where: { speakers[$0] != nil }) ?? before.last {
            return (cues[index], speakers[index])
        }
        // A cue after a fragment: unless the fragment has a subject of its own before it ("While
        // he touted it as “a fitting tribute”, Smith called it …").
        if let index = cues.firstIndex(where: { $0.tokens.lowerBound > quotation.close }),
           label == "DIRECT" || resolver.sentenceSubject(closeSentence, before: quotation.open, history: history) == nil {
            return (cues[index], speakers[index])
        }
        return nil
    }

    /// Statements with no cue of their own continue the speaker of the quote before them in the
    /// paragraph, or take the one of the quote after ("“A.” “B,” he added.").
    func fillContinuations(_ found: inout [FoundQuote]) {
        let order = found.indices.sorted { found[$0].start < found[$1].start }
        let direct = order.filter { found[$0].label != "INDIRECT" }
        for (position, index) in direct.enumerated() where found[index].speaker == nil && found[index].cue == nil {
            let paragraph = found[index].paragraph
            if let previous = direct.last(before: position, within: 20, where: { found[$0].paragraph == paragraph && found[$0].speaker != nil })
                ?? direct[..<position].last.flatMap({ found[$0].paragraph == paragraph - 1 && found[$0].speaker != nil ? $0 : nil }) {
                found[index].speaker = found[previous].speaker?.decided(by: "continues-previous-quote")
                found[index].cue = found[previous].cue
            } else if position + 1 < direct.count, found[direct[position + 1]].paragraph == paragraph,
                      found[direct[position + 1]].speaker != nil {
                let next = direct[position + 1]
                found[index].speaker = found[next].speaker?.decided(by: "precedes-next-quote")
                found[index].cue = found[next].cue
            }
        }
    }
}
