/// The consistency that every annotator relies on in the structural layers: tokens in order and
/// not overlapping, and each token inside exactly one sentence and one paragraph. A document made
/// by lede's own annotators always has it; a document read from outside (lede JSON edited by
/// hand or by a program) is checked and repaired.
extension Document {
    /// Rebuilds the structural layers that are inconsistent, with lede's own tokenizer and
    /// splitters (and a language's `rules`), and returns a message for each one rebuilt. When
    /// sentences or paragraphs are present without tokens, the tokens are added, since the check
    /// needs them.
    public mutating func repairStructure(rules: TokenizationRules = .none) -> [String] {
        let structural = [LayerName.tokens, LayerName.sentences, LayerName.paragraphs]
        guard structural.contains(where: hasLayer) else { return [] }
        var problems: [String] = []
        if hasLayer(LayerName.tokens) {
            if let problem = Self.orderProblem(tokens.map(\.range), item: "token") {
                problems.append("the tokens layer is inconsistent (\(problem)); rebuilt")
                try? TokensAnnotator(rules: rules).annotate(&self)
            }
        } else {
            try? TokensAnnotator(rules: rules).annotate(&self)
        }
        let rebuilders: [(String, any Annotator)] = [
            (LayerName.sentences, SentencesAnnotator(rules: rules)), (LayerName.paragraphs, ParagraphsAnnotator()),
        ]
        for (layer, rebuilder) in rebuilders where hasLayer(layer) {
            let spans = annotations(in: layer).map(\.range)
            let item = String(layer.dropLast())
            guard let problem = Self.orderProblem(spans, item: item) ?? coverageProblem(spans, item: item) else { continue }
            problems.append("the \(layer) layer is inconsistent (\(problem)); rebuilt")
            removeLayer(layer)
            try? rebuilder.annotate(&self)
        }
        return problems
    }

    /// What is wrong with spans that must be non-empty, in order and not overlapping, or nil.
    static func orderProblem(_ spans: [Range<Int>], item: String) -> String? {
        for (index, span) in spans.enumerated() {
            if span.isEmpty { return "\(item) \(index + 1) is empty" }
            if index > 0, span.lowerBound < spans[index - 1].upperBound {
                return "\(item) \(index + 1) overlaps \(item) \(index)"
            }
        }
        return nil
    }

    /// Which token lies outside every span, or across two, or nil when each token is inside one.
    func coverageProblem(_ spans: [Range<Int>], item: String) -> String? {
        var spanIndex = 0
        for (index, token) in tokens.enumerated() {
            while spanIndex < spans.count, spans[spanIndex].upperBound <= token.range.lowerBound { spanIndex += 1 }
            guard spanIndex < spans.count, spans[spanIndex].lowerBound <= token.range.lowerBound,
                  token.range.upperBound <= spans[spanIndex].upperBound else {
                return "token \(index + 1) ('\(word(index).prefix(20))') is not inside one \(item)"
            }
        }
        return nil
    }
}
