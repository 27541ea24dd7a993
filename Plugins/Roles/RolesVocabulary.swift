import Foundation
import LedeCore

/// The closed classes of words the roles rules ask about (`Resources/vocabulary.tsv`).
enum RolesWordClass: String, Sendable, Hashable {
    case determiner
    case preposition
    case copula
    case titleStop = "title-stop"
    case tenure
}

/// The roles annotator's vocabulary, loaded once; `check()` reports a missing or corrupt file.
enum RolesVocabulary {
    static let resource = ModuleResource(empty: WordClasses<RolesWordClass>()) { () throws(ResourceError) in
        try WordClasses<RolesWordClass>(resource: "vocabulary.tsv", in: .module)
    }

    static func words(_ wordClass: RolesWordClass) -> WordSet {
        resource.value.words(wordClass)
    }
}
