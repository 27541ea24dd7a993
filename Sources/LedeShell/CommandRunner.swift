import LedeCore

/// Runs command lines against a session: the one implementation behind the interactive shell,
/// `lede run SCRIPT`, `lede -c` and commands piped to standard input.
public final class CommandRunner {
    public let session: Session
    /// Writes command output (the runner pages it in the interactive shell).
    let writeOutput: (String) -> Void
    /// Writes a line to standard error.
    let writeError: (String) -> Void

    public init(session: Session,
                writeOutput: @escaping (String) -> Void = { StandardStreams.out($0) },
                writeError: @escaping (String) -> Void = { StandardStreams.error($0) }) {
        self.session = session
        self.writeOutput = writeOutput
        self.writeError = writeError
    }

    /// Runs every command of one line. Throws the first error (the rest of the line is skipped).
    public func run(line: String, warningPrefix: String = "") throws {
        let commands: [ParsedCommand]
        do { commands = try session.commands.parser.parse(line) } catch {
            throw CommandError(error.message, column: error.column)
        }
        for parsed in commands {
            guard let command = session.commands.command(named: parsed.name) else {
                throw session.commands.unknown(parsed.name)
            }
            let output = CommandOutput(warningSink: { [writeError] in writeError(warningPrefix + "warning: " + $0) })
            defer { flush(output) }
            try command.run(parsed.arguments, in: session, output: output)
            if session.wantsToQuit { return }
        }
    }

    private func flush(_ output: CommandOutput) {
        let text = output.take()
        if !text.isEmpty { writeOutput(text) }
    }

    /// The result of running a script.
    public struct ScriptResult {
        /// The number of commands that failed.
        public var failures = 0
        /// Whether the script ended with `quit`.
        public var quit = false
    }

    /// Runs a script: one command line per line, `#` comments. An error is reported as
    /// `NAME:LINE: message` and stops the script unless `keepGoing`.
    public func runScript(_ text: String, name: String, keepGoing: Bool = false) -> ScriptResult {
        runScript(ScriptLines(text), name: name, keepGoing: keepGoing)
    }

    /// Runs the lines of `source` as a script.
    func runScript(_ source: NumberedLineSource, name: String, article: String? = nil, keepGoing: Bool) -> ScriptResult {
        // Over several articles, a message says which one it was about.
        let place = { (number: Int) in "\(name):\(number): " + (article.map { "\($0): " } ?? "") }
        let previousSource = session.lineSource
        session.lineSource = source
        defer { session.lineSource = previousSource }
        var result = ScriptResult()
        while let line = source.nextLine(prompt: "") {
            let number = source.lineNumber
            session.commandHistory.append(line)
            do {
                try run(line: line, warningPrefix: place(number))
            } catch {
                writeError(place(number) + Self.message(for: error))
                result.failures += 1
                if !keepGoing { return result }
            }
            if session.wantsToQuit {
                result.quit = true
                return result
            }
        }
        return result
    }

    /// The text to show for an error.
    static func message(for error: any Error) -> String {
        switch error {
        case let error as CommandError: return error.message
        case is Interrupted: return "interrupted"
        default: return String(describing: error)
        }
    }
}

/// A line source that knows the number of the line it gave last.
protocol NumberedLineSource: LineSource {
    var lineNumber: Int { get }
}

/// The lines of a script, read one at a time (so `paste` can take the following lines).
final class ScriptLines: NumberedLineSource {
    private let lines: [Substring]
    private var next = 0
    /// The 1-based number of the line last read.
    private(set) var lineNumber = 0

    init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        self.lines = lines.map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }

    func nextLine(prompt: String) -> String? {
        guard next < lines.count else { return nil }
        defer { next += 1 }
        lineNumber = next + 1
        return String(lines[next])
    }
}
