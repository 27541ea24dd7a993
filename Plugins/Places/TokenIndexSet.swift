/// Positions of tokens (the first or past-the-end token of names, of sentences), kept as a flag
/// per token: asked once per name, a flag costs less than hashing into a `Set`.
struct TokenIndexSet {
    private var flags: [Bool]

    /// The set of `positions` among `0...tokenCount` (others are left out).
    init<Positions: Sequence>(_ positions: Positions, tokenCount: Int) where Positions.Element == Int {
        flags = [Bool](repeating: false, count: tokenCount + 1)
        for position in positions where position >= 0 && position < flags.count { flags[position] = true }
    }

    func contains(_ position: Int) -> Bool {
        position >= 0 && position < flags.count && flags[position]
    }
}
