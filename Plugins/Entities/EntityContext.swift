import LedeCore
import LedeEnglish
import LedeModels

/// What the learned recognizer knows about each token of a document, as feature keys: the word
/// (its forms, affixes and shape), its part of speech, what the rules decided about it (the
/// kind, its place in the rules' name and the sieve that decided), the place the places layer
/// found there, lexicon facts (given name, surname, ordinary word, title, organization cue) and
/// facts of the whole document (is the word written in lowercase elsewhere, is it part of a
/// person's longer name). Training and tagging build it the same way.
struct EntityContext {
    /// The keys of one token (0 where a key does not apply). The lowercase form's hash takes 64
    /// bits (it also keys the document's facts); the other hashes 32, and the small codes as
    /// few bits as they need (40 bytes a token, not 96: a long document has a million tokens).
    /// All are read as 64-bit values.
    struct Keys {
        var lower: UInt64 = 0
        @Narrow<UInt32> var form: UInt64 = 0
        @Narrow<UInt32> var suffix3: UInt64 = 0
        @Narrow<UInt32> var prefix3: UInt64 = 0
        @Narrow<UInt32> var shape: UInt64 = 0
        /// The rules' sieve that decided the name.
        @Narrow<UInt32> var sieve: UInt64 = 0
        /// Lexicon facts, by group (`LexiconFact`: 22 bits).
        @Narrow<UInt32> var lexicon: UInt64 = 0
        /// Facts of the document (`DocumentFact`: 10 bits).
        @Narrow<UInt16> var document: UInt64 = 0
        /// The universal part of speech (`uposNumber`).
        @Narrow<UInt8> var upos: UInt64 = 0
        /// The rules' kind and BILOU part, 0 outside the rules' names.
        @Narrow<UInt8> var rule: UInt64 = 0
        /// The place's label and BILOU part, 0 outside places.
        @Narrow<UInt8> var place: UInt64 = 0
        /// Whether the token may be part of a name (a capitalized word, a token of the rules'
        /// names or of a place): only these have every key.
        var candidate = false
        /// Whether the token may join the words of a name: a lowercase word (`of`, `de`, `and`:
        /// `Connector.word`) or a hyphen or dash (`Connector.dash`).
        var connector = Connector.none
    }

    /// A small code kept in `Storage`'s bits and read as a 64-bit value.
    @propertyWrapper
    struct Narrow<Storage: FixedWidthInteger & UnsignedInteger & Sendable>: Sendable {
        private var stored: Storage

        init(wrappedValue: UInt64) { stored = Storage(truncatingIfNeeded: wrappedValue) }

        var wrappedValue: UInt64 {
            get { UInt64(stored) }
            set { stored = Storage(truncatingIfNeeded: newValue) }
        }
    }

    let keys: [Keys]
    let sentences: [Range<Int>]

    /// Facts of the document's words, by their lowercase key (`DocumentFact` bits).
    struct WordFlags {
        /// Word → its position in `flags` (the memo's positions are those of its values).
        private var positions: HashKeyedMemo<Bool>
        private var flags: [UInt64] = []

        init(capacity: Int) { positions = HashKeyedMemo(capacity: max(16, capacity)) }

        mutating func set(_ flag: UInt64, for word: UInt64) {
            let position = positions.position(of: word)
            if position >= 0 {
                flags[position] |= flag
            } else {
                positions.store(true, for: word)
                flags.append(flag)
            }
        }

        subscript(word: UInt64) -> UInt64 {
            let position = positions.position(of: word)
            return position >= 0 ? flags[position] : 0
        }
    }

    enum Connector { case none, word, dash }

    /// Keys of positions outside the sentence.
    static let boundary = Keys(lower: 1, form: 1, suffix3: 1, prefix3: 1, shape: 1, upos: 99)

    func at(_ index: Int, in sentence: Range<Int>) -> Keys {
        sentence.contains(index) ? keys[index] : Self.boundary
    }

