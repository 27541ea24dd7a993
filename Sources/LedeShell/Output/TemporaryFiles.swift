import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files lede is writing (an export before its rename), removed when a signal ends
/// the process: SIGTERM, SIGHUP, SIGPIPE, and SIGINT unless the interactive shell handles Ctrl-C
/// itself. Stale ones that SIGKILL left behind are swept by `sweepStale(in:for:)`.
///
/// The signal handler may only make async-signal-safe calls: the paths live in fixed buffers
/// allocated once, each with an atomic state, and the handler calls `unlink` and re-raises.
enum TemporaryFiles {
    /// One registered path.
    final class Slot: @unchecked Sendable {
        static let capacity = Int(PATH_MAX)
        /// 0 free, 1 being written, 2 holds a path to remove on a signal.
        let state = Atomic<Int>(0)
        let path = UnsafeMutablePointer<CChar>.allocate(capacity: Slot.capacity)
    }

    private static let slots: [Slot] = (0..<64).map { _ in Slot() }
    private static let installed = Mutex(false)
    private static let handledSignals: [Int32] = [SIGTERM, SIGHUP, SIGPIPE, SIGINT]

    /// Registers `path`; returns a token for `remove`, or nil when every slot is taken (the file
    /// is then only removed by the writer and the stale sweep).
    static func register(_ path: String) -> Int? {
        installHandlers()
        let bytes = Array(path.utf8)
        guard bytes.count < Slot.capacity else { return nil }
        for (index, slot) in slots.enumerated() {
            guard slot.state.compareExchange(expected: 0, desired: 1, ordering: .acquiring).exchanged else { continue }
            for (offset, byte) in bytes.enumerated() { slot.path[offset] = CChar(bitPattern: byte) }
            slot.path[bytes.count] = 0
            slot.state.store(2, ordering: .releasing)
            return index
        }
        return nil
    }

    /// Forgets a registered path (after it was renamed or removed by its writer).
    static func unregister(_ token: Int?) {
        guard let token else { return }
        slots[token].state.store(0, ordering: .releasing)
    }

    /// Installs the handlers once. SIGINT is taken only while it has its default action (the
    /// interactive shell installs its own first, and checks for Ctrl-C while writing).
    private static func installHandlers() {
        installed.withLock { done in
            guard !done else { return }
            done = true
            _ = slots.count
            for signalNumber in handledSignals {
                var previous = sigaction()
                sigaction(signalNumber, nil, &previous)
                #if canImport(Glibc)
                let current = previous.__sigaction_handler.sa_handler
                #else
                let current = previous.__sigaction_u.__sa_handler
                #endif
                // Leave alone a signal that someone handles or ignores.
                if let current, unsafeBitCast(current, to: Int.self) != unsafeBitCast(SIG_DFL, to: Int.self) { continue }
                var action = sigaction()
                #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = { number in TemporaryFiles.removeAllAndReraise(number) }
                #else
                action.__sigaction_u.__sa_handler = { number in TemporaryFiles.removeAllAndReraise(number) }
                #endif
                sigemptyset(&action.sa_mask)
                action.sa_flags = 0
                sigaction(signalNumber, &action, nil)
            }
        }
    }

    /// The signal handler: removes every registered file, then dies of the signal as it would have.
    private static func removeAllAndReraise(_ signalNumber: Int32) {
        for slot in slots where slot.state.load(ordering: .acquiring) == 2 {
            unlink(slot.path)
        }
        signal(signalNumber, SIG_DFL)
        raise(signalNumber)
    }

    /// The name of a temporary file for `target` in its folder: `.NAME.lede-PID-RANDOM.tmp`.
    static func name(for target: String) -> String {
        ".\(target).lede-\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 36)).tmp"
    }

    /// Removes the temporary files for `target` in `folder` that a process that no longer runs
    /// left behind (killed by SIGKILL, or a machine that lost power), when they are the user's own.
    static func sweepStale(in folder: String, for target: String) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let prefix = ".\(target).lede-"
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name.hasPrefix(prefix), name.hasSuffix(".tmp") else { continue }
            let fields = name.dropFirst(prefix.count).dropLast(4).split(separator: "-")
            guard fields.count == 2, let pid = Int32(fields[0]) else { continue }
            let path = folder + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_uid == geteuid() else { continue }
            if pid == getpid() { continue }
            if kill(pid, 0) == 0 || errno == EPERM { continue }
            unlink(path)
        }
    }
}
