import LedeCore
import LedeEnglish

/// The rules' pass of the entities annotator: runs of capitalized words, classified by the
/// span sieves (`MentionClassifier`), then settled for the whole document (`MentionResolver`),
/// with the places layer as evidence. The learned recognizer reads its decisions as features.
struct EntityRules {
    /// The places layer as it was before the entities annotator ran, and each place's tokens.
    let placeAnnotations: [Annotation]
    let placeTokenRanges: [Range<Int>]
    /// The rules' mentions, their canonical names and genders.
    let resolution: MentionResolver.Resolution

    init(document: Document, tags: TokenTags) {
        let tokens = document.tokens
        let sentences = document.tokenSpans(of: LayerName.sentences)
        let placeAnnotations = document.annotations(in: LayerName.places)
        let placeTokenRanges = placeAnnotations.map { document.tokenRange(covering: $0.range) }
        let places = TokenPlaces(tokenCount: tokens.count, ranges: placeTokenRanges, labels: placeAnnotations.map(\.label))
        let classifier = MentionClassifier(document: document, tokens: tokens, tags: tags, places: places, organizations: .shared)
        let runs = NameRunFinder().runs(in: document, tokens: tokens, sentences: sentences)
        let found = runs.flatMap { classifier.classify($0) }
        let countries = Set(placeTokenRanges.indices.filter { placeAnnotations[$0].label == "COUNTRY" }.map { placeTokenRanges[$0].lowerBound })
        self.placeAnnotations = placeAnnotations
        self.placeTokenRanges = placeTokenRanges
        self.resolution = MentionResolver(document: document, tokens: tokens, countries: countries).resolve(found)
    }

    /// The places with their token ranges and labels, as the recognizer's context reads them.
    var places: [(tokens: Range<Int>, label: String)] {
        zip(placeTokenRanges, placeAnnotations).map { ($0, $1.label) }
    }
}

extension Document {
    /// The tokens of an annotation's byte range: from the first token that starts in it to the
    /// last that ends in it (at least one token; none when the range starts after the last token,
    /// as a layer read from a file may).
    func tokenRange(covering range: Range<Int>) -> Range<Int> {
        let first = tokenIndex(atOrAfter: range.lowerBound)
        var last = first
        while last < tokens.count, tokens[last].range.upperBound <= range.upperBound { last += 1 }
        return min(first, tokens.count)..<min(max(first + 1, last), tokens.count)
    }
}
