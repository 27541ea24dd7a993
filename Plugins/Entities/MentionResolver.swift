import LedeCore
import LedeEnglish

/// The document-level pass: a later "Pezeshkian" is the PERSON "Masoud Pezeshkian"; "Halvorsen"
/// is the organization "Halvorsen Maritime"; an acronym introduced in parentheses,
/// "Pacific Crescent Lines (PCL)", names the same organization; undecided names take the kind of
/// the entity they belong to. Every mention gets the fullest name of its entity (`canonical`).
struct MentionResolver {
    let document: Document
    let tokens: [Token]
    /// First token indices of the country names in the places layer.
    let countries: Set<Int>

    /// Canonical names, by mention index.
    struct Resolution {
        var mentions: [Mention]
        var canonical: [String]
        var gender: [Gender?]
        /// Acronyms introduced for a place ("Kennedy Space Center (KSC)") → the place's token range.
        var placeAcronyms: [String: Range<Int>]
    }

    func resolve(_ input: consuming [Mention]) -> Resolution {
        // Taken, not copied, when the caller is done with its mentions: a copy retains every string.
        var mentions = input
        let placeAcronyms = linkAcronyms(&mentions)

        // Full names of people and organizations, by each of their words.
        var personByWord = NameTable<String>()
        var personLength = NameTable<Int>()
        /// The words of people named by more than a guess from their last word: a town's name is
        /// a surname only after one of them ("Paris" after "Valeska Paris"), not after a Title
        /// Case headline that ends in a surname ("… Sends Leeds Past Sunderland").
        var surelyPersonWords = NameTable<Bool>()
        /// An organization's full name by its first word, with the number of its space-separated parts.
        var organizationByFirstWord = NameTable<(name: String, parts: Int)>()
        // Read in place: a copy of each mention would retain its strings.
        for index in mentions.indices where mentions[index].words.count >= 2 {
            let words = mentions[index].words
            switch mentions[index].kind {
            case .person where mentions[index].confidence >= 0.8:
                let isGuess = Self.guessedPersonSieves.contains(mentions[index].sieve)
                for word in words {
                    if !isGuess { surelyPersonWords[word] = true }
                    guard (personLength[word] ?? 0) < words.count else { continue }
                    personByWord[word] = mentions[index].text
                    personLength[word] = words.count
                }
            case .organization:
                if let first = words.first, organizationByFirstWord[first] == nil {
                    let text = mentions[index].text
                    organizationByFirstWord[first] = (text, text.utf8.reduce(1) { $1 == UInt8(ascii: " ") ? $0 + 1 : $0 })
                }
            default: break
            }
        }

        var writtenNames: NameTable<Bool>?
        // Organizations' names of two words or more, hyphens read as spaces, each ending in a space.
        let organizationNames = mentions.indices.filter { mentions[$0].kind == .organization && mentions[$0].words.count >= 2 }
            .map { (name: mentions[$0].text, spaced: Self.spaced(mentions[$0].text)) }
        // The canonical name of a mention, its kind and sieve settled in place (a copy of each
        // mention would retain its strings). The names written are the input's: no text changes here.
        func resolveName(of mention: inout Mention) -> String {
            var name = mention.text
            // A person only by a guess from its last word ("Zembla-Cole", "Cole" being a surname)
            // whose words begin an organization's name here ("Zembla-Cole Company") is that organization.
            if !organizationNames.isEmpty, mention.kind == .person, Self.guessedPersonSieves.contains(mention.sieve),
               !opensWithCommonGivenName(mention), let full = organization(begunBy: mention, among: organizationNames) {
                mention.kind = .organization
                mention.sieve = "beginning-of-organization-name"
                return full
            }
            if mention.kind == .place {
                // A town's name that is a person's surname here ("Paris" after "Valeska Paris").
                if mention.words.count == 1, let word = mention.words.first, surelyPersonWords[word] == true,
                   let full = personByWord[word], !isCountryName(mention) {
                    mention.kind = .person
                    mention.sieve = "place-is-surname"
                    name = full
                }
                return name
            }
            if mention.kind != .group, mention.confidence < 0.9 || mention.kind == .person,
               let full = Self.onlyPerson(named: mention.words, in: personByWord) {
                if mention.kind != .person || full.utf8.count > name.utf8.count { mention.sieve = "part-of-person-name" }
                mention.kind = .person
                if full.utf8.count > name.utf8.count { name = full }
            } else if mention.kind != .group, mention.kind != .person || mention.confidence < 0.8, mention.confidence >= 0.2,
                      let first = mention.words.first, let (full, parts) = organizationByFirstWord[first],
                      mention.words.count <= parts {
                if mention.kind != .organization || full.utf8.count > name.utf8.count { mention.sieve = "part-of-organization-name" }
                mention.kind = .organization
                if full.utf8.count > name.utf8.count { name = full }
            } else if mention.kind == .unknown {
                // A weak candidate (an ordinary word) that matches no entity is not a name.
                mention.kind = mention.confidence < 0.2 ? .other : guessSingleName(mention)
                mention.sieve = "single-name-guess"
            }
            // An acronym or short form takes the full name when the article spells it out.
            if let full = mention.fullName, mention.kind == .organization, full.utf8.count > name.utf8.count,
               writtenNames?.contains(full) == true {
                name = full
            }
            return name
        }
        var canonical: [String] = []
        canonical.reserveCapacity(mentions.count)
        for index in mentions.indices {
            // The names written, made when a full name first asks (no text changes in this pass).
            if writtenNames == nil, mentions[index].fullName != nil { writtenNames = NameTable(mentions.map(\.text)) }
            canonical.append(resolveName(of: &mentions[index]))
        }

        // Gender of each person: from an honorific or gendered title anywhere, else the given name.
        var genderByName = NameTable<Gender>()
        for index in mentions.indices where mentions[index].kind == .person {
            if let gender = mentions[index].gender { genderByName[canonical[index]] = gender }
        }
        let gender = mentions.indices.map { index -> Gender? in
            guard mentions[index].kind == .person else { return nil }
            if let known = genderByName[canonical[index]] { return known }
            let name = canonical[index].utf8
            guard let space = name.firstIndex(of: UInt8(ascii: " ")), space != name.startIndex,
                  name[name.index(after: space)...].contains(where: { $0 != UInt8(ascii: " ") }) else { return nil }
            return English.givenNames[WordForm.folded(String(canonical[index][..<space]))]?.gender
        }
        return Resolution(mentions: mentions, canonical: canonical, gender: gender, placeAcronyms: placeAcronyms)
    }

