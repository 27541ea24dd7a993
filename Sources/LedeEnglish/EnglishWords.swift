import LedeCore

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

    /// Kinds a word has, as bits (a word can be several: `chief`).
    public struct Kinds: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The set of one kind.
        public init(_ kind: Kind) {
            switch kind {
            case .head: self = .head
            case .modifier: self = .modifier
            case .rank: self = .rank
            case .honorific: self = .honorific
            }
        }

        public static let head = Kinds(rawValue: 1)
        public static let modifier = Kinds(rawValue: 2)
        public static let rank = Kinds(rawValue: 4)
        public static let honorific = Kinds(rawValue: 8)
    }
}

/// A reporting verb form or multiword cue.
public struct SpeechCue: Sendable, Hashable {
    /// The lemma (`say` for `said`).
    public let lemma: String
    /// Whether the cue is several words (`according to`, `told reporters`).
    public let isPhrase: Bool
}
