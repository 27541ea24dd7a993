import LedeCore
import LedeModels

/// Trains the learned entity recognizer on annotated documents: an averaged perceptron over the
/// candidate names the rules find in each document, each labelled with the true name that has
/// exactly its tokens (or none). The order of the documents is shuffled each epoch from a fixed
/// seed, so two runs give the same model.
public struct EntityTrainer {
    /// A document ready for training or scoring: its candidates and their true classes.
    public struct Example {
        let context: EntityContext
        let candidates: [NameCandidate]
        let truth: [Int]
        /// The true names, by tokens and class.
        let names: Set<NamedSpan>
        /// The number of true names, and of those no candidate has the tokens of.
        public var nameCount: Int { names.count }
        public let unreachableNames: Int
        /// The sieve that decided each candidate the rules found a name in.
        public var sieves: [String] { candidates.compactMap(\.sieve) }
    }

    struct NamedSpan: Hashable {
        let tokens: Range<Int>
        let kind: Int
    }

    /// A true name: its byte range in the text and its label (PERSON, ORG or PLACE).
    public typealias Name = (range: Range<Int>, label: String)

    /// The example of `document`, whose tokens, sentences, parts of speech and places are set,
    /// with its true `names` (names of other labels are left out).
    public static func example(_ document: Document, names: [Name]) -> Example {
        let rules = EntityRules(document: document, tags: TokenTags(document: document))
        let context = EntityContext(document: document, mentions: rules.resolution.mentions, places: rules.places)
        let candidates = NameCandidate.candidates(of: rules, in: context)
        var spans = Set<NamedSpan>()
        var classByTokens: [Range<Int>: Int] = [:]
        for name in names {
            guard let kind = EntityClasses.index(ofLabel: name.label) else { continue }
            let tokens = tokenRange(of: name.range, in: document)
            // A span named twice keeps its first label, so that training is the same every time.
            guard !tokens.isEmpty, classByTokens[tokens] == nil else { continue }
            classByTokens[tokens] = kind
            spans.insert(NamedSpan(tokens: tokens, kind: kind))
        }
        let truth = candidates.map { classByTokens[$0.tokens] ?? EntityClasses.none }
        let reachable = Set(candidates.map(\.tokens))
        return Example(context: context, candidates: candidates, truth: truth, names: spans,
                       unreachableNames: spans.filter { !reachable.contains($0.tokens) }.count)
    }

    /// The tokens that overlap a byte range.
    static func tokenRange(of range: Range<Int>, in document: Document) -> Range<Int> {
        let tokens = document.tokens
        var first = document.tokenIndex(atOrAfter: range.lowerBound)
        if first > 0, tokens[first - 1].range.upperBound > range.lowerBound { first -= 1 }
        var end = first
        while end < tokens.count, tokens[end].range.lowerBound < range.upperBound { end += 1 }
        return first..<end
    }

    /// Trains for `epochs` over `training`; after each epoch (only the last when `development` is
    /// empty) `report` gets the epoch and the precision, recall and F1 of the model so far on
    /// `development` (names by exact tokens and class). With an `ensemble` of more than one, as
    /// many perceptrons see the examples in different orders (seeds `seed`, `seed + 1`, …) and the model is the mean of their averaged
    /// weights: a perceptron's model shifts with the order of its examples, the mean much less.
    /// Rows whose weights are all below `pruneBelow` are left out.
    public static func train(_ training: [Example], development: [Example], epochs: Int, seed: UInt64, ensemble: Int = 1,
                             pruneBelow threshold: Float = 0,
                             report: (Int, (precision: Double, recall: Double, f1: Double)) -> Void) -> LinearModel {
        var perceptrons = (0..<max(1, ensemble)).map { _ in PerceptronTrainer(classes: EntityClasses.names) }
        var orders = perceptrons.indices.map { _ in Array(training.indices) }
        var randoms = perceptrons.indices.map { SplitMix64(seed: seed &+ UInt64($0)) }
        var features: [UInt64] = []
        var model = LinearModel(classes: EntityClasses.names, rows: [])
        let lastEpoch = max(1, epochs)
        for epoch in 1...lastEpoch {
            for member in perceptrons.indices {
                randoms[member].shuffle(&orders[member])
                for exampleIndex in orders[member] {
                    let example = training[exampleIndex]
                    for (candidate, truth) in zip(example.candidates, example.truth) {
                        EntityFeatures.extract(example.context, candidate, into: &features)
                        perceptrons[member].update(features: features, truth: truth, guess: perceptrons[member].predict(features))
                    }
                }
            }
            // The mean of the members is needed after each epoch only to score it on `development`.
            guard epoch == lastEpoch || !development.isEmpty else { continue }
            model = PerceptronTrainer.mean(of: perceptrons, threshold: threshold)
            report(epoch, score(model, on: development))
        }
        return model
    }

    /// Precision, recall and F1 of the recognizer's names on `examples` (exact tokens and class),
    /// the recognizer deciding every candidate.
    public static func score(_ model: LinearModel, on examples: [Example]) -> (precision: Double, recall: Double, f1: Double) {
        let count = count(decisions(model, examples), examples, margins: .none, margin: 0)
        return (count.namePrecision, count.nameRecall, count.f1)
    }

