/// What `set` changes.
public struct Settings: Sendable, Equatable {
    /// ANSI colours in output.
    public var color: Bool
    /// Output width in columns; nil follows the terminal (or no limit off a terminal).
    public var width: Int?
    /// At most this many rows in a table or lines of `find`; nil shows every one.
    public var rows: Int?
    /// Long output goes through a pager (`$PAGER`, else `less`) in the interactive shell.
    public var pager: Bool
    /// How tables are printed.
    public var format: TableFormat
    /// Long cells of a table wrap onto more lines instead of being cut to the width.
    public var wrap: Bool

    public init(color: Bool = false, width: Int? = nil, rows: Int? = nil, pager: Bool = false, format: TableFormat = .table,
                wrap: Bool = false) {
        self.color = color
        self.width = width
        self.rows = rows
        self.pager = pager
        self.format = format
        self.wrap = wrap
    }

    /// The keys `set` knows, with the values each takes.
    public static let keys: [(key: String, values: [String], summary: String)] = [
        ("color", ["on", "off"], "ANSI colours in output"),
        ("width", ["auto", "80", "120"], "output width in columns (auto: the terminal's)"),
        ("rows", ["all", "20", "50"], "at most this many rows per table (all: no limit)"),
        ("pager", ["on", "off"], "page long output in the interactive shell"),
        ("wrap", ["on", "off"], "wrap long cells of a table (a quote) instead of cutting them"),
        ("format", TableFormat.allCases.map(\.rawValue), "how tables print: table, csv, tsv or jsonl"),
    ]
}

/// How `entities`, `quotes` and the other tables print.
public enum TableFormat: String, CaseIterable, Sendable {
    /// Aligned columns for reading.
    case table
    /// Comma-separated values with a header.
    case csv
    /// Tab-separated values with a header.
    case tsv
    /// One JSON object per row.
    case jsonl
}
