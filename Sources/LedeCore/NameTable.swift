/// Values by name (a word, a person's full name), for the tables an annotator makes of one
/// document's names: found through the name's `ByteHash` in `HashSlots`, so that a lookup costs
/// a pass over the name's bytes and one comparison, where `Dictionary` hashes the name with
/// SipHash. Names are kept in the order they were first set; setting nil makes a name absent.
public struct NameTable<Value> {
    /// Made at the first name set: most tables of a short document stay empty.
    @usableFromInline var slots: HashSlots?
    /// The names set, in order, and their values (nil: set to nil since).
    @usableFromInline var names: [String] = []
    @usableFromInline var values: [Value?] = []

    @inlinable
    public init() {}

    /// The position of `name` in `names`, or -1.
    @inlinable
    func position(of name: String, hash: UInt64) -> Int {
        slots?.position(of: hash) { names[$0] == name } ?? -1
    }

    /// The value of `name`; setting nil makes it absent.
    @inlinable
    public subscript(name: String) -> Value? {
        get {
            // An empty table answers without hashing the name.
            guard slots != nil else { return nil }
            let position = position(of: name, hash: ByteHash.of(name))
            return position >= 0 ? values[position] : nil
        }
        set {
            let hash = ByteHash.of(name)
            let position = position(of: name, hash: hash)
            if position >= 0 {
                values[position] = newValue
            } else if let newValue {
                if slots == nil { slots = HashSlots(capacity: 8) }
                slots?.insert(hash, position: names.count)
                names.append(name)
                values.append(newValue)
            }
        }
    }

    /// The value of `name`, or `defaultValue` when it has none (`table[name, default: 0] += 1`).
    @inlinable
    public subscript(name: String, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[name] ?? defaultValue() }
        set { self[name] = newValue }
    }

    /// The names with values and their values, in the order the names were first set.
    @inlinable
    public var elements: [(name: String, value: Value)] {
        names.indices.compactMap { index in values[index].map { (names[index], $0) } }
    }

    /// Whether no name has a value.
    @inlinable
    public var isEmpty: Bool { values.allSatisfy { $0 == nil } }

    /// Whether `name` has a value.
    @inlinable
    public func contains(_ name: String) -> Bool {
        self[name] != nil
    }
}

extension NameTable where Value == Bool {
    /// A set of names: each of `names` set to true.
    @inlinable
    public init<Names: Sequence>(_ names: Names) where Names.Element == String {
        self.init()
        for name in names { self[name] = true }
    }
}

extension NameTable: Sendable where Value: Sendable {}

extension NameTable {
    /// The entries of a dictionary.
    public init(_ dictionary: [String: Value]) {
        self.init()
        // Sorted, so that the names' order does not depend on the dictionary's.
        for name in dictionary.keys.sorted() {
            if let value = dictionary[name] { self[name] = value }
        }
    }
}
