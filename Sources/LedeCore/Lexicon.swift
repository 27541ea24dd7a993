import Foundation
import Synchronization

/// A lexicon: a sorted TSV file searched by its first column, each row parsed into an `Entry`
/// when it is looked up.
///
/// Loading costs a pass over the file's bytes (no parsing), so a module can keep its lexicons in
/// `static let`s without slowing start-up; a lookup is a binary search. A file that is missing or
/// corrupt leaves the lexicon empty and its `failure` set: the annotator that uses it calls
/// `check()` first, so that the pipeline reports the failure instead of annotating without it.
public final class Lexicon<Entry: Sendable>: Sendable {
    @usableFromInline let table: SortedTSV
    @usableFromInline let parse: @Sendable (SortedTSV.Row) -> Entry?
    /// Entries already looked up, so that each key is searched and parsed once per process.
    @usableFromInline let memo = LookupMemo<String, Entry?>()
    @usableFromInline let memoAll = LookupMemo<String, [Entry]>()
    /// Says at once that most words are not keys (before the memo is asked).
    @usableFromInline let filter: LazyKeyFilter
    /// Why the file could not be loaded, if it could not.
    public let failure: ResourceError?

    /// Loads `Resources/<resource>` from `bundle`; `parse` makes an entry of a row (nil skips it).
    public init(resource: String, in bundle: Bundle, parse: @escaping @Sendable (SortedTSV.Row) -> Entry?) {
        do {
            table = try SortedTSV(resource: resource, in: bundle)
            failure = nil
        } catch {
            table = SortedTSV()
            failure = error
        }
        filter = LazyKeyFilter(table)
        self.parse = parse
    }

    /// Throws the load failure, if there was one.
    public func check() throws(ResourceError) {
        if let failure { throw failure }
    }

    /// A lexicon over an already loaded table.
    public init(table: SortedTSV, parse: @escaping @Sendable (SortedTSV.Row) -> Entry?) {
        self.table = table
        self.parse = parse
        self.failure = nil
        filter = LazyKeyFilter(table)
    }

    /// The entry of the first row with this key.
    @inlinable
    public subscript(key: String) -> Entry? {
        let hash = key.memoHash
        guard filter.mayContain(hash: hash) else { return nil }
        if let known = memo.value(for: key, hash: hash) { return known }
        let entry = table.firstRow(for: key).flatMap(parse)
        memo.store(entry, for: key, hash: hash)
        return entry
    }

    /// The entries of every row with this key.
    @inlinable
    public func all(_ key: String) -> [Entry] {
        let hash = key.memoHash
        guard filter.mayContain(hash: hash) else { return [] }
        if let known = memoAll.value(for: key, hash: hash) { return known }
        let entries = table.rows(for: key).compactMap(parse)
        memoAll.store(entries, for: key, hash: hash)
        return entries
    }

    /// Whether some row has this key.
    @inlinable
    public func contains(_ key: String) -> Bool { self[key] != nil }

    /// The number of rows.
    public var count: Int { table.count }
}

extension Substring {
    /// The field as an integer, or nil when empty or not a number.
    public var intValue: Int? { Int(self) }
    /// The field as a double, or nil when empty or not a number.
    public var doubleValue: Double? { Double(self) }
}
