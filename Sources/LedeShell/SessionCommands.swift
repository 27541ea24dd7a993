import LedeCore

/// `set KEY VALUE`: colours, width, rows, pager and table format; the annotators' options and
/// the articles' date.
struct SetCommand: ShellCommand {
    let name = "set"
    let group = CommandGroup.output
    let summary = "Change a setting or an annotator option, or list them"
    let usage = "set [KEY VALUE]"
    let details = """
        color on|off         ANSI colours (off by default when NO_COLOR is set or output is no terminal)
        width auto|N         output width in columns
        rows all|N           at most N rows per table
        pager on|off         page long output in the interactive shell ($PAGER, else less)
        format table|csv|tsv|jsonl   how tables print
        date YYYY-MM-DD|none the articles' date, to resolve relative dates ("last Friday")
        option ANNOTATOR.NAME VALUE   an annotator's option (the chain runs again)
        Examples:  set date 2025-06-13        set option numbers.date 2025-06-13
        """

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion {
        switch index {
        case 0: return .words(Settings.keys.map(\.key) + ["date", "option"])
        case 1: return .words(Settings.keys.first { $0.key == previous.first }?.values ?? [])
        default: return .none
        }
    }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        let words = try ArgumentReader(arguments, for: self).positional(max: 3)
        if words.first?.text == "option" {
            guard words.count == 3 else { throw usageError("set option ANNOTATOR.NAME VALUE") }
            try session.options.set(words[1].text + "=" + words[2].text, registry: session.registry)
            return
        }
        if words.first?.text == "date", words.count == 2 {
            try session.options.setDate(words[1].text.lowercased() == "none" ? nil : words[1].text, registry: session.registry)
            return
        }
        if words.count > 2 { throw usageError("too many arguments") }
        if words.isEmpty {
            let settings = session.settings
            let width = settings.width.map(String.init) ?? "auto (\(session.outputWidth.map(String.init) ?? "no limit"))"
            var rows: [[String]] = [
                ["color", settings.color ? "on" : "off"],
                ["width", width],
                ["rows", settings.rows.map(String.init) ?? "all"],
                ["pager", settings.pager ? "on" : "off"],
                ["wrap", settings.wrap ? "on" : "off"],
                ["format", settings.format.rawValue],
                ["date", session.options.date ?? "none"],
            ]
            for (annotator, values) in session.options.values.sorted(by: { $0.key < $1.key }) {
                for (option, value) in values.sorted(by: { $0.key < $1.key }) { rows.append(["option \(annotator).\(option)", value]) }
            }
            TableView(header: ["setting", "value"], rows: rows).print(to: output, session: session)
            return
        }
        guard words.count == 2 else { throw usageError("give a value") }
        let key = words[0].text, value = words[1].text.lowercased()
        func onOff() throws -> Bool {
            switch value {
            case "on", "true", "yes", "1": return true
            case "off", "false", "no", "0": return false
            default: throw CommandError("\(key) is on or off, not '\(value)'")
            }
        }
        switch key {
        case "color", "colour": session.settings.color = try onOff()
        case "pager": session.settings.pager = try onOff()
        case "wrap": session.settings.wrap = try onOff()
        case "width":
            if value == "auto" { session.settings.width = nil } else {
                guard let width = Int(value), width >= 20, width <= 1000 else { throw CommandError("width is auto or a number of columns from 20 to 1000") }
                session.settings.width = width
            }
        case "rows":
            if value == "all" { session.settings.rows = nil } else {
                guard let rows = Int(value), rows >= 1 else { throw CommandError("rows is all or a positive number") }
                session.settings.rows = rows
            }
        case "format":
            guard let format = TableFormat(rawValue: value) else {
                throw CommandError("format is one of \(TableFormat.allCases.map(\.rawValue).joined(separator: ", ")) (export writes files in other formats)")
            }
            session.settings.format = format
        default:
            let suggestion = Suggestion.closest(to: key, in: Settings.keys.map(\.key)).map { "; did you mean '\($0)'?" } ?? ""
            throw CommandError("no setting '\(key)'\(suggestion) (settings: \(Settings.keys.map(\.key).joined(separator: ", ")))")
        }
    }
}

/// `history`: the commands typed so far (with the saved history in the interactive shell).
struct HistoryCommand: ShellCommand {
    let name = "history"
    let group = CommandGroup.session
    let summary = "The commands entered so far"
    let usage = "history [N]"

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        let words = try ArgumentReader(arguments, for: self).positional(max: 1)
        let entries = session.editorHistory?() ?? session.commandHistory
        var count = entries.count
        if let word = words.first {
            guard let number = Int(word.text), number > 0 else { throw usageError() }
            count = min(number, entries.count)
        }
        let start = entries.count - count
        for (offset, entry) in entries.suffix(count).enumerated() {
            output.line(String(start + offset + 1).leftPadded(5) + "  " + entry)
        }
    }
}

/// `help [COMMAND]`: every command with one line, or one command in full.
struct HelpCommand: ShellCommand {
    let name = "help"
    let aliases = ["?"]
    let group = CommandGroup.session
    let summary = "List the commands, or explain one"
    let usage = "help [COMMAND]"

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion { index == 0 ? .commands : .none }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        let words = try ArgumentReader(arguments, for: self).positional(max: 1)
        let color = session.settings.color
        if let topic = words.first?.text {
            guard let command = session.commands.command(named: topic) else { throw session.commands.unknown(topic) }
            output.line(Style.bold.apply(command.usage, enabled: color))
            output.line("  " + command.summary)
            if !command.aliases.isEmpty { output.line("  also: " + command.aliases.joined(separator: ", ")) }
            if !command.details.isEmpty {
                output.line()
                for line in command.details.split(separator: "\n", omittingEmptySubsequences: false) { output.line("  " + line) }
            }
            return
        }
        let width = session.outputWidth ?? 100
        let usageWidth = min(34, session.commands.commands.map(\.usage.count).max() ?? 20)
        for group in CommandGroup.allCases {
            let commands = session.commands.commands.filter { $0.group == group }
            guard !commands.isEmpty else { continue }
            output.line(Style.bold.apply(group.rawValue, enabled: color))
            for command in commands {
                // A usage longer than the column pushes its summary to the right.
                let column = max(usageWidth, command.usage.count)
                output.line("  " + command.usage.padding(column + 2) + Text.truncate(command.summary, max(20, width - column - 4)))
            }
        }
        output.line()
        output.line("help COMMAND explains one. Tab completes commands, annotators, layers, files and names; Ctrl-R searches the history.")
    }
}

/// `quit`: leaves the shell (or ends a script).
struct QuitCommand: ShellCommand {
    let name = "quit"
    let aliases = ["exit", "q"]
    let group = CommandGroup.session
    let summary = "Leave lede (Ctrl-D does too)"
    let usage = "quit"

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        _ = try ArgumentReader(arguments, for: self).positional(max: 0)
        session.wantsToQuit = true
    }
}

extension String {
    /// The string right-aligned in `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
