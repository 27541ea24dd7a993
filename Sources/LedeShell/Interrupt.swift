import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C in the interactive shell: the signal handler only sets a flag; long commands poll it
/// between steps (paragraphs, annotators, documents) and return to the prompt.
public enum Interrupt {
    /// Set by the SIGINT handler; lock-free, so safe to touch in a signal handler.
    static let flag = Atomic<Bool>(false)

    /// Installs the handler (no SA_RESTART, so a blocking read returns).
    public static func install() {
        _ = flag.load(ordering: .relaxed)
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in Interrupt.flag.store(true, ordering: .relaxed) }
        #else
        action.__sigaction_u.__sa_handler = { _ in Interrupt.flag.store(true, ordering: .relaxed) }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Whether Ctrl-C was pressed since the flag was last cleared.
    public static var isSet: Bool { flag.load(ordering: .relaxed) }

    /// Clears the flag and tells whether it was set.
    @discardableResult
    public static func clear() -> Bool { flag.exchange(false, ordering: .relaxed) }

    /// Throws `Interrupted` when Ctrl-C was pressed.
    public static func check() throws(Interrupted) {
        if isSet { throw Interrupted() }
    }
}

/// A command stopped by Ctrl-C.
public struct Interrupted: Error, CustomStringConvertible {
    public init() {}
    public var description: String { "interrupted" }
}
