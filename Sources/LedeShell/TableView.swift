import LedeCore

/// A table that a command prints: aligned to the output width in `table` format (with at most
/// `rows` rows and a note saying what was left out), or as CSV, TSV or JSON Lines.
struct TableView {
    var header: [String]
    var rows: [[String]]
    /// Shown under an empty table.
    var emptyMessage = "(none)"

    func print(to output: CommandOutput, session: Session) {
        output.write(render(settings: session.settings, width: session.outputWidth))
    }

    func render(settings: Settings, width: Int?) -> String {
        switch settings.format {
        case .csv: return CSV.render(header: header, rows: rows)
        case .tsv:
            let clean = { (cell: String) in cell.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : String($0) }.joined() }
            return ([header] + rows).map { $0.map(clean).joined(separator: "\t") }.joined(separator: "\n") + "\n"
        case .jsonl:
            return rows.map { row in
                var writer = JSONWriter()
                var object: [String: AttributeValue] = [:]
                for (index, key) in header.enumerated() where !key.isEmpty && index < row.count {
                    object[key] = .string(row[index])
                }
                writer.object(object)
                return writer.output + "\n"
            }.joined()
        case .table:
            if rows.isEmpty { return emptyMessage + "\n" }
            var shown = rows
            var note: String?
            if let limit = settings.rows, rows.count > limit {
                shown = Array(rows.prefix(limit))
                note = "… \(rows.count - limit) more row\(rows.count - limit == 1 ? "" : "s") (set rows all shows every row)"
            }
            let flat = shown.map { $0.map(Text.oneLine) }
            let text = Table(header: header, rows: flat).render(width: width)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if settings.color, let first = lines.first { lines[0] = Style.bold.apply(first, enabled: true) }
            var result = lines.joined(separator: "\n")
            if let note { result += Style.dim.apply(note, enabled: settings.color) + "\n" }
            return result
        }
    }
}

/// Small text helpers for terminal output.
enum Text {
    /// The text on one line: line breaks and tabs become spaces, runs of spaces one space.
    static func oneLine(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var lastWasSpace = false
        for character in text {
            if character.isWhitespace {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(character)
                lastWasSpace = false
            }
        }
        return result
    }

    /// At most `limit` characters, with an ellipsis when cut.
    static func truncate(_ text: String, _ limit: Int) -> String {
        guard limit > 0 else { return "" }
        return text.count <= limit ? text : String(text.prefix(max(0, limit - 1))) + "…"
    }

    /// A number with thousands separators.
    static func count(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }

    /// An attribute value as a short string (strings unquoted).
    static func value(_ value: AttributeValue?) -> String {
        guard let value else { return "" }
        switch value {
        case .null: return ""
        case .string(let text): return text
        default:
            var writer = JSONWriter()
            writer.value(value)
            return writer.output
        }
    }
}

/// CSV as RFC 4180 writes it: fields with commas, quotes or line breaks are quoted.
enum CSV {
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    static func render(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }
}
