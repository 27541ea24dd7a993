/// Where a command writes: its output (buffered, so the runner can page or truncate it) and
/// warnings (shown on standard error at once).
public final class CommandOutput {
    /// The text written so far.
    public private(set) var text = ""
    /// The warnings written so far.
    public private(set) var warnings: [String] = []
    private let warningSink: (String) -> Void

    public init(warningSink: @escaping (String) -> Void = { _ in }) {
        self.warningSink = warningSink
    }

    /// Writes text.
    public func write(_ string: String) {
        text += string
    }

    /// Writes a line.
    public func line(_ string: String = "") {
        text += string
        text += "\n"
    }

    /// Reports a problem that did not stop the command.
    public func warn(_ message: String) {
        warnings.append(message)
        warningSink(message)
    }

    /// Empties the buffer and returns what it held.
    public func take() -> String {
        defer { text = "" }
        return text
    }
}
