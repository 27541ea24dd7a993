import LedeModels
import Testing
@testable import Tagger

/// The scores remembered per kind of word change no tag: a tagger whose memory has seen other
/// documents, or keys made by another maker, tags exactly as a fresh one, and as the plain
/// feature path that training uses.
@Suite struct WordScoreCacheTests {
    static let sentences: [[String]] = [
        ["The", "committee", "approved", "the", "plan", "on", "Friday", "."],
        ["Shares", "of", "Apple", "rose", "3", "%", "after", "the", "report", "."],
        ["\"", "We", "will", "not", "back", "down", ",", "\"", "she", "said", "."],
        ["Police", "said", "the", "the", "suspect", "had", "fled", "to", "Lyon", "."],
        ["Apple", "said", "apple", "growers", "in", "Washington", "State", "expect", "a", "record", "harvest", "."],
    ]

    func model() throws -> PartOfSpeechModel {
        try PartOfSpeechModel.loadShipped()
    }

    /// The universal tags of a sentence by the plain path: every feature of `extract`, scored
    /// one word at a time.
    func plainTags(_ keys: [WordKeys], model: PartOfSpeechModel) -> [Int] {
        var tags: [Int] = []
        var features: [UInt64] = []
        for index in keys.indices {
            let previous = index > 0 ? tags[index - 1] : PartOfSpeechFeatures.startTag
            let beforePrevious = index > 1 ? tags[index - 2] : PartOfSpeechFeatures.startTag
            PartOfSpeechFeatures.extract(keys, at: index, previous: previous, beforePrevious: beforePrevious, into: &features)
            tags.append(model.universal.predict(features))
        }
        return tags
    }

    @Test func aRememberedKindScoresAsAFreshOne() throws {
        let model = try model()
        var fresh = TaggingWork()
        var used = TaggingWork()
        // The used memory tags every sentence first, so that it remembers their words.
        for sentence in Self.sentences.reversed() {
            let keys = used.keyMaker.keys(ofSentence: sentence)
            _ = model.universalTags(keys, work: &used)
        }
        for sentence in Self.sentences {
            let freshKeys = fresh.keyMaker.keys(ofSentence: sentence)
            let usedKeys = used.keyMaker.keys(ofSentence: sentence)
            let freshTags = model.universalTags(freshKeys, work: &fresh)
            let usedTags = model.universalTags(usedKeys, work: &used)
            #expect(freshTags == usedTags, "\(sentence)")
            #expect(model.fineSlots(freshKeys, universal: freshTags, work: &fresh)
                == model.fineSlots(usedKeys, universal: usedTags, work: &used))
        }
    }

    @Test func keysOfAnotherMakerAreScoredAgainNotMistaken() throws {
        let model = try model()
        var work = TaggingWork()
        // The memory numbers the kinds of the first sentence; another maker numbers the kinds of
        // the second from 0 too, so their numbers meet other words in the memory.
        _ = model.universalTags(work.keyMaker.keys(ofSentence: Self.sentences[0]), work: &work)
        var other = WordKeyMaker()
        let foreign = other.keys(ofSentence: Self.sentences[1])
        #expect(foreign[0].kind == 0)
        var fresh = TaggingWork()
        #expect(model.universalTags(foreign, work: &work) == model.universalTags(foreign, work: &fresh))
    }

    @Test func theCachedPathTagsAsThePlainPath() throws {
        let model = try model()
        var work = TaggingWork()
        for sentence in Self.sentences {
            let keys = work.keyMaker.keys(ofSentence: sentence)
            #expect(model.universalTags(keys, work: &work) == plainTags(keys, model: model), "\(sentence)")
        }
    }

    @Test func aWordTwiceInASentenceIsScoredOnce() throws {
        let model = try model()
        let chunks = model.universal.vectorsPerPrediction
        func ownScores(of sentence: [String], at index: Int) -> [SIMD4<Float>] {
            var work = TaggingWork()
            let keys = work.keyMaker.keys(ofSentence: sentence)
            _ = model.universalTags(keys, work: &work)
            let offset = WordScoreCache.universalOffset(kind: keys[index].kind, part: WordScoreCache.own, chunks: chunks)
            return Array(work.cache.universal[offset..<offset + chunks])
        }
        // "the" twice after the first word is one kind, scored as if it came once.
        let twice = ownScores(of: ["Then", "the", "the"], at: 2)
        #expect(twice == ownScores(of: ["Then", "the"], at: 1))
        #expect(twice != Array(repeating: SIMD4<Float>(), count: chunks))
    }

    @Test func aLargeMemoryIsNotKeptForTheNextDocument() {
        var work = TaggingWork()
        #expect(work.isWorthKeeping)
        let words = (0...TaggingWork.keptKinds).map { "w\($0)" }
        _ = work.keyMaker.keys(ofSentence: words)
        #expect(!work.isWorthKeeping)
    }
}
