import LedeCore
import LedeEnglish
import LedeModels

/// A name the rules found, for the learned recognizer to label: a mention of the rules' pass
/// (a person, an organization, a place, a name that is not an entity, one left undecided) or a
/// place of the places layer that no mention covers. Nationalities (NORP) are the rules' alone.
struct NameCandidate {
    /// The tokens of the name.
    let tokens: Range<Int>
    /// The sentence it is in.
    let sentence: Range<Int>
    /// The index of the rules' mention (of `EntityRules.resolution.mentions`) when the name is
    /// one, else -1; and that mention's kind and sieve, which the recognizer reads.
    let mentionIndex: Int32
    let ruleKind: Mention.Kind?
    let sieve: String?
    /// The hash of `sieve`'s bytes (`EntityFeatures.sieveFeature`), made once.
    let sieveHash: UInt64
    /// The index of the place (of `EntityRules.placeAnnotations`) with exactly these tokens.
    let place: Int?
    /// Where the candidate comes from.
    var variant = Variant.rules
    /// Whether the name is a country's (the places layer says so): a country's name stays a
    /// place whatever it stands for, so the recognizer does not change it.
    var isCountry = false
    /// Whether the rules read the name as a person's given name and surname, both in the name
    /// lexicons ("Oliver Dowden", "Graham Smith"), or a given name and a regnal number ("Charles
    /// III"): such a name is a name, so the recognizer may give it another kind but not drop it.
    var isFullPersonName = false
    /// Whether the rules read the name as a company's ending in its legal form ("Acme Corp.",
    /// "Halvorsen ASA"): only companies have one, so the recognizer may not drop it either.
    var hasLegalForm = false
    /// Whether the rules read the name as a sports club's: a town's name and a club word or a
    /// team's plural nickname ("Norwich City", "Houston Astros"). Such a name is a name too.
    var isClubName = false
    /// Whether the name is sure to be a name: the recognizer may give it another kind, not drop it.
    var isSureName: Bool { isFullPersonName || hasLegalForm || isClubName }

    /// Where a candidate comes from: a name of the rules, or another reading of the same words
    /// that the recognizer may prefer.
    enum Variant: UInt64 {
        /// A mention of the rules or a place.
        case rules = 0
        /// Capitalized words the rules left out of every name ("Google", "Decree").
        case leftOut = 1
        /// A name of the rules without its first word, a title or a function word ("Saint
        /// Jerome" → "Jerome", "In Byron" → "Byron").
        case withoutFirstWord = 2
        /// Two names of the rules side by side, or joined by one connector, as one ("Boston" and
        /// "Red Sox", "Conservatoire" "de" "Paris").
        case joined = 3
        /// A part of a name of the rules cut at a connector ("Devika Raman" and "Morningstar" in
        /// "Devika Raman of Morningstar").
        case part = 4
    }
    /// What the document says of the name elsewhere (`DocumentFacts`), set once every candidate
    /// is known.
    var document: UInt64 = 0

    /// The bits of `document`: how often the same words are a candidate (0: once, 1: twice,
    /// 2: three or four times, 3: more), the rules' classes of those other times (a bit per
    /// class, from bit 2), and the rules' class of a longer candidate this one-word name is part
    /// of, plus 1 (from bit 6).
    enum DocumentFacts {
        static func count(_ facts: UInt64) -> UInt64 { facts & 0x3 }
        static func otherClasses(_ facts: UInt64) -> UInt64 { facts >> 2 & 0xF }
        static func longerClass(_ facts: UInt64) -> UInt64 { facts >> 6 & 0x7 }
    }

    /// Whether the name is one of the rules' mentions.
    var hasMention: Bool { mentionIndex >= 0 }

    /// A candidate of the tokens `tokens` in `sentence`: the rules' mention `mentionIndex` of
    /// `mentions` (or none: -1), and place `place`.
    init(tokens: Range<Int>, sentence: Range<Int>, mentionIndex: Int = -1, of mentions: [Mention] = [], place: Int?) {
        self.tokens = tokens
        self.sentence = sentence
        self.mentionIndex = Int32(mentionIndex)
        self.ruleKind = mentionIndex >= 0 ? mentions[mentionIndex].kind : nil
        self.sieve = mentionIndex >= 0 ? mentions[mentionIndex].sieve : nil
        self.sieveHash = EntityFeatures.sieveHash(sieve)
        self.place = place
    }

