import LedeModels

/// The universal scores of the features that join the tag before a word with the words around
/// it (`PartOfSpeechFeatures.taggedWordFeatures`), remembered per word and tag: a greedy tagger
/// asks for them word after word, and the same words follow the same tags again and again.
///
/// An entry, for a word and a tag, holds three blocks of `chunks` vectors: the scores the word
/// brings when it is the word being tagged and the tag is the one before it (`asCurrent`), when
/// it is the word after the word being tagged (`asNext`), and when it is the word before, given
/// that tag (`asPrevious`). Each block is summed from zero, so a score is the same, bit for bit,
/// whether it was remembered or just found.
struct TaggedWordScores {
    /// The (word, tag) pairs scored, in `scores` order.
    private var keys = HashKeyedMemo<Bool>()
    /// Per (word, tag) pair, `3 × chunks` vectors.
    private(set) var scores: [SIMD4<Float>] = []
    /// The most pairs kept (some 4 MB of scores); past them the pairs are forgotten and scored again.
    static let kept = 16_384

    /// Block offsets within an entry, in blocks of `chunks` vectors.
    static let asCurrent = 0, asNext = 1, asPrevious = 2

    /// Makes sure that a sentence of `words` words can be tagged without forgetting pairs in the
    /// middle of it (which would move the entries found for it).
    mutating func prepare(forWords words: Int) {
        guard keys.count + 3 * words > Self.kept else { return }
        keys = HashKeyedMemo()
        scores.removeAll(keepingCapacity: true)
    }

    /// The first vector of the entry of `word` with the tag `previous` (a tag's number, or
    /// `PartOfSpeechFeatures.startTag`), scored with `model` when new.
    mutating func entry(of word: WordKeys, previous: Int, model: LinearModel, scratch: inout LinearModel.Scratch) -> Int {
        let chunks = model.vectorsPerPrediction
        let key = PartOfSpeechFeatures.mix(205, word.form, UInt64(bitPattern: Int64(previous)))
        let known = keys.position(of: key)
        if known >= 0 { return known * 3 * chunks }
        let first = keys.count * 3 * chunks
        keys.store(true, for: key)
        scores.append(contentsOf: repeatElement(SIMD4(), count: 3 * chunks))
        scores.withUnsafeMutableBufferPointer { scores in
            withUnsafeBytes(of: PartOfSpeechFeatures.previousTagWithWord(word, previous: previous)) { features in
                model.add(features.bindMemory(to: UInt64.self), to: scores, at: first + Self.asCurrent * chunks, scratch: &scratch)
            }
            withUnsafePointer(to: PartOfSpeechFeatures.previousTagWithWordAfter(word, previous: previous)) { feature in
                model.add(UnsafeBufferPointer(start: feature, count: 1), to: scores, at: first + Self.asNext * chunks, scratch: &scratch)
            }
            withUnsafePointer(to: PartOfSpeechFeatures.previousTagWithWordBefore(word, previous: previous)) { feature in
                model.add(UnsafeBufferPointer(start: feature, count: 1), to: scores, at: first + Self.asPrevious * chunks, scratch: &scratch)
            }
        }
        return first
    }
}
