import LedeModels
import Testing
@testable import Tagger

/// The features a word gets: the same code path for training and tagging, so what is tested
/// here is what both see.
@Suite struct PartOfSpeechFeaturesTests {
    /// The keys of `words`, one sentence, through one key maker (as a document is tagged).
    func keys(_ words: [String], maker: inout WordKeyMaker) -> [WordKeys] {
        maker.keys(ofSentence: words)
    }

    func keys(_ words: [String]) -> [WordKeys] {
        var maker = WordKeyMaker()
        return keys(words, maker: &maker)
    }

    func features(_ words: [String], at index: Int, previous: Int = PartOfSpeechFeatures.startTag,
                  beforePrevious: Int = PartOfSpeechFeatures.startTag) -> Set<UInt64> {
        var features: [UInt64] = []
        PartOfSpeechFeatures.extract(keys(words), at: index, previous: previous, beforePrevious: beforePrevious, into: &features)
        return Set(features)
    }

    @Test func aWordInTheSameContextGetsTheSameFeatures() {
        let sentence = ["The", "committee", "approved", "the", "plan", "."]
        var first: [UInt64] = [], second: [UInt64] = []
        PartOfSpeechFeatures.extract(keys(sentence), at: 2, previous: 7, beforePrevious: 5, into: &first)
        PartOfSpeechFeatures.extract(keys(sentence), at: 2, previous: 7, beforePrevious: 5, into: &second)
        #expect(first == second)
        #expect(!first.isEmpty)
        #expect(Set(first).count == first.count, "no template repeats another's hash")
    }

    @Test func keysDoNotDependOnWhatTheMemoSawBefore() {
        var used = WordKeyMaker()
        _ = keys(["Plans", "for", "the", "approved", "budget"], maker: &used)
        let remembered = keys(["The", "committee", "approved", "the", "plan", "."], maker: &used)
        let fresh = keys(["The", "committee", "approved", "the", "plan", "."])
        #expect(remembered.map(\.form) == fresh.map(\.form))
        for index in fresh.indices {
            var a: [UInt64] = [], b: [UInt64] = []
            PartOfSpeechFeatures.extract(remembered, at: index, previous: 1, beforePrevious: 2, into: &a)
            PartOfSpeechFeatures.extract(fresh, at: index, previous: 1, beforePrevious: 2, into: &b)
            #expect(a == b)
        }
    }

    @Test func theWordItsNeighboursAndThePreviousTagsEachChangeSomeFeatures() {
        let base = features(["They", "book", "flights", "."], at: 1, previous: 10, beforePrevious: -1)
        let otherWord = features(["They", "read", "flights", "."], at: 1, previous: 10, beforePrevious: -1)
        let otherNext = features(["They", "book", "rooms", "."], at: 1, previous: 10, beforePrevious: -1)
        let otherTag = features(["They", "book", "flights", "."], at: 1, previous: 5, beforePrevious: -1)
        for changed in [otherWord, otherNext, otherTag] {
            #expect(changed != base)
            // Only some templates look at what changed: most of the others stay.
            #expect(!changed.isDisjoint(with: base))
        }
    }

    @Test func capitalsAndSentenceStartsAreSeen() {
        let inside = features(["I", "like", "Apple", "."], at: 2)
        let lower = features(["I", "like", "apple", "."], at: 2)
        #expect(inside != lower)
        let first = keys(["Apple", "rose", "."])[0]
        let later = keys(["Shares", "of", "Apple", "rose"])[2]
        #expect(first.form == later.form, "the exact form is the same word")
        #expect(first != later, "but a capital at the start of a sentence says less")
    }

    @Test func lexiconFactsReachTheFeatures() {
        func has(_ word: String, _ fact: WordFact) -> Bool { WordKeyMaker.lexiconFacts(word) & (1 << UInt32(fact.rawValue)) != 0 }
        #expect(has("Maria", .givenName))
        #expect(!has("quickly", .givenName))
        #expect(has("French", .demonym))
        #expect(!has("table", .demonym))
        #expect(has("walked", .wordnetVerb) || has("walked", .wordnetInflected))
        // Facts reach the features: a name and a plain word in the same place differ beyond their forms.
        let name = keys(["Maria", "spoke"])[0].facts, word = keys(["Water", "spoke"])[0].facts
        #expect(name != word)
    }
}
