import LedeCore

/// What one `lede run SCRIPT FILE…` (or `-c … FILE…`) shares across its articles, each run in a
/// session of its own: the files its exports wrote, so that the next article's export to the
/// same file adds to it (one CSV header, one table) instead of replacing it, and the formats
/// whose header already went to standard output.
public final class ScriptRun {
    /// Resolved paths written by an export during this run.
    var exportedFiles: Set<String> = []
    /// Formats whose header was written to standard output.
    var headedFormats: Set<String> = []

    public init() {}
}

/// Checking a whole script before any line runs: a typo on line 9 should not cost the work of
/// lines 1 to 8 (and an export half done).
struct ScriptCheck {
    /// The problems found, as `NAME:LINE: message` lines: lines that do not parse, unknown
    /// commands, and patterns that do not compile.
    private(set) var problems: [String] = []
    /// Whether a command prints for reading (a table, a listing), not only exports and
    /// settings; a script that sets a table format for programs (`set format csv`) does not, as
    /// a heading would break its rows.
    private(set) var printsForReading = false

    /// Reads every command of `text` once. The lines after `paste` up to its `.` are the
    /// article's text, not commands.
    init(_ text: String, name: String, commands: CommandTable) {
        var pasting = false, looks = false, setsFormatForPrograms = false
        let lines = ScriptLines(text)
        while let line = lines.nextLine(prompt: "") {
            if pasting {
                if line.trimmed == "." { pasting = false }
                continue
            }
            let parsed: [ParsedCommand]
            do { parsed = try commands.parser.parse(line) } catch {
                problems.append("\(name):\(lines.lineNumber): \(error.message)")
                continue
            }
            for command in parsed {
                guard let found = commands.command(named: command.name) else {
                    problems.append("\(name):\(lines.lineNumber): \(commands.unknown(command.name).message)")
                    continue
                }
                if found.name == "paste" { pasting = true }
                if found.group == .looking || found.name == "show" || found.name == "echo" { looks = true }
                if found.name == "set", command.arguments.first?.text == "format", command.arguments.dropFirst().first?.text != "table" {
                    setsFormatForPrograms = true
                }
                for word in command.arguments where found.takesPatterns {
                    do { _ = try FindCommand.compilePattern(word) } catch {
                        problems.append("\(name):\(lines.lineNumber): \(error.message)")
                    }
                }
            }
        }
        printsForReading = looks && !setsFormatForPrograms
    }
}
