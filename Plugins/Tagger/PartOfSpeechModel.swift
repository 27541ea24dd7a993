import Foundation
import LedeCore
import LedeModels

/// The tagger: the universal tag model, the fine-grained (Penn) tag model, and the lemmatizer.
/// Tags a sentence greedily from left to right.
///
/// The fine model chooses among the Penn tags that go with the universal tag chosen first: its
/// classes are slots, the k-th Penn tag of that universal tag (`fineTags`), and its features are
/// all joined to the universal tag, so a row holds a few weights, not one per Penn tag.
public struct PartOfSpeechModel: Sendable {
    let universal: LinearModel
    let fine: LinearModel
    let lemmatizer: Lemmatizer
    /// For each universal tag (by index), its Penn tags in slot order.
    let fineTags: [[String]]
    /// The lemmas found so far in any document (a lemma depends only on the form and the tag).
    let sharedLemmas = LookupMemo<UInt64, String>(capacity: 500_000)

    /// The scores of the features of the two tags before alone, for every pair (the start of
    /// the sentence included): block `(previous + 1) × (tags + 1) + beforePrevious + 1`.
    let transitions: [SIMD4<Float>]
    /// The universal scores the boundaries bring as neighbours: the start of the sentence as
    /// the word before (the first block), the end as the word after (the second).
    let boundaries: [SIMD4<Float>]
    /// The scores of the feature that joins the tag before with the word before's ambiguity
    /// class, for every pair: block `(previous + 1) × ambiguityClasses + class`. Added last, as
    /// the model's look-up adds that feature last, so that the sums are the same bit for bit.
    let ambiguityScores: [SIMD4<Float>]

    init(universal: LinearModel, fine: LinearModel, fineTags: [[String]], lemmatizer: Lemmatizer) {
        self.universal = universal
        self.fine = fine
        self.fineTags = fineTags
        self.lemmatizer = lemmatizer
        let chunks = universal.vectorsPerPrediction, states = universal.classes.count + 1
        var transitions = [SIMD4<Float>](repeating: SIMD4(), count: states * states * chunks)
        var batch = FeatureBatch()
        for previous in -1..<(states - 1) {
            for beforePrevious in -1..<(states - 1) {
                PartOfSpeechFeatures.transitionFeatures(previous: previous, beforePrevious: beforePrevious, into: &batch.features)
                batch.closeRun(group: (previous + 1) * states + beforePrevious + 1)
            }
        }
        var scratch = LinearModel.Scratch()
        transitions.withUnsafeMutableBufferPointer { universal.add(batch, to: $0, scratch: &scratch) }
        self.transitions = transitions
        batch.removeAll()
        PartOfSpeechFeatures.featuresAsWordBefore(WordKeys.start1, into: &batch.features)
        batch.closeRun(group: 0)
        PartOfSpeechFeatures.featuresAsWordAfter(WordKeys.end1, into: &batch.features)
        batch.closeRun(group: 1)
        var boundaries = [SIMD4<Float>](repeating: SIMD4(), count: 2 * chunks)
        boundaries.withUnsafeMutableBufferPointer { universal.add(batch, to: $0, scratch: &scratch) }
        self.boundaries = boundaries
        batch.removeAll()
        let classes = PartOfSpeechFeatures.ambiguityClasses
        for previous in -1..<(states - 1) {
            for ambiguityClass in 0..<classes {
                batch.features.append(PartOfSpeechFeatures.ambiguityClassFeature(ambiguityClass, previous: previous))
                batch.closeRun(group: (previous + 1) * classes + ambiguityClass)
            }
        }
        var ambiguityScores = [SIMD4<Float>](repeating: SIMD4(), count: states * classes * chunks)
        ambiguityScores.withUnsafeMutableBufferPointer { universal.add(batch, to: $0, scratch: &scratch) }
        self.ambiguityScores = ambiguityScores
    }

    /// One tagged word.
    public struct Tag: Sendable, Equatable {
        public let upos: String
        public let xpos: String
        public let lemma: String
    }

    /// The model shipped in this module's `Resources/`, loaded on first use.
    static let shipped = ModuleResource<PartOfSpeechModel?>(empty: nil) { () throws(ResourceError) in try loadShipped() }

    /// Reads the model of this module's `Resources/` (what `shipped` holds; timed by lede-bench).
    public static func loadShipped() throws(ResourceError) -> PartOfSpeechModel {
        let lemmatizer = Lemmatizer(forms: try SortedTSV(resource: "lemmas.tsv", in: .module),
                                    rules: try TSV.rows(resource: "lemma-rules.tsv", in: .module))
        let universal = try ModelFile.load("upos.model", in: .module)
        guard universal.classes == PartOfSpeechTrainer.universalTags else {
            throw ResourceError(resource: "upos.model", reason: "its classes are not the universal tags (\(universal.classes.prefix(5).joined(separator: ", "))…)")
        }
        var fineTags = [[String]](repeating: [], count: universal.classes.count)
        for row in try TSV.rows(resource: "xpos-tags.tsv", in: .module) where row.count >= 2 {
            if let index = universal.classes.firstIndex(of: String(row[0])) { fineTags[index].append(String(row[1])) }
        }
        return PartOfSpeechModel(universal: universal, fine: try ModelFile.load("xpos.model", in: .module), fineTags: fineTags,
                                 lemmatizer: lemmatizer)
    }

