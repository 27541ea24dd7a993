/// The attributes of an annotation: a few named values, kept in one small array sorted by name.
///
/// Most annotations have none or two, and a tagger makes one per word: a `Dictionary` would cost
/// a large allocation and the hashing of every name, where this costs one small array. Reads
/// like a dictionary (`attributes["lemma"]`, `keys`, iteration in name order) and is written
/// like one (`["xpos": .string("NN")]`).
public struct Attributes: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    /// One attribute.
    public typealias Element = (key: String, value: AttributeValue)

    fileprivate struct Pair: Sendable, Hashable {
        var key: String
        var value: AttributeValue
    }

    /// Sorted by key, keys unique.
    private var pairs: [Pair]

    /// No attributes.
    public init() {
        pairs = []
    }

    public init(dictionaryLiteral elements: (String, AttributeValue)...) {
        pairs = []
        pairs.reserveCapacity(elements.count)
        // A literal written in name order is kept as written; any other is sorted name by name.
        for (key, value) in elements {
            if let last = pairs.last, !(last.key < key) {
                pairs.removeAll(keepingCapacity: true)
                for (key, value) in elements { self[key] = value }
                return
            }
            pairs.append(Pair(key: key, value: value))
        }
    }

    /// The attributes of a dictionary.
    public init(_ dictionary: [String: AttributeValue]) {
        pairs = dictionary.map { Pair(key: $0.key, value: $0.value) }.sorted { $0.key < $1.key }
    }

    /// The value named `key`; setting nil removes it.
    public subscript(key: String) -> AttributeValue? {
        get {
            for pair in pairs where pair.key == key { return pair.value }
            return nil
        }
        set {
            var index = 0
            while index < pairs.count && pairs[index].key < key { index += 1 }
            let present = index < pairs.count && pairs[index].key == key
            switch (newValue, present) {
            case (let value?, true): pairs[index].value = value
            case (let value?, false) where index == pairs.count: pairs.append(Pair(key: key, value: value))
            case (let value?, false): pairs.insert(Pair(key: key, value: value), at: index)
            case (nil, true): pairs.remove(at: index)
            case (nil, false): break
            }
        }
    }

    /// The names, in order.
    public var keys: [String] { pairs.map(\.key) }

    /// The number of attributes.
    public var count: Int { pairs.count }

    /// Whether there are none.
    public var isEmpty: Bool { pairs.isEmpty }

    /// Where the attributes are stored: the same for copies of one value while it lives (nil
    /// when there are none). A checker uses it to check shared attributes once.
    public var storage: UnsafeRawPointer? {
        pairs.withUnsafeBufferPointer { $0.baseAddress.map { UnsafeRawPointer($0) } }
    }

    /// The attributes as a dictionary.
    public var dictionary: [String: AttributeValue] {
        Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })
    }

    /// What is wrong with these attributes under `specs`, or nil: an attribute that no spec
    /// declares, or a value that its spec does not accept. Reads the attributes in place.
    public func problem(declaredBy specs: [AttributeSpec]) -> String? {
        for index in pairs.indices {
            guard let spec = specs.firstIndex(where: { $0.name == pairs[index].key }) else {
                return "attribute '\(pairs[index].key)' is not declared"
            }
            if !specs[spec].accepts(pairs[index].value) {
                return "attribute '\(pairs[index].key)' is not \(specs[spec].type.description)"
            }
        }
        return nil
    }

    /// The attributes in name order.
    public func makeIterator() -> Iterator {
        Iterator(base: pairs.makeIterator())
    }

    /// Goes through the attributes in name order.
    public struct Iterator: IteratorProtocol {
        fileprivate var base: IndexingIterator<[Pair]>

        public mutating func next() -> Element? {
            base.next().map { ($0.key, $0.value) }
        }
    }

    /// The attributes whose element satisfies `isIncluded`.
    public func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> Attributes {
        var kept = Attributes()
        kept.pairs = try pairs.filter { try isIncluded(($0.key, $0.value)) }
        return kept
    }
}
