/// A layer of at most one annotation per token, kept compactly: for each annotated token, its
/// index and the numbers of its label and its attributes in two small tables. A tagger labels
/// every word of a document, and few distinct labels and attribute sets recur: twelve bytes an
/// annotation here, where an `Annotation` takes fifty-six. The document reads it as annotations
/// like any other layer (`Document.annotations(in:)`), and readers that go through every token
/// read the tables instead (`Document.tokenLayer(_:)`).
public struct TokenLayer: Sendable {
    /// The labels, each once.
    public private(set) var labels: [String] = []
    /// The attribute sets (the writer adds each once, and keeps its number).
    public private(set) var attributeSets: [Attributes] = []
    @usableFromInline var entries: [Entry] = []

    /// One annotated token.
    public struct Entry: Sendable {
        /// The token's index in `Document.tokens`.
        public let token: Int32
        /// The label's number in `labels`.
        public let label: UInt16
        /// The attribute set's number in `attributeSets`.
        public let attributes: UInt32

        @usableFromInline
        init(token: Int32, label: UInt16, attributes: UInt32) {
            self.token = token
            self.label = label
            self.attributes = attributes
        }
    }

    public init() {}

    /// An empty layer whose labels are `labels`, numbered in order (a model's classes, say).
    public init(labels: [String]) {
        self.labels = Array(labels.prefix(Int(UInt16.max) + 1))
    }

    /// The number of annotations.
    public var count: Int { entries.count }

    /// Reserves room for `count` annotations.
    public mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
    }

    /// Adds a label to the table and returns its number (at most 65,536 labels: the last is
    /// reused beyond).
    public mutating func addLabel(_ label: String) -> Int {
        if let known = labels.firstIndex(of: label) { return known }
        guard labels.count <= Int(UInt16.max) else { return labels.count - 1 }
        labels.append(label)
        return labels.count - 1
    }

    /// Adds an attribute set to the table and returns its number (the caller keeps the numbers of
    /// the sets it has added, to add each once).
    public mutating func addAttributes(_ attributes: Attributes) -> Int {
        attributeSets.append(attributes)
        return attributeSets.count - 1
    }

    /// Annotates token `token` (after the tokens annotated before) with label number `label`
    /// and attribute set number `attributes`; false, and nothing added, when a number is not in
    /// its table or the token does not come after the last one annotated.
    @discardableResult @inlinable
    public mutating func append(token: Int, label: Int, attributes: Int) -> Bool {
        guard (0..<labels.count).contains(label), (0..<attributeSets.count).contains(attributes),
              token >= 0, token <= Int(Int32.max), entries.last.map({ Int($0.token) < token }) ?? true else { return false }
        entries.append(Entry(token: Int32(token), label: UInt16(truncatingIfNeeded: label), attributes: UInt32(attributes)))
        return true
    }

    /// The annotated tokens, in order.
    public var annotated: [Entry] { entries }

    /// Calls `body` with each annotation of the layer named `layer` over `tokens`, in order.
    func forEach(layer: String, tokens: [Token], _ body: (Annotation) throws -> Void) rethrows {
        for entry in entries where Int(entry.token) < tokens.count {
            try body(Annotation(layer: layer, label: labels[Int(entry.label)], range: tokens[Int(entry.token)].range,
                                attributes: attributeSets[Int(entry.attributes)]))
        }
    }
}
