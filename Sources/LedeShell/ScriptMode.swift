import Foundation
import LedeCore

/// Running commands without a prompt: `lede run SCRIPT [FILE…]`, `lede -c "…" [FILE…]` and
/// commands piped to `lede`. With files, the commands run once per file, each time in a fresh
/// session with that file loaded.
public struct ScriptMode {
    let registry: Registry
    let environment: [String: String]
    let keepGoing: Bool
    /// The annotators' options (`--date`, `--option`), given to every session.
    let options: AnnotatorOptionValues

    public init(registry: Registry, environment: [String: String], keepGoing: Bool, options: AnnotatorOptionValues = AnnotatorOptionValues()) {
        self.registry = registry
        self.environment = environment
        self.keepGoing = keepGoing
        self.options = options
    }

    /// A new non-interactive session with colours and width following standard output.
    func makeSession() -> Session {
        let session = Session(registry: registry,
                              settings: Settings(color: Terminal.wantsColor(environment: environment)),
                              environment: environment, isInteractive: false)
        session.options = options
        return session
    }

    /// Runs `script` (named `name` in error messages) once, or once per file. Returns the exit status.
    /// The whole script is checked first (unless `keepGoing`): nothing runs when a line cannot (each problem is
    /// reported as `NAME:LINE: message`). Over several files, each article's output that a
    /// command prints for reading comes under a `==> FILE <==` heading (as `head` prints), errors
    /// name the article, and exports to one file add each article to it.
    public func run(script: String, name: String, files: [String]) -> Int32 {
        let check = ScriptCheck(script, name: name, commands: makeSession().commands)
        // With --keep-going, a bad line is reported when its turn comes and the others run.
        guard keepGoing || check.problems.isEmpty else {
            check.problems.forEach(StandardStreams.error)
            return 1
        }
        guard !files.isEmpty else {
            let runner = CommandRunner(session: makeSession())
            return runner.runScript(script, name: name, keepGoing: keepGoing).failures > 0 ? 1 : 0
        }
        let shared = ScriptRun()
        let headings = files.count > 1 && check.printsForReading
        var status: Int32 = 0
        for (index, file) in files.enumerated() {
            let session = makeSession()
            session.scriptRun = shared
            let runner = CommandRunner(session: session)
            if headings { StandardStreams.out((index > 0 ? "\n" : "") + "==> \(file) <==\n") }
            do {
                try runner.run(line: "open " + CommandQuoting.quote(file))
            } catch {
                StandardStreams.error("lede: \(CommandRunner.message(for: error))")
                status = 1
                continue
            }
            let result = runner.runScript(ScriptLines(script), name: name, article: files.count > 1 ? file : nil, keepGoing: keepGoing)
            if result.failures > 0 { status = 1 }
        }
        return status
    }

    /// Runs commands as they arrive on standard input (one file at most: with several, standard
    /// input is read whole first).
    public func runStandardInput(files: [String]) -> Int32 {
        if files.count > 1 {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return run(script: String(decoding: data, as: UTF8.self), name: "stdin", files: files)
        }
        let session = makeSession()
        let runner = CommandRunner(session: session)
        if let file = files.first {
            do { try runner.run(line: "open " + CommandQuoting.quote(file)) } catch {
                StandardStreams.error("lede: \(CommandRunner.message(for: error))")
                return 1
            }
        }
        let lines = StandardInputLines()
        let failed = runner.runScript(lines, name: "stdin", keepGoing: keepGoing).failures > 0
        // `lede ARTICLE < /dev/null` (or from a pipe with nothing in it): the annotations, as text.
        if lines.lineNumber == 0, files.count == 1 {
            do { try runner.run(line: "export text -") } catch {
                StandardStreams.error("lede: \(CommandRunner.message(for: error))")
                return 1
            }
        }
        return failed ? 1 : 0
    }
}

/// Lines of standard input, read as they come.
final class StandardInputLines: NumberedLineSource {
    private(set) var lineNumber = 0

    func nextLine(prompt: String) -> String? {
        guard let line = Swift.readLine(strippingNewline: true) else { return nil }
        lineNumber += 1
        return line.hasSuffix("\r") ? String(line.dropLast()) : line
    }
}
