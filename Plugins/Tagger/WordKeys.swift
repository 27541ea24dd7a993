import LedeCore
import LedeEnglish
import LedeModels

/// What the tagger's features know about one word, computed once per token from its bytes:
/// hashes of its forms and affixes, its shape (`Xxxx`, `dd`, `x-x`), and facts from lede's
/// lexicons (a given name, a surname, a title, a nationality, a common word…).
struct WordKeys: Sendable, Equatable {
    /// The form as written.
    var form: UInt64
    /// The lowercase form.
    var lower: UInt64
    /// The form as written, when it has a capital (else 0).
    var cased: UInt64
    var suffix4: UInt64
    var suffix3: UInt64
    var suffix2: UInt64
    var prefix1: UInt64
    var prefix3: UInt64
    var shape: UInt64
    /// Lexicon and form facts, one bit each (`WordFact`).
    var facts: UInt32
    /// The number its maker gave this kind of word (a form, at the start of a sentence or not),
    /// counting from 0 in the order met; negative before and after the sentence.
    var kind: Int32 = -1

    /// The keys of a position before the sentence or after it.
    static func boundary(_ marker: UInt64, kind: Int32) -> WordKeys {
        WordKeys(form: marker, lower: marker, cased: 0, suffix4: marker, suffix3: marker, suffix2: marker, prefix1: marker, prefix3: marker,
                 shape: marker, facts: 0, kind: kind)
    }

    static let start1 = boundary(0x5354_4152_5431, kind: -1)
    static let end1 = boundary(0x454E_4431, kind: -2)
}

/// Facts about a word, one bit each.
enum WordFact: Int, CaseIterable {
    case givenName, surname, titleHead, titleModifier, rank, honorific, demonym, commonWord, mostlyLowercase,
         unknownWord, hasHyphen, hasDigit, allCaps, capitalized, punctuation, startsSentence,
         wordnetNoun, wordnetVerb, wordnetAdjective, wordnetAdverb, wordnetInflected, notInWordnet

    /// The facts as the features see them: groups of bits (names, vocabulary, form, WordNet),
    /// each group one feature whose value is the facts of the group that hold.
    static let groups: [UInt32] = [0x7F, 0x380, 0xFC00, 0x3F_0000]
}

/// Computes `WordKeys`, remembering the keys of each word it has seen in this document, and the
/// lexicon facts of each word seen in any document (the facts of a word never change).
struct WordKeyMaker {
    private static let sharedFacts = LookupMemo<UInt64, UInt32>(capacity: 500_000)
    private var known = HashKeyedMemo<WordKeys>()

    /// The keys of the word whose UTF-8 bytes are `bytes`.
    mutating func keys(_ bytes: UnsafeBufferPointer<UInt8>, startsSentence: Bool) -> WordKeys {
        var exact = FeatureHasher(template: 2)
        exact.combine(bytes)
        let form = exact.value
        // The memo tells a word at the start of a sentence from the same word inside one.
        let memoKey = PartOfSpeechFeatures.mix(202, form, startsSentence ? 1 : 0)
        if let keys = known[memoKey] { return keys }
        var keys = compute(bytes, form: form, startsSentence: startsSentence)
        keys.kind = Int32(truncatingIfNeeded: known.count)
        known.store(keys, for: memoKey)
        return keys
    }

    /// The number of kinds of words met so far.
    var kindsMet: Int { known.count }

    /// The keys of the words of one sentence, given as strings (a treebank's words).
    mutating func keys(ofSentence words: [String]) -> [WordKeys] {
        let bytes = Array(words.joined(separator: " ").utf8)
        var keys: [WordKeys] = []
        keys.reserveCapacity(words.count)
        var offset = 0
        bytes.withUnsafeBufferPointer { buffer in
            for (index, word) in words.enumerated() {
                let length = word.utf8.count
                keys.append(self.keys(UnsafeBufferPointer(rebasing: buffer[offset..<offset + length]), startsSentence: index == 0))
                offset += length + 1
            }
        }
        return keys
    }