    /// The universal tags of `words` (one sentence), greedily from left to right. What depends
    /// only on the words is scored for the whole sentence first: each kind of word's own scores
    /// and those it gives its neighbours (remembered in `work.cache`), and the features of pairs
    /// of words (whose memory reads overlap). Then each word adds the features of the tags
    /// before it.
    func universalTags(_ words: [WordKeys], work: inout TaggingWork) -> [Int] {
        let chunks = universal.vectorsPerPrediction
        work.cache.scoreKinds(of: words, with: universal, batch: &work.batch, scratch: &work.scratch)
        work.batch.removeAll()
        for index in words.indices {
            PartOfSpeechFeatures.pairFeatures(before: index > 0 ? words[index - 1] : WordKeys.start1, word: words[index],
                                              after: index + 1 < words.count ? words[index + 1] : WordKeys.end1,
                                              into: &work.batch.features)
            work.batch.closeRun(group: index)
        }
        // Every block is written before it is read: no need to clear them.
        work.scores.makeRoom(for: (words.count + 1) * chunks)
        var tags: [Int] = []
        tags.reserveCapacity(words.count)
        // The kinds' scores alone: a copy of the whole cache would retain each of its arrays.
        let kindScores = work.cache.universal
        work.scores.withUnsafeMutableBufferPointer { scores in
            guard let first = scores.baseAddress else { return }
            kindScores.withUnsafeBufferPointer { kinds in
                boundaries.withUnsafeBufferPointer { boundaries in
                    guard let kinds = kinds.baseAddress, let boundaries = boundaries.baseAddress else { return }
                    for index in words.indices {
                        let own = kinds + WordScoreCache.universalOffset(kind: words[index].kind, part: WordScoreCache.own, chunks: chunks)
                        let before = index > 0
                            ? kinds + WordScoreCache.universalOffset(kind: words[index - 1].kind, part: WordScoreCache.asWordBefore, chunks: chunks)
                            : boundaries
                        let after = index + 1 < words.count
                            ? kinds + WordScoreCache.universalOffset(kind: words[index + 1].kind, part: WordScoreCache.asWordAfter, chunks: chunks)
                            : boundaries + chunks
                        let block = first + index * chunks
                        for chunk in 0..<chunks { block[chunk] = own[chunk] + before[chunk] + after[chunk] }
                    }
                }
            }
            universal.add(work.batch, to: scores, scratch: &work.scratch)
            // The last block of scores is where each word's are finished.
            let current = words.count * chunks, states = universal.classes.count + 1
            transitions.withUnsafeBufferPointer { transitions in
                ambiguityScores.withUnsafeBufferPointer { ambiguityScores in
                    guard let transitions = transitions.baseAddress, let ambiguityScores = ambiguityScores.baseAddress else { return }
                    let classes = PartOfSpeechFeatures.ambiguityClasses
                    for index in words.indices {
                        let previous = index > 0 ? tags[index - 1] : PartOfSpeechFeatures.startTag
                        let beforePrevious = index > 1 ? tags[index - 2] : PartOfSpeechFeatures.startTag
                        let transition = transitions + ((previous + 1) * states + beforePrevious + 1) * chunks
                        let block = first + index * chunks, finished = first + current
                        for chunk in 0..<chunks { finished[chunk] = block[chunk] + transition[chunk] }
                        // Three features, read where they were made (a tuple of one type is laid out as an array).
                        withUnsafeBytes(of: PartOfSpeechFeatures.wordsJoinedToTagBefore(words, at: index, previous: previous)) { tagged in
                            universal.add(tagged.bindMemory(to: UInt64.self), to: scores, at: current, scratch: &work.scratch)
                        }
                        let ambiguityClass = PartOfSpeechFeatures.ambiguityClass(of: index > 0 ? words[index - 1] : WordKeys.start1)
                        let ambiguity = ambiguityScores + ((previous + 1) * classes + ambiguityClass) * chunks
                        for chunk in 0..<chunks { finished[chunk] += ambiguity[chunk] }
                        tags.append(universal.best(UnsafeBufferPointer(scores), from: current))
                    }
                }
            }
        }
        return tags
    }

