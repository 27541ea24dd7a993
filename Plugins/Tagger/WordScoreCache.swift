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
    /// The (form, universal tag) pairs scored as the neighbours of a word given that tag, for
    /// the Penn tags, in `fineNeighbours` order.
    private var fineNeighbourPairs = HashKeyedMemo<Bool>()
    /// Per pair, `2 × fineChunks` vectors: the scores of the fine feature of the word as the
    /// word after the word tagged, then as the word before.
    private(set) var fineNeighbours: [SIMD4<Float>] = []
    /// The most neighbour pairs kept; past them they are forgotten and scored again.
    static let keptFineNeighbours = 32_768

    /// The pairs of neighbouring words scored, by their forms, in `pairs` order.
    private var pairKeys = HashKeyedMemo<Bool>()
    /// Per pair of neighbours, `2 × chunks` vectors: the universal scores of the pair features
    /// the first word gets (its word after joined with it) and those the second gets.
    private(set) var pairs: [SIMD4<Float>] = []
    /// The most pairs kept (some 5 MB of scores); past them the pairs are forgotten and scored again.
    static let keptPairs = 32_768

    /// Vector offsets within a kind's universal entry.
    static let own = 0, asWordBefore = 1, asWordAfter = 2
    /// Vector offsets within a pair's entry.
    static let asFirst = 0, asSecond = 1

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

    /// For each pair of neighbours in `words` with the sentence's start and end (`words.count + 1`
    /// pairs, the first being the start and the first word), the first vector of its entry in
    /// `pairs`, written into `entries`; pairs not met before are scored with `model` (the
    /// universal tag model). Each entry is summed from zero, so a score is the same, bit for bit,
    /// whether it was remembered or just found.
    mutating func scorePairs(of words: [WordKeys], with model: LinearModel, into entries: inout [Int], batch: inout FeatureBatch,
                             scratch: inout LinearModel.Scratch) {
        let chunks = model.vectorsPerPrediction
        if pairKeys.count + words.count + 1 > Self.keptPairs {
            pairKeys = HashKeyedMemo()
            pairs.removeAll(keepingCapacity: true)
        }
        batch.removeAll()
        entries.removeAll(keepingCapacity: true)
        for index in 0...words.count {
            let first = index > 0 ? words[index - 1] : WordKeys.start1, second = index < words.count ? words[index] : WordKeys.end1
            let key = PartOfSpeechFeatures.mix(204, first.form, second.form)
            var entry = pairKeys.position(of: key)
            if entry < 0 {
                entry = pairKeys.count
                pairKeys.store(true, for: key)
                pairs.append(contentsOf: repeatElement(SIMD4(), count: 2 * chunks))
                PartOfSpeechFeatures.pairFeaturesOfFirst(first, second, into: &batch.features)
                batch.closeRun(group: entry * 2 + Self.asFirst)
                PartOfSpeechFeatures.pairFeaturesOfSecond(first, second, into: &batch.features)
                batch.closeRun(group: entry * 2 + Self.asSecond)
            }
            entries.append(entry * 2 * chunks)
        }
        guard !batch.isEmpty else { return }
        pairs.withUnsafeMutableBufferPointer { model.add(batch, to: $0, scratch: &scratch) }
    }

    /// The first vector of the universal scores `part` (`own`, `asWordBefore`, `asWordAfter`) of
    /// a kind of word scored by `scoreKinds`.
    func universalOffset(kind: Int32, part: Int, chunks: Int) -> Int {
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

    /// For each word of `words` that has an own entry (`entries`, from `fineEntries`), the
    /// positions in `fineNeighbours` of the scores its neighbours bring under its universal tag:
    /// `neighbours[2 × i]` for the word after word `i`, `neighbours[2 × i + 1]` for the word
    /// before (-1 for words without an entry). Pairs not met before are scored with `model`.
    mutating func fineNeighbourEntries(of words: [WordKeys], universal tags: [Int], entries: [Int], with model: LinearModel,
                                       into neighbours: inout [Int], batch: inout FeatureBatch, scratch: inout LinearModel.Scratch) {
        let chunks = model.vectorsPerPrediction
        if fineNeighbourPairs.count + 2 * words.count > Self.keptFineNeighbours {
            fineNeighbourPairs = HashKeyedMemo()
            fineNeighbours.removeAll(keepingCapacity: true)
        }
        batch.removeAll()
        neighbours.removeAll(keepingCapacity: true)
        /// The first vector of the neighbour entry of `word` under the universal tag `universal`.
        func entry(_ word: WordKeys, _ universal: Int) -> Int {
            let key = PartOfSpeechFeatures.mix(206, word.form, UInt64(universal))
            let known = fineNeighbourPairs.position(of: key)
            if known >= 0 { return known * 2 * chunks }
            let entry = fineNeighbourPairs.count
            fineNeighbourPairs.store(true, for: key)
            fineNeighbours.append(contentsOf: repeatElement(SIMD4(), count: 2 * chunks))
            batch.features.append(PartOfSpeechFeatures.fineWordAfterFeature(word, universal: universal))
            batch.closeRun(group: entry * 2)
            batch.features.append(PartOfSpeechFeatures.fineWordBeforeFeature(word, universal: universal))
            batch.closeRun(group: entry * 2 + 1)
            return entry * 2 * chunks
        }
        for index in words.indices {
            guard entries[index] >= 0 else {
                neighbours.append(-1)
                neighbours.append(-1)
                continue
            }
            neighbours.append(entry(index + 1 < words.count ? words[index + 1] : WordKeys.end1, tags[index]))
            neighbours.append(entry(index > 0 ? words[index - 1] : WordKeys.start1, tags[index]) + chunks)
        }
        if !batch.isEmpty { fineNeighbours.withUnsafeMutableBufferPointer { model.add(batch, to: $0, scratch: &scratch) } }
    }
}
