import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real `lede` in a pseudo-terminal: tmux runs it, `send-keys` types, `capture-pane` reads
/// the screen. Each instance has its own tmux server (socket), so tests can run in parallel.
public final class Tmux {
    public let socket = "lede-test-\(UUID().uuidString.prefix(8))"
    public let home: URL

    /// Starts `lede arguments` in a `columns`×`rows` pane with HOME at `home`. After lede exits
    /// the pane prints `rc=STATUS` and stays.
    public init(_ arguments: [String], home: URL, columns: Int = 100, rows: Int = 40, environment: [String: String] = [:]) throws {
        self.home = home
        var variables = ["HOME": home.path, "TERM": "xterm-256color", "PAGER": "cat", "LANG": "C.UTF-8"]
        variables.merge(environment) { $1 }
        let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let command = (["env", "-u", "NO_COLOR", "-u", "XDG_STATE_HOME", "-u", "LESS"].joined(separator: " ")) + " " + assignments + " "
            + ([LedeBinary.url.path] + arguments).map(Self.quote).joined(separator: " ")
        let shell = "trap 'echo shell-got-INT' INT; \(command); echo rc=$?; sleep 600"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(columns)", "-y", "\(rows)", "sh", "-c", shell])
    }

    /// Starts an interactive bash (job control on, no start-up files) in the pane, with the
    /// same environment as the other initializer; type `Tmux.commandLine(arguments)` to run lede
    /// from it, as a user does from a terminal.
    public init(interactiveShellIn home: URL, columns: Int = 100, rows: Int = 40, environment: [String: String] = [:]) throws {
        self.home = home
        var variables = ["HOME": home.path, "TERM": "xterm-256color", "PAGER": "cat", "LANG": "C.UTF-8", "PS1": "user$ "]
        variables.merge(environment) { $1 }
        let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let command = "env -u NO_COLOR -u XDG_STATE_HOME -u LESS " + assignments + " bash --norc --noprofile -i"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(columns)", "-y", "\(rows)", "sh", "-c", command])
    }

    /// The command line that runs lede with `arguments`, to type into a shell.
    public static func commandLine(_ arguments: [String]) -> String {
        ([LedeBinary.url.path] + arguments).map(quote).joined(separator: " ")
    }

    public static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs tmux and returns what it printed. Foundation's `Process` is not used: it learns that
    /// a child ended from a socket the child inherits, and the tmux server that `new-session`
    /// starts keeps that socket open, so the wait would never end. `posix_spawn` and `waitpid`
    /// wait for the client alone.
    ///
    /// The child gets a clean start: no blocked signals (test threads block them, and a server
    /// that inherits a blocked SIGTERM ignores `kill-server`) and no descriptor above 2 (a
    /// server that inherits a lock, such as the build lock `make test` runs under, would keep it).
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { throw TmuxTimeout(description: "a pipe", screen: "") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        posix_spawn_file_actions_addclose(&actions, pipe[1])
        Self.closeFrom(3, in: &actions)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ)
        close(pipe[1])
        guard status == 0 else {
            close(pipe[0])
            throw TmuxTimeout(description: "tmux to start (is it installed?)", screen: "")
        }
        var output: [UInt8] = []
        if arguments.first == "capture-pane" {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(pipe[0], &buffer, buffer.count)
                if count <= 0 { break }
                output += buffer[0..<count]
            }
        }
        close(pipe[0])
        var exitStatus: Int32 = 0
        waitpid(pid, &exitStatus, 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// Adds "close every descriptor from `lowest` up" to the actions (glibc 2.34 and later, looked
    /// up at run time because Swift does not import the GNU extension).
    private static func closeFrom(_ lowest: Int32, in actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return }
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, lowest)
    }

    /// Types text literally.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
    }

    /// Presses keys by tmux name: Enter, Tab, Up, C-c, C-d, C-u…
    public func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
    }

    /// The screen (and `history` lines of scrollback), with colour escapes when `escapes`.
    public func screen(escapes: Bool = false, history: Int = 0) throws -> String {
        var arguments = ["capture-pane", "-p", "-N", "-t", "main"]
        if escapes { arguments.append("-e") }
        if history > 0 { arguments += ["-S", "-\(history)"] }
        return try tmux(arguments)
    }

    /// Waits until the screen satisfies `condition`; returns the screen (or throws on timeout).
    @discardableResult
    public func waitFor(_ description: String, timeout: Double = 10, escapes: Bool = false, history: Int = 300,
                 _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen(escapes: escapes, history: history)
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxTimeout(description: description, screen: last)
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    public func waitFor(_ text: String, timeout: Double = 10, escapes: Bool = false) throws -> String {
        try waitFor("'\(text)' on screen", timeout: timeout, escapes: escapes) { $0.contains(text) }
    }

    /// The number of prompts on screen (and in the scrollback).
    public func promptCount(_ prompt: String) throws -> Int {
        try screen(history: 300).components(separatedBy: prompt).count - 1
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }
}

public struct TmuxTimeout: Error, CustomStringConvertible {
    public let description: String
    public let screen: String

    init(description: String, screen: String) {
        self.description = "timed out waiting for \(description); screen:\n\(screen)"
        self.screen = screen
    }
}
