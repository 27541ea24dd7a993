/// One labelled span of a document, in a named layer.
///
/// `range` is in UTF-8 bytes of the document text (fast inside the process); the JSON output
/// converts it to Unicode scalar offsets once, at the edge.
public struct Annotation: Sendable, Hashable {
    /// The layer this annotation belongs to: `tokens`, `sentences`, `entities`, or a custom one.
    public var layer: String
    /// The label within the layer: `PERSON`, `DIRECT`, `CARDINAL`, `WORD`…
    public var label: String
    /// UTF-8 byte offsets into the document text, end exclusive.
    public var range: Range<Int>
    /// Attributes, as a small JSON-like object.
    public var attributes: Attributes

    public init(layer: String, label: String, range: Range<Int>, attributes: Attributes = [:]) {
        self.layer = layer
        self.label = label
        self.range = range
        self.attributes = attributes
    }

    /// The attribute named `key`, or nil.
    public subscript(key: String) -> AttributeValue? {
        get { attributes[key] }
        set { attributes[key] = newValue }
    }
}
