import LedeModels

/// The features of a candidate name for the learned recognizer: its words (first, last, each),
/// their shapes and parts of speech, its length, what the rules decided (kind and sieve) and
/// the place there, lexicon facts of its first and last words, the words around it and facts
/// of the document. Training and tagging call this one function, so they see the same features.
enum EntityFeatures {
    /// Writes the features of `candidate` into `features` (cleared first).
    static func extract(_ context: EntityContext, _ candidate: NameCandidate, into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        let span = candidate.tokens, sentence = candidate.sentence
        let first = context.keys[span.lowerBound], last = context.keys[span.upperBound - 1]
        let before = context.at(span.lowerBound - 1, in: sentence), after = context.at(span.upperBound, in: sentence)
        let twoBefore = context.at(span.lowerBound - 2, in: sentence), twoAfter = context.at(span.upperBound + 1, in: sentence)
        let rule = candidate.ruleKind.map(EntityContext.ruleKindNumber) ?? 0
        let place = candidate.place.map { _ in first.place >> 2 } ?? 0
        let length = UInt64(min(span.count, 5))
        var words = FeatureHasher(template: 8)
        for index in span {
            words.combine(Int(truncatingIfNeeded: context.keys[index].lower & 0xFFFF))
            words.combine(Int(truncatingIfNeeded: context.keys[index].lower >> 16 & 0xFFFF))
        }

        features.append(mix(0, 0))
        // What the rules decided.
        features.append(mix(1, rule))
        features.append(sieveFeature(candidate))
        features.append(mix(3, place))
        features.append(mix(4, rule, place))
        features.append(mix(5, rule, length))
        features.append(mix(6, candidate.variant.rawValue, (first.rule >> 2) << 4 | last.rule >> 2))
        features.append(mix(7, candidate.variant.rawValue, length))
        // The words.
        features.append(mix(10, words.value))
        features.append(mix(11, first.lower))
        features.append(mix(12, last.lower))
        features.append(mix(13, last.suffix3))
        features.append(mix(14, first.prefix3))
        features.append(shapeFeature(context, span))
        features.append(mix(16, length))
        features.append(mix(17, first.upos, last.upos))
        features.append(mix(18, rule, last.lower))
        features.append(mix(19, first.form))
        for index in span where span.count > 2 && index != span.lowerBound && index != span.upperBound - 1 {
            features.append(mix(20, context.keys[index].lower))
        }
        // The lexicons.
        for (number, group) in LexiconFact.groups.enumerated() {
            features.append(mix(30 + UInt64(number), first.lexicon >> group.shift & group.mask, span.count == 1 ? 1 : 0))
            if span.count > 1 { features.append(mix(40 + UInt64(number), last.lexicon >> group.shift & group.mask)) }
        }
        // The words around.
        features.append(mix(50, before.lower))
        features.append(mix(51, after.lower))
        features.append(mix(52, twoBefore.lower, before.lower))
        features.append(mix(53, after.lower, twoAfter.lower))
        features.append(mix(54, before.upos, after.upos))
        features.append(mix(55, before.shape))
        features.append(mix(56, after.shape))
        features.append(mix(57, before.lexicon >> 11 & 0x7))
        features.append(mix(58, rule, before.lower))
        features.append(mix(59, rule, after.lower))
        features.append(mix(60, before.place >> 2, after.place >> 2))
        features.append(mix(61, before.rule >> 2, after.rule >> 2))
        // A person's context: a verb of speech beside the name, an age after it ("Das, 38,").
        features.append(mix(62, after.lower, twoAfter.shape))
        features.append(mix(63, before.lexicon >> 21 & 1, after.lexicon >> 21 & 1))
        // The document.
        features.append(mix(70, first.document & 0x3, last.document & 0x3))
        features.append(mix(71, first.document >> 2 & 0x7, last.document >> 2 & 0x7))
        features.append(mix(72, first.document >> 5 & 0x3, rule))
        features.append(mix(73, first.document >> 7 & 0x1, rule))
        features.append(mix(74, last.document & 0x3, last.lexicon >> 6 & 0x1F))
        features.append(mix(75, first.document >> 8 & 0x3, last.document >> 8 & 0x3))
        features.append(mix(76, first.document >> 8 & 0x3, rule))
        // The same words elsewhere in the document.
        let facts = candidate.document
        features.append(mix(80, NameCandidate.DocumentFacts.count(facts), rule))
        features.append(mix(81, NameCandidate.DocumentFacts.otherClasses(facts)))
        features.append(mix(82, NameCandidate.DocumentFacts.longerClass(facts), rule))
        features.append(mix(83, NameCandidate.DocumentFacts.count(facts), first.lexicon >> 6 & 0x1F))
    }

    /// The feature of the rules' decision on the name: its kind and the sieve that decided it.
    static func sieveFeature(_ candidate: NameCandidate) -> UInt64 {
        mix(2, candidate.ruleKind.map(EntityContext.ruleKindNumber) ?? 0, candidate.sieveHash)
    }

    /// The hash of a sieve's name that `sieveFeature` reads (a candidate makes it once).
    static func sieveHash(_ sieve: String?) -> UInt64 {
        var hasher = FeatureHasher(template: 2)
        hasher.combineBytes(of: sieve ?? "")
        return hasher.value
    }

    /// The feature of the shapes of the name's words, in order (`Xx Xx - Xx`).
    static func shapeFeature(_ context: EntityContext, _ span: Range<Int>) -> UInt64 {
        var shapes = FeatureHasher(template: 7)
        for index in span { shapes.combine(Int(truncatingIfNeeded: context.keys[index].shape & 0xFFFF)) }
        return mix(15, shapes.value)
    }

    @inline(__always)
    static func mix(_ template: UInt64, _ first: UInt64, _ second: UInt64 = 0) -> UInt64 {
        FeatureKey.mix(template, first, second)
    }
}
