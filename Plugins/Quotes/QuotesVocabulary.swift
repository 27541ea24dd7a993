import Foundation
import LedeCore

/// The closed classes of words the quotes rules ask about (`Resources/vocabulary.tsv`).
enum QuotesWordClass: String, Sendable, Hashable {
    case neverReporting = "never-reporting"
    case needingThat = "needing-that"
    case clauseOpener = "clause-opener"
    case source
    case notOpener = "not-opener"
    case subjectPronoun = "subject-pronoun"
    case nounDeterminer = "noun-determiner"
    case pronoun
    case subjectAdverb = "subject-adverb"
    case appositionStarter = "apposition-starter"
    case invertible
    case placePreposition = "place-preposition"
    case announcement
    case ruling
    case cognition
    case coordinator
    case writing
    case addressee
}

/// What a speech verb needs to report something (`Resources/vocabulary.tsv`): a plain speech
/// verb reports a quotation or any clause; an announcement or a ruling a clause with a verb of
/// its own; a cognition verb only for a speaker who can think it.
enum SpeechVerbClass {
    case speech, announcement, ruling, cognition

    init(lemma: String) {
        let vocabulary = QuotesVocabulary.resource.value
        if vocabulary.contains(lemma, .announcement) { self = .announcement }
        else if vocabulary.contains(lemma, .ruling) { self = .ruling }
        else if vocabulary.contains(lemma, .cognition) { self = .cognition }
        else { self = .speech }
    }
}

/// The quotes annotator's vocabulary, loaded once; `check()` reports a missing or corrupt file.
enum QuotesVocabulary {
    static let resource = ModuleResource(empty: WordClasses<QuotesWordClass>()) { () throws(ResourceError) in
        try WordClasses<QuotesWordClass>(resource: "vocabulary.tsv", in: .module)
    }

    static func words(_ wordClass: QuotesWordClass) -> WordSet {
        resource.value.words(wordClass)
    }

    /// Determiners and possessives before which a speech verb is a noun (`the ruling`).
    static let nounDeterminers = words(.nounDeterminer)
}
