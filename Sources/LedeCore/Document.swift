/// A text and the layers of annotations computed over it.
///
/// The text is kept both as a `String` and as its UTF-8 bytes, which annotators scan directly.
/// Annotation ranges are UTF-8 byte offsets; `ScalarOffsets` converts them for the outside world.
public struct Document: Sendable {
    /// An identifier: the file name, the `id` of a JSON Lines record, or `-` for standard input.
    public var id: String
    /// Where the text came from (a path), when it came from a file.
    public var source: String?
    /// The text.
    public let text: String
    /// The text's UTF-8 bytes.
    public let bytes: [UInt8]
    /// Converts the byte offsets of annotations into Unicode scalar offsets, the unit used outside
    /// the process (JSON output, attributes that point into the text).
    public let scalarOffsets: ScalarOffsets
    /// Free-form metadata (for example a publication date given on the command line).
    public var metadata: [String: AttributeValue]
    /// Layer names in the order they were first written.
    public private(set) var layerNames: [String] = []
    private var layers: [String: [Annotation]] = [:]

    public init(id: String = "-", text: String, source: String? = nil, metadata: [String: AttributeValue] = [:]) {
        self.id = id
        self.text = text
        self.bytes = Array(text.utf8)
        self.scalarOffsets = ScalarOffsets(bytes)
        self.source = source
        self.metadata = metadata
    }

    /// The annotations of a layer, sorted by position (empty if the layer is absent).
    public func annotations(in layer: String) -> [Annotation] {
        layers[layer] ?? []
    }

    /// Whether the layer has been produced (it may be empty).
    public func hasLayer(_ layer: String) -> Bool {
        layers[layer] != nil
    }

    /// Every annotation of every layer, layer by layer in the order the layers were produced.
    public var allAnnotations: [Annotation] {
        layerNames.flatMap { layers[$0] ?? [] }
    }

    /// Replaces a layer with `annotations` (sorted by start, then by longer span first).
    public mutating func setLayer(_ layer: String, _ annotations: [Annotation]) {
        if layers[layer] == nil { layerNames.append(layer) }
        layers[layer] = annotations.sorted {
            $0.range.lowerBound != $1.range.lowerBound
                ? $0.range.lowerBound < $1.range.lowerBound
                : $0.range.upperBound > $1.range.upperBound
        }
    }

    /// Removes a layer.
    public mutating func removeLayer(_ layer: String) {
        layers[layer] = nil
        layerNames.removeAll { $0 == layer }
    }

    /// The text of a byte range, as a new `String`.
    public func text(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<bytes.count)
        return String(decoding: bytes[clamped], as: UTF8.self)
    }

    /// The text an annotation covers.
    public func text(of annotation: Annotation) -> String {
        text(annotation.range)
    }
}
