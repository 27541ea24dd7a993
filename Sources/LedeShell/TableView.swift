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
        case .csv: return CSV.render(header: header, rows: rows.map { $0.map(TerminalText.visible) })
        case .tsv:
            let clean = { (cell: String) in TerminalText.visible(cell).map { $0 == "\t" || $0 == "\n" ? " " : String($0) }.joined() }
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
            let text = Table(header: header, rows: flat).render(width: width, wrap: settings.wrap)
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
    /// The text on one line: line breaks and tabs become spaces, runs of spaces one space, and
    /// control characters are shown, not sent to the terminal.
    static func oneLine(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var lastWasSpace = false
        for character in TerminalText.visible(text) {
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

/// CSV as RFC 4180 writes it: fields with commas, quotes or line breaks are quoted. A field that
/// a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return, and not a plain number) gets a leading `'`, as OWASP recommends against CSV injection.
enum CSV {
    static func field(_ text: String) -> String {
        let safe = startsFormula(text) ? "'" + text : text
        guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return safe }
        return "\"" + safe.replacing("\"", with: "\"\"") + "\""
    }

    /// Whether a spreadsheet would read `text` as a formula.
    static func startsFormula(_ text: String) -> Bool {
        guard let first = text.utf8.first, [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D].contains(first) else {
            return false
        }
        return !isPlainNumber(text)
    }

    /// `-12`, `+3.5`, `-0.25`: a sign, digits and at most one decimal point.
    static func isPlainNumber(_ text: String) -> Bool {
        let body = text.utf8.dropFirst()
        guard text.utf8.first == UInt8(ascii: "-") || text.utf8.first == UInt8(ascii: "+"), !body.isEmpty else { return false }
        var points = 0
        for byte in body {
            if byte == UInt8(ascii: ".") { points += 1; continue }
            if byte < 0x30 || byte > 0x39 { return false }
        }
        return points <= 1 && body.first != UInt8(ascii: ".") && body.last != UInt8(ascii: ".")
    }

    static func render(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }
}
