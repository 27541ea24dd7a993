import LedeCore
import LedeModels

/// Trains the tagger on treebank sentences: an averaged perceptron over the universal tags,
/// greedy from left to right with the tags it gives itself (as when tagging), and one over the
/// `UPOS XPOS` pairs seen in training; the lemmatizer is learned from the same words. The order
/// of the sentences is shuffled each epoch from a fixed seed, so two runs give the same model.
public struct PartOfSpeechTrainer {
    /// The universal part-of-speech tags (UPOS).
    public static let universalTags = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
                                       "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"]

    /// A sentence ready for training or scoring.
    public struct Sentence {
        let texts: [String]
        let keys: [WordKeys]
        let universal: [Int]
        let fine: [Int]
        let lemmas: [String]
        /// The number of words.
        public var wordCount: Int { texts.count }
    }

    /// For each universal tag, the Penn tags seen with it in training, in slot order (most
    /// frequent first): the classes of the fine model are these slots.
    public let fineTags: [[String]]
    private var keyMaker = WordKeyMaker()

    /// A trainer whose fine tags are the Penn tags seen with each universal tag in `training`.
    public init(training: [[CoNLLU.Word]]) {
        var counts = [[String: Int]](repeating: [:], count: Self.universalTags.count)
        for sentence in training {
            for word in sentence {
                guard let index = Self.universalTags.firstIndex(of: word.upos), word.xpos != "_" else { continue }
                counts[index][word.xpos, default: 0] += 1
            }
        }
        fineTags = counts.map { tags in tags.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key) }
    }

    /// Treebank sentences as the features see them (words with an unknown tag are skipped).
    public mutating func prepare(_ sentences: [[CoNLLU.Word]]) -> [Sentence] {
        let fineTags = self.fineTags
        return sentences.compactMap { words in
            let words = words.filter { Self.universalTags.contains($0.upos) }
            guard !words.isEmpty else { return nil }
            let keys = keyMaker.keys(ofSentence: words.map(\.form))
            return Sentence(texts: words.map(\.form), keys: keys,
                            universal: words.map { Self.universalTags.firstIndex(of: $0.upos) ?? 0 },
                            fine: words.map { word in
                                Self.universalTags.firstIndex(of: word.upos).flatMap { fineTags[$0].firstIndex(of: word.xpos) } ?? -1
                            }, lemmas: words.map(\.lemma))
        }
    }

    /// Trains for `epochs` over `training`; after each epoch, `report` gets the epoch, the
    /// accuracy on the training sentences during the epoch and the universal tag accuracy of the
    /// averaged model on `dev`. Returns the model and the lemma tables.
    public func train(_ training: [Sentence], dev: [Sentence], epochs: Int, seed: UInt64, pruneBelow threshold: Float = 0,
                      report: (Int, Double, Double) -> Void) -> Trained {
        var universal = PerceptronTrainer(classes: Self.universalTags)
        let slots = max(1, fineTags.map(\.count).max() ?? 1)
        var fine = PerceptronTrainer(classes: (0..<slots).map { String($0) })
        var order = Array(training.indices)
        var random = SplitMix64(seed: seed)
        var features: [UInt64] = []
        var model: PartOfSpeechModel?
        for epoch in 1...max(1, epochs) {
            random.shuffle(&order)
            var right = 0, total = 0
            for sentenceIndex in order {
                let sentence = training[sentenceIndex]
                var tags: [Int] = []
                for index in sentence.keys.indices {
                    let previous = index > 0 ? tags[index - 1] : PartOfSpeechFeatures.startTag
                    let beforePrevious = index > 1 ? tags[index - 2] : PartOfSpeechFeatures.startTag
                    PartOfSpeechFeatures.extract(sentence.keys, at: index, previous: previous, beforePrevious: beforePrevious, into: &features)
                    let guess = universal.predict(features)
                    universal.update(features: features, truth: sentence.universal[index], guess: guess)
                    if guess == sentence.universal[index] { right += 1 }
                    total += 1
                    tags.append(guess)
                    let truthFine = sentence.fine[index]
                    let candidates = fineTags[sentence.universal[index]].count
                    if truthFine >= 0, candidates > 1 {
                        features.removeAll(keepingCapacity: true)
                        PartOfSpeechFeatures.fineFeatures(sentence.keys, at: index, universal: sentence.universal[index], into: &features)
                        fine.update(features: features, truth: truthFine, guess: fine.predict(features, allowed: Array(0..<candidates)))
                    }
                }
            }
            let current = PartOfSpeechModel(universal: universal.averaged(threshold: threshold), fine: fine.averaged(threshold: threshold / 4),
                                            fineTags: fineTags, lemmatizer: Lemmatizer(forms: SortedTSV(), rules: []))
            model = current
            report(epoch, Double(right) / Double(max(1, total)), Self.accuracy(current, on: dev).universal)
        }
        let learned = LemmaLearner.learn(training.flatMap { sentence in
            sentence.texts.indices.map { (sentence.texts[$0], Self.universalTags[sentence.universal[$0]], sentence.lemmas[$0]) }
        })
        // The rows are sorted by `LemmaLearner`, so the table always reads.
        let forms = (try? SortedTSV(bytes: Array(Self.tsv(learned.forms).utf8))) ?? SortedTSV()
        let lemmatizer = Lemmatizer(forms: forms, rules: learned.rules.map { $0.map { Substring($0) } })
        guard let model else { fatalError("at least one epoch runs") }
        return Trained(model: PartOfSpeechModel(universal: model.universal, fine: model.fine, fineTags: fineTags,
                                                lemmatizer: lemmatizer),
                       lemmaForms: learned.forms, lemmaRules: learned.rules)
    }

    /// A trained tagger: the model, and the lemma tables it was given.
    public struct Trained {
        public let model: PartOfSpeechModel
        let lemmaForms: [[String]]
        let lemmaRules: [[String]]
    }

    /// The accuracy of `model` on `sentences`: universal tags, fine tags, lemmas.
    public static func accuracy(_ model: PartOfSpeechModel, on sentences: [Sentence]) -> (universal: Double, fine: Double, lemma: Double) {
        var right = 0, rightFine = 0, rightLemma = 0, total = 0
        var work = TaggingWork()
        for sentence in sentences {
            let tags = model.tag(sentence.keys, form: { sentence.texts[$0] }, work: &work)
            for (index, tag) in tags.enumerated() {
                total += 1
                if tag.upos == universalTags[sentence.universal[index]] { right += 1 }
                let universalIndex = sentence.universal[index]
                if sentence.fine[index] >= 0, tag.upos == universalTags[universalIndex],
                   tag.xpos == model.fineTags[universalIndex][safe: sentence.fine[index]] { rightFine += 1 }
                if tag.lemma == sentence.lemmas[index] || tag.lemma == sentence.lemmas[index].lowercased() { rightLemma += 1 }
            }
        }
        let count = Double(max(1, total))
        return (Double(right) / count, Double(rightFine) / count, Double(rightLemma) / count)
    }

    /// The files of a trained tagger, by name, as `Resources/` holds them.
    public static func files(_ trained: Trained) -> [String: [UInt8]] {
        [
            "upos.model": ModelFile.encode(trained.model.universal),
            "xpos.model": ModelFile.encode(trained.model.fine),
            "xpos-tags.tsv": Array(("#upos\txpos (slot order)\n" + tsv(universalTags.indices.flatMap { index in
                trained.model.fineTags[index].map { [universalTags[index], $0] }
            })).utf8),
            "lemmas.tsv": Array(("#form\tupos\tlemma\n" + tsv(trained.lemmaForms)).utf8),
            "lemma-rules.tsv": Array(("#upos\tsuffix\tdrop\tadd\n" + tsv(trained.lemmaRules)).utf8),
        ]
    }

    static func tsv(_ rows: [[String]]) -> String {
        rows.map { $0.joined(separator: "\t") + "\n" }.joined()
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
