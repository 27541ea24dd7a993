/// A plain-text table with aligned columns; the widest column is shortened to fit `width`.
public struct Table: Sendable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// The table as text lines. With a `width`, the longest column is cut to make rows fit.
    public func render(width: Int? = nil) -> String {
        let all = [header] + rows
        let columns = all.map(\.count).max() ?? 0
        var widths = (0..<columns).map { column in all.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        if let width, columns > 0 {
            let total = widths.reduce(0, +) + 2 * (columns - 1)
            if total > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) {
                widths[widest] = max(8, widths[widest] - (total - width))
            }
        }
        var lines: [String] = []
        for row in all {
            var cells: [String] = []
            for column in 0..<columns {
                var cell = column < row.count ? row[column] : ""
                if cell.count > widths[column] { cell = String(cell.prefix(max(1, widths[column] - 1))) + "…" }
                cells.append(column == columns - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count))
            }
            lines.append(cells.joined(separator: "  "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
