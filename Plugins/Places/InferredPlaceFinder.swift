import LedeCore
import LedeEnglish

/// Finds places the gazetteer does not know, from the words around them: facility and feature
/// names (`Rustaveli Avenue`, `Kurichhu Dam`, `Tanegashima Space Center`, `Mount Etna`),
/// settlements named after a settlement noun (`the village of Bhurbandha`, `Morigaon district`)
/// and datelines (`WOOMERA, Australia -`). Their country is filled in by the resolver from the
/// places around them.
struct InferredPlaceFinder {
    func find(in document: Document, tokens: [Token], sentences: [Range<Int>], paragraphs: [Range<Int>],
              known: [PlaceMatch]) -> [PlaceMatch] {
        var covered = [Bool](repeating: false, count: tokens.count)
        for match in known { for index in match.tokens { covered[index] = true } }
        var found: [PlaceMatch] = []

        func add(_ range: Range<Int>, label: String, sentence: Int, country: String? = nil, canonical: String? = nil) {
            guard !range.isEmpty, !range.contains(where: { covered[$0] && !isInsideKnown($0, range, known) }) else { return }
            let bytes = tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
            let name = document.text(bytes)
            let reading = PlaceReading(label: label, country: country, geonameID: nil, latitude: nil, longitude: nil,
                                       population: 0, canonical: canonical ?? name, isCommonWord: false)
            var match = PlaceMatch(tokens: range, range: bytes, name: name, readings: [reading], sentence: sentence)
            match.isInferred = true
            found.append(match)
            for index in range { covered[index] = true }
        }

        for (sentenceIndex, span) in sentences.enumerated() {
            var index = span.lowerBound
            while index < span.upperBound {
                let token = tokens[index]
                let word = document.word(index)
                guard token.kind == .word else {
                    index += 1
                    continue
                }
                let capitalized = document.isCapitalized(token)
                // Settlement nouns are lowercase and come before "of" or after a capitalized name.
                if !capitalized, !(index + 1 < span.upperBound && document.token(tokens[index + 1], is: "of"))
                    && !(index > span.lowerBound && document.isCapitalized(tokens[index - 1])) {
                    index += 1
                    continue
                }
                // The word is looked for in several of the cues' sets: hashed once.
                let hash = ByteHash.of(word)
                if capitalized, let end = roadEnd(at: index, span: span, document: document, tokens: tokens, hash: hash) {
                    add(index..<end, label: "LOCATION", sentence: sentenceIndex)
                    index = end
                    continue
                }
                let headStart = capitalized && isHead(at: index, span: span, document: document, tokens: tokens, hash: hash)
                    ? extendLeft(from: index, span: span, document: document, tokens: tokens) : index
                if headStart < index {
                    // A head, then more words and a head ("Memorial Hall Station"): the name ends at the last.
                    var end = lastHead(after: index, span: span, document: document, tokens: tokens) + 1
                    // "National Museum of Flight": a head that takes "of" runs on through it, but not
                    // into a town's name alone ("Aviation Museum of Stornoway": where the museum is).
                    if end == index + 1, LocationCues.prefixesWithOf.contains(word, hash: hash), index + 2 < span.upperBound,
                       document.token(tokens[index + 1], is: "of") {
                        let longer = extendRight(from: index + 1, span: span, document: document, tokens: tokens, allowOf: true)
                        let named = (document.token(tokens[index + 2], is: "the") ? index + 3 : index + 2)..<longer
                        if longer > index + 2, !known.contains(where: { $0.tokens == named }) { end = longer }
                    }
                    add(headStart..<end, label: "LOCATION", sentence: sentenceIndex)
                    index = end
                    continue
                } else if token.kind == .word, LocationCues.prefixes.contains(word, hash: hash) {
                    let end = extendRight(from: index + 1, span: span, document: document, tokens: tokens, allowOf: false)
                    if end > index + 1 { add(index..<end, label: "LOCATION", sentence: sentenceIndex) }
                } else if token.kind == .word, LocationCues.prefixesWithOf.contains(word, hash: hash), index + 2 < span.upperBound,
                          document.token(tokens[index + 1], is: "of") {
                    let end = extendRight(from: index + 1, span: span, document: document, tokens: tokens, allowOf: true)
                    if end > index + 2 { add(index..<end, label: "LOCATION", sentence: sentenceIndex) }
                } else if token.kind == .word, LocationCues.settlementNounWords.contains(word, hash: hash), let label = LocationCues.settlementNouns[word] {
                    if index + 2 < span.upperBound, document.token(tokens[index + 1], is: "of") {
                        let end = extendRight(from: index + 2, span: span, document: document, tokens: tokens, allowOf: false)
                        if end > index + 2 { add(index + 2..<end, label: label, sentence: sentenceIndex) }
                    } else if index > span.lowerBound, label == "REGION", document.isCapitalized(tokens[index - 1]) {
                        let start = extendLeft(from: index - 1, span: span, document: document, tokens: tokens)
                        // "Iranian state media", "Republican state Senator": a nationality or a
                        // party before the noun says whose, not where.
                        let isGroupWord = index - start == 1 && English.demonyms[document.word(start)] != nil
                        if start < index, !isGroupWord { add(start..<index, label: label, sentence: sentenceIndex) }
                    }
                }
                index += 1
            }
        }
        // A US state's abbreviation after a US town and a comma: "Dayton, OH", "Tulsa, Okla.".
        for match in known where match.readings.contains(where: { $0.label == "CITY" && $0.country == "US" }) {
            let comma = match.tokens.upperBound, abbreviation = comma + 1
            guard abbreviation < tokens.count, document.token(tokens[comma], is: ","), tokens[abbreviation].kind == .word,
                  let state = LocationCues.usStates[document.word(abbreviation)] else { continue }
            // The postal codes are two capitals; the other abbreviations end in a full stop.
            let isPostalCode = document.word(abbreviation).utf8.count == 2
            guard isPostalCode || (abbreviation + 1 < tokens.count && document.token(tokens[abbreviation + 1], is: ".")) else { continue }
            add(abbreviation..<abbreviation + 1, label: "REGION", sentence: match.sentence, country: "US", canonical: state)
        }
        // Datelines: an all-caps name opening a paragraph, then a comma or a dash.
        for paragraph in paragraphs where paragraph.count > 2 {
            var end = paragraph.lowerBound
            while end < paragraph.upperBound, tokens[end].kind == .word, WordForm.isAllCaps(document.word(end)) {
                end += 1
            }
            guard end > paragraph.lowerBound, end < paragraph.upperBound else { continue }
            let next = document.word(end)
            // A dateline the gazetteer knows keeps its reading ("TORONTO -" is in Canada).
            if next == "," || next == "—" || next == "–" || next == "-",
               !known.contains(where: { $0.tokens == paragraph.lowerBound..<end }) {
                let sentence = sentences.firstIndex { $0.contains(paragraph.lowerBound) } ?? 0
                add(paragraph.lowerBound..<end, label: "CITY", sentence: sentence)
            }
        }
        return found
    }

