/// Line input for the interactive shell, behind a protocol so that the GPL-licensed GNU readline
/// stays in one file (and could be swapped for libedit).
public protocol LineEditor: AnyObject {
    /// Reads a line with `prompt`; nil at the end of input (Ctrl-D on an empty line).
    /// `cancelOnInterrupt`: Ctrl-C returns "" with the interrupt flag still set, instead of
    /// starting a fresh line (for `paste`).
    func readLine(prompt: String, cancelOnInterrupt: Bool) -> String?
    /// Adds a line to the history (and the history file).
    func addHistory(_ line: String)
    /// The history, oldest first.
    var history: [String] { get }
    /// Saves and trims the history file.
    func close()
    /// The prompt's width on screen (escapes not counted).
    func visibleWidth(of prompt: String) -> Int
}

/// Reads lines from a line editor for `paste`.
final class EditorLineSource: LineSource {
    let editor: LineEditor

    init(_ editor: LineEditor) {
        self.editor = editor
    }

    func nextLine(prompt: String) -> String? {
        let line = editor.readLine(prompt: prompt, cancelOnInterrupt: true)
        if Interrupt.isSet { return nil }
        return line
    }
}

/// Where the history lives: `$XDG_STATE_HOME/lede/history`, else `~/.local/state/lede/history`.
public enum HistoryFile {
    public static func path(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/lede/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/lede/history"
    }
}
