import Synchronization

/// A process-wide request to stop long work (Ctrl-C in the interactive shell).
///
/// The shell's signal handler sets the flag; long loops in LedeCore and the annotators (rule
/// matching, the pipeline between annotators) poll it and stop early. Setting it is lock-free, so
/// it is safe from a signal handler.
public enum Cancellation {
    private static let flag = Atomic<Bool>(false)

    /// Whether a stop was requested since the flag was last cleared.
    public static var isRequested: Bool { flag.load(ordering: .relaxed) }

    /// Requests a stop (async-signal-safe).
    public static func request() { flag.store(true, ordering: .relaxed) }

    /// Clears the request and tells whether there was one.
    @discardableResult
    public static func clear() -> Bool { flag.exchange(false, ordering: .relaxed) }
}
