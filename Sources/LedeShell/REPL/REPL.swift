import Foundation
import LedeCore

/// The interactive shell: reads command lines with the line editor and runs them with the same
/// `CommandRunner` as scripts; long output is paged, errors shown in red with a caret under a
/// bad pattern, Ctrl-C interrupts a command and returns to the prompt.
public final class REPL {
    let session: Session
    let editor: LineEditor
    private(set) var runner: CommandRunner!

    public init(session: Session, editor: LineEditor) {
        self.session = session
        self.editor = editor
        self.runner = CommandRunner(session: session, writeOutput: { [weak self] in self?.show($0) },
                                    writeError: { [weak self] in self?.showError($0) })
        session.lineSource = EditorLineSource(editor)
        session.editorHistory = { [editor] in editor.history }
    }

    /// The prompt: `lede[article.txt]> `, coloured with the escapes wrapped in \001…\002 so
    /// readline measures it right.
    public var prompt: String {
        let color = session.settings.color
        func styled(_ text: String, _ style: Style) -> String {
            color ? "\u{01}\(style.on)\u{02}\(text)\u{01}\(Style.reset)\u{02}" : text
        }
        var prompt = styled("lede", .boldGreen)
        if let name = session.documentName { prompt += "[" + styled(name, .bold) + "]" }
        return prompt + "> "
    }

    /// Opens `path` (if any), then reads and runs commands until `quit` or Ctrl-D.
    public func run(opening path: String?) -> Int32 {
        Interrupt.install()
        signal(SIGPIPE, SIG_IGN)
        let color = session.settings.color
        StandardStreams.out(Style.bold.apply("lede", enabled: color) + " — explore a news article. "
            + "Type help for the commands, Tab to complete, Ctrl-D to leave.\n")
        if let path {
            execute("open " + CommandQuoting.quote(path), echo: false)
        } else {
            StandardStreams.out("Load an article with open FILE, paste, or text \"…\".\n")
        }
        while !session.wantsToQuit {
            guard let line = editor.readLine(prompt: prompt, cancelOnInterrupt: false) else {
                StandardStreams.out("\n")
                break
            }
            Interrupt.clear()
            if line.allSatisfy(\.isWhitespace) { continue }
            editor.addHistory(line)
            // A bracketed paste can bring several lines at once.
            for part in line.split(separator: "\n") where !part.allSatisfy(\.isWhitespace) {
                execute(String(part), echo: true)
                if session.wantsToQuit { break }
            }
        }
        editor.close()
        return 0
    }

    /// Runs one line, reporting errors (and interruptions) without leaving the shell.
    func execute(_ line: String, echo: Bool) {
        defer { Interrupt.clear() }
        do {
            try runner.run(line: line)
        } catch let error as CommandError {
            if let column = error.column, echo {
                let offset = editor.visibleWidth(of: prompt) + column
                StandardStreams.error(String(repeating: " ", count: offset) + Style.boldRed.apply("^", enabled: session.settings.color))
            }
            showError("error: " + error.message)
        } catch is Interrupted {
            showError("[interrupted]")
        } catch {
            showError("error: \(error)")
        }
    }

    private func show(_ text: String) {
        if session.settings.pager, let size = Terminal.size(of: 1),
           Pager.isTooLong(text, rows: size.rows - 1, columns: size.columns),
           Pager.show(text, environment: session.environment) {
            Interrupt.clear()
            return
        }
        StandardStreams.out(text)
    }

    private func showError(_ line: String) {
        let color = Terminal.isTerminal(2) && session.settings.color
        let style: Style = line.contains("warning:") ? .yellow : .red
        StandardStreams.error(style.apply(line, enabled: color))
    }
}

/// Quoting a word so the command parser reads it back as it was.
enum CommandQuoting {
    static func quote(_ word: String) -> String {
        guard word.contains(where: { $0 == " " || $0 == "\"" || $0 == "'" || $0 == ";" || $0 == "#" || $0 == "\\" }) || word.isEmpty else {
            return word
        }
        return "\"" + word.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }
}