    /// The class the rules give the name: its mention's kind, PLACE for a place alone, NONE for
    /// a name that is not an entity or that the rules left undecided.
    var rulesClass: Int {
        if let ruleKind { return EntityClasses.kinds.firstIndex(of: ruleKind) ?? EntityClasses.none }
        return place == nil ? EntityClasses.none : EntityClasses.index(ofLabel: "PLACE") ?? EntityClasses.none
    }

    /// The candidates of a document, in text order.
    static func candidates(of rules: EntityRules, in context: EntityContext) -> [NameCandidate] {
        let sentences = context.sentences
        // A span of tokens packed into one number (a bijection of the two bounds, so spans never
        // share a key): the first place of each span, and below the spans of the candidates.
        func spanKey(_ tokens: Range<Int>) -> UInt64 {
            (UInt64(truncatingIfNeeded: tokens.lowerBound) << 32 | UInt64(truncatingIfNeeded: tokens.upperBound + 1)).memoHash
        }
        var placeByTokens = HashKeyedMemo<Int>(capacity: rules.placeTokenRanges.count)
        for (index, range) in rules.placeTokenRanges.enumerated() { placeByTokens.store(index, for: spanKey(range)) }
        var candidates: [NameCandidate] = []
        var covered = [Bool](repeating: false, count: context.keys.count)
        let mentions = rules.resolution.mentions
        // Read in place, here and below: a copy of a mention or a candidate would retain its strings.
        for mentionIndex in mentions.indices where mentions[mentionIndex].kind != .group && !mentions[mentionIndex].tokens.isEmpty {
            let tokens = mentions[mentionIndex].tokens
            candidates.append(NameCandidate(tokens: tokens, sentence: sentence(of: tokens.lowerBound, in: sentences),
                                            mentionIndex: mentionIndex, of: mentions, place: placeByTokens[spanKey(tokens)]))
            for index in tokens where index < covered.count { covered[index] = true }
        }
        for (index, range) in rules.placeTokenRanges.enumerated() where !range.isEmpty && !range.contains(where: { $0 < covered.count && covered[$0] }) {
            candidates.append(NameCandidate(tokens: range, sentence: sentence(of: range.lowerBound, in: sentences), place: index))
        }
        for index in candidates.indices {
            if let place = candidates[index].place { candidates[index].isCountry = rules.placeAnnotations[place].label == "COUNTRY" }
            guard candidates[index].hasMention else { continue }
            // The rules' mention, read in place.
            let ruled = Int(candidates[index].mentionIndex)
            let kind = mentions[ruled].kind
            if kind == .person, mentions[ruled].sieve == "regnal-name"
                || (mentions[ruled].words.count == 2 && English.givenNames[WordForm.folded(mentions[ruled].words[0])] != nil
                    && English.surnames[WordForm.folded(mentions[ruled].words[1])] != nil) {
                candidates[index].isFullPersonName = true
            }
            if kind == .organization, mentions[ruled].words.count >= 2,
               let last = mentions[ruled].words.last, OrganizationLexicon.shared.isLegalForm(last) {
                candidates[index].hasLegalForm = true
            }
            if kind == .organization, mentions[ruled].sieve == "club-named-after-place" { candidates[index].isClubName = true }
        }
        candidates.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var variants: [NameCandidate] = []
        // The candidates' token ranges.
        var known = HashKeyedMemo<Bool>(capacity: candidates.count * 2)
        for index in candidates.indices { known.store(true, for: spanKey(candidates[index].tokens)) }
        func add(_ tokens: Range<Int>, _ sentence: Range<Int>, _ variant: Variant) {
            guard !tokens.isEmpty, known[spanKey(tokens)] == nil else { return }
            known.store(true, for: spanKey(tokens))
            var candidate = NameCandidate(tokens: tokens, sentence: sentence, place: nil)
            candidate.variant = variant
            variants.append(candidate)
        }
        /// Whether a name's first word is a title or a function word.
        func opensWithTitle(_ tokens: Range<Int>) -> Bool {
            let facts = context.keys[tokens.lowerBound].lexicon
            return tokens.count > 1 && (facts >> 11 & 0x7 != 0 || facts >> 18 & 0x1 != 0)
        }
        for index in candidates.indices {
            let tokens = candidates[index].tokens, sentence = candidates[index].sentence
            // Without a first word that is a title or a function word.
            if opensWithTitle(tokens) { add(tokens.lowerBound + 1..<tokens.upperBound, sentence, .withoutFirstWord) }
            // Cut at its first connector, each part (the first without a title).
            if let cut = tokens.dropFirst().first(where: { context.keys[$0].connector == .word }),
               cut + 1 < tokens.upperBound {
                let left = tokens.lowerBound..<cut
                add(left, sentence, .part)
                if opensWithTitle(left) { add(left.lowerBound + 1..<left.upperBound, sentence, .part) }
                add(cut + 1..<tokens.upperBound, sentence, .part)
            }
            // Joined with the next name, side by side or across one connector.
            if index + 1 < candidates.count {
                let next = candidates[index + 1].tokens
                let gap = next.lowerBound - tokens.upperBound
                if gap == 0 || (gap == 1 && context.keys[tokens.upperBound].connector != .none) {
                    if sentence.contains(next.upperBound - 1) {
                        add(tokens.lowerBound..<next.upperBound, sentence, .joined)
                    }
                }
            }
        }
        // Capitalized words no name covers.
        for sentence in sentences {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard context.keys[index].candidate, !covered[index], context.keys[index].rule == 0 else {
                    index += 1
                    continue
                }
                let start = index
                while index < sentence.upperBound, context.keys[index].candidate, !covered[index], context.keys[index].rule == 0 {
                    index += 1
                }
                add(start..<index, sentence, .leftOut)
            }
        }
        let originals = candidates
        candidates += variants
        candidates.sort { $0.tokens.lowerBound != $1.tokens.lowerBound ? $0.tokens.lowerBound < $1.tokens.lowerBound : $0.variant.rawValue < $1.variant.rawValue }
        setDocumentFacts(&candidates, from: originals, context: context)
        return candidates
    }

    /// Sets what the document says of each candidate's words elsewhere: among the rules' names
    /// (`originals`).
    static func setDocumentFacts(_ candidates: inout [NameCandidate], from originals: [NameCandidate], context: EntityContext) {
        func key(_ tokens: Range<Int>) -> UInt64 {
            tokens.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ context.keys[$1].lower) &* 0x100_0000_01b3 }
        }
        // Per text: how often, and the rules' classes (a bit each); per word of a longer name:
        // the rules' class of the first such name, plus 1.
        var texts = HashKeyedMemo<Bool>(capacity: originals.count), counts: [Int] = [], classes: [UInt64] = []
        var longer = HashKeyedMemo<UInt64>(capacity: originals.count)
        for original in originals.indices {
            let tokens = originals[original].tokens, rulesClass = UInt64(originals[original].rulesClass)
            let text = key(tokens)
            var position = texts.position(of: text)
            if position < 0 {
                position = counts.count
                texts.store(true, for: text)
                counts.append(0)
                classes.append(0)
            }
            counts[position] += 1
            classes[position] |= 1 << rulesClass
            if tokens.count > 1 {
                for index in tokens { longer.store(rulesClass + 1, for: context.keys[index].lower) }
            }
        }
        for index in candidates.indices {
            let tokens = candidates[index].tokens, position = texts.position(of: key(tokens))
            let count = position >= 0 ? counts[position] : 1
            let bucket: UInt64 = count <= 1 ? 0 : count == 2 ? 1 : count <= 4 ? 2 : 3
            let others = position >= 0 && count > 1 ? classes[position] : 0
            let inLonger = tokens.count == 1 ? longer[context.keys[tokens.lowerBound].lower] ?? 0 : 0
            candidates[index].document = bucket | others << 2 | inLonger << 6
        }
    }

    /// The sentence that holds token `index` (an empty range when none does).
    static func sentence(of index: Int, in sentences: [Range<Int>]) -> Range<Int> {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].upperBound <= index { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count && sentences[low].contains(index) ? sentences[low] : index..<index + 1
    }
}