    /// The keys of a word not seen before in this document; `form` is the hash of its bytes.
    private func compute(_ bytes: UnsafeBufferPointer<UInt8>, form: UInt64, startsSentence: Bool) -> WordKeys {
        var lower = FeatureHasher(template: 1)
        lower.combine(bytes, lowercase: true)
        var hasUpper = false, hasDigit = false, hasHyphen = false, letters = 0, uppers = 0, others = 0
        for byte in bytes {
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true; uppers += 1; letters += 1 }
            else if byte >= 0x61 && byte <= 0x7A { letters += 1 }
            else if byte >= 0x30 && byte <= 0x39 { hasDigit = true }
            else if byte == UInt8(ascii: "-") { hasHyphen = true }
            else if byte >= 0x80 { letters += 1 }
            else { others += 1 }
        }
        var facts = Self.sharedFacts.value(for: form) ?? {
            let computed = Self.lexiconFacts(String(decoding: bytes, as: UTF8.self))
            Self.sharedFacts.store(computed, for: form)
            return computed
        }()
        func set(_ fact: WordFact) { facts |= 1 << UInt32(fact.rawValue) }
        if hasHyphen { set(.hasHyphen) }
        if hasDigit { set(.hasDigit) }
        if letters >= 2 && uppers == letters { set(.allCaps) }
        if hasUpper, let first = bytes.first, first >= 0x41 && first <= 0x5A { set(.capitalized) }
        if letters == 0 && !hasDigit { set(.punctuation) }
        if startsSentence { set(.startsSentence) }
        return WordKeys(form: form, lower: lower.value, cased: hasUpper ? form : 0, suffix4: Self.affix(bytes, last: 4, template: 7),
                        suffix3: Self.affix(bytes, last: 3, template: 3), suffix2: Self.affix(bytes, last: 2, template: 4),
                        prefix1: Self.affix(bytes, first: 1, template: 5), prefix3: Self.affix(bytes, first: 3, template: 8),
                        shape: Self.shape(bytes), facts: facts)
    }

    /// The lexicon facts of a word (the same for every occurrence).
    static func lexiconFacts(_ text: String) -> UInt32 {
        var facts: UInt32 = 0
        func set(_ fact: WordFact) { facts |= 1 << UInt32(fact.rawValue) }
        let folded = WordForm.folded(text)
        let lower = WordForm.lowercasedASCII(text)
        if (English.givenNames[folded]?.count ?? 0) >= 100 { set(.givenName) }
        if (English.surnames[folded] ?? Int.max) <= 30_000 { set(.surname) }
        let kinds = English.titleKinds(text)
        if kinds.contains(.head) { set(.titleHead) }
        if kinds.contains(.modifier) { set(.titleModifier) }
        if kinds.contains(.rank) { set(.rank) }
        if kinds.contains(.honorific) { set(.honorific) }
        if English.demonyms[text] != nil { set(.demonym) }
        if let common = English.words[lower] {
            if let level = common.level, level <= 35 { set(.commonWord) }
            if common.isMostlyLowercase { set(.mostlyLowercase) }
        } else {
            set(.unknownWord)
        }
        let wordnet = English.wordnetPartsOfSpeech(lower)
        if wordnet.contains(.noun) { set(.wordnetNoun) }
        if wordnet.contains(.verb) { set(.wordnetVerb) }
        if wordnet.contains(.adjective) { set(.wordnetAdjective) }
        if wordnet.contains(.adverb) { set(.wordnetAdverb) }
        if wordnet.contains(.inflected) { set(.wordnetInflected) }
        if wordnet.isEmpty { set(.notInWordnet) }
        return facts
    }

    /// The hash of the first or last characters (Unicode scalars) of a word, lowercased.
    static func affix(_ bytes: UnsafeBufferPointer<UInt8>, first: Int? = nil, last: Int? = nil, template: UInt8) -> UInt64 {
        var hasher = FeatureHasher(template: template)
        var start = 0, end = bytes.count
        if let last {
            var count = 0
            start = end
            while start > 0 && count < last {
                start -= 1
                if bytes[start] & 0xC0 != 0x80 { count += 1 }
            }
        } else if let first {
            var count = 0
            end = 0
            while end < bytes.count && (count < first || bytes[end] & 0xC0 == 0x80) {
                if bytes[end] & 0xC0 != 0x80 { count += 1 }
                end += 1
            }
        }
        hasher.combine(UnsafeBufferPointer(rebasing: bytes[start..<end]), lowercase: true)
        return hasher.value
    }

    /// The shape of a word: capitals as X, small letters as x, digits as d, others as themselves,
    /// runs of one kind kept to two (`Xxx` → `Xxx`, `McDonald` → `XxXxx`), at most eight signs.
    static func shape(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hasher = FeatureHasher(template: 6)
        var previous: UInt8 = 0, run = 0, length = 0
        var index = 0
        while index < bytes.count && length < 8 {
            let byte = bytes[index]
            let sign: UInt8
            if byte >= 0x41 && byte <= 0x5A { sign = UInt8(ascii: "X") }
            else if byte >= 0x61 && byte <= 0x7A { sign = UInt8(ascii: "x") }
            else if byte >= 0x30 && byte <= 0x39 { sign = UInt8(ascii: "d") }
            else if byte >= 0xC0 { sign = UInt8(ascii: "u") }
            else if byte >= 0x80 { index += 1; continue }
            else { sign = byte }
            index += 1
            run = sign == previous ? run + 1 : 1
            previous = sign
            if run > 2 { continue }
            hasher.combine(sign)
            length += 1
        }
        return hasher.value
    }
}
