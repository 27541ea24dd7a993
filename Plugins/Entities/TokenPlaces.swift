import LedeCore

/// The places layer read per token, for the rules: the place (its tokens and label) each token
/// is part of. One 32-bit number a token (a long document has a million tokens), not an
/// optional range and label each.
struct TokenPlaces {
    /// Each place's tokens and label.
    private let ranges: [Range<Int>]
    private let labels: [String]
    /// The number of the place each token is part of, or -1.
    private let placeOfToken: [Int32]

    /// `ranges` and `labels` are the places' token ranges and labels, in order; a token in two
    /// places is the later one's.
    init(tokenCount: Int, ranges: [Range<Int>], labels: [String]) {
        self.ranges = ranges
        self.labels = labels
        var placeOfToken = [Int32](repeating: -1, count: tokenCount)
        for (number, range) in ranges.enumerated() {
            for index in range where index >= 0 && index < tokenCount { placeOfToken[index] = Int32(number) }
        }
        self.placeOfToken = placeOfToken
    }

    /// The tokens of the place that token `index` is part of, or nil.
    subscript(index: Int) -> Range<Int>? {
        guard index >= 0, index < placeOfToken.count, placeOfToken[index] >= 0 else { return nil }
        return ranges[Int(placeOfToken[index])]
    }

    /// The label of the place that token `index` is part of, or nil.
    func label(at index: Int) -> String? {
        guard index >= 0, index < placeOfToken.count, placeOfToken[index] >= 0 else { return nil }
        return labels[Int(placeOfToken[index])]
    }
}
