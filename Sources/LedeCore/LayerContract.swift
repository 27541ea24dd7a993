/// What the pipeline checks after each annotator: that it wrote only the layers it declares
/// (`layers` and `modifies`), and that every annotation it wrote has a declared label and
/// declared attributes of the declared types.
enum LayerContract {
    /// A broken contract, reported as the annotator's failure.
    struct Violation: Error, CustomStringConvertible {
        let description: String
    }

    /// Checks what `annotator` wrote since the document's revision `before`.
    static func check(_ annotator: any Annotator, before: Int, document: Document) throws(Violation) {
        let layers = annotator.layers, modifies = annotator.modifies
        for (layer, version) in document.layerVersions where version > before
            && !layers.contains(where: { $0.name == layer }) && !modifies.contains(layer) {
            throw Violation(description: "it wrote the layer '\(layer)', which it does not declare in its layers or modifies")
        }
        for spec in layers where spec.name != LayerName.tokens && document.layerVersions[spec.name] ?? 0 > before
            && document.hasLayer(spec.name) {
            if let compact = document.tokenLayer(spec.name) {
                // Each label and attribute set is checked once, in its table.
                if let label = compact.labels.first(where: { !spec.declares(label: $0) }) {
                    throw Violation(description: "its layer '\(spec.name)' breaks its declaration: label '\(label)' is not declared")
                }
                for attributes in compact.attributeSets {
                    let sample = Annotation(layer: spec.name, label: compact.labels.first ?? "", range: 0..<0, attributes: attributes)
                    if let problem = spec.attributeProblem(with: sample) {
                        throw Violation(description: "its layer '\(spec.name)' breaks its declaration: \(problem)")
                    }
                }
                continue
            }
            let annotations = document.annotations(in: spec.name)
            guard !annotations.isEmpty else { continue }
            var checked = CheckedAnnotations(spec, count: annotations.count)
            let problem = annotations.withUnsafeBufferPointer { annotations -> String? in
                // Read in place: copying each annotation would retain its strings and attributes.
                guard let first = annotations.baseAddress else { return nil }
                for index in annotations.indices {
                    if let problem = checked.problem(with: (first + index).pointee) { return problem }
                }
                return nil
            }
            if let problem {
                throw Violation(description: "its layer '\(spec.name)' breaks its declaration: \(problem)")
            }
        }
    }
}

/// The check of one layer's annotations against its spec, made cheap for a layer of one
/// annotation per token: attributes shared by many annotations (a tagger's) are checked once.
struct CheckedAnnotations {
    let spec: LayerSpec
    /// Attribute storages found right, by address (direct mapped): as many slots as a power of
    /// two near the number of annotations, at most 1,024.
    private var storages: [UnsafeRawPointer?]
    /// Labels found declared: a layer uses few, and comparing a short label is cheaper than
    /// hashing it once per annotation.
    private var declaredLabels: [String] = []

    init(_ spec: LayerSpec, count: Int) {
        self.spec = spec
        var slots = 16
        while slots < min(count, 1024) { slots *= 2 }
        storages = [UnsafeRawPointer?](repeating: nil, count: slots)
    }

    mutating func problem(with annotation: borrowing Annotation) -> String? {
        if !declaredLabels.contains(annotation.label) {
            guard spec.declares(label: annotation.label) else { return "label '\(annotation.label)' is not declared" }
            if declaredLabels.count < 32 { declaredLabels.append(annotation.label) }
        }
        guard let storage = annotation.attributes.storage else { return nil }
        let slot = Int(UInt(bitPattern: storage) >> 4) & (storages.count - 1)
        if storages[slot] == storage { return nil }
        if let problem = spec.attributeProblem(with: annotation) { return problem }
        storages[slot] = storage
        return nil
    }
}