    /// The document facts' bits.
    enum DocumentFact {
        static let lowercaseElsewhere: UInt64 = 1
        static let capitalizedInsideSentenceElsewhere: UInt64 = 2
        static let inRulePerson: UInt64 = 4
        static let inRuleOrganization: UInt64 = 8
        static let inRulePlace: UInt64 = 16
        static let opensSentence: UInt64 = 32
        static let afterQuoteOrColon: UInt64 = 64
        static let titleCaseSentence: UInt64 = 128
        /// The token's line is a heading: short, with no sentence punctuation at its end.
        static let inHeading: UInt64 = 256
        /// The word is capitalized somewhere outside the headings.
        static let capitalizedInBody: UInt64 = 512
    }

    /// Rule kinds, as the keys number them.
    static func ruleKindNumber(_ kind: Mention.Kind) -> UInt64 {
        switch kind {
        case .person: 1
        case .organization: 2
        case .group: 3
        case .place: 4
        case .other: 5
        case .unknown: 6
        }
    }

    static func placeLabelNumber(_ label: String?) -> UInt64 {
        switch label {
        case nil: 0
        case "COUNTRY": 1
        case "CITY": 2
        case "REGION": 3
        case "LOCATION": 4
        default: 5
        }
    }

    /// A BILOU part number for position `index` of `range`.
    static func part(_ index: Int, of range: Range<Int>) -> UInt64 {
        if range.count == 1 { return 3 }
        if index == range.lowerBound { return 0 }
        return index == range.upperBound - 1 ? 2 : 1
    }

    /// Builds the keys of `document` (tokens, sentences, pos and places set), given the rules'
    /// mentions and the places' token ranges and labels. Only the tokens of candidate names and
    /// those beside them get every key; the lowercase form of every word is hashed, for the
    /// document's facts.
    init(document: Document, mentions: [Mention], places: [(tokens: Range<Int>, label: String)]) {
        let sentences = document.tokenSpans(of: LayerName.sentences)
        self.sentences = sentences
        var keys = [Keys](repeating: Keys(), count: document.tokens.count)
        var words = WordFlags(capacity: document.tokens.count / 2)
        // Written through a pointer: the keys are set field by field, token after token.
        keys.withUnsafeMutableBufferPointer { keys in
            Self.hashLowercaseForms(keys, document)
            Self.markRuleNames(keys, mentions: mentions, places: places, words: &words)
            Self.noteCapitalization(keys, document, sentences: sentences, words: &words)
            let inHeading = Self.headings(keys, document, words: &words)
            Self.markCandidates(keys, document)
            Self.fillCandidateKeys(keys, document, sentences: sentences, upos: Self.uposNumbers(document), inHeading: inHeading,
                                   words: words)
            Self.markHyphenatedEndsAndConnectors(keys, document)
        }
        self.keys = keys
    }

    /// The lowercase form of every token, hashed (it keys the document's facts).
    private static func hashLowercaseForms(_ keys: UnsafeMutableBufferPointer<Keys>, _ document: Document) {
        let tokens = document.tokens
        document.bytes.withUnsafeBufferPointer { bytes in
            for index in tokens.indices {
                keys[index].lower = hash(UnsafeBufferPointer(rebasing: bytes[tokens[index].range]), template: 1, lowercase: true)
            }
        }
    }

    /// The rules' names and the places: each token's kind, part and sieve, and the words that
    /// are part of a person's longer name, of an organization's or of a place's.
    private static func markRuleNames(_ keys: UnsafeMutableBufferPointer<Keys>, mentions: [Mention],
                                      places: [(tokens: Range<Int>, label: String)], words: inout WordFlags) {
        // Each mention read in place: a copy would retain its strings.
        for position in mentions.indices {
            let span = mentions[position].tokens, kind = ruleKindNumber(mentions[position].kind)
            var sieve = FeatureHasher(template: 2)
            sieve.combineBytes(of: mentions[position].sieve)
            let longPerson = mentions[position].kind == .person && mentions[position].words.count >= 2
            let organization = mentions[position].kind == .organization
            for index in span where index < keys.count {
                keys[index].rule = kind << 2 | part(index, of: span)
                keys[index].sieve = sieve.value
                if longPerson { words.set(DocumentFact.inRulePerson, for: keys[index].lower) }
                if organization { words.set(DocumentFact.inRuleOrganization, for: keys[index].lower) }
            }
        }
        for place in places {
            let label = placeLabelNumber(place.label)
            for index in place.tokens where index < keys.count {
                keys[index].place = label << 2 | part(index, of: place.tokens)
                words.set(DocumentFact.inRulePlace, for: keys[index].lower)
            }
        }
    }

