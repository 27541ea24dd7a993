/// The features of many predictions, to be scored at once (`LinearModel.add`): one array of
/// feature hashes, cut into runs, each run the features of one group (a word, a pair of tags).
/// Kept from one sentence to the next, so that scoring allocates nothing.
public struct FeatureBatch {
    /// The features of every run, one after another.
    public var features: [UInt64] = []
    /// Each run: its group and the end of its features.
    @usableFromInline var runs: [(group: Int32, end: Int32)] = []

    public init() {}

    /// Empties the batch, keeping its memory.
    @inlinable
    public mutating func removeAll() {
        features.removeAll(keepingCapacity: true)
        runs.removeAll(keepingCapacity: true)
    }

    /// Marks the features appended since the last run as those of `group`.
    @inlinable
    public mutating func closeRun(group: Int) {
        runs.append((Int32(truncatingIfNeeded: group), Int32(truncatingIfNeeded: features.count)))
    }

    /// Whether no feature was appended.
    public var isEmpty: Bool { features.isEmpty }
}
