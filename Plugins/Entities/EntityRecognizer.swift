import LedeCore
import LedeModels

/// The learned entity recognizer: an averaged perceptron that decides what each candidate name
/// of the rules is (PERSON, ORG, PLACE or none), reading the rules' decision among its features
/// (`EntityFeatures`), and so learns from annotated text where to trust them.
struct EntityRecognizer: Sendable {
    let model: LinearModel
    /// How far the recognizer's class must score above the rules' class to replace it. The
    /// recognizer learned from other genres than news (GUM's, and web text), where the rules'
    /// weak guesses fail more often than in news; so it overrides the rules only where its
    /// overrides, on documents held out of its training, were right at least nine times in ten
    /// at that margin (`lede-train entities` chooses it and prints the curve). There is one
    /// margin for each change of class (the rules' class × 4 + the recognizer's), as some are
    /// far safer than others, and for some sieves margins of their own.
    let overrideMargins: OverrideMargins
    /// The margins outside news reports (`NewsStyle`), in the genres the recognizer learned
    /// from: for each change of class, and some sieves, the margin at which its overrides gave
    /// the best F1 on documents held out of its training.
    let otherOverrideMargins: OverrideMargins

    /// The model shipped in this module's `Resources/`, loaded on first use.
    static let shipped = ModuleResource<EntityRecognizer?>(empty: nil) { () throws(ResourceError) in
        let model = try ModelFile.load("entities.model", in: .module)
        guard model.classes == EntityClasses.names else {
            throw ResourceError(resource: "entities.model", reason: "its classes are not the entity classes (\(model.classes.prefix(5).joined(separator: ", "))…)")
        }
        let rows = try TSV.rows(resource: "entities-settings.tsv", in: .module)
        switch (OverrideMargins.parse(rows), OverrideMargins.parse(rows, prefix: OverrideMargins.otherWritingPrefix)) {
        case (.success(let news), .success(let other)):
            return EntityRecognizer(model: model, overrideMargins: news, otherOverrideMargins: other)
        case (.failure(let bad), _), (_, .failure(let bad)):
            throw ResourceError(resource: "entities-settings.tsv", reason: "a bad override-margin row: \(bad.row)")
        }
    }

    /// How far the recognizer must beat the rules in `document`: `overrideMargins` in a news
    /// report (`NewsStyle`), which the rules were written for and the recognizer never saw;
    /// `otherOverrideMargins` in other writing, the genres it learned from.
    func margins(for document: Document) -> OverrideMargins {
        NewsStyle.readsAsNews(document) ? overrideMargins : otherOverrideMargins
    }

    /// The class of each candidate: the recognizer's where it beats the rules' class by
    /// `margins`, else the rules'; where two names overlap, the one the recognizer scores higher.
    func classes(of candidates: [NameCandidate], in context: EntityContext, margins: OverrideMargins) -> [Int] {
        Self.chosen(decisions(of: candidates, in: context), candidates: candidates, margins: margins)
    }

    /// What the recognizer decided of one candidate: the rules' class, its own, by how much its
    /// own scores above the rules' (0 when they agree), and the score of each class above NONE.
    struct Decision {
        let rules: Int
        let learned: Int
        let margin: Float
        let strength: SIMD4<Float>
    }

    /// The classes chosen with `margins` (by change of class), overlaps settled.
    static func chosen(_ decisions: [Decision], candidates: [NameCandidate], margins: OverrideMargins) -> [Int] {
        var classes = zip(decisions, candidates).map { decision, candidate in
            // Where both agree there is nothing to override (and no margin to look up).
            decision.learned == decision.rules ? decision.rules
                : !candidate.isCountry && !(candidate.isSureName && decision.learned == EntityClasses.none)
                && decision.margin >= margins.margin(rules: decision.rules, learned: decision.learned, sieve: candidate.sieve)
                ? decision.learned : decision.rules
        }
        // Names the recognizer could not judge come first: nothing it chose may displace them.
        let priority = classes.indices.map { index in
            decisions[index].margin == -.infinity ? Float.infinity : decisions[index].strength[classes[index]]
        }
        let named = classes.indices.filter { classes[$0] != EntityClasses.none }.sorted { priority[$0] > priority[$1] }
        var taken = [Bool](repeating: false, count: candidates.reduce(0) { max($0, $1.tokens.upperBound) })
        for index in named {
            if candidates[index].tokens.contains(where: { taken[$0] }) {
                classes[index] = EntityClasses.none
            } else {
                for token in candidates[index].tokens { taken[token] = true }
            }
        }
        return classes
    }

    /// The recognizer's decision on each candidate.
    func decisions(of candidates: [NameCandidate], in context: EntityContext) -> [Decision] {
        var scores = [SIMD4<Float>](repeating: SIMD4(), count: model.vectorsPerPrediction)
        var scratch = LinearModel.Scratch()
        var features: [UInt64] = []
        return candidates.map { candidate in
            EntityFeatures.extract(context, candidate, into: &features)
            return scores.withUnsafeMutableBufferPointer { scores in
                scores[0] = SIMD4()
                features.withUnsafeBufferPointer { model.add($0, to: scores, at: 0, scratch: &scratch) }
                let learned = model.best(UnsafeBufferPointer(scores))
                let rules = candidate.rulesClass
                let own = scores[0]
                // A name decided by a sieve the recognizer never saw decide in training is the
                // rules' to keep: it cannot judge that sieve.
                let judged = !candidate.hasMention || model.contains(EntityFeatures.sieveFeature(candidate), scratch: &scratch)
                return Decision(rules: rules, learned: learned, margin: judged ? own[learned] - own[rules] : -.infinity,
                                strength: own - SIMD4(repeating: own[0]))
            }
        }
    }
}