    /// A known (gazetteer) place lying entirely inside a longer inferred name gives way to it.
    func isInsideKnown(_ index: Int, _ range: Range<Int>, _ known: [PlaceMatch]) -> Bool {
        known.contains { $0.tokens.contains(index) && $0.tokens.lowerBound >= range.lowerBound && $0.tokens.upperBound <= range.upperBound }
    }

    /// Whether the word at `index` ends a facility's or a feature's name: a head word
    /// (`Avenue`, `Museum`), not the first part of a hyphenated word ("Sea-Air Museum");
    /// `Centre`/`Center` unless an institution's word comes before it or "for"/"of" after it.
    func isHead(at index: Int, span: Range<Int>, document: Document, tokens: [Token], hash: UInt64? = nil) -> Bool {
        let word = document.word(index)
        if index + 2 < span.upperBound, document.joinsByHyphen(index + 1) { return false }
        let hash = hash ?? ByteHash.of(word)
        if LocationCues.heads.contains(word, hash: hash) { return true }
        guard LocationCues.centreHeads.contains(word, hash: hash) else { return false }
        if index > span.lowerBound, LocationCues.institutionModifiers.contains(document.word(index - 1)) { return false }
        return !(index + 1 < span.upperBound && (document.token(tokens[index + 1], is: "for") || document.token(tokens[index + 1], is: "of")))
    }