    /// The Penn tag slot of each word given its universal tag (0 where the tag has one Penn tag):
    /// the word's own scores under its universal tag (remembered in `work.cache`), then those of
    /// its neighbours.
    func fineSlots(_ words: [WordKeys], universal tags: [Int], work: inout TaggingWork) -> [Int] {
        let chunks = fine.vectorsPerPrediction
        let entries = work.cache.fineEntries(of: words, universal: tags, needed: { fineTags[tags[$0]].count > 1 }, with: fine,
                                             batch: &work.batch, scratch: &work.scratch)
        // Only the blocks of words with entries are written, added to and read.
        work.scores.makeRoom(for: words.count * chunks)
        work.batch.removeAll()
        let fineScores = work.cache.fine
        work.scores.withUnsafeMutableBufferPointer { scores in
            fineScores.withUnsafeBufferPointer { own in
                guard let scores = scores.baseAddress, let own = own.baseAddress else { return }
                for index in words.indices where entries[index] >= 0 {
                    // A few vectors: copied one by one, not by a call to memmove.
                    let block = scores + index * chunks, entry = own + entries[index] * chunks
                    for chunk in 0..<chunks { block[chunk] = entry[chunk] }
                    PartOfSpeechFeatures.fineNeighbourFeatures(words, at: index, universal: tags[index], into: &work.batch.features)
                    work.batch.closeRun(group: index)
                }
            }
        }
        return work.scores.withUnsafeMutableBufferPointer { scores in
            fine.add(work.batch, to: scores, scratch: &work.scratch)
            return words.indices.map { index in
                let candidates = fineTags[tags[index]].count
                return candidates > 1 ? fine.best(UnsafeBufferPointer(scores), from: index * chunks, limit: candidates) : 0
            }
        }
    }

    /// The tags of one sentence whose words have the keys `keys`; `form(i)` is the text of word
    /// `i` (asked only for a lemma not found before); `work` remembers the document's lemmas.
    func tag(_ keys: [WordKeys], form: (Int) -> String, work: inout TaggingWork) -> [Tag] {
        let tags = universalTags(keys, work: &work)
        let slots = fineSlots(keys, universal: tags, work: &work)
        return tags.indices.map { index in
            Tag(upos: upos(tags[index]), xpos: xpos(tags[index], slot: slots[index]),
                lemma: lemma(of: keys[index], universal: tags[index], work: &work) { form(index) })
        }
    }

    /// The universal tag numbered `universal`.
    func upos(_ universal: Int) -> String { self.universal.classes[universal] }

    /// The Penn tag in `slot` of the universal tag numbered `universal`.
    func xpos(_ universal: Int, slot: Int) -> String { fineTags[universal][safe: slot] ?? upos(universal) }

    /// The lemma of the word with `keys` tagged `universal` (a lemma depends only on the form and
    /// the tag: looked up in this document's memo, then in every document's, and only then made
    /// from `form()`, the word's text).
    func lemma(of keys: WordKeys, universal: Int, work: inout TaggingWork, form: () -> String) -> String {
        let key = PartOfSpeechFeatures.mix(200, keys.form, UInt64(universal))
        if let known = work.lemmas[key] { return known }
        let found: String
        if let shared = sharedLemmas.value(for: key) {
            found = shared
        } else {
            found = lemmatizer.lemma(form(), upos: upos(universal))
            sharedLemmas.store(found, for: key)
        }
        work.lemmas.store(found, for: key)
        return found
    }
}

/// The memory a tagger works in, kept from one sentence to the next and, through
/// `TaggingWork.pool`, from one document to the next: the keys and scores of the kinds of words
/// met, the lemmas and attributes found, and the buffers of scoring.
struct TaggingWork {
    /// Past this many kinds of words, a memory is let go after its document rather than kept
    /// (about 450 bytes a kind: it bounds what a worker keeps to some 20 MB).
    static let keptKinds = 50_000

    var keyMaker = WordKeyMaker()
    var cache = WordScoreCache()
    /// The lemmas found, by form and universal tag.
    var lemmas = HashKeyedMemo<String>()
    /// The attributes of the annotations made, by form, universal tag and Penn slot.
    var attributes = HashKeyedMemo<Attributes>()
    var batch = FeatureBatch()
    var scores: [SIMD4<Float>] = []
    var scratch = LinearModel.Scratch()

    /// Whether this memory is small enough to keep for another document.
    var isWorthKeeping: Bool { keyMaker.kindsMet <= Self.keptKinds }

    /// The memories of the documents tagged before, not in use now.
    static let pool = Pool()

    /// Memories kept between documents, one per worker at most: a document takes one (or a new
    /// one) and gives it back when done.
    final class Pool: @unchecked Sendable {
        private let lock = NSLock()
        private var idle: [TaggingWork] = []

        func take() -> TaggingWork {
            lock.withLock { idle.popLast() } ?? TaggingWork()
        }

        func give(_ work: TaggingWork) {
            guard work.isWorthKeeping else { return }
            lock.withLock { if idle.count < 64 { idle.append(work) } }
        }
    }
}

extension Array where Element == SIMD4<Float> {
    /// At least `count` vectors, their values left as they were (new ones are zero): the
    /// storage of scores that are written before they are read.
    mutating func makeRoom(for count: Int) {
        if self.count < count { append(contentsOf: repeatElement(SIMD4(), count: count - self.count)) }
    }
}
