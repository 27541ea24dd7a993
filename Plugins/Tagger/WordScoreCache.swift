import LedeModels

/// The scores a kind of word brings wherever it stands, found once per kind of word instead of
/// once per token: for the universal tags, those of its own features, of its features as the
/// word before and as the word after; for the Penn tags, those of its own features under each
/// universal tag it was given. A tagger then looks up only the features that join neighbours or
/// the tags before.
///
/// The universal scores are indexed by `WordKeys.kind`; an entry holds the form and facts it
/// was scored for, so keys from another maker are scored again, never mistaken. Each entry is
/// summed from zero in the order of its features, so a score is the same, bit for bit, whether
/// it was remembered or just found.
struct WordScoreCache {
    /// Per kind of word: the form and the facts scored (form 0: not scored).
    private var forms: [UInt64] = []
    private var facts: [UInt32] = []
    /// Per kind of word, `3 × chunks` vectors: its own scores, as the word before, as the word after.
    private(set) var universal: [SIMD4<Float>] = []
    /// The (form, universal tag) pairs scored for the Penn tags, in `fine` order.
    private var finePairs = HashKeyedMemo<Bool>()
    /// Per pair, `fineChunks` vectors: the scores of the word's own fine features.
    private(set) var fine: [SIMD4<Float>] = []

    /// Vector offsets within a kind's universal entry.
    static let own = 0, asWordBefore = 1, asWordAfter = 2

    /// Scores the kinds of `words` not scored yet with `model` (the universal tag model).
    mutating func scoreKinds(of words: [WordKeys], with model: LinearModel, batch: inout FeatureBatch, scratch: inout LinearModel.Scratch) {
        let chunks = model.vectorsPerPrediction
        batch.removeAll()
        for word in words where word.kind >= 0 {
            let kind = Int(word.kind)
            if kind < forms.count, forms[kind] == word.form, facts[kind] == word.facts { continue }
            if kind >= forms.count {
                let added = kind + 1 - forms.count
                forms.append(contentsOf: repeatElement(0, count: added))
                facts.append(contentsOf: repeatElement(0, count: added))
                universal.append(contentsOf: repeatElement(SIMD4(), count: added * 3 * chunks))
            }
            // Marked at once, so that a word twice in the sentence is scored once.
            forms[kind] = word.form
            facts[kind] = word.facts
            let first = kind * 3 * chunks
            for offset in first..<first + 3 * chunks { universal[offset] = SIMD4() }
            PartOfSpeechFeatures.ownFeatures(of: word, into: &batch.features)
            batch.closeRun(group: kind * 3 + Self.own)
            PartOfSpeechFeatures.featuresAsWordBefore(word, into: &batch.features)
            batch.closeRun(group: kind * 3 + Self.asWordBefore)
            PartOfSpeechFeatures.featuresAsWordAfter(word, into: &batch.features)
            batch.closeRun(group: kind * 3 + Self.asWordAfter)
        }
        guard !batch.isEmpty else { return }
        universal.withUnsafeMutableBufferPointer { model.add(batch, to: $0, scratch: &scratch) }
    }

    /// The first vector of the universal scores `part` (`own`, `asWordBefore`, `asWordAfter`) of
    /// a kind of word scored by `scoreKinds`.
    static func universalOffset(kind: Int32, part: Int, chunks: Int) -> Int {
        (Int(kind) * 3 + part) * chunks
    }

    /// The position in `fine` of each word's own Penn-tag scores under its universal tag, -1
    /// where `needed` is false; pairs not met before are scored with `model` (the Penn tag model).
    mutating func fineEntries(of words: [WordKeys], universal tags: [Int], needed: (Int) -> Bool, with model: LinearModel,
                              batch: inout FeatureBatch, scratch: inout LinearModel.Scratch) -> [Int] {
        let chunks = model.vectorsPerPrediction
        batch.removeAll()
        let entries = words.indices.map { index -> Int in
            guard needed(index) else { return -1 }
            let key = PartOfSpeechFeatures.mix(203, words[index].form, UInt64(tags[index]))
            let known = finePairs.position(of: key)
            if known >= 0 { return known }
            let entry = finePairs.count
            finePairs.store(true, for: key)
            fine.append(contentsOf: repeatElement(SIMD4(), count: chunks))
            PartOfSpeechFeatures.fineOwnFeatures(of: words[index], universal: tags[index], into: &batch.features)
            batch.closeRun(group: entry)
            return entry
        }
        if !batch.isEmpty { fine.withUnsafeMutableBufferPointer { model.add(batch, to: $0, scratch: &scratch) } }
        return entries
    }
}
