/// A command of lede's command language, the same in the interactive shell, in scripts, in
/// `lede -c` and on piped standard input.
public protocol ShellCommand: Sendable {
    /// The name typed to run it.
    var name: String { get }
    /// Other names that run it (`exit` for `quit`).
    var aliases: [String] { get }
    /// Where `help` lists it.
    var group: CommandGroup { get }
    /// One line saying what it does.
    var summary: String { get }
    /// How it is called: `quotes [--by NAME]`.
    var usage: String { get }
    /// More help, with examples, shown by `help NAME`.
    var details: String { get }
    /// Whether a word starting with `/` is a `/pattern/flags` argument.
    var takesPatterns: Bool { get }
    /// What the argument at `index` (0 = the first after the name) completes to.
    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion
    /// Runs the command.
    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws
}

extension ShellCommand {
    public var aliases: [String] { [] }
    public var details: String { "" }
    public var takesPatterns: Bool { false }
    public func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion { .none }

    /// A usage error for this command.
    func usageError(_ problem: String? = nil) -> CommandError {
        CommandError((problem.map { $0 + "; " } ?? "") + "usage: \(usage)")
    }
}

/// The sections of `help`.
public enum CommandGroup: String, CaseIterable, Sendable {
    case loading = "Loading"
    case chain = "Annotator chain"
    case looking = "Looking"
    case extending = "Extending"
    case output = "Output"
    case session = "Session"
}

/// What Tab completes an argument to.
public enum ArgumentCompletion: Equatable, Sendable {
    case none
    /// File and folder names.
    case files
    /// Command names (for `help`).
    case commands
    /// Registered annotator names.
    case annotators
    /// Names in the current chain (for `drop`).
    case chainAnnotators
    /// Layer names.
    case layers
    /// Labels of the layer named by the first argument.
    case labels(layer: String)
    /// Names of people, organizations and places in the document; the argument is the rest of the line.
    case names
    /// Speakers of quotes (for `quotes --by`).
    case speakers
    /// Fixed words.
    case words([String])
}

/// A command that failed, with the message to show.
public struct CommandError: Error, CustomStringConvertible {
    public let message: String
    /// For a bad pattern: the column of the line to point at.
    public let column: Int?

    public init(_ message: String, column: Int? = nil) {
        self.message = message
        self.column = column
    }

    public var description: String { message }
}

/// Reading the arguments of a command.
struct ArgumentReader {
    private(set) var words: [CommandWord]
    let command: any ShellCommand

    init(_ words: [CommandWord], for command: any ShellCommand) {
        self.words = words
        self.command = command
    }

    /// Removes `--name VALUE` and returns VALUE (nil when the option is absent).
    mutating func option(_ name: String) throws(CommandError) -> String? {
        guard let index = words.firstIndex(where: { $0.kind == .plain && $0.text == name }) else { return nil }
        guard index + 1 < words.count else { throw command.usageError("\(name) needs a value") }
        let value = words[index + 1].text
        words.removeSubrange(index...(index + 1))
        return value
    }

    /// Removes `--name` and tells whether it was there.
    mutating func flag(_ name: String) -> Bool {
        guard let index = words.firstIndex(where: { $0.kind == .plain && $0.text == name }) else { return false }
        words.remove(at: index)
        return true
    }

    /// The remaining words; an unknown `--option` is a usage error.
    func positional(min: Int = 0, max: Int = Int.max) throws(CommandError) -> [CommandWord] {
        if let option = words.first(where: { $0.kind == .plain && $0.text.hasPrefix("--") && $0.text.count > 2 }) {
            throw command.usageError("unknown option \(option.text)")
        }
        if words.count < min { throw command.usageError(min == 1 && max == 1 ? "one argument needed" : "too few arguments") }
        if words.count > max { throw command.usageError("too many arguments") }
        return words
    }
}

/// The words of a question without its final question mark (`Araghchi?` → `Araghchi`; a lone
/// `?` goes), for the commands a reporter may type as questions (`who is …?`, `what did … say?`).
func withoutQuestionMark(_ words: [String]) -> [String] {
    guard let last = words.last, last.hasSuffix("?") else { return words }
    let stripped = String(last.dropLast())
    return words.dropLast() + (stripped.isEmpty ? [] : [stripped])
}
