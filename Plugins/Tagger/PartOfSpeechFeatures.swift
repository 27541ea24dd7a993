import LedeModels

/// The features of one word for the part-of-speech models: the word and its neighbours, their
/// affixes and shapes, lexicon facts, and the tags given to the two words before. Training and
/// tagging call this one function, so they see the same features.
enum PartOfSpeechFeatures {
    /// Tags of positions before the sentence.
    static let startTag = -1

    /// Writes the features of position `index` of `words` into `features` (cleared first):
    /// those of the words (`wordFeatures`) and those of the tags before (`tagFeatures`).
    static func extract(_ words: [WordKeys], at index: Int, previous: Int, beforePrevious: Int, into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        wordFeatures(words, at: index, into: &features)
        tagFeatures(words, at: index, previous: previous, beforePrevious: beforePrevious, into: &features)
    }

    /// Appends the features of position `index` that depend only on the words, not on the tags
    /// given before: a tagger can score them for a whole sentence at once. They come in four
    /// groups: the word's own, those of the word before and of the word after, and those of
    /// pairs of neighbours. Only the last depends on more than one word, so a tagger can score
    /// the first three once per kind of word (`WordScoreCache`).
    static func wordFeatures(_ words: [WordKeys], at index: Int, into features: inout [UInt64]) {
        // (The words two before and two after, and the shape of the next word, were tried and
        // left out: they did not help on EWT dev.)
        let word = words[index]
        let before = index > 0 ? words[index - 1] : WordKeys.start1
        let after = index + 1 < words.count ? words[index + 1] : WordKeys.end1
        ownFeatures(of: word, into: &features)
        featuresAsWordBefore(before, into: &features)
        featuresAsWordAfter(after, into: &features)
        pairFeatures(before: before, word: word, after: after, into: &features)
    }

    /// Appends the features of a word by itself: its forms, affixes, shape and lexicon facts.
    static func ownFeatures(of word: WordKeys, into features: inout [UInt64]) {
        features.append(mix(0, 0))
        features.append(mix(1, word.lower))
        if word.cased != 0 { features.append(mix(2, word.cased)) }
        features.append(mix(3, word.suffix3))
        features.append(mix(4, word.suffix2))
        features.append(mix(5, word.prefix1))
        features.append(mix(6, word.shape))
        features.append(mix(21, word.suffix4))
        features.append(mix(22, word.prefix3))
        // The lexicon facts, a group at a time (the facts of a group taken together).
        for (number, group) in WordFact.groups.enumerated() {
            features.append(mix(32 + UInt64(number), UInt64(word.facts & group)))
        }
    }

    /// Appends the features a word gives the word after it.
    static func featuresAsWordBefore(_ before: WordKeys, into features: inout [UInt64]) {
        features.append(mix(11, before.lower))
        features.append(mix(12, before.suffix3))
        features.append(mix(23, before.shape))
    }

    /// Appends the features a word gives the word before it.
    static func featuresAsWordAfter(_ after: WordKeys, into features: inout [UInt64]) {
        features.append(mix(14, after.lower))
        features.append(mix(15, after.suffix3))
        for (number, group) in WordFact.groups.enumerated() {
            features.append(mix(40 + UInt64(number), UInt64(after.facts & group)))
        }
    }

    /// Appends the features of a word joined with a neighbour.
    static func pairFeatures(before: WordKeys, word: WordKeys, after: WordKeys, into features: inout [UInt64]) {
        features.append(mix(18, word.lower, after.lower))
        features.append(mix(20, before.lower, word.lower))
        features.append(mix(24, before.shape, word.shape))
        features.append(mix(25, word.shape, after.shape))
    }

    /// Appends the features of position `index` that depend on the tags given to the two words
    /// before (`previous`, `beforePrevious`): those of the tags alone, and those of the tag
    /// before joined with the words.
    static func tagFeatures(_ words: [WordKeys], at index: Int, previous: Int, beforePrevious: Int, into features: inout [UInt64]) {
        transitionFeatures(previous: previous, beforePrevious: beforePrevious, into: &features)
        taggedWordFeatures(words, at: index, previous: previous, into: &features)
    }

