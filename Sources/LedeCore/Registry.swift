/// Every annotator a binary was built with, by name and by the layers they produce.
///
/// Built from LedeCore's own annotators plus the modules of an `AnnotatorCatalog`; run-time rule
/// annotators can be added to a copy.
public struct Registry: Sendable {
    /// The annotators in registration order: LedeCore's first, then the modules'.
    public private(set) var annotators: [any Annotator] = []
    private var byName: [String: Int] = [:]

    /// A registry of LedeCore's built-in annotators and those of `catalog`.
    public init<Catalog: AnnotatorCatalog>(catalog: Catalog.Type) {
        self.init(annotators: CoreAnnotators.all + catalog.modules.flatMap { $0.annotators })
    }

    /// A registry of the given annotators; a later one with the same name replaces an earlier one.
    public init(annotators: [any Annotator]) {
        for annotator in annotators { register(annotator) }
    }

    /// Adds (or replaces) an annotator.
    public mutating func register(_ annotator: any Annotator) {
        if let index = byName[annotator.name] {
            annotators[index] = annotator
        } else {
            byName[annotator.name] = annotators.count
            annotators.append(annotator)
        }
    }

    /// The annotator called `name`.
    public func annotator(named name: String) -> (any Annotator)? {
        byName[name].map { annotators[$0] }
    }

    /// The annotator that produces `layer` (the first registered one).
    public func producer(of layer: String) -> (any Annotator)? {
        annotators.first { $0.produces.contains(layer) }
    }

    /// Every annotator name.
    public var names: [String] { annotators.map(\.name) }

    /// The declaration of every layer, by name (the first producer's).
    public var specs: [String: LayerSpec] {
        var specs: [String: LayerSpec] = [:]
        for annotator in annotators {
            for spec in annotator.layers where specs[spec.name] == nil { specs[spec.name] = spec }
        }
        return specs
    }

    /// Every layer some annotator produces.
    public var layers: [String] {
        var seen = Set<String>()
        return annotators.flatMap(\.produces).filter { seen.insert($0).inserted }
    }
}
