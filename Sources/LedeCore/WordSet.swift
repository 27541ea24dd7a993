/// A fixed set of words that annotators ask about token after token (function words, location
/// heads, abbreviations): a word is hashed by its bytes (`ByteHash`), not by `Hasher`'s SipHash,
/// and found in one small open-addressing table, so that a lookup costs a few nanoseconds.
public struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral, Hashable {
    /// Slot → the hash of its word (0: empty), and the word.
    private let hashes: [UInt64]
    private let slots: [String]
    /// The words, in the order given, without repeats.
    public let members: [String]

    public init<Words: Sequence>(_ words: Words) where Words.Element == String {
        var members: [String] = []
        var seen = Set<String>()
        for word in words where seen.insert(word).inserted { members.append(word) }
        var size = 16
        while size < members.count * 3 { size <<= 1 }
        var hashes = [UInt64](repeating: 0, count: size)
        var slots = [String](repeating: "", count: size)
        for word in members {
            let hash = ByteHash.of(word)
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while hashes[slot] != 0 { slot = (slot + 1) & (size - 1) }
            hashes[slot] = hash
            slots[slot] = word
        }
        self.hashes = hashes
        self.slots = slots
        self.members = members
    }

    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `word` is in the set (byte for byte).
    public func contains(_ word: String) -> Bool {
        contains(word, hash: ByteHash.of(word))
    }

    /// Whether `word`, whose `ByteHash` is `hash`, is in the set: for a word asked about in
    /// several sets, hashed once.
    public func contains(_ word: String, hash: UInt64) -> Bool {
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == hash, slots[slot] == word { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// The words of both sets.
    public func union(_ other: WordSet) -> WordSet {
        WordSet(members + other.members)
    }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }

    public func makeIterator() -> IndexingIterator<[String]> { members.makeIterator() }

    public static func == (lhs: WordSet, rhs: WordSet) -> Bool { Set(lhs.members) == Set(rhs.members) }

    public func hash(into hasher: inout Hasher) { hasher.combine(Set(members)) }
}