    /// Which words are written in lowercase, and which capitalized inside a sentence.
    private static func noteCapitalization(_ keys: UnsafeMutableBufferPointer<Keys>, _ document: Document, sentences: [Range<Int>],
                                           words: inout WordFlags) {
        let tokens = document.tokens
        for sentence in sentences {
            for index in sentence where tokens[index].kind == .word {
                if document.isLowercase(tokens[index]) {
                    words.set(DocumentFact.lowercaseElsewhere, for: keys[index].lower)
                } else if index > sentence.lowerBound, document.isCapitalized(tokens[index]) {
                    words.set(DocumentFact.capitalizedInsideSentenceElsewhere, for: keys[index].lower)
                }
            }
        }
    }

    /// Whether each token is in a heading (`Document.headingLines`). The capitalized words of the
    /// other lines are noted as capitalized in the body.
    private static func headings(_ keys: UnsafeMutableBufferPointer<Keys>, _ document: Document, words: inout WordFlags) -> [Bool] {
        let tokens = document.tokens
        var inHeading = [Bool](repeating: false, count: tokens.count)
        for line in document.headingLines() { for token in line { inHeading[token] = true } }
        for index in tokens.indices where !inHeading[index] && tokens[index].kind == .word && document.isCapitalized(tokens[index]) {
            words.set(DocumentFact.capitalizedInBody, for: keys[index].lower)
        }
        return inHeading
    }

    /// The candidates: capitalized words, and the tokens of the rules' names and of places.
    private static func markCandidates(_ keys: UnsafeMutableBufferPointer<Keys>, _ document: Document) {
        let tokens = document.tokens
        for index in tokens.indices {
            keys[index].candidate = (tokens[index].kind == .word && document.isCapitalized(tokens[index])) || keys[index].rule != 0
                || keys[index].place != 0
        }
    }

    /// The universal tag's number of each token, from the pos layer.
    private static func uposNumbers(_ document: Document) -> [UInt8] {
        let tokens = document.tokens
        var upos = [UInt8](repeating: 0, count: tokens.count)
        if let compact = document.tokenLayer(LayerName.partOfSpeech) {
            let numbers = compact.labels.map { UInt8(uposNumber($0)) }
            for entry in compact.annotated where Int(entry.token) < tokens.count { upos[Int(entry.token)] = numbers[Int(entry.label)] }
        } else {
            for tag in document.annotations(in: LayerName.partOfSpeech) {
                let index = document.tokenIndex(atOrAfter: tag.range.lowerBound)
                if index < tokens.count, tokens[index].range == tag.range { upos[index] = UInt8(uposNumber(tag.label)) }
            }
        }
        return upos
    }

