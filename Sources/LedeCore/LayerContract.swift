/// What the pipeline checks after each annotator: that it wrote only the layers it declares
/// (`layers` and `modifies`), and that every annotation it wrote has a declared label and
/// declared attributes of the declared types.
enum LayerContract {
    /// A broken contract, reported as the annotator's failure.
    struct Violation: Error, CustomStringConvertible {
        let description: String
    }

    static func check(_ annotator: any Annotator, before: [String: Int], document: Document) throws(Violation) {
        let allowed = Set(annotator.produces + annotator.modifies)
        for (layer, version) in document.layerVersions where before[layer] != version && !allowed.contains(layer) {
            throw Violation(description: "it wrote the layer '\(layer)', which it does not declare in its layers or modifies")
        }
        for spec in annotator.layers where spec.name != LayerName.tokens && document.hasLayer(spec.name)
            && before[spec.name] != document.layerVersions[spec.name] {
            // A label is checked once (a tagger writes one of a few labels per token); the
            // attributes of every annotation are.
            var accepted = Set<String>()
            for annotation in document.annotations(in: spec.name) {
                let labelIsKnown = accepted.contains(annotation.label)
                if let problem = labelIsKnown ? spec.attributeProblem(with: annotation) : spec.problem(with: annotation) {
                    throw Violation(description: "its layer '\(spec.name)' breaks its declaration: \(problem)")
                }
                if !labelIsKnown { accepted.insert(annotation.label) }
            }
        }
    }
}
