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
            var checked = CheckedAnnotations(spec)
            let problem = document.annotations(in: spec.name).withUnsafeBufferPointer { annotations -> String? in
                for index in annotations.indices {
                    if let problem = checked.problem(with: annotations[index]) { return problem }
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
/// annotation per token: each label is checked once (then recognized by its bytes, with no
/// String hashing), and attributes shared by many annotations (a tagger's) once.
struct CheckedAnnotations {
    let spec: LayerSpec
    /// Labels found declared, by a hash of their bytes (open addressing, 0: empty).
    private var labelHashes = [UInt64](repeating: 0, count: 64)
    private var labels = [String](repeating: "", count: 64)
    private var labelCount = 0
    /// Attribute storages found right, by address (direct mapped).
    private var storages = [UnsafeRawPointer?](repeating: nil, count: 256)

    init(_ spec: LayerSpec) {
        self.spec = spec
    }

    mutating func problem(with annotation: borrowing Annotation) -> String? {
        if !spec.labels.isEmpty, !isKnown(annotation.label) {
            guard spec.labels.contains(where: { $0.name == annotation.label }) else {
                return "label '\(annotation.label)' is not declared"
            }
            remember(annotation.label)
        }
        guard let storage = annotation.attributes.storage else { return nil }
        let slot = Int(UInt(bitPattern: storage) >> 4) & (storages.count - 1)
        if storages[slot] == storage { return nil }
        if let problem = spec.attributeProblem(with: annotation) { return problem }
        storages[slot] = storage
        return nil
    }

    private static func hash(_ label: String) -> UInt64 {
        var label = label
        let hash = label.withUTF8 { bytes in
            bytes.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        }
        return hash == 0 ? 1 : hash
    }

    private func isKnown(_ label: String) -> Bool {
        let hash = Self.hash(label)
        var slot = Int(truncatingIfNeeded: hash) & (labelHashes.count - 1)
        while labelHashes[slot] != 0 {
            if labelHashes[slot] == hash, labels[slot] == label { return true }
            slot = (slot + 1) & (labelHashes.count - 1)
        }
        return false
    }

    private mutating func remember(_ label: String) {
        // Past half full, labels are simply checked against the spec each time.
        guard labelCount < labelHashes.count / 2 else { return }
        labelCount += 1
        let hash = Self.hash(label)
        var slot = Int(truncatingIfNeeded: hash) & (labelHashes.count - 1)
        while labelHashes[slot] != 0 { slot = (slot + 1) & (labelHashes.count - 1) }
        labelHashes[slot] = hash
        labels[slot] = label
    }
}
