import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Long output in the interactive shell goes through a pager: `$PAGER`, else `less -FRX`
/// (quits at once when the text fits, keeps colours, leaves the text on screen).
enum Pager {
    /// Whether `text` is taller than the terminal.
    static func isTooLong(_ text: String, rows: Int, columns: Int) -> Bool {
        var lines = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let visible = visibleCount(line)
            lines += max(1, (visible + columns - 1) / max(1, columns))
            if lines >= rows { return true }
        }
        return false
    }

    private static func visibleCount(_ line: Substring) -> Int {
        var count = 0
        var inEscape = false
        for character in line {
            if inEscape {
                if character.isLetter { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }

    /// Shows `text` in the pager; false when no pager could be started (then nothing was shown).
    ///
    /// The pager is started with `posix_spawn` in lede's own process group, which is the
    /// terminal's foreground group: a pager in a group of its own (as Foundation's `Process`
    /// starts it) is stopped by the terminal the moment it reads a key, when lede runs under a
    /// job-control shell, and lede would wait for it forever.
    static func show(_ text: String, environment: [String: String]) -> Bool {
        var command = environment["PAGER"] ?? ""
        var processEnvironment = environment
        if command.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/less") else { return false }
            command = "/usr/bin/less"
            if processEnvironment["LESS"] == nil { processEnvironment["LESS"] = "FRX" }
        }
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { return false }
        defer { close(pipe[1]) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[0], 0)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        posix_spawn_file_actions_addclose(&actions, pipe[1])
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The pager gets the default signal handling and no blocked signals, whatever lede set.
        var noSignals = sigset_t(), defaults = sigset_t()
        sigemptyset(&noSignals)
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU, SIGWINCH, SIGTERM] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let words: [String] = ["/bin/sh", "-c", command]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp: [UnsafeMutablePointer<CChar>?] = processEnvironment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp)
        close(pipe[0])
        guard started == 0 else { return false }
        var data = text
        data.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(pipe[1], base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return   // the pager quit early (EPIPE): fine
                }
                offset += written
            }
        }
        close(pipe[1])
        pipe[1] = -1
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return true
    }
}