    /// The last head of the capitalized words that go on after the head at `index` (`index`
    /// when none does).
    func lastHead(after index: Int, span: Range<Int>, document: Document, tokens: [Token]) -> Int {
        var last = index, next = index + 1
        while next < span.upperBound, tokens[next].kind == .word, document.isCapitalized(tokens[next]),
              !English.functionWords.contains(document.lowercasedWord(next)) {
            if isHead(at: next, span: span, document: document, tokens: tokens) { last = next }
            next += 1
        }
        return last
    }

    /// The end of a road's name that opens at `index`: a road word, its number, and a compass
    /// point after it ("Interstate 95", "Route 66", "I-44 West", "US-75 South"); nil when none.
    func roadEnd(at index: Int, span: Range<Int>, document: Document, tokens: [Token], hash: UInt64) -> Int? {
        let word = document.word(index)
        guard LocationCues.roadPrefixWords.contains(word, hash: hash), let kind = LocationCues.roadPrefixes[word] else { return nil }
        var number = index + 1
        let hyphenated = number + 1 < span.upperBound && document.joinsByHyphen(number)
        if hyphenated { number += 1 } else if kind == "hyphen" { return nil }
        guard number < span.upperBound, tokens[number].kind == .number,
              document.word(number).utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let end = number + 1
        return end < span.upperBound && LocationCues.roadDirections.contains(document.word(end)) ? end + 1 : end
    }

    /// Whether `word` is an ordinal written in digits ("47th", "1st", "22nd").
    static func isOrdinal(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= 3, bytes.dropLast(2).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return ["st", "nd", "rd", "th"].contains(word.suffix(2))
    }

    /// The first token of the capitalized name that ends just before `index` (or at it).
    func extendLeft(from index: Int, span: Range<Int>, document: Document, tokens: [Token]) -> Int {
        var start = index
        while start > span.lowerBound {
            let previous = tokens[start - 1]
            // "Air and Space Museum", "Aviation & Space Museum".
            if start - 2 >= span.lowerBound, document.token(previous, is: "and") || document.token(previous, is: "&"),
               document.isCapitalized(tokens[start - 2]), start < index {
                start -= 1
                continue
            }
            // "Wright-Patterson Air Force Base".
            if start - 2 >= span.lowerBound, document.joinsByHyphen(start - 1), document.isCapitalized(tokens[start - 2]) {
                start -= 1
                continue
            }
            // "47th Street": an ordinal opens the name.
            if previous.kind == .number, Self.isOrdinal(document.word(start - 1)) {
                start -= 1
                break
            }
            guard previous.kind == .word, document.isCapitalized(previous) else { break }
            let word = document.lowercasedWord(start - 1)
            if English.functionWords.contains(word) { break }
            if start - 1 == span.lowerBound, English.words[word]?.isMostlyLowercase ?? false { break }
            start -= 1
        }
        return start
    }

    /// The end of the capitalized name that starts at `index` (optionally with `of`).
    func extendRight(from index: Int, span: Range<Int>, document: Document, tokens: [Token], allowOf: Bool) -> Int {
        var end = index
        while end < span.upperBound {
            let token = tokens[end]
            if token.kind == .word, document.isCapitalized(token), English.titles[document.lowercasedWord(end)] == nil {
                end += 1
            } else if allowOf, end == index, document.token(token, is: "of"), end + 1 < span.upperBound,
                      document.isCapitalized(tokens[end + 1]) {
                end += 1
            } else if allowOf, end == index, document.token(token, is: "of"), end + 2 < span.upperBound,
                      document.token(tokens[end + 1], is: "the"), document.isCapitalized(tokens[end + 2]) {
                // "Museum of the Moving Image".
                end += 2
            } else {
                break
            }
        }
        return end
    }
}
