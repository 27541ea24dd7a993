import Foundation

/// A closed vocabulary: words sorted into named classes, read from a TSV file of
/// `word<TAB>class[<TAB>value]` rows (a word may be in several classes). Rules ask by class
/// ("is this a function word?", "which label does this settlement noun give?") instead of keeping
/// word lists in code.
///
/// Words are kept as written in the file: a class of lowercase words is asked with lowercase
/// words. A class name the module does not know makes the file corrupt.
public struct WordClasses<Class: RawRepresentable & Hashable & Sendable>: Sendable where Class.RawValue == String {
    private var members: [Class: [String: String]] = [:]

    /// An empty vocabulary.
    public init() {}

    /// Reads `Resources/<resource>` of a module's bundle.
    public init(resource: String, in bundle: Bundle) throws(ResourceError) {
        let rows = try TSV.rows(resource: resource, in: bundle)
        for (index, row) in rows.enumerated() {
            guard row.count >= 2, let wordClass = Class(rawValue: String(row[1])) else {
                throw ResourceError(resource: resource, reason: "row \(index + 1) ('\(row.joined(separator: " "))') has no known class")
            }
            members[wordClass, default: [:]][String(row[0])] = row.count > 2 ? String(row[2]) : ""
        }
    }

    /// Whether `word` belongs to `wordClass`.
    @inlinable
    public func contains(_ word: String, _ wordClass: Class) -> Bool {
        self[wordClass][word] != nil
    }

    /// The value column of `word` in `wordClass`, or nil when the word is not in the class.
    public func value(of word: String, in wordClass: Class) -> String? {
        self[wordClass][word]
    }

    /// The words of a class, with their values.
    public subscript(wordClass: Class) -> [String: String] {
        members[wordClass] ?? [:]
    }

    /// The words of a class.
    public func words(_ wordClass: Class) -> WordSet {
        WordSet(self[wordClass].keys.sorted())
    }
}
