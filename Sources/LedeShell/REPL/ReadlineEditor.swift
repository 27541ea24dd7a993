@preconcurrency import CReadline
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Readline calls back into C function pointers, which cannot capture context: they read these
// globals, set only on the main thread while no other thread touches them.
nonisolated(unsafe) private var completionProvider: ((String, String) -> Completer.Result)?
nonisolated(unsafe) private var completionMatches: [String] = []
nonisolated(unsafe) private var completionIndex = 0
nonisolated(unsafe) private var cancelReadOnInterrupt = false

/// After Ctrl-C at the prompt: ends the read with an empty line when the caller asked for that,
/// otherwise drops the typed line and draws a fresh prompt.
private func respondToInterrupt() -> Int32 {
    guard Interrupt.isSet else { return 0 }
    if cancelReadOnInterrupt {
        rl_replace_line("", 0)
        rl_done = 1
        return 0
    }
    Interrupt.clear()
    rl_replace_line("", 0)
    rl_crlf()
    rl_on_new_line()
    rl_redisplay()
    return 0
}

/// GNU readline: line editing, history (Up, Ctrl-R) saved to a file, Tab completion, and Ctrl-C
/// that clears the line instead of quitting. GNU readline is GPL-3.0-or-later; only this file
/// uses it.
final class ReadlineEditor: LineEditor {
    private let historyPath: String?
    private let historyLimit: Int32 = 1000

    /// `complete` receives the text before the word and the word; see `Completer`.
    init(historyPath: String?, complete: @escaping (String, String) -> Completer.Result) {
        self.historyPath = historyPath
        completionProvider = complete
        rl_readline_name = UnsafePointer(strdup("lede"))
        // Off a terminal, keep the prompt and echo away from redirected output.
        if isatty(1) == 0, isatty(2) == 1 { rl_outstream = stderr }
        rl_attempted_completion_function = { text, start, end in
            rl_attempted_completion_over = 1
            guard let provider = completionProvider, let buffer = rl_line_buffer else { return nil }
            let line = Array(UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: Int(strlen(buffer))))
            let lower = max(0, min(Int(start), line.count)), upper = max(lower, min(Int(end), line.count))
            let before = String(decoding: line[0..<lower], as: UTF8.self)
            let word = String(decoding: line[lower..<upper], as: UTF8.self)
            switch provider(before, word) {
            case .files:
                return rl_completion_matches(text, rl_filename_completion_function)
            case .candidates(let candidates):
                completionMatches = candidates
                completionIndex = 0
                guard !candidates.isEmpty else { return nil }
                return rl_completion_matches(text) { _, state in
                    if state == 0 { completionIndex = 0 }
                    guard completionIndex < completionMatches.count else { return nil }
                    defer { completionIndex += 1 }
                    return strdup(completionMatches[completionIndex])
                }
            }
        }
        // Ctrl-C at the prompt starts a fresh line, like bash. Readline calls the signal hook when
        // the signal interrupts its read; a signal that lands while readline is busy between two
        // reads (drawing the last key) interrupts nothing, so the event hook, which readline calls
        // some ten times a second while it waits for a key, looks at the flag too.
        rl_signal_event_hook = respondToInterrupt
        rl_event_hook = respondToInterrupt
        using_history()
        stifle_history(historyLimit)
        if let historyPath {
            let folder = String(historyPath[..<(historyPath.lastIndex(of: "/") ?? historyPath.startIndex)])
            Self.makeFolders(folder)
            if read_history(historyPath) != 0 {
                // No file yet: create it, so that appending works.
                _ = write_history(historyPath)
            }
        }
    }

    func readLine(prompt: String, cancelOnInterrupt: Bool) -> String? {
        cancelReadOnInterrupt = cancelOnInterrupt
        defer { cancelReadOnInterrupt = false }
        guard let pointer = readline(prompt) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    func addHistory(_ line: String) {
        guard !line.isEmpty, !line.hasPrefix(" ") else { return }
        if history_length > 0, let last = history_get(history_base + history_length - 1)?.pointee.line,
           String(cString: last) == line { return }
        add_history(line)
        if let historyPath { _ = append_history(1, historyPath) }
    }

    var history: [String] {
        (0..<Int(history_length)).compactMap { offset in
            history_get(history_base + Int32(offset))?.pointee.line.map { String(cString: $0) }
        }
    }

    func close() {
        if let historyPath { _ = history_truncate_file(historyPath, historyLimit) }
    }

    func visibleWidth(of prompt: String) -> Int {
        var width = 0
        var hidden = false
        for scalar in prompt.unicodeScalars {
            if scalar == "\u{01}" { hidden = true } else if scalar == "\u{02}" { hidden = false } else if !hidden { width += 1 }
        }
        return width
    }

    private static func makeFolders(_ path: String) {
        var current = ""
        for part in path.split(separator: "/") {
            current += "/" + part
            mkdir(current, 0o700)
        }
    }
}
