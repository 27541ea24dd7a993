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
    /// The document's `revision` when each layer was last written or removed, so that the
    /// pipeline can tell which layers an annotator touched: those changed after the revision it
    /// began at.
    public private(set) var layerVersions: [String: Int] = [:]
    /// The number of writes and removals of layers so far.
    public private(set) var revision = 0
    private var layers = LayerMap<[Annotation]>()
    /// The layers kept compactly, one annotation per token at most (`TokenLayer`).
    private var tokenLayers = LayerMap<TokenLayer>()
    /// The `tokens` layer, kept as compact `Token` values: every annotator reads it, and most
    /// never need it as annotations.
    public private(set) var tokens: [Token] = []
    /// The text of each token, made once: annotators read token texts many times.
    public private(set) var tokenTexts: [String] = []
    /// The token spans of the sentences and of the paragraphs (`tokenSpans(of:)`), made when
    /// either layer or the tokens are set: nearly every annotator asks for them.
    private var structureSpans = LayerMap<[Range<Int>]>()
    /// The layers whose token spans are kept.
    private static let spannedLayers = [LayerName.sentences, LayerName.paragraphs]

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
        if layer == LayerName.tokens && layers[layer] != nil {
            return tokens.map { Annotation(layer: LayerName.tokens, label: $0.kind.rawValue, range: $0.range) }
        }
        if let compact = tokenLayers[layer] {
            var annotations: [Annotation] = []
            annotations.reserveCapacity(compact.count)
            compact.forEach(layer: layer, tokens: tokens) { annotations.append($0) }
            return annotations
        }
        return layers[layer] ?? []
    }

    /// Calls `body` with each annotation of a layer, in order, without making an array of them
    /// (what a writer of a long document wants).
    public func forEachAnnotation(in layer: String, _ body: (Annotation) throws -> Void) rethrows {
        if let compact = tokenLayers[layer] {
            try compact.forEach(layer: layer, tokens: tokens, body)
        } else if layer == LayerName.tokens && layers[layer] != nil {
            for token in tokens { try body(Annotation(layer: LayerName.tokens, label: token.kind.rawValue, range: token.range)) }
        } else if let annotations = layers[layer] {
            for annotation in annotations { try body(annotation) }
        }
    }

    /// A layer kept compactly (`setTokenLayer`), or nil.
    public func tokenLayer(_ layer: String) -> TokenLayer? {
        tokenLayers[layer]
    }

    /// Whether the layer has been produced (it may be empty).
    public func hasLayer(_ layer: String) -> Bool {
        layers[layer] != nil || tokenLayers[layer] != nil
    }

    /// Every annotation of every layer, layer by layer in the order the layers were produced.
    public var allAnnotations: [Annotation] {
        layerNames.flatMap { annotations(in: $0) }
    }

    /// The coarse part-of-speech classes of the tokens, with the versions of the `tokens` and
    /// `pos` layers they were read from.
    private var tokenTagsCache: (tokens: Int, partOfSpeech: Int, tags: TokenTags)?

    /// The coarse part of speech of each token (`TokenTags`): read from the `pos` layer once,
    /// and kept for every annotator that asks until the tokens or that layer change.
    public mutating func tokenTags() -> TokenTags {
        let tokensVersion = layerVersions[LayerName.tokens] ?? 0, tagsVersion = layerVersions[LayerName.partOfSpeech] ?? 0
        if let cache = tokenTagsCache, cache.tokens == tokensVersion, cache.partOfSpeech == tagsVersion { return cache.tags }
        let tags = TokenTags(document: self)
        tokenTagsCache = (tokensVersion, tagsVersion, tags)
        return tags
    }

    /// Records a write or a removal of `layer`.
    private mutating func markChanged(_ layer: String) {
        revision += 1
        layerVersions[layer] = revision
    }

    /// Sets the `tokens` layer. A compact layer over the old tokens becomes an ordinary one.
    public mutating func setTokens(_ tokens: [Token]) {
        for name in tokenLayers.names {
            let annotations = annotations(in: name)
            tokenLayers[name] = nil
            layers[name] = annotations
        }
        if layers[LayerName.tokens] == nil { layerNames.append(LayerName.tokens) }
        markChanged(LayerName.tokens)
        layers[LayerName.tokens] = []
        self.tokens = tokens
        let bytes = self.bytes
        self.tokenTexts = tokens.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        for layer in Self.spannedLayers { keepTokenSpans(of: layer) }
    }

    /// The token spans of `layer` made when it was set, if it is one of `spannedLayers`.
    func keptTokenSpans(of layer: String) -> [Range<Int>]? {
        structureSpans[layer]
    }

    /// Makes the token spans of `layer` again when it is one of `spannedLayers`.
    private mutating func keepTokenSpans(of layer: String) {
        guard Self.spannedLayers.contains(layer) else { return }
        structureSpans[layer] = nil
        if layers[layer] != nil || tokenLayers[layer] != nil { structureSpans[layer] = tokenSpans(of: layer) }
    }

    /// Replaces a layer with `annotations` (sorted by start, then by longer span first).
    public mutating func setLayer(_ layer: String, _ annotations: [Annotation]) {
        if layer == LayerName.tokens {
            setTokens(annotations.map { Token(range: $0.range, kind: TokenKind(rawValue: $0.label) ?? .word) }
                .sorted { $0.range.lowerBound < $1.range.lowerBound })
            return
        }
        if !hasLayer(layer) { layerNames.append(layer) }
        tokenLayers[layer] = nil
        markChanged(layer)
        func ordered(_ a: Annotation, _ b: Annotation) -> Bool {
            a.range.lowerBound != b.range.lowerBound
                ? a.range.lowerBound < b.range.lowerBound
                : a.range.upperBound > b.range.upperBound
        }
        var isSorted = true
        for index in annotations.indices.dropFirst() where ordered(annotations[index], annotations[index - 1]) {
            isSorted = false
            break
        }
        layers[layer] = isSorted ? annotations : annotations.sorted(by: ordered)
        keepTokenSpans(of: layer)
    }

    /// Sets a layer of one annotation per token at most, kept compactly (`TokenLayer`); its
    /// token numbers are indices of `tokens`.
    public mutating func setTokenLayer(_ layer: String, _ content: TokenLayer) {
        guard layer != LayerName.tokens else { return }
        if !hasLayer(layer) { layerNames.append(layer) }
        layers[layer] = nil
        markChanged(layer)
        tokenLayers[layer] = content
        keepTokenSpans(of: layer)
    }

    /// Removes a layer.
    public mutating func removeLayer(_ layer: String) {
        if hasLayer(layer) { markChanged(layer) }
        layers[layer] = nil
        tokenLayers[layer] = nil
        if layer == LayerName.tokens {
            tokens = []
            tokenTexts = []
        }
        layerNames.removeAll { $0 == layer }
        for spanned in Self.spannedLayers where spanned == layer || layer == LayerName.tokens { keepTokenSpans(of: spanned) }
    }

    /// The text of a byte range, as a new `String`.
    @inlinable
    public func text(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<bytes.count)
        return String(decoding: bytes[clamped], as: UTF8.self)
    }

    /// The text an annotation covers.
    public func text(of annotation: Annotation) -> String {
        text(annotation.range)
    }
}
