import Foundation
import LedeCore

/// The closed classes of words the places rules ask about (`Resources/vocabulary.tsv`).
enum PlacesWordClass: String, Sendable, Hashable {
    case placeConnector = "place-connector"
    case locative
    case politicalUnit = "political-unit"
    case locationHead = "location-head"
    case centreHead = "centre-head"
    case institutionModifier = "institution-modifier"
    case featurePrefix = "feature-prefix"
    case featurePrefixOf = "feature-prefix-of"
    case settlementNoun = "settlement-noun"
    case roadPrefix = "road-prefix"
    case usState = "us-state"
}

/// The places annotator's vocabulary, loaded once; `check()` reports a missing or corrupt file.
enum PlacesVocabulary {
    static let resource = ModuleResource(empty: WordClasses<PlacesWordClass>()) { () throws(ResourceError) in
        try WordClasses<PlacesWordClass>(resource: "vocabulary.tsv", in: .module)
    }

    static func words(_ wordClass: PlacesWordClass) -> WordSet {
        resource.value.words(wordClass)
    }
}

/// Words that make a capitalized name a named location or a settlement, whether or not the
/// gazetteer knows it: `Rustaveli Avenue`, `Kurichhu Dam`, `Mount Etna`, `the village of X`.
enum LocationCues {
    /// Last words of facility and feature names (`… Avenue`, `… National Park`).
    static let heads = PlacesVocabulary.words(.locationHead)

    /// `Centre`/`Center` ends the name of a venue (`Okafor-Lindqvist Center`, `Space Center`), unless
    /// one of `institutionModifiers` comes before it (`Research Center` is an organization).
    static let centreHeads = PlacesVocabulary.words(.centreHead)
    /// Words of an institution before `Centre`/`Center`.
    static let institutionModifiers = PlacesVocabulary.words(.institutionModifier)

    /// First words of feature names (`Mount Etna`, `Lake Victoria`, `Cape Canaveral`).
    static let prefixes = PlacesVocabulary.words(.featurePrefix)
    /// First words of feature names that take `of` (`Gulf of Aden`, `Museum of Flight`).
    static let prefixesWithOf = PlacesVocabulary.words(.featurePrefixOf)

    /// Settlement words before `of` (`the village of Bhurbandha`) → the label of the name after.
    static let settlementNouns = PlacesVocabulary.resource.value[.settlementNoun]
    /// The same words, for a quick look at every word.
    static let settlementNounWords = PlacesVocabulary.words(.settlementNoun)

    /// Words before a road's number (`Interstate 95`, `Route 66`) → "hyphen" for those that
    /// count only joined to it by a hyphen (`I-44`, `US-75`), else "".
    static let roadPrefixes = PlacesVocabulary.resource.value[.roadPrefix]
    /// The same words, for a quick look at every capitalized word.
    static let roadPrefixWords = PlacesVocabulary.words(.roadPrefix)

    /// The abbreviations of the US states (postal codes and the press's: `OK`, `Okla`) → the
    /// state's name.
    static let usStates = PlacesVocabulary.resource.value[.usState]

    /// Compass points that may end a road's name (`I-44 West`).
    static let roadDirections: WordSet = ["North", "South", "East", "West", "Northbound", "Southbound", "Eastbound", "Westbound"]
}