    /// The keys of the candidates and of the tokens near them: the shape up to two tokens away;
    /// the part of speech and lexicon facts beside; the form, affixes and document facts of the
    /// candidates themselves.
    private static func fillCandidateKeys(_ keys: UnsafeMutableBufferPointer<Keys>, _ document: Document, sentences: [Range<Int>],
                                          upos: [UInt8], inHeading: [Bool], words: WordFlags) {
        let tokens = document.tokens
        var lexicon = HashKeyedMemo<UInt64>(capacity: min(256, tokens.count))
        document.bytes.withUnsafeBufferPointer { bytes in
            for sentence in sentences {
                var sentenceWords = 0, capitalizedWords = 0
                for index in sentence where tokens[index].kind == .word {
                    sentenceWords += 1
                    if document.isCapitalized(tokens[index]) { capitalizedWords += 1 }
                }
                let titleCase = sentenceWords >= 3 && capitalizedWords * 10 >= sentenceWords * 7
                for index in sentence {
                    let near = keys[index].candidate || (index > sentence.lowerBound && keys[index - 1].candidate)
                        || (index + 1 < sentence.upperBound && keys[index + 1].candidate)
                    let twoAway = (index > sentence.lowerBound + 1 && keys[index - 2].candidate)
                        || (index + 2 < sentence.upperBound && keys[index + 2].candidate)
                    guard near || twoAway else { continue }
                    let word = UnsafeBufferPointer(rebasing: bytes[tokens[index].range])
                    keys[index].shape = shape(word)
                    guard near else { continue }
                    let form = hash(word, template: 3, lowercase: false)
                    keys[index].upos = UInt64(upos[index])
                    if tokens[index].kind == .word {
                        if let known = lexicon[form] {
                            keys[index].lexicon = known
                        } else {
                            keys[index].lexicon = LexiconFact.memoized(document.word(index), key: form)
                            lexicon.store(keys[index].lexicon, for: form)
                        }
                    }
                    guard keys[index].candidate else { continue }
                    keys[index].form = form
                    keys[index].suffix3 = hash(UnsafeBufferPointer(rebasing: word[max(0, word.count - 3)...]), template: 4, lowercase: true)
                    keys[index].prefix3 = hash(UnsafeBufferPointer(rebasing: word[..<min(word.count, 3)]), template: 5, lowercase: true)
                    var facts = words[keys[index].lower]
                    if index == sentence.lowerBound { facts |= DocumentFact.opensSentence }
                    if index > sentence.lowerBound, tokens[index - 1].kind == .quote || document.token(tokens[index - 1], is: ":") {
                        facts |= DocumentFact.afterQuoteOrColon
                    }
                    if titleCase { facts |= DocumentFact.titleCaseSentence }
                    if inHeading[index] { facts |= DocumentFact.inHeading }
                    keys[index].document = facts
                }
            }
        }
    }

    /// The short lowercase end of a hyphenated name (Tai-man, Mei-ling) takes the shape of the
    /// capitalized word it is joined to, as the end of Jean-Paul does; the tokens between two
    /// candidates that may join them are marked as connectors.
    private static func markHyphenatedEndsAndConnectors(_ keys: UnsafeMutableBufferPointer<Keys>, _ document: Document) {
        let tokens = document.tokens
        for index in tokens.indices.dropFirst(2) where keys[index - 2].candidate && tokens[index].kind == .word
            && tokens[index].range.count <= 4 && document.isLowercase(tokens[index]) && document.token(tokens[index - 1], is: "-")
            && document.touches(tokens[index - 2], tokens[index - 1]) && document.touches(tokens[index - 1], tokens[index]) {
            keys[index].shape = keys[index - 2].shape
        }
        for index in tokens.indices.dropFirst().dropLast() where keys[index - 1].candidate && keys[index + 1].candidate
            && !(tokens[index].kind == .word && document.isCapitalized(tokens[index])) {
            let text = document.word(index)
            keys[index].connector = text == "-" || text == "–" ? .dash : NameRunFinder.connectors.contains(text) ? .word : .none
        }
    }

    static let universalTags = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
                                "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"]

    /// The tags packed as integers (their bytes), in the order of `universalTags`.
    static let packedTags: [UInt64] = universalTags.map(pack)

    static func pack(_ label: String) -> UInt64 {
        label.utf8.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    static func uposNumber(_ label: String) -> UInt64 {
        let packed = pack(label)
        return UInt64((packedTags.firstIndex(of: packed) ?? 17) + 1)
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, template: UInt8, lowercase: Bool) -> UInt64 {
        var hasher = FeatureHasher(template: template)
        hasher.combine(bytes, lowercase: lowercase)
        return hasher.value
    }

    /// The word's shape: each letter as X or x, each digit as d, other bytes as themselves
    /// (a byte of a multi-byte letter as X or x after its first), runs longer than two cut to two.
    static func shape(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hasher = FeatureHasher(template: 6)
        var last: UInt8 = 0, run = 0
        for byte in word {
            let mapped: UInt8
            switch byte {
            case 0x41...0x5A: mapped = 0x58
            case 0x61...0x7A: mapped = 0x78
            case 0x30...0x39: mapped = 0x64
            case 0x80...0xFF: mapped = 0x61
            default: mapped = byte
            }
            if mapped == last {
                run += 1
                if run > 2 { continue }
            } else {
                run = 1
                last = mapped
            }
            hasher.combine(mapped)
        }
        return hasher.value
    }
}