    /// The one full name of a person that the words are part of, or nil when they are part of
    /// none or of more than one.
    static func onlyPerson(named words: [String], in personByWord: NameTable<String>) -> String? {
        var found: String?
        for word in words {
            guard let full = personByWord[word] else { continue }
            if let earlier = found, earlier != full { return nil }
            found = full
        }
        return found
    }

    /// The sieves that make a name a person from its words alone, with no given name to go by.
    static let guessedPersonSieves: WordSet = ["surname", "default-person"]

    /// Whether the name opens with a common given name ("Ford" in "Gerald Ford").
    func opensWithCommonGivenName(_ mention: Mention) -> Bool {
        guard let first = mention.words.first else { return false }
        return (English.givenNames[WordForm.folded(first)]?.count ?? 0) >= 1_000
    }

    /// The first of `names` (organizations', with their `spaced` form) that `mention`'s words
    /// begin, hyphens read as spaces ("Zembla Cole" begins "Zembla-Cole Company").
    func organization(begunBy mention: Mention, among names: [(name: String, spaced: String)]) -> String? {
        let start = Self.spaced(mention.text)
        return names.first { $0.spaced.utf8.count > start.utf8.count && $0.spaced.hasPrefix(start) }?.name
    }

    /// The text with hyphens as spaces, ending in a space.
    static func spaced(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: " ") : $0 }, as: UTF8.self) + " "
    }

    /// A single capitalized word that nothing else explains: a person if it is a known given name
    /// or surname, else an organization (`Alphaliner`, `Scientology`).
    func guessSingleName(_ mention: Mention) -> Mention.Kind {
        guard let word = mention.words.first else { return .organization }
        let folded = WordForm.folded(word)
        if (English.surnames[folded] ?? Int.max) <= 30_000 || (English.givenNames[folded]?.count ?? 0) >= 1_000 {
            return .person
        }
        return .organization
    }

    /// Whether the words before token `end` are lowercase words whose initials spell the
    /// acronym ("sea surface temperatures" → SST; "information and communication technology" →
    /// ICT, a function word skipped unless it gives the letter wanted: "other-initiated repair" →
    /// OIR; "light-emitting diode" → LED, each part of a hyphenated word a word).
    func isAcronymOfLowercaseWords(_ acronym: String, endingAt end: Int) -> Bool {
        var letters = Array(acronym.utf8.filter { $0 >= 0x41 && $0 <= 0x5A }.map { $0 | 0x20 })
        guard letters.count >= 2 else { return false }
        var index = end - 1
        while !letters.isEmpty, index >= 0, end - index <= 12 {
            let token = tokens[index]
            // The parts of a hyphenated word are words of their own: "light-emitting diode" → LED.
            if index + 1 < end, document.joinsByHyphen(index) {
                index -= 1
                continue
            }
            guard token.kind == .word, document.isLowercase(token) else { return false }
            let word = document.word(index)
            let initial = word.utf8.first
            if initial == letters.last {
                letters.removeLast()
            } else if !English.functionWords.contains(word) {
                return false
            }
            index -= 1
        }
        return letters.isEmpty
    }

    /// Whether a place mention is a country (countries are never surnames here).
    func isCountryName(_ mention: Mention) -> Bool {
        countries.contains(mention.tokens.lowerBound)
    }

    /// "Full Name (ACR)": the acronym is the same organization (or place). "sea surface salinity
    /// (SSS)": an acronym of words written in lowercase is a term, never a name.
    func linkAcronyms(_ mentions: inout [Mention]) -> [String: Range<Int>] {
        var acronymNames = NameTable<String>()
        var placeAcronyms: [String: Range<Int>] = [:]
        var terms = NameTable<Bool>()
        // The mentions are read in place: a copy of each would retain its strings.
        for index in mentions.indices {
            let span = mentions[index].tokens
            guard span.count == 1, WordForm.isAllCaps(mentions[index].text) else { continue }
            let open = span.lowerBound - 1
            guard open >= 1, document.token(tokens[open], is: "(") else { continue }
            let acronym = mentions[index].text
            if isAcronymOfLowercaseWords(acronym, endingAt: open) {
                terms[acronym] = true
                continue
            }
            guard index > 0 else { continue }
            let previousKind = mentions[index - 1].kind
            guard open == mentions[index - 1].tokens.upperBound else { continue }
            if previousKind == .person { continue }
            if previousKind == .place {
                // "Kennedy Space Center (KSC)"; not a dateline's agency, "BALTIMORE (AP)".
                if acronym.utf8.first == mentions[index - 1].text.utf8.first { placeAcronyms[acronym] = mentions[index - 1].tokens }
                continue
            }
            // The sieve names the rule that decided: a name already known as an organization keeps its own.
            if previousKind != .organization { mentions[index - 1].sieve = "name-before-acronym" }
            mentions[index - 1].kind = .organization
            mentions[index].kind = .organization
            mentions[index].sieve = "acronym-after-name"
            mentions[index].confidence = 1
            acronymNames[acronym] = mentions[index - 1].text
        }
        guard !terms.isEmpty || !placeAcronyms.isEmpty || !acronymNames.isEmpty else { return placeAcronyms }
        for index in mentions.indices where mentions[index].tokens.count == 1 {
            if terms.contains(mentions[index].text) {
                mentions[index].kind = .other
                mentions[index].sieve = "acronym-of-term"
            } else if placeAcronyms[mentions[index].text] != nil {
                mentions[index].kind = .place
            } else if let full = acronymNames[mentions[index].text] {
                mentions[index].kind = .organization
                mentions[index].sieve = "acronym-after-name"
                mentions[index].fullName = full
                mentions[index].words = [mentions[index].text]
            }
        }
        return placeAcronyms
    }
}