    /// The recognizer's decision on every candidate of `examples`.
    static func decisions(_ model: LinearModel, _ examples: [Example]) -> [[EntityRecognizer.Decision]] {
        let recognizer = EntityRecognizer(model: model, overrideMargins: .none, otherOverrideMargins: .none)
        return examples.map { recognizer.decisions(of: $0.candidates, in: $0.context) }
    }

    /// How the recognizer's overrides of the rules fare at one margin: how many there are, how
    /// many are right (the recognizer's class is the true one) and wrong (the rules' was), and
    /// the names found, right and true.
    public struct OverrideCount {
        public let margin: Float
        public var overrides = 0, right = 0, wrong = 0
        public var found = 0, correct = 0, names = 0

        public init(margin: Float) { self.margin = margin }

        /// Adds another count at the same margin.
        public mutating func add(_ other: OverrideCount) {
            overrides += other.overrides; right += other.right; wrong += other.wrong
            found += other.found; correct += other.correct; names += other.names
        }

        /// The share of overrides that are right.
        public var precision: Double { Double(right) / Double(max(1, overrides)) }

        /// The share of the names found that are right, and of the true names found.
        public var namePrecision: Double { Double(correct) / Double(max(1, found)) }
        public var nameRecall: Double { Double(correct) / Double(max(1, names)) }

        /// The F1 of the names found with this margin.
        public var f1: Double {
            namePrecision + nameRecall > 0 ? 2 * namePrecision * nameRecall / (namePrecision + nameRecall) : 0
        }
    }

    /// The recognizer's overrides of the rules at each margin: for each change of class (the
    /// rules' class × 4 + the recognizer's; the diagonal counts all changes), over every name and
    /// over the names each sieve decided.
    public struct OverrideCounts {
        public var byChange: [[OverrideCount]]
        public var bySieve: [String: [[OverrideCount]]]

        /// Adds the counts of other documents, at the same margins.
        public mutating func add(_ other: OverrideCounts) {
            func added(_ rows: [[OverrideCount]], _ more: [[OverrideCount]]) -> [[OverrideCount]] {
                zip(rows, more).map { zip($0, $1).map { var sum = $0; sum.add($1); return sum } }
            }
            byChange = added(byChange, other.byChange)
            for (sieve, rows) in other.bySieve { bySieve[sieve] = bySieve[sieve].map { added($0, rows) } ?? rows }
        }
    }

    /// The recognizer's overrides of the rules on `examples` at each of `margins`, for each
    /// change of class, over every name and over the names each of `sieves` decided.
    public static func overrides(_ model: LinearModel, on examples: [Example], margins: [Float], sieves: [String] = []) -> OverrideCounts {
        let decided = decisions(model, examples)
        /// The counts when only `change` (every change, on the diagonal) may override, at each margin.
        func rows(sieve: String?) -> [[OverrideCount]] {
            (0..<16).map { change in
                margins.map { margin in
                    var allowed = [Float](repeating: .infinity, count: 16)
                    for index in 0..<16 where change % 5 == 0 || index == change { allowed[index] = margin }
                    let chosen = sieve.map { OverrideMargins(byChange: [Float](repeating: .infinity, count: 16), bySieve: [$0: allowed]) }
                        ?? OverrideMargins(byChange: allowed)
                    return count(decided, examples, margins: chosen, margin: margin)
                }
            }
        }
        var bySieve: [String: [[OverrideCount]]] = [:]
        for sieve in sieves { bySieve[sieve] = rows(sieve: sieve) }
        return OverrideCounts(byChange: rows(sieve: nil), bySieve: bySieve)
    }

    /// The overrides and names of `examples` when the classes are chosen with `margins`.
    static func count(_ decided: [[EntityRecognizer.Decision]], _ examples: [Example], margins: OverrideMargins, margin: Float) -> OverrideCount {
        var count = OverrideCount(margin: margin)
        for (example, decisions) in zip(examples, decided) {
            count.names += example.names.count
            let classes = EntityRecognizer.chosen(decisions, candidates: example.candidates, margins: margins)
            for (index, decision) in decisions.enumerated() {
                let chosen = classes[index]
                if chosen != decision.rules {
                    count.overrides += 1
                    if chosen == example.truth[index] { count.right += 1 }
                    if decision.rules == example.truth[index] { count.wrong += 1 }
                }
                if chosen != EntityClasses.none {
                    count.found += 1
                    if chosen == example.truth[index] { count.correct += 1 }
                }
            }
        }
        return count
    }

    /// The files of a trained recognizer, by name, as `Resources/` holds them: the model and
    /// its settings (the margins by which it must beat the rules to override them, in news
    /// reports and in other writing).
    public static func files(_ model: LinearModel, overrideMargins: OverrideMargins, otherOverrideMargins: OverrideMargins) -> [String: [UInt8]] {
        let settings = "#setting\t[sieve]\trules\trecognizer\tmargin\n" + overrideMargins.settings()
            + otherOverrideMargins.settings(prefix: OverrideMargins.otherWritingPrefix)
        return ["entities.model": ModelFile.encode(model), "entities-settings.tsv": Array(settings.utf8)]
    }

    /// The names of the classes (NONE, PERSON, ORG, PLACE), as the changes of class number them.
    public static let classNames = EntityClasses.names
}
