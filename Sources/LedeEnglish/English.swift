import Foundation
import LedeCore

/// English language data shared by annotators, as spaCy keeps its language data apart from its
/// components: common words, given names and surnames, demonyms, titles, reporting verbs, the
/// closed classes of words the rules ask about, and the abbreviations the tokenizer keeps whole.
///
/// Each lexicon is a TSV in this module's `Resources/`, loaded on first use. The large ones are
/// built by the lexicon builders (`Sources/lexicon-builders`) from the sources listed in
/// DATA-SOURCES.md; `closed-classes.tsv` is written by hand. An annotator that uses English data
/// calls `English.check()` first, so that a missing or corrupt file is reported as its failure.
public enum English {
    /// Lowercase words of ordinary English, with how often each is written capitalized.
    public static let words = Lexicon<CommonWord>(resource: "words.tsv", in: .module) { row in
        CommonWord(level: row[1].intValue, capitalizedShare: row[2].doubleValue)
    }

    /// Given names (lowercase, without diacritics) with the share of women who bear them.
    public static let givenNames = Lexicon<GivenName>(resource: "given-names.tsv", in: .module) { row in
        row[1].doubleValue.map { GivenName(femaleShare: $0, count: row[2].intValue ?? 0) }
    }

    /// Surnames (lowercase) with their frequency rank.
    public static let surnames = Lexicon<Int>(resource: "surnames.tsv", in: .module) { row in row[1].intValue }

    /// Nationality and group words (`Iranian`, `Israelis`, `European`, `Muslim`) as written.
    public static let demonyms = Lexicon<Demonym>(resource: "demonyms.tsv", in: .module) { row in
        Demonym(country: row[1].isEmpty ? nil : String(row[1]), countryName: row[2].isEmpty ? nil : String(row[2]))
    }

    /// Titles, offices, ranks and honorifics (lowercase except ranks, which keep their case).
    public static let titles = Lexicon<TitleWord>(resource: "titles.tsv", in: .module) { row in
        TitleWord.Kind(rawValue: String(row[1])).map { TitleWord(kind: $0, gender: Gender(code: row[2])) }
    }

    /// Reporting verbs in every inflection (`said` → `say`) and multiword cues (`according to`).
    public static let speechVerbs = Lexicon<SpeechCue>(resource: "speech-verbs.tsv", in: .module) { row in
        SpeechCue(lemma: String(row[1]), isPhrase: row[2] == "phrase")
    }

    /// The parts of speech WordNet gives a word (`wordnet-classes.tsv`: n, v, a, r).
    public static let wordnetClasses = Lexicon<String>(resource: "wordnet-classes.tsv", in: .module) { row in String(row[1]) }

    /// The parts of speech WordNet allows a lowercase word, trying the word itself and then its
    /// regular inflections as WordNet's morphy does (`lanterns` → lantern: noun; `aged` → age:
    /// noun, verb).
    public static func wordnetPartsOfSpeech(_ lower: String) -> WordNetClasses {
        var found = WordNetClasses(letters: wordnetClasses[lower] ?? "")
        let utf8 = Array(lower.utf8)
        for rule in morphyRules where utf8.count > rule.suffix.count + 1 && utf8.suffix(rule.suffix.count).elementsEqual(rule.suffix) {
            let base = String(decoding: utf8.dropLast(rule.suffix.count), as: UTF8.self) + rule.replacement
            if let letters = wordnetClasses[base], letters.contains(rule.part) {
                found.formUnion(WordNetClasses(letters: String(rule.part)))
                found.insert(.inflected)
            }
        }
        return found
    }

    /// WordNet's detachment rules: an ending, what replaces it, and the part of speech of the base.
    static let morphyRules: [(suffix: [UInt8], replacement: String, part: Character)] = [
        ("s", "", "n"), ("ses", "s", "n"), ("xes", "x", "n"), ("zes", "z", "n"), ("ches", "ch", "n"), ("shes", "sh", "n"),
        ("men", "man", "n"), ("ies", "y", "n"),
        ("s", "", "v"), ("ies", "y", "v"), ("es", "e", "v"), ("es", "", "v"), ("ed", "e", "v"), ("ed", "", "v"),
        ("ing", "e", "v"), ("ing", "", "v"),
        ("er", "", "a"), ("est", "", "a"), ("er", "e", "a"), ("est", "e", "a"),
    ].map { (Array($0.0.utf8), $0.1, $0.2) }

