import Foundation
import LedeCore

/// The closed classes of words the entities rules ask about (`Resources/vocabulary.tsv`).
enum EntitiesWordClass: String, Sendable, Hashable {
    case nameConnector = "name-connector"
    case hyphenSuffix = "hyphen-suffix"
    case particle
    case nonEntityHead = "non-entity-head"
    case nonEntityOpener = "non-entity-opener"
    case eventName = "event-name"
    case commonAbbreviation = "common-abbreviation"
    case namePrefix = "name-prefix"
    case clubWord = "club-word"
    case placePlural = "place-plural"
    case eventPlural = "event-plural"
    case captionLabel = "caption-label"
    case resultVerb = "result-verb"
}

/// The entities annotator's vocabulary, loaded once; `check()` reports a missing or corrupt file.
enum EntitiesVocabulary {
    static let resource = ModuleResource(empty: WordClasses<EntitiesWordClass>()) { () throws(ResourceError) in
        try WordClasses<EntitiesWordClass>(resource: "vocabulary.tsv", in: .module)
    }

    /// The words of a class.
    static func words(_ wordClass: EntitiesWordClass) -> WordSet {
        resource.value.words(wordClass)
    }
}
