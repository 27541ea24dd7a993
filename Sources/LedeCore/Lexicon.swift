import Foundation

/// A lexicon: a sorted TSV file searched by its first column, each row parsed into an `Entry`
/// when it is looked up.
///
/// Loading costs a pass over the file's bytes (no parsing), so a module can keep its lexicons in
/// `static let`s without slowing start-up; a lookup is a binary search.
public struct Lexicon<Entry: Sendable>: Sendable {
    private let table: SortedTSV
    private let parse: @Sendable (SortedTSV.Row) -> Entry?

    /// Loads `Resources/<resource>` from `bundle`; `parse` makes an entry of a row (nil skips
    /// it). A missing or unreadable file gives an empty lexicon and a warning on standard error
    /// (annotation goes on, with less knowledge).
    public init(resource: String, in bundle: Bundle, parse: @escaping @Sendable (SortedTSV.Row) -> Entry?) {
        do {
            table = try SortedTSV(resource: resource, in: bundle)
        } catch {
            FileHandle.standardError.write(Data("lede: warning: \(error)\n".utf8))
            table = SortedTSV()
        }
        self.parse = parse
    }

    /// A lexicon over an already loaded table.
    public init(table: SortedTSV, parse: @escaping @Sendable (SortedTSV.Row) -> Entry?) {
        self.table = table
        self.parse = parse
    }

    /// The entry of the first row with this key.
    public subscript(key: String) -> Entry? {
        table.firstRow(for: key).flatMap(parse)
    }

    /// The entries of every row with this key.
    public func all(_ key: String) -> [Entry] {
        table.rows(for: key).compactMap(parse)
    }

    /// Whether some row has this key.
    public func contains(_ key: String) -> Bool { table.contains(key) }

    /// The number of rows.
    public var count: Int { table.count }
}

extension Substring {
    /// The field as an integer, or nil when empty or not a number.
    public var intValue: Int? { Int(self) }
    /// The field as a double, or nil when empty or not a number.
    public var doubleValue: Double? { Double(self) }
}
