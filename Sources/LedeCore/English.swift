import Foundation

/// English language data shared by annotators, as spaCy keeps its language data apart from its
/// components: common words, given names and surnames, demonyms, titles and reporting verbs.
///
/// Each lexicon is a TSV in LedeCore's `Resources/`, built by the scripts under
/// `Plugins/LexiconSources` from the sources listed in DATA-SOURCES.md, and loaded on first use.
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

    /// Words that are never part of a name even when capitalized at the start of a sentence.
    public static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at", "by", "to",
        "from", "with", "without", "into", "onto", "over", "under", "about", "after", "before", "since",
        "during", "while", "when", "where", "if", "as", "than", "that", "this", "these", "those", "there",
        "here", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my",
        "your", "him", "them", "us", "me", "who", "whom", "whose", "which", "what", "why", "how", "not",
        "no", "yes", "all", "some", "any", "each", "every", "both", "either", "neither", "many", "much",
        "most", "more", "few", "several", "other", "such", "also", "still", "then", "now", "later",
        "however", "meanwhile", "although", "though", "because", "until", "unless", "whether", "is",
        "was", "are", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would",
        "can", "could", "may", "might", "must", "shall", "should", "according", "among", "amid", "despite",
        "against", "between", "through", "across", "toward", "towards", "upon", "within", "per", "via",
        "last", "next", "this", "every", "once", "again", "even", "just", "only", "ever", "never",
    ]

    /// Common nouns that stand for an organization named earlier: `the company's chief`, `the
    /// agency said`.
    public static let organizationNouns: Set<String> = [
        "company", "firm", "group", "agency", "club", "bank", "ministry", "party", "government", "board",
        "organisation", "organization", "institute", "university", "court", "council", "commission",
        "network", "team", "union", "department", "carrier", "airline", "newspaper", "channel", "mission",
        "authority", "alliance", "regulator", "watchdog", "army", "military", "police", "office",
        "foundation", "charity",
    ]

    /// Days of the week and months: capitalized, never names.
    public static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]
}

/// An ordinary English word's frequency band and how often it is written capitalized.
public struct CommonWord: Sendable, Hashable {
    /// SCOWL size level (10 = the most common words … 50), when the word is in SCOWL.
    public let level: Int?
    /// The share (0…1) of its occurrences that are capitalized, when known.
    public let capitalizedShare: Double?

    /// Whether the word is mostly written in lowercase, so that a capitalized occurrence at the
    /// start of a sentence is probably the ordinary word.
    public var isMostlyLowercase: Bool { (capitalizedShare ?? 0.0) < 0.5 }
}

/// Male, female or unknown.
public enum Gender: String, Sendable, Hashable {
    case male = "m"
    case female = "f"

    init?(code: Substring) {
        switch code {
        case "m": self = .male
        case "f": self = .female
        default: return nil
        }
    }
}

/// A given name's gender evidence.
public struct GivenName: Sendable, Hashable {
    /// The share of bearers who are women (0…1).
    public let femaleShare: Double
    /// How many bearers the sources count.
    public let count: Int

    /// The gender when the name is clearly one (≥ 90 % of bearers).
    public var gender: Gender? {
        if femaleShare >= 0.9 { return .female }
        if femaleShare <= 0.1 { return .male }
        return nil
    }
}

/// A nationality or group word and the country it belongs to.
public struct Demonym: Sendable, Hashable {
    /// ISO 3166-1 alpha-2 code, or nil for groups spanning countries (`European`, `Muslim`).
    public let country: String?
    /// The country's common English name (`Iran`), or nil.
    public let countryName: String?
}

/// A word or phrase of the titles lexicon.
public struct TitleWord: Sendable, Hashable {
    /// What part it plays in a title.
    public enum Kind: String, Sendable {
        /// A title, office or occupation: `president`, `foreign minister`, `analyst`.
        case head
        /// A word that extends a title to its left: `foreign`, `deputy`, `former`.
        case modifier
        /// A military or police rank as written: `Gen.`, `Lt`, `Colonel`.
        case rank
        /// An honorific, never a role: `mr.`, `dr`, `sir`.
        case honorific
    }

    public let kind: Kind
    /// The gender the word implies (`spokeswoman`, `Mrs.`), when it does.
    public let gender: Gender?
}

/// A reporting verb form or multiword cue.
public struct SpeechCue: Sendable, Hashable {
    /// The lemma (`say` for `said`).
    public let lemma: String
    /// Whether the cue is several words (`according to`, `told reporters`).
    public let isPhrase: Bool
}
