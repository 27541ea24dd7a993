/// A plain-text table with aligned columns; the widest column is shortened to fit `width`.
public struct Table: Sendable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// The table as text lines. With a `width`, the longest column is narrowed to make rows
    /// fit, and its longer cells are cut with `…`, or with `wrap` broken onto more lines at spaces.
    public func render(width: Int? = nil, wrap: Bool = false) -> String {
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
            // Each cell as the lines it takes: one, cut, unless it wraps.
            let cells = (0..<columns).map { column -> [String] in
                let cell = column < row.count ? row[column] : ""
                guard cell.count > widths[column] else { return [cell] }
                if wrap { return Self.wrapped(cell, width: widths[column]) }
                return [String(cell.prefix(max(1, widths[column] - 1))) + "…"]
            }
            for line in 0..<(cells.map(\.count).max() ?? 1) {
                let parts = (0..<columns).map { column -> String in
                    let cell = line < cells[column].count ? cells[column][line] : ""
                    return column == columns - 1 ? cell : cell + String(repeating: " ", count: max(0, widths[column] - cell.count))
                }
                lines.append(parts.joined(separator: "  "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` in lines of at most `width` characters, broken at spaces (a word longer than the
    /// width is cut).
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var word = Substring(word)
            while word.count > width {
                if !line.isEmpty { lines.append(line); line = "" }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
