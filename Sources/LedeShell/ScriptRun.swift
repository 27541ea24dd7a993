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
enum ScriptCheck {
    /// The problems of `text`, as `NAME:LINE: message` lines: lines that do not parse, unknown
    /// commands, and patterns that do not compile. The lines after `paste` up to its `.` are
    /// the article's text, not commands.
    static func problems(in text: String, name: String, commands: CommandTable) -> [String] {
        var problems: [String] = []
        var pasting = false
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
                for word in command.arguments {
                    guard found.takesPatterns, let flags = word.patternFlags else { continue }
                    do { _ = try Regex(word.text, options: try Regex.Options(flags: flags)) } catch {
                        let message = CommandRunner.message(for: PatternError.error(error, pattern: word))
                        problems.append("\(name):\(lines.lineNumber): \(message)")
                    }
                }
            }
        }
        return problems
    }
}
