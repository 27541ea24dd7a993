import LedeCore

/// The declarations of the layers the shell and the exporters show: those the registry's
/// annotators declare, and, for a layer no annotator declares (read from lede JSON), one inferred
/// from its annotations. Tables, colours, `who` and every export format ask it what a layer
/// holds, so that a custom module's layer is shown as a built-in one is.
public struct LayerCatalog: Sendable {
    /// The declared layers, by name.
    public let declared: [String: LayerSpec]

    public init(registry: Registry) {
        declared = registry.specs
    }

    public init(declared: [String: LayerSpec] = [:]) {
        self.declared = declared
    }

    /// The declared attributes that hold offsets into the text, by layer (what a section of a long
    /// document moves to the whole text's offsets).
    public var offsetAttributes: [String: [String]] {
        declared.compactMapValues { spec in spec.offsetAttributes.isEmpty ? nil : spec.offsetAttributes }
    }

    /// The spec of a layer of `document`.
    public func spec(_ layer: String, in document: Document) -> LayerSpec {
        declared[layer] ?? LayerSpec.inferred(name: layer, from: document.annotations(in: layer))
    }

    /// The layers of `document` of one kind, in the order they were produced.
    public func layers(of document: Document, kind: LayerSpec.Kind) -> [String] {
        document.layerNames.filter { spec($0, in: document).kind == kind }
    }

    /// The layers of `document` shown by default (every layer but the structural ones).
    public func shownLayers(of document: Document) -> [String] {
        document.layerNames.filter { spec($0, in: document).kind != .structure }
    }

    /// The category of an annotation's label, if its layer declares one.
    public func category(of annotation: Annotation, in document: Document) -> LabelSpec.Category? {
        spec(annotation.layer, in: document).label(annotation.label)?.category
    }

    /// The agent of an annotation (a quote's speaker, a role's holder), if its layer has one.
    public func agent(of annotation: Annotation, in document: Document) -> String? {
        guard let attribute = spec(annotation.layer, in: document).attribute(playing: .agent) else { return nil }
        return annotation[attribute.name]?.stringValue
    }

    /// The name an annotation refers to: its `name`-role attribute (the fullest name), else its text.
    public func referent(of annotation: Annotation, in document: Document) -> String {
        if let attribute = spec(annotation.layer, in: document).attribute(playing: .name),
           let name = annotation[attribute.name]?.stringValue, !name.isEmpty {
            return name
        }
        return document.text(of: annotation)
    }
}
