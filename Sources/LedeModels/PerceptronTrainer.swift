/// Trains a `LinearModel` as an averaged perceptron (Collins 2002): on a wrong guess the true
/// class's weights go up by one and the guess's down by one for every feature present; the
/// model keeps the average of the weights over every step, which generalizes far better than
/// the last weights. Averages are kept lazily (a total and the step of the last change per
/// weight), so an update costs the features present, not the model size.
public struct PerceptronTrainer {
    public let classes: [String]
    private var rowOf: [UInt64: Int] = [:]
    private var features: [UInt64] = []
    // Perceptron updates are whole numbers: integers keep training exact and the same everywhere.
    private var weights: [Int32] = []
    private var totals: [Int64] = []
    private var stamps: [Int32] = []
    /// How many examples have been seen.
    public private(set) var step = 0

    public init(classes: [String]) {
        self.classes = classes
    }

    /// The current (not averaged) scores of the classes for `features`.
    public func scores(_ features: [UInt64]) -> [Int32] {
        var scores = [Int32](repeating: 0, count: classes.count)
        for feature in features {
            guard let row = rowOf[feature] else { continue }
            let base = row * classes.count
            for index in 0..<classes.count { scores[index] &+= weights[base + index] }
        }
        return scores
    }

    /// The best class for `features` among `allowed` (every class when nil), with the current weights.
    public func predict(_ features: [UInt64], allowed: [Int]? = nil) -> Int {
        let scores = scores(features)
        let candidates = allowed ?? Array(scores.indices)
        var best = candidates.first ?? 0
        for candidate in candidates where scores[candidate] > scores[best] { best = candidate }
        return best
    }

    /// One training example: moves the weights toward `truth` and away from `guess`.
    public mutating func update(features: [UInt64], truth: Int, guess: Int) {
        step += 1
        guard truth != guess else { return }
        for feature in features {
            let row = self.row(for: feature)
            change(row * classes.count + truth, by: 1)
            change(row * classes.count + guess, by: -1)
        }
    }

    private mutating func row(for feature: UInt64) -> Int {
        if let row = rowOf[feature] { return row }
        let row = features.count
        rowOf[feature] = row
        features.append(feature)
        weights.append(contentsOf: repeatElement(0, count: classes.count))
        totals.append(contentsOf: repeatElement(0, count: classes.count))
        stamps.append(contentsOf: repeatElement(0, count: classes.count))
        return row
    }

    private mutating func change(_ index: Int, by amount: Int32) {
        totals[index] += Int64(Int32(step) - stamps[index]) * Int64(weights[index])
        stamps[index] = Int32(step)
        weights[index] += amount
    }

    /// The averaged model. Rows whose averaged weights are all below `threshold` in magnitude are
    /// left out (they change no decision that matters and make the model bigger).
    public func averaged(threshold: Float = 0) -> LinearModel {
        LinearModel(classes: classes, rows: averagedRows(threshold: threshold))
    }

    /// The rows of the averaged model, in the order their features were first met.
    public func averagedRows(threshold: Float = 0) -> [(feature: UInt64, weights: [Float])] {
        var rows: [(feature: UInt64, weights: [Float])] = []
        let classCount = classes.count
        for (row, feature) in features.enumerated() {
            var averaged = [Float](repeating: 0, count: classCount)
            var largest: Float = 0
            for index in 0..<classCount {
                let position = row * classCount + index
                let total = totals[position] + Int64(Int32(step) - stamps[position]) * Int64(weights[position])
                averaged[index] = Float(Double(total) / Double(max(1, step)))
                largest = max(largest, abs(averaged[index]))
            }
            if largest > threshold { rows.append((feature, averaged)) }
        }
        return rows
    }

    /// The mean of several trainers' averaged models (trained on the same examples in different
    /// orders): a model that depends less on the order of any one of them. Rows whose mean
    /// weights are all below `threshold` in magnitude are left out.
    public static func mean(of trainers: [PerceptronTrainer], threshold: Float = 0) -> LinearModel {
        guard let classes = trainers.first?.classes else { return LinearModel(classes: [], rows: []) }
        var order: [UInt64] = []
        var sums: [UInt64: [Float]] = [:]
        for trainer in trainers {
            for row in trainer.averagedRows() {
                if let sum = sums[row.feature] {
                    sums[row.feature] = zip(sum, row.weights).map { $0 + $1 }
                } else {
                    order.append(row.feature)
                    sums[row.feature] = row.weights
                }
            }
        }
        let count = Float(trainers.count)
        let rows = order.compactMap { feature -> (feature: UInt64, weights: [Float])? in
            guard let weights = sums[feature]?.map({ $0 / count }), weights.contains(where: { abs($0) > threshold }) else { return nil }
            return (feature, weights)
        }
        return LinearModel(classes: classes, rows: rows)
    }
}
