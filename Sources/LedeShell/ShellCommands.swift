import ArgumentParser
import Foundation
import LedeCore

/// `lede [FILE]` on a terminal: the interactive shell; with commands on standard input, `-c`,
/// or `lede shell`: the same commands without a prompt.
public struct InteractiveCommand<Catalog: AnnotatorCatalog>: ParsableCommand {
    public static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "shell",
            abstract: "Explore an article interactively (the default), or run commands from -c or standard input.",
            discussion: """
                On a terminal, opens the interactive shell with FILE loaded and annotated (type help \
                there). With -c, runs the commands given (separated by ';'); when standard input is not \
                a terminal, runs the commands read from it. With several FILEs the commands run once \
                per file. An error stops the commands with NAME:LINE: message and exit status 1.
                """
        )
    }

    @Option(name: .customShort("c"), help: ArgumentHelp("Commands to run, separated by ';' or line breaks.", valueName: "commands"))
    var commands: String?

    @Flag(name: .long, help: "Go on after a command fails (the exit status is still 1).")
    var keepGoing = false

    @Option(name: .long, help: ArgumentHelp("The articles' date, to resolve relative dates.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .customLong("option"), help: ArgumentHelp("An annotator option, repeatable: annotator.name=value.", valueName: "annotator.name=value"))
    var annotatorOptions: [String] = []

    @Argument(help: ArgumentHelp("Articles to load.", valueName: "file"))
    var files: [String] = []

    public init() {}

    public func run() throws {
        let registry = Registry(catalog: Catalog.self)
        let environment = ProcessInfo.processInfo.environment
        let options = try AnnotatorOptionArguments(date: date, options: annotatorOptions).values(registry: registry)
        let mode = ScriptMode(registry: registry, environment: environment, keepGoing: keepGoing, options: options)
        if let commands {
            terminate(mode.run(script: commands, name: "-c", files: files))
        }
        guard Terminal.isTerminal(0) else {
            terminate(mode.runStandardInput(files: files))
        }
        if files.count > 1 {
            StandardStreams.error("lede: the shell opens one article; opening \(files[0]) (lede run SCRIPT FILE… runs a script over many)")
        }
        let width = Terminal.size(of: 1)
        let session = Session(registry: registry,
                              settings: Settings(color: Terminal.wantsColor(environment: environment),
                                                 rows: width.map { max(10, $0.rows - 4) },
                                                 pager: Terminal.isTerminal(1)),
                              environment: environment, isInteractive: true)
        session.options = options
        let completer = Completer(session: session)
        let editor = ReadlineEditor(historyPath: HistoryFile.path(environment: environment),
                                    complete: { completer.complete(before: $0, word: $1) })
        terminate(REPL(session: session, editor: editor).run(opening: files.first))
    }
}

/// `lede run SCRIPT [FILE…]`: runs a script of shell commands, once per file.
public struct RunScriptCommand<Catalog: AnnotatorCatalog>: ParsableCommand {
    public static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "run",
            abstract: "Run a script of lede commands (one per line, # comments), once per FILE.",
            discussion: """
                The commands are those of the interactive shell. With FILEs, the script runs once per \
                file, each time with that file loaded. An error stops the script with \
                SCRIPT:LINE: message on standard error and exit status 1 (see --keep-going).
                """
        )
    }

    @Flag(name: .long, help: "Go on after a command fails (the exit status is still 1).")
    var keepGoing = false

    @Option(name: .long, help: ArgumentHelp("The articles' date, to resolve relative dates.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .customLong("option"), help: ArgumentHelp("An annotator option, repeatable: annotator.name=value.", valueName: "annotator.name=value"))
    var annotatorOptions: [String] = []

    @Argument(help: ArgumentHelp("The script.", valueName: "script"))
    var script: String

    @Argument(help: ArgumentHelp("Articles to run it on.", valueName: "file"))
    var files: [String] = []

    public init() {}

    public func run() throws {
        let text: String
        do {
            let loaded = try DocumentLoader().load(path: script)
            text = loaded.document.text
        } catch {
            StandardStreams.error("lede: \(error.description)")
            throw ExitCode.failure
        }
        let registry = Registry(catalog: Catalog.self)
        let options = try AnnotatorOptionArguments(date: date, options: annotatorOptions).values(registry: registry)
        let mode = ScriptMode(registry: registry, environment: ProcessInfo.processInfo.environment,
                              keepGoing: keepGoing, options: options)
        terminate(mode.run(script: text, name: script, files: files))
    }
}
