import LedeCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C in the interactive shell: the signal handler only sets LedeCore's `Cancellation` flag;
/// long commands poll it between steps (paragraphs, annotators, documents, and inside rule
/// matching) and return to the prompt.
public enum Interrupt {
    /// Installs the handler (no SA_RESTART, so a blocking read returns).
    public static func install() {
        _ = Cancellation.isRequested
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in Cancellation.request() }
        #else
        action.__sigaction_u.__sa_handler = { _ in Cancellation.request() }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Whether Ctrl-C was pressed since the flag was last cleared.
    public static var isSet: Bool { Cancellation.isRequested }

    /// Clears the flag and tells whether it was set.
    @discardableResult
    public static func clear() -> Bool { Cancellation.clear() }

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
