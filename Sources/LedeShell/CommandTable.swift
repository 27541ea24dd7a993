import LedeCore

/// Every command of the language, by name and alias.
public struct CommandTable: Sendable {
    /// The commands in the order `help` lists them.
    public let commands: [any ShellCommand]
    private let byName: [String: Int]

    public init(_ commands: [any ShellCommand]) {
        self.commands = commands
        var index: [String: Int] = [:]
        for (position, command) in commands.enumerated() {
            index[command.name] = position
            for alias in command.aliases { index[alias] = position }
        }
        self.byName = index
    }

    /// The command called `name` (or with that alias), in any case (`Who is …?`).
    public func command(named name: String) -> (any ShellCommand)? {
        (byName[name] ?? byName[name.lowercased()]).map { commands[$0] }
    }

    /// Every name and alias, sorted.
    public var names: [String] { byName.keys.sorted() }

    /// The parser, which needs to know which commands take `/pattern/` arguments.
    public var parser: CommandLineParser {
        let patternCommands = Set(commands.filter(\.takesPatterns).flatMap { [$0.name] + $0.aliases })
        return CommandLineParser(takesPatterns: { patternCommands.contains($0) })
    }

    /// The error for a name that is no command, with a suggestion.
    public func unknown(_ name: String) -> CommandError {
        var message = "unknown command '\(name)'"
        if let suggestion = Suggestion.closest(to: name, in: commands.map(\.name)) {
            message += "; did you mean '\(suggestion)'?"
        } else if name.contains("/") || name.contains(".") {
            message += "; to load a file, type: open \(name)"
        }
        return CommandError(message + " (help lists the commands)")
    }

    /// Every command of the language.
    public static var standard: CommandTable { CommandTable([
        OpenCommand(), PasteCommand(), TextCommand(),
        AnnotatorsListCommand(), PipelineCommand(), UseCommand(), AddCommand(), DropCommand(), RunCommand(),
        ShowCommand(), EntitiesCommand(), PlacesCommand(), RolesCommand(), QuotesCommand(), NumbersCommand(),
        WhoCommand(), WhatDidCommand(), FindCommand(), HighlightCommand(), SentencesCommand(),
        RuleCommand(), GazetteerCommand(),
        ExportCommand(), EchoCommand(), SetCommand(),
        HistoryCommand(), HelpCommand(), QuitCommand(),
    ]) }
}