    /// Appends the features of the two tags before alone (few enough for a tagger to score every
    /// pair once).
    static func transitionFeatures(previous: Int, beforePrevious: Int, into features: inout [UInt64]) {
        let p1 = UInt64(bitPattern: Int64(previous)), p2 = UInt64(bitPattern: Int64(beforePrevious))
        features.append(mix(7, p1))
        features.append(mix(8, p2))
        features.append(mix(9, p1, p2))
    }

    /// Appends the features that join the tag before with the words.
    static func taggedWordFeatures(_ words: [WordKeys], at index: Int, previous: Int, into features: inout [UInt64]) {
        let tagged = taggedWordFeatures(words, at: index, previous: previous)
        features.append(tagged.0)
        features.append(tagged.1)
        features.append(tagged.2)
        features.append(tagged.3)
    }

    /// The four features that join the tag before with the words, returned rather than
    /// appended.
    @inline(__always)
    static func taggedWordFeatures(_ words: [WordKeys], at index: Int, previous: Int) -> (UInt64, UInt64, UInt64, UInt64) {
        let joined = wordsJoinedToTagBefore(words, at: index, previous: previous)
        let before = index > 0 ? words[index - 1] : WordKeys.start1
        return (joined.0, joined.1, joined.2, ambiguityClassFeature(ambiguityClass(of: before), previous: previous))
    }

    /// The first three of `taggedWordFeatures`, those that join the tag before with a word's
    /// form or shape, for a tagger that scores them word after word (the fourth has few enough
    /// values to be scored once for all: `ambiguityClassFeature`).
    @inline(__always)
    static func wordsJoinedToTagBefore(_ words: [WordKeys], at index: Int, previous: Int) -> (UInt64, UInt64, UInt64) {
        let word = words[index]
        let after = index + 1 < words.count ? words[index + 1] : WordKeys.end1
        let p1 = UInt64(bitPattern: Int64(previous))
        return (mix(10, p1, word.lower), mix(19, p1, word.shape), mix(26, p1, after.lower))
    }

    /// The number of ambiguity classes: the sets of parts of speech WordNet allows a word.
    static let ambiguityClasses = 64

    /// The parts of speech WordNet allows the word (six bits: `ambiguityClasses` values).
    @inline(__always)
    static func ambiguityClass(of word: WordKeys) -> Int {
        Int(word.facts >> UInt32(WordFact.wordnetNoun.rawValue) & UInt32(ambiguityClasses - 1))
    }

    /// The last of `taggedWordFeatures`: the ambiguity class of the word before, with its tag.
    static func ambiguityClassFeature(_ ambiguityClass: Int, previous: Int) -> UInt64 {
        mix(29, UInt64(ambiguityClass), UInt64(bitPattern: Int64(previous)))
    }

    /// Appends the features of the fine-grained (Penn) tag, all joined to the universal tag:
    /// the word's own, then those of its neighbours.
    static func fineFeatures(_ words: [WordKeys], at index: Int, universal: Int, into features: inout [UInt64]) {
        fineOwnFeatures(of: words[index], universal: universal, into: &features)
        fineNeighbourFeatures(words, at: index, universal: universal, into: &features)
    }

    /// Appends the fine features of a word by itself under the universal tag `universal`.
    static func fineOwnFeatures(of word: WordKeys, universal: Int, into features: inout [UInt64]) {
        let u = UInt64(universal)
        features.append(mix(100, u))
        features.append(mix(101, u, word.lower))
        features.append(mix(102, u, word.suffix3))
        features.append(mix(103, u, word.suffix2))
        features.append(mix(104, u, word.shape))
        if word.cased != 0 { features.append(mix(107, u, word.cased)) }
    }

    /// Appends the fine features of the words beside position `index`.
    static func fineNeighbourFeatures(_ words: [WordKeys], at index: Int, universal: Int, into features: inout [UInt64]) {
        let u = UInt64(universal)
        let after = index + 1 < words.count ? words[index + 1] : WordKeys.end1
        let before = index > 0 ? words[index - 1] : WordKeys.start1
        features.append(mix(105, u, after.lower))
        features.append(mix(106, u, before.lower))
    }

    /// The feature hash of a template and its keys (`FeatureKey.mix`).
    @inline(__always)
    static func mix(_ template: UInt64, _ first: UInt64, _ second: UInt64 = 0) -> UInt64 {
        FeatureKey.mix(template, first, second)
    }
}