    /// The closed classes of `closed-classes.tsv`.
    public static let closedClasses = ModuleResource(empty: WordClasses<EnglishClass>()) { () throws(ResourceError) in
        try WordClasses<EnglishClass>(resource: "closed-classes.tsv", in: .module)
    }

    /// Words that are never part of a name even when capitalized at the start of a sentence.
    public static let functionWords = closedClasses.value.words(.function)

    /// Common nouns that stand for an organization named earlier: `the company's chief`, `the
    /// agency said`.
    public static let organizationNouns = closedClasses.value.words(.organizationNoun)

    /// Days of the week and months: capitalized, never names.
    public static let calendarWords = closedClasses.value.words(.calendar)

    /// Words after which a name or a quotation names a thing (`called`, `titled`, `nickname`).
    public static let namingWords = closedClasses.value.words(.namingWord)

    /// The abbreviations and sentence openers the tokenizer and the sentence splitter use.
    public static let tokenization: TokenizationRules = {
        let classes = closedClasses.value
        let neverFinal = classes.words(.abbreviationNeverFinal)
        return TokenizationRules(abbreviations: classes.words(.abbreviation).union(neverFinal), neverFinal: neverFinal,
                                 sentenceOpeners: classes.words(.sentenceOpener), hyphenPrefixes: classes.words(.hyphenPrefix),
                                 webSuffixes: classes.words(.webSuffix))
    }()

    /// The kinds a word or phrase has in the titles lexicon, as written and lowercased (a rank
    /// keeps its case: `Gen.`; a word can be several kinds: `chief`).
    public static func titleKinds(_ phrase: String) -> TitleWord.Kinds {
        var kinds = TitleWord.Kinds()
        for entry in titles.all(phrase) { kinds.insert(TitleWord.Kinds(entry.kind)) }
        let lower = WordForm.lowercasedASCII(phrase)
        if lower != phrase {
            for entry in titles.all(lower) where entry.kind != .rank { kinds.insert(TitleWord.Kinds(entry.kind)) }
        }
        return kinds
    }

    /// Whether a word is an honorific, never a role (`Mr.`, `dr`, `Sir`), with or without its period.
    public static func isHonorific(_ word: String) -> Bool {
        titleKinds(word) == [.honorific] || titleKinds(word.hasSuffix(".") ? String(word.dropLast()) : word + ".").contains(.honorific)
    }

    /// Whether a word is a title written as an abbreviation (`Prof.`, `Prof`, `Gen.`): a title
    /// word of at most four letters, with or without its period.
    public static func isTitleAbbreviation(_ word: String) -> Bool {
        let bare = word.hasSuffix(".") ? String(word.dropLast()) : word
        guard bare.count <= 4, WordForm.isCapitalized(bare) else { return false }
        return !titleKinds(bare + ".").isEmpty
    }

    /// Throws the first English resource that could not be loaded.
    public static func check() throws(ResourceError) {
        try words.check()
        try givenNames.check()
        try surnames.check()
        try demonyms.check()
        try titles.check()
        try speechVerbs.check()
        try closedClasses.check()
    }
}

/// Parts of speech WordNet allows a word, and whether one came from an inflection.
public struct WordNetClasses: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let noun = WordNetClasses(rawValue: 1)
    public static let verb = WordNetClasses(rawValue: 2)
    public static let adjective = WordNetClasses(rawValue: 4)
    public static let adverb = WordNetClasses(rawValue: 8)
    /// Found through a regular inflection, not as the word itself.
    public static let inflected = WordNetClasses(rawValue: 16)

    /// The classes of WordNet's letters (`nv`).
    public init(letters: String) {
        var value: UInt8 = 0
        for letter in letters.utf8 {
            switch letter {
            case UInt8(ascii: "n"): value |= 1
            case UInt8(ascii: "v"): value |= 2
            case UInt8(ascii: "a"): value |= 4
            case UInt8(ascii: "r"): value |= 8
            default: break
            }
        }
        rawValue = value
    }
}

/// The classes of `closed-classes.tsv`.
public enum EnglishClass: String, Sendable, Hashable, CaseIterable {
    case function
    case organizationNoun = "organization-noun"
    case calendar
    case abbreviation
    case abbreviationNeverFinal = "abbreviation-never-final"
    case sentenceOpener = "sentence-opener"
    case namingWord = "naming-word"
    case hyphenPrefix = "hyphen-prefix"
    case webSuffix = "web-suffix"
}

